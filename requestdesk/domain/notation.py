"""The words careful translators write values with, in Russian and English.

Tables only: month names, number words, units of time, currencies and multipliers,
the words that introduce an article reference. `requestdesk.domain.tokens` reads texts
with them. Every key is lower case; the lookups are plain dictionary reads, so that a
word that is none of these costs one hash.
"""

from __future__ import annotations

from decimal import Decimal


def _forms(table: dict[int, tuple[str, ...]]) -> dict[str, int]:
    return {form: value for value, forms in table.items() for form in forms}


MONTHS: dict[str, int] = _forms(
    {
        1: ("января", "январь", "январе", "янв", "january", "jan"),
        2: ("февраля", "февраль", "феврале", "фев", "февр", "february", "feb"),
        3: ("марта", "март", "марте", "мар", "march", "mar"),
        4: ("апреля", "апрель", "апреле", "апр", "april", "apr"),
        5: ("мая", "май", "мае", "may"),
        6: ("июня", "июнь", "июне", "июн", "june", "jun"),
        7: ("июля", "июль", "июле", "июл", "july", "jul"),
        8: ("августа", "август", "августе", "авг", "august", "aug"),
        9: ("сентября", "сентябрь", "сентябре", "сен", "сент", "september", "sep", "sept"),
        10: ("октября", "октябрь", "октябре", "окт", "october", "oct"),
        11: ("ноября", "ноябрь", "ноябре", "ноя", "нояб", "november", "nov"),
        12: ("декабря", "декабрь", "декабре", "дек", "december", "dec"),
    }
)
# English month names are capitalised in prose; "may" and "march" are also verbs.
ENGLISH_MONTHS = frozenset(m for m in MONTHS if m.isascii())

YEAR_WORDS = frozenset({"г", "года", "году", "год", "гг", "годом", "year"})
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "го", "е", "й", "я", "ое", "ый", "ий", "ого", "м", "х", "ми", "му"})

# Number words: units to hundreds (added), scales (multiplied).
_RU_SMALL = {
    0: ("ноль", "нуль", "нуля"),
    1: ("один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну", "одни", "одних", "одними"),
    2: ("два", "две", "двух", "двум", "двумя", "двое", "двоих"),
    3: ("три", "трех", "трёх", "трем", "трём", "тремя", "трое", "троих"),
    4: ("четыре", "четырех", "четырёх", "четырем", "четырём", "четырьмя", "четверо", "четверых"),
    5: ("пять", "пяти", "пятью", "пятеро"),
    6: ("шесть", "шести", "шестью", "шестеро"),
    7: ("семь", "семи", "семью", "семеро"),
    8: ("восемь", "восьми", "восемью", "восьмью"),
    9: ("девять", "девяти", "девятью"),
    10: ("десять", "десяти", "десятью"),
    20: ("двадцать", "двадцати", "двадцатью"),
    30: ("тридцать", "тридцати", "тридцатью"),
    40: ("сорок", "сорока"),
    50: ("пятьдесят", "пятидесяти", "пятьюдесятью"),
    60: ("шестьдесят", "шестидесяти", "шестьюдесятью"),
    70: ("семьдесят", "семидесяти", "семьюдесятью"),
    80: ("восемьдесят", "восьмидесяти", "восемьюдесятью"),
    90: ("девяносто", "девяноста"),
    100: ("сто", "ста"),
    200: ("двести", "двухсот", "двумстам"),
    300: ("триста", "трехсот", "трёхсот"),
    400: ("четыреста", "четырехсот", "четырёхсот"),
    500: ("пятьсот", "пятисот"),
    600: ("шестьсот", "шестисот"),
    700: ("семьсот", "семисот"),
    800: ("восемьсот", "восьмисот"),
    900: ("девятьсот", "девятисот"),
}
for _value, _stem in (
    (11, "одиннадцат"), (12, "двенадцат"), (13, "тринадцат"), (14, "четырнадцат"), (15, "пятнадцат"),
    (16, "шестнадцат"), (17, "семнадцат"), (18, "восемнадцат"), (19, "девятнадцат"),
):
    _RU_SMALL[_value] = (_stem + "ь", _stem + "и", _stem + "ью")

_EN_SMALL = {
    0: ("zero", "nil"), 1: ("one",), 2: ("two",), 3: ("three",), 4: ("four",), 5: ("five",), 6: ("six",),
    7: ("seven",), 8: ("eight",), 9: ("nine",), 10: ("ten",), 11: ("eleven",), 12: ("twelve",),
    13: ("thirteen",), 14: ("fourteen",), 15: ("fifteen",), 16: ("sixteen",), 17: ("seventeen",),
    18: ("eighteen",), 19: ("nineteen",), 20: ("twenty",), 30: ("thirty",), 40: ("forty",), 50: ("fifty",),
    60: ("sixty",), 70: ("seventy",), 80: ("eighty",), 90: ("ninety",),
}
SMALL_NUMBERS: dict[str, int] = {**_forms(_RU_SMALL), **_forms(_EN_SMALL)}

# Ordinal numbers in words, as a law's parts are cited ("частью четвертой статьи 159",
# "двенадцатого эпизода", "the twelfth episode"): the stem, then every ending of the adjective.
_RU_ORDINAL_STEMS = {
    1: ("перв",), 2: ("втор",), 4: ("четверт", "четвёрт"), 5: ("пят",), 6: ("шест",), 7: ("седьм",), 8: ("восьм",),
    9: ("девят",), 10: ("десят",), 11: ("одиннадцат",), 12: ("двенадцат",), 13: ("тринадцат",), 14: ("четырнадцат",),
    15: ("пятнадцат",), 16: ("шестнадцат",), 17: ("семнадцат",), 18: ("восемнадцат",), 19: ("девятнадцат",),
    20: ("двадцат",), 30: ("тридцат",),
}
_RU_ORDINAL_ENDINGS = ("ый", "ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми")
_RU_THIRD = ("третий", "третьего", "третьему", "третьим", "третьем", "третья", "третьей", "третью", "третье", "третьи",
             "третьих", "третьими")
_EN_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
                9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
                15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
                30: "thirtieth"}
ORDINAL_WORDS: dict[str, int] = {
    **{stem + ending: value for value, stems in _RU_ORDINAL_STEMS.items() for stem in stems for ending in _RU_ORDINAL_ENDINGS},
    **{form: 3 for form in _RU_THIRD},
    # "second" is also a unit of time ("within a second"): it is left to DURATION_UNITS.
    **{word: value for value, word in _EN_ORDINALS.items() if word != "second"},
}
HUNDRED = frozenset({"hundred", "hundreds"})
FRACTION_WORDS = {"полтора": Decimal("1.5"), "полторы": Decimal("1.5"), "полутора": Decimal("1.5"),
                  "полтысячи": Decimal(500), "полмиллиона": Decimal(500_000), "полмиллиарда": Decimal(500_000_000)}

# Scales written as words or abbreviations after a number ("5 тыс.", "1,5 млн", "1.5 million").
SCALES: dict[str, int] = {
    **{w: 1000 for w in ("тыс", "тысяча", "тысячи", "тысяч", "тысячу", "тысячей", "тысячам", "тысячами", "тысячах", "thousand", "thousands")},
    **{w: 10**6 for w in ("млн", "миллион", "миллиона", "миллионов", "миллионам", "миллионами", "миллионах", "million", "millions", "mln", "mn")},
    **{w: 10**9 for w in ("млрд", "миллиард", "миллиарда", "миллиардов", "миллиардам", "миллиардами", "billion", "billions", "bn")},
}

# Units of time: seconds per unit; months and years are counted on their own.
SECOND, MINUTE, HOUR, DAY = 1, 60, 3600, 86400
DURATION_UNITS: dict[str, tuple[str, int]] = {
    **{w: ("s", SECOND) for w in ("секунда", "секунды", "секунд", "секунду", "сек", "second", "seconds", "sec", "secs")},
    **{w: ("s", MINUTE) for w in ("минута", "минуты", "минут", "минуту", "мин", "minute", "minutes", "min", "mins")},
    **{w: ("s", HOUR) for w in ("час", "часа", "часов", "часам", "часами", "ч", "hour", "hours", "hr", "hrs", "h")},
    **{w: ("s", DAY) for w in ("сутки", "суток", "суткам", "сутками", "сут", "день", "дня", "дней", "дням", "днями", "дн",
                                "day", "days")},
    **{w: ("s", 7 * DAY) for w in ("неделя", "недели", "недель", "неделю", "неделям", "week", "weeks")},
    **{w: ("mo", 1) for w in ("месяц", "месяца", "месяцев", "месяцам", "мес", "month", "months")},
    **{w: ("y", 1) for w in ("год", "года", "лет", "годам", "годами", "year", "years")},
}
# A number and a unit of time made one adjective, as law writes a period ("в десятидневный
# срок", "трехдневный", "тридцатисуточный"): the number's form inside the word, then the unit's stem.
_NUMBER_IN_ADJECTIVE = {"одно": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7,
                        "восьми": 8, "девяти": 9, "десяти": 10, "пятнадцати": 15, "двадцати": 20, "тридцати": 30,
                        "сорока": 40, "шестидесяти": 60, "девяноста": 90, "ста": 100}
_UNIT_IN_ADJECTIVE = {"дневн": ("s", DAY), "суточн": ("s", DAY), "часов": ("s", HOUR), "минутн": ("s", MINUTE),
                      "недельн": ("s", 7 * DAY), "месячн": ("mo", 1), "летн": ("y", 1), "годичн": ("y", 1)}
_ADJECTIVE_ENDINGS = ("ый", "ой", "ий", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми", "ей", "ем", "яя", "юю")
NUMBERED_ADJECTIVES: dict[str, tuple[int, tuple[str, int]]] = {
    number + stem + ending: (value, unit)
    for number, value in _NUMBER_IN_ADJECTIVE.items() for stem, unit in _UNIT_IN_ADJECTIVE.items() for ending in _ADJECTIVE_ENDINGS
}
# Adjectives that may stand between a number and its unit of time and change nothing of its length
# ("за 2 последних месяца", "the next 3 days"); "рабочих"/"working" do, and are not among them.
PERIOD_ADJECTIVES = frozenset({"последних", "последние", "ближайших", "ближайшие", "полных", "полные", "last", "next", "past",
                               "full", "consecutive"})
# "14 ч 05 мин" is a time of day (or a duration); these name its parts.
HOUR_WORDS = frozenset({"ч", "час", "часа", "часов"})
MINUTE_WORDS = frozenset({"мин", "минут", "минуты", "минута"})
SECOND_WORDS = frozenset({"сек", "с", "секунд", "секунды", "секунда"})
MERIDIEM = {"am": 0, "a.m": 0, "pm": 12, "p.m": 12}
# The Russian parts of the day that say which half of the clock an hour is in: "в 8 часов
# вечера" is 20:00, "в 2 часа ночи" 02:00, "в 12 ночи" midnight. "дня" is also "of a day"
# ("3 дня" is three days): it is read so only after an hour word ("в 3 часа дня").
DAY_PARTS = {"утра": 0, "ночи": 0, "вечера": 12}
DAY_PARTS_AFTER_HOUR = {**DAY_PARTS, "дня": 12}
# Noon and midnight named in words: the time is stated, the figure is not demanded.
NAMED_TIMES = {"noon": 12, "midday": 12, "midnight": 0, "полдень": 12, "полночь": 0, "полдня": 12}

# Counts of a letter's sheets and copies ("на 3 л. в 2 экз.", "3 pages, 2 copies").
COUNT_UNITS = frozenset({"л", "лист", "листа", "листах", "листов", "листе", "листам", "экз", "экземпляр", "экземпляра",
                         "экземплярах", "экземпляров", "экземпляре", "page", "pages", "sheet", "sheets", "copy", "copies"})
# Words by which a text states one unit of time with no number ("в течение суток", "within a
# week"): a text holding one of them is read even when it has no figure.
ONE_UNIT_WORDS = frozenset({"течение", "within"})
PERCENT_WORDS = frozenset({"процент", "процента", "процентов", "процентам", "percent", "pct"})

# Currencies: ISO 4217 code by word, symbol or code.
CURRENCY_WORDS: dict[str, str] = {
    **{w: "RUB" for w in ("руб", "рубль", "рубля", "рублей", "рублям", "рублями", "р", "rouble", "roubles", "ruble", "rubles")},
    **{w: "USD" for w in ("доллар", "доллара", "долларов", "долларам", "долл", "dollar", "dollars")},
    **{w: "EUR" for w in ("евро", "euro", "euros")},
    **{w: "KZT" for w in ("тенге", "tenge")},
    **{w: "KGS" for w in ("сом", "сома", "сомов", "som", "soms")},
    **{w: "TJS" for w in ("сомони", "somoni")},
    **{w: "UZS" for w in ("сум", "сума", "сумов", "sum", "sums", "soum", "soums")},
    **{w: "AMD" for w in ("драм", "драма", "драмов", "dram", "drams")},
    **{w: "AZN" for w in ("манат", "маната", "манатов", "manat", "manats")},
    **{w: "MDL" for w in ("лей", "леев", "лея", "lei", "leu")},
    **{w: "UAH" for w in ("гривна", "гривны", "гривен", "гривень", "hryvnia", "hryvnias", "hryvnya")},
    **{w: "CNY" for w in ("юань", "юаня", "юаней", "yuan")},
    **{w: "GBP" for w in ("фунт", "фунта", "фунтов", "pound", "pounds")},
    **{w: "BTC" for w in ("биткоин", "биткоина", "биткоинов", "биткойн", "биткойна", "биткойнов", "bitcoin", "bitcoins")},
}
CURRENCY_CODES = frozenset(
    {"RUB", "USD", "EUR", "KZT", "KGS", "TJS", "UZS", "AMD", "AZN", "BYN", "MDL", "UAH", "TMT", "CNY", "GBP", "CHF",
     "BTC", "ETH", "USDT", "TRX"}
)
CURRENCY_ALIASES = {"RUR": "RUB", "BYR": "BYN"}
CURRENCY_SYMBOLS = {"₽": "RUB", "$": "USD", "€": "EUR", "₸": "KZT", "£": "GBP", "₴": "UAH", "₼": "AZN", "֏": "AMD", "¥": "CNY"}
# The hundredth part of a currency, written after the whole ("1 000 руб. 50 коп.").
SUBUNITS = frozenset({"коп", "копейка", "копейки", "копеек", "kopeck", "kopecks", "kopek", "kopeks", "цент", "цента",
                      "центов", "cent", "cents", "тиын", "тиынов", "tiyn"})
# Adjectives that say whose currency it is ("белорусских рублей", "US dollars").
CURRENCY_ADJECTIVES: dict[str, str | None] = {
    **{w: "BYN" for w in ("белорусских", "белорусский", "белорусского", "белорусским", "belarusian", "belarusian")},
    **{w: "TMT" for w in ("туркменских", "туркменский", "туркменского", "turkmen")},
    **{w: None for w in ("российских", "российский", "российского", "russian", "us", "u.s", "american", "американских",
                          "казахстанских", "kazakh", "kazakhstani", "кыргызских", "киргизских", "kyrgyz", "таджикских",
                          "tajik", "узбекских", "uzbek", "армянских", "armenian", "азербайджанских", "azerbaijani",
                          "молдавских", "молдавских", "moldovan", "украинских", "ukrainian", "китайских", "chinese",
                          "британских", "british", "united", "states")},
}
CURRENCY_COUNTRY_AFTER = frozenset({"сша", "usa"})

# Article references: "ч. 2 ст. 272", "подп. «а» п. 3 ст. 6", "Article 272(3)", "Part 2 of Article 272".
ARTICLE_WORDS = frozenset({"ст", "статья", "статьи", "статье", "статью", "статьей", "статьёй", "статей", "статьям", "статьях", "статьями",
                           "стст", "article", "articles", "art", "arts"})
PART_WORDS = frozenset({"ч", "часть", "части", "частью", "частей", "частям", "частями", "частях", "п", "пункт", "пункта", "пункту",
                        "пунктом", "пунктов", "пунктах", "пунктам", "пунктами", "пункте", "part", "parts", "paragraph", "paragraphs", "para", "paras", "item", "items"})
# Words of PART_WORDS that name a point where the article also has parts ("п. 2 ч. 1 ст. 6").
POINT_OF_PART_WORDS = frozenset({"п", "пункт", "пункта", "пункту", "пунктом", "пунктов", "пунктах", "пунктам", "пунктами",
                                 "пункте", "paragraph", "paragraphs", "para", "paras", "item", "items"})
POINT_WORDS = frozenset({"подп", "пп", "подпункт", "подпункта", "подпункту", "подпунктом", "подпунктов", "подпунктами",
                         "подпунктах", "подпункте",
                         "subparagraph", "subparagraphs", "sub-paragraph", "subpara", "point", "points", "clause"})
# Letters of enumerations: Russian а, б, в... and Latin a, b, c... by position (spec §1).
RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"
EN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
LETTER_INDEX = {**{c: i for i, c in enumerate(RU_LETTERS, 1)}, **{c: i for i, c in enumerate(EN_LETTERS, 1)}}

# Words joining the two ends of a range, and words that may stand between a value and
# what qualifies it ("14:05 по UTC+3", "at 14:05 Moscow time").
RANGE_JOINERS = frozenset({"–", "—", "-", "по", "до", "на", "to", "and", "till", "until", "through", "thru", "и"})
RANGE_OPENERS = frozenset({"с", "со", "from", "between", "от"})
LIST_JOINERS = frozenset({",", "и", "and", "или", "or", "&"})
MOSCOW_TIME = (("московскому", "времени"), ("московского", "времени"), ("moscow", "time"))
# Words written cut short with a dot: after them a dot belongs to the word, after any
# other it ends the sentence (and is not quoted as part of the value).
ABBREVIATIONS = frozenset({
    "г", "гг", "руб", "р", "долл", "коп", "тыс", "млн", "млрд", "ч", "час", "мин", "сек", "с", "сут", "дн", "мес",
    "ст", "стст", "п", "пп", "подп", "art", "arts", "para", "paras", "hr", "hrs", "min", "mins", "sec", "secs",
    "mn", "bn", "mln", "m", "pm", "am", "u.s",
    "янв", "фев", "февр", "мар", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})
# Zones named after "по" following a time ("в 14:05 по Гринвичу", "по Москве"): minutes east of UTC.
ZONES_AFTER_PO = {"гринвичу": 0, "москве": 180}
OFFSET_FILLERS = frozenset({"(", "по", "времени", "time", "[", ","})
