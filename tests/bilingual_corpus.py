"""Bilingual notations of the same values, as careful translators write them.

Each class is one value in every notation we know in Russian and in English: any
Russian notation of a class against any English notation of the same class must give
no `lang.tokens` finding, and against any English notation of another class of the
same kind it must give one. The sentences around the values are those of real
requests; the values are ours.
"""

from __future__ import annotations

# kind -> (Russian frame, English frame, [(Russian notations, English notations), ...])
CLASSES: dict[str, tuple[str, str, list[tuple[list[str], list[str]]]]] = {
    "time": (
        "Вход в учетную запись выполнен {} с неустановленного устройства.",
        "The account was logged into {} from an unidentified device.",
        [
            (["в 14:05:17", "в 14 ч 05 мин 17 с"], ["at 14:05:17", "at 2:05:17 p.m."]),
            (["в 15:05:17", "в 15 ч. 05 мин. 17 сек."], ["at 15:05:17", "at 3:05:17 pm"]),
            (["в 14:05", "в 14 ч 05 мин", "в 14 ч. 05 мин."], ["at 14:05", "at 2:05 p.m.", "at 2:05 PM"]),
            (["в 00:30", "в 0 ч 30 мин"], ["at 00:30", "at 12:30 a.m.", "at 0:30"]),
            (["в 12:30"], ["at 12:30", "at 12:30 p.m."]),
            (["в 09:15", "в 9:15"], ["at 09:15", "at 9:15 a.m."]),
            (["в 21:15"], ["at 21:15", "at 9:15 p.m."]),
            (["в 23:59:59"], ["at 23:59:59", "at 11:59:59 p.m."]),
        ],
    ),
    "time_range": (
        "Сеанс связи продолжался {}.",
        "The session lasted {}.",
        [
            (["с 14:00 до 15:30", "с 14 ч 00 мин до 15 ч 30 мин"], ["from 14:00 to 15:30", "from 2:00 to 3:30 p.m.", "between 14:00 and 15:30"]),
            (["с 14:00 до 16:30"], ["from 14:00 to 16:30", "from 2:00 to 4:30 p.m."]),
            (["с 14:00 до 15:00"], ["from 2 to 3 p.m.", "from 14:00 to 15:00"]),
            (["с 10:00 до 11:00"], ["from 10 to 11 a.m.", "from 10:00 to 11:00"]),
        ],
    ),
    "offset": (
        "Вход выполнен {} с IP-адреса 203.0.113.7.",
        "The login was made {} from IP address 203.0.113.7.",
        [
            (["в 14:05:17 (UTC+3)", "в 14:05:17 по UTC+03:00", "в 14:05:17 (МСК)", "в 14:05:17 по московскому времени",
              "в 11:05:17 (UTC)"],
             ["at 14:05:17 (UTC+03:00)", "at 14:05:17 UTC+3", "at 14:05:17 Moscow time", "at 14:05:17+03:00",
              "at 11:05:17 UTC", "at 11:05:17Z", "at 2:05:17 p.m. (UTC+3)"]),
            (["в 14:05:17 (UTC+4)", "в 14:05:17 (UTC+04:00)", "в 13:05:17 (МСК)"],
             ["at 14:05:17 (UTC+04:00)", "at 14:05:17 UTC+4", "at 10:05:17 UTC"]),
            (["в 14:05:17 (UTC+5)", "в 14:05:17 (UTC+05:00)", "в 14:05:17 (МСК+2)"],
             ["at 14:05:17 (UTC+05:00)", "at 14:05:17 GMT+5"]),
            (["в 14:05:17 (UTC−2)", "в 14:05:17 (UTC-02:00)"], ["at 14:05:17 (UTC−02:00)", "at 14:05:17 UTC-2"]),
        ],
    ),
    "offset_alone": (
        "Время указано {}.",
        "Times are given {}.",
        [
            (["по UTC+3", "по UTC+03:00", "по московскому времени (МСК)"], ["in UTC+03:00", "in UTC+3", "as Moscow time (UTC+3)"]),
            (["по UTC+6", "по UTC+06:00"], ["in UTC+06:00", "in UTC+6"]),
            (["по UTC+5", "по UTC+05:00"], ["in UTC+05:00", "in UTC+5", "in GMT+5"]),
        ],
    ),
    "date": (
        "Денежные средства списаны {} со счета потерпевшего.",
        "The money was debited {} from the victim's account.",
        [
            (["20 октября 2026 г.", "20.10.2026", "«20» октября 2026 года", "2026-10-20", "20 октября 2026 года"],
             ["on 20 October 2026", "on 20/10/2026", "on October 20, 2026", "on 2026-10-20", "on the 20th of October 2026",
              "on 20th October 2026", "on Oct. 20, 2026", "on 20.10.2026"]),
            (["21 октября 2026 г.", "21.10.2026", "2026-10-21"],
             ["on 21 October 2026", "on 21/10/2026", "on October 21st, 2026", "on 2026-10-21"]),
            (["1 марта 2026 г.", "01.03.2026", "1-го марта 2026 г."],
             ["on the 1st of March 2026", "on 1 March 2026", "on 01/03/2026", "on March 1, 2026"]),
            (["3 января 2026 г.", "03.01.2026"], ["on 3 January 2026", "on 03/01/2026", "on January 3, 2026"]),
            (["20 февраля 2026 г.", "20.02.2026"], ["on 20/02/2026", "on 20 February 2026", "on 20 Feb 2026"]),
            (["20 октября 2025 г.", "20.10.2025"], ["on 20 October 2025", "on 20/10/2025"]),
            (["20 ноября 2026 г.", "20.11.2026"], ["on 20 November 2026", "on November 20, 2026"]),
            (["31 декабря 2026 г."], ["on 31 December 2026", "on 31/12/2026"]),
        ],
    ),
    "date_range": (
        "Операции совершались {}.",
        "The transactions were made {}.",
        [
            (["с 10.02.2026 по 12.02.2026", "с 10 по 12 февраля 2026 г.", "10–12 февраля 2026 г.",
              "с 10 февраля по 12 февраля 2026 г.", "с 10 февраля 2026 г. по 12 февраля 2026 г.", "с 10.02 по 12.02.2026"],
             ["from 10 to 12 February 2026", "on 10–12 February 2026", "from 10 February to 12 February 2026",
              "between 10 and 12 February 2026", "from 10/02/2026 to 12/02/2026", "on February 10–12, 2026",
              "from 10 February 2026 to 12 February 2026"]),
            (["с 10.02.2026 по 13.02.2026", "с 10 по 13 февраля 2026 г."],
             ["from 10 to 13 February 2026", "from 10/02/2026 to 13/02/2026"]),
            (["с 11.02.2026 по 12.02.2026", "с 11 по 12 февраля 2026 г."], ["from 11 to 12 February 2026"]),
        ],
    ),
    "year": (
        "Преступление совершено {}.",
        "The crime was committed {}.",
        [
            (["в 2026 году", "в 2026 г."], ["in 2026"]),
            (["в 2025 году"], ["in 2025"]),
            (["в 2024–2025 гг."], ["in 2024–2025"]),
        ],
    ),
    "month": (
        "Переводы совершались {}.",
        "The transfers were made {}.",
        [
            (["в октябре 2026 г.", "в октябре 2026 года", "октябрь 2026 г."], ["in October 2026", "in Oct. 2026"]),
            (["в ноябре 2026 г."], ["in November 2026"]),
            (["в октябре 2025 г."], ["in October 2025"]),
        ],
    ),
    "amount": (
        "Потерпевшему причинен ущерб в размере {}.",
        "The victim suffered damage of {}.",
        [
            (["5 тыс. долларов США", "5 000 долларов США", "5000 долларов", "$5 000"],
             ["USD 5,000", "$5,000", "5,000 US dollars", "USD 5 thousand", "5 thousand US dollars"]),
            (["5 000 руб.", "5 000 рублей", "5 тыс. руб.", "5000 ₽", "5 000 (пять тысяч) рублей"],
             ["RUB 5,000", "5,000 roubles", "5,000 rubles", "5,000 Russian roubles", "RUB 5 thousand"]),
            (["1,5 млн руб.", "1 500 000 руб.", "1,5 миллиона рублей"],
             ["RUB 1,500,000", "RUB 1.5 million", "1.5 million roubles", "1,500,000 roubles"]),
            (["1 000 руб. 50 коп.", "1 000,50 руб."], ["RUB 1,000.50", "1,000.50 roubles"]),
            (["1 250 000,50 руб."], ["RUB 1,250,000.50", "1,250,000.50 roubles"]),
            (["5 000 евро", "€5 000"], ["EUR 5,000", "€5,000", "5,000 euros"]),
            (["350 000 тенге", "350 тыс. тенге"], ["KZT 350,000", "350,000 tenge"]),
            (["5 000 белорусских рублей"], ["BYN 5,000", "5,000 Belarusian roubles"]),
            (["2,5 BTC", "2,5 биткоина"], ["2.5 BTC", "BTC 2.5", "2.5 bitcoins"]),
        ],
    ),
    "number": (
        "По делу допрошено {} свидетелей.",
        "{} witnesses have been questioned in the case.",
        [
            (["30", "тридцать"], ["30", "thirty"]),
            (["31", "тридцать один"], ["31", "thirty-one"]),
            (["125", "сто двадцать пять"], ["125", "one hundred and twenty-five"]),
            (["1 250", "1250"], ["1,250", "1250"]),
            (["12"], ["12", "twelve"]),
        ],
    ),
    "decimal": (
        "Объем переданных данных составил {} ГБ.",
        "The data transferred amounted to {} GB.",
        [
            (["1,5"], ["1.5"]),
            (["2,75"], ["2.75"]),
            (["1 250 000,5"], ["1,250,000.5"]),
        ],
    ),
    "percent": (
        "Доля похищенных средств составила {}.",
        "The share of stolen funds was {}.",
        [
            (["15 %", "15%", "15 процентов"], ["15%", "15 per cent", "15 percent"]),
            (["12,5 %"], ["12.5%", "12.5 per cent"]),
            (["16 %"], ["16%"]),
        ],
    ),
    "duration": (
        "Просим ответить {}.",
        "Please reply {}.",
        [
            (["в течение трех суток", "в течение 3 суток", "в течение 72 часов"],
             ["within 72 hours", "within 3 days", "within three days", "within a 72-hour period"]),
            (["в течение 48 часов", "в течение 2 суток", "в течение двух суток"], ["within 48 hours", "within 2 days", "within two days"]),
            (["в течение 30 дней", "в течение тридцати дней"], ["within 30 days", "within thirty days"]),
            (["в течение 10 дней"], ["within 10 days", "within ten days"]),
            (["в течение 6 месяцев", "в течение шести месяцев"], ["within 6 months", "within six months"]),
            (["в течение 90 минут", "в течение 1,5 часа"], ["within 90 minutes", "within 1.5 hours"]),
        ],
    ),
    "roman": (
        "Сведения получены в ходе {} этапа операции.",
        "The information was obtained during the {} stage of the operation.",
        [
            (["XII", "12-го"], ["12th", "XII"]),
            (["XIV"], ["14th", "XIV"]),
            (["XX"], ["20th"]),
        ],
    ),
    "article": (
        "Возбуждено уголовное дело по признакам преступления, предусмотренного {} УК РФ.",
        "A criminal case has been opened on the elements of the offence under {} of the Criminal Code of the Russian Federation.",
        [
            (["ч. 2 ст. 272", "частью 2 статьи 272", "ст. 272 ч. 2"],
             ["Article 272(2)", "Part 2 of Article 272", "Art. 272(2)", "Article 272, Part 2"]),
            (["ч. 3 ст. 272", "частью 3 статьи 272"], ["Article 272(3)", "Part 3 of Article 272"]),
            (["ч. 2 ст. 273"], ["Article 273(2)", "Part 2 of Article 273"]),
            (["ст. 272"], ["Article 272", "Art. 272"]),
            (["п. «б» ч. 2 ст. 158"], ["Article 158(2)(b)", "paragraph (b) of Part 2 of Article 158"]),
            (["п. «в» ч. 2 ст. 158"], ["Article 158(2)(c)"]),
            (["ч. 4 ст. 159.6"], ["Article 159.6(4)", "Part 4 of Article 159.6"]),
            (["ч. 1 и 2 ст. 272", "ч. 1, 2 ст. 272"], ["Article 272(1) and (2)", "Parts 1 and 2 of Article 272"]),
        ],
    ),
    "agreement_article": (
        "Запрос направляется в соответствии с {} Соглашения.",
        "The request is sent in accordance with {} of the Agreement.",
        [
            (["подп. «а» п. 3 ст. 6", "подпунктом «а» пункта 3 статьи 6"], ["Art. 6(3)(a)", "Article 6(3)(a)", "subparagraph (a) of paragraph 3 of Article 6"]),
            (["п. 3 ст. 6", "пунктом 3 статьи 6"], ["Art. 6(3)", "Article 6(3)", "paragraph 3 of Article 6"]),
            (["п. 2 ст. 6"], ["Art. 6(2)", "paragraph 2 of Article 6"]),
            (["ст. 5"], ["Article 5"]),
        ],
    ),
    "ip": (
        "Подключение выполнено с IP-адреса {}.",
        "The connection was made from IP address {}.",
        [
            (["192.0.2.15"], ["192.0.2.15"]),
            (["192.0.2.16"], ["192.0.2.16"]),
            (["2001:db8::1", "2001:0db8:0000:0000:0000:0000:0000:0001"], ["2001:DB8::1", "2001:db8:0:0:0:0:0:1"]),
            (["2001:db8::2"], ["2001:db8::2"]),
            (["203.0.113.7:8080"], ["203.0.113.7:8080", "203.0.113.7, port 8080"]),
            (["203.0.113.7:8081"], ["203.0.113.7:8081"]),
        ],
    ),
    "host": (
        "Фишинговая страница размещалась на домене {}.",
        "The phishing page was hosted on the domain {}.",
        [
            (["пример.рф", "xn--e1afmkfd.xn--p1ai"], ["xn--e1afmkfd.xn--p1ai", "пример.рф"]),
            (["банк-онлайн.рф"], ["xn----7sbbb7bdincdg.xn--p1ai", "банк-онлайн.рф"]),
            (["сайт.рус"], ["сайт.рус"]),
            (["example.com"], ["example.com"]),
            (["example.org"], ["example.org"]),
            (["https://пример.рф/login"], ["https://xn--e1afmkfd.xn--p1ai/login", "https://пример.рф/login"]),
        ],
    ),
    "email": (
        "Письма направлялись с адреса {}.",
        "The letters were sent from {}.",
        [
            (["админ@пример.рф"], ["админ@пример.рф", "админ@xn--e1afmkfd.xn--p1ai"]),
            (["почта@сайт.рус"], ["почта@сайт.рус"]),
            (["ivan.petrov@example.org", "Ivan.Petrov@example.org"], ["ivan.petrov@example.org", "IVAN.PETROV@EXAMPLE.ORG"]),
            (["ivan.petrov@example.com"], ["ivan.petrov@example.com"]),
        ],
    ),
    "phone": (
        "Звонки поступали с номера {}.",
        "The calls came from {}.",
        [
            (["8 (495) 123-45-67", "+7 (495) 123-45-67", "8-495-123-45-67", "+74951234567"],
             ["+7 (495) 123-45-67", "+7 495 123 45 67", "+7-495-123-45-67", "8 (495) 123-45-67"]),
            (["8 (495) 123-45-68"], ["+7 495 123 45 68"]),
            (["8 (017) 123-45-67", "+375 17 123-45-67"], ["+375 17 123 45 67"]),
            (["+996 312 123 456"], ["+996 312 123 456", "+996312123456"]),
            (["(044) 123-45-67"], ["+380 44 123 45 67"]),
        ],
    ),
    "card": (
        "Похищенные средства переведены на банковскую карту № {}.",
        "The stolen funds were transferred to bank card No. {}.",
        [
            (["4276 3800 1234 5678", "4276380012345678", "4276-3800-1234-5678"], ["4276 3800 1234 5678", "4276380012345678"]),
            (["4276 3800 1234 5679"], ["4276380012345679"]),
            (["40817810099910004312"], ["40817810099910004312"]),
        ],
    ),
    "wallet": (
        "Средства выведены на криптокошелек {}.",
        "The funds were withdrawn to the crypto wallet {}.",
        [
            (["0x52908400098527886E0F7030069857D2E4169EE7", "0x52908400098527886e0f7030069857d2e4169ee7"],
             ["0x52908400098527886e0f7030069857d2e4169ee7", "0x52908400098527886E0F7030069857D2E4169EE7"]),
            (["0x8617E340B3D01FA5F11F306F4090FD50E238070D"], ["0x8617e340b3d01fa5f11f306f4090fd50e238070d"]),
            (["TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW"], ["TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW"]),
            (["TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"], ["TXYZopYRdj2D9XRtbG411XZZ3kM5VkAeBf"]),
            (["bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"], ["BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"]),
        ],
    ),
    "iban": (
        "Платеж поступил на счет IBAN {}.",
        "The payment was received on the account IBAN {}.",
        [
            (["KZ86125KZT5004100100", "KZ86 125K ZT50 0410 0100"], ["KZ86125KZT5004100100", "KZ86 125K ZT50 0410 0100"]),
            (["DE89370400440532013000", "DE89 3704 0044 0532 0130 00"], ["DE89 3704 0044 0532 0130 00"]),
            (["GB82WEST12345698765432"], ["GB82 WEST 1234 5698 7654 32"]),
        ],
    ),
    "telegram": (
        "Переписка велась в Telegram с пользователем {}.",
        "The correspondence was in Telegram with the user {}.",
        [
            (["@fraud_admin", "https://t.me/fraud_admin", "t.me/fraud_admin"], ["@fraud_admin", "@Fraud_Admin", "t.me/fraud_admin"]),
            (["@fraud_admin2"], ["@fraud_admin2"]),
            (["@cashout_bot"], ["@cashout_bot", "https://t.me/cashout_bot"]),
        ],
    ),
    "hash": (
        "Вредоносный файл имеет хеш SHA-256 {}.",
        "The malicious file has the SHA-256 hash {}.",
        [
            (["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
             ["E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"]),
            (["a3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
             ["a3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"]),
        ],
    ),
}

# Texts in which nothing is stated in one language that the other does not state,
# although the words differ: numbers as words or enumerations, prose with dots and
# colons, names and abbreviations.
SILENT_PAIRS: list[tuple[str, str]] = [
    ("Приложение: на 3 л. в 1 экз.", "Enclosure: 3 pages, 1 copy."),
    ("Установить лицо, т.е. владельца учетной записи.", "Identify the person, i.e. the account holder."),
    ("См. п. 1) и п. 2) выше.", "See items (1) and (2) above."),
    ("Пострадал один гражданин.", "One citizen was affected."),
    ("Прошу: 1) установить владельца; 2) сообщить данные.", "Please (a) identify the owner; (b) provide the data."),
    ("ст. лейтенант полиции И. И. Иванов", "Senior Lieutenant of Police I. I. Ivanov"),
    ("г. Москва, ул. Петровка", "Moscow, Petrovka Street"),
    ("Злоумышленник использовал мобильное приложение банка.", "The offender used the bank's mobile app."),
    ("Действует с 12 марта 2020 г.", "In force since 12 March 2020."),
    ("двое суток", "two days"),
    ("в течение суток", "within a day"),
    ("Запрос передан устно.", "The request was transmitted orally."),
    ("Сеанс: 14:05–14:35.", "Session: 14:05–14:35."),
    ("Время: 14:05:17 UTC+3; адрес: 198.51.100.23.", "Time: 14:05:17 UTC+3; address: 198.51.100.23."),
    ("В 2026 году, 20 октября 2026 г., в 14:05.", "On 20 October 2026 at 14:05."),
    ("Версия протокола IPv6.", "IPv6 protocol version."),
    # Written after the rest, before the reading was adjusted to them: two of these thirty
    # were false alarms then ("около 14 часов" / "at about 2 p.m."; "в течение суток" / "24 hours").
    ("20 октября 2026 года около 14 часов неустановленное лицо, используя абонентский номер +7 916 555-12-34, позвонило потерпевшей.",
     "On 20 October 2026 at about 2 p.m. an unidentified person, using the subscriber number +7 916 555-12-34, called the victim."),
    ("Потерпевшая перевела 350 000 (триста пятьдесят тысяч) рублей на счет № 40817810500001234567.",
     "The victim transferred RUB 350,000 (three hundred and fifty thousand roubles) to account No. 40817810500001234567."),
    ("Просим сохранить данные за период с 1 по 31 октября 2026 года включительно.",
     "Please preserve the data for the period from 1 to 31 October 2026 inclusive."),
    ("Уголовное дело № 12501450001000123 возбуждено 21.10.2026 по ч. 4 ст. 159 УК РФ.",
     "Criminal case No. 12501450001000123 was opened on 21 October 2026 under Article 159(4) of the Criminal Code of the Russian Federation."),
    ("В период с 14:00 до 18:30 по московскому времени с IP-адреса 185.220.101.5 выполнено 17 входов.",
     "Between 14:00 and 18:30 Moscow time, 17 logins were made from IP address 185.220.101.5."),
    ("Ущерб составил 2,3 млн рублей.", "The damage amounted to RUB 2.3 million."),
    ("Ответ просим направить в течение 10 рабочих дней.", "Please reply within 10 working days."),
    ("Злоумышленник использовал домен sber-bank-online.ru и адрес support@sber-bank-online.ru.",
     "The offender used the domain sber-bank-online.ru and the address support@sber-bank-online.ru."),
    ("Подозреваемый, 1990 года рождения, проживает в г. Ереване.", "The suspect, born in 1990, lives in Yerevan."),
    ("В 2025–2026 годах зафиксировано более 40 аналогичных эпизодов.", "More than 40 similar episodes were recorded in 2025–2026."),
    ("Сумма перевода — 1 200 долларов США, комиссия — 2 %.", "The transfer amount was USD 1,200, with a 2% fee."),
    ("Запрос направлен 20.11.2026 в 10:15 (UTC+3) по защищенному каналу.", "The request was sent on 20 November 2026 at 10:15 (UTC+3) via a secure channel."),
    ("Телефон исполнителя: 8 (495) 667-89-01.", "Executing officer's phone: +7 (495) 667-89-01."),
    ("Приложение: копия постановления на 2 л. в 1 экз.", "Enclosure: copy of the decision, 2 pages, 1 copy."),
    ("Пользователь Telegram @crypto_obmen_24 предлагал обмен USDT.", "The Telegram user @crypto_obmen_24 offered to exchange USDT."),
    ("На кошелек TRC-20 TXk8rQSAvPvBBNtqSoY6nCfsXWCSSpTVQF поступило 15 000 USDT.",
     "15,000 USDT were received on the TRC-20 wallet TXk8rQSAvPvBBNtqSoY6nCfsXWCSSpTVQF."),
    ("Срок хранения данных у провайдера — 6 месяцев.", "The provider keeps the data for six months."),
    ("Вход произошел 3 ноября 2026 г. в 23:47:05 (UTC+05:00).", "The login took place on 3 November 2026 at 23:47:05 (UTC+5)."),
    ("Прошу в срок до 15.12.2026 сообщить сведения.", "Please provide the information by 15 December 2026."),
    ("Сервер расположен по адресу 2a01:4f8:c17:1234::1, порт 8443.", "The server is at 2a01:4f8:c17:1234::1, port 8443."),
    ("Мошенники действовали с сентября по ноябрь 2026 г.", "The fraudsters operated from September to November 2026."),
    ("Преступление предусмотрено п. «в» ч. 3 ст. 158 УК РФ.",
     "The offence is provided for by Article 158(3)(c) of the Criminal Code of the Russian Federation."),
    ("Адрес электронной почты: иванов@почта.рф.", "E-mail address: иванов@почта.рф."),
    ("На фишинговом сайте https://gosuslugi-oplata.ru/pay похищены данные 120 карт.",
     "Data of 120 cards were stolen on the phishing site https://gosuslugi-oplata.ru/pay."),
    ("Потерпевшему 67 лет.", "The victim is 67 years old."),
    ("Сведения нужны до 1 декабря.", "The information is needed by 1 December."),
    ("Операция проводилась в 2 этапа.", "The operation was carried out in two stages."),
    ("В течение суток с 09:00 20.10.2026 до 09:00 21.10.2026.", "Within the 24 hours from 09:00 on 20/10/2026 to 09:00 on 21/10/2026."),
    ("Ставка — 0,5 % в день.", "The rate is 0.5% a day."),
    ("Сумма: 12 345,67 евро.", "Amount: EUR 12,345.67."),
]

# Pairs that state different values: each must give a finding that quotes the first
# value from the Russian text (and, where there is one, the second from the English).
DIFFERING_PAIRS: list[tuple[str, str, str, str | None]] = [
    ("в 14:05:17", "at 15:05:17", "14:05:17", "15:05:17"),
    ("в 14:05:17 (UTC+3)", "at 14:05:17 (UTC+4)", "14:05:17 (UTC+3)", "14:05:17 (UTC+4)"),
    ("в 14:05:17 (UTC+3)", "at 14:05:17", "14:05:17 (UTC+3)", "14:05:17"),
    ("по ч. 2 ст. 272 УК РФ", "under Article 272(3) of the Criminal Code", "ч. 2 ст. 272", "Article 272(3)"),
    ("ущерб 5 000 руб.", "damage of USD 5,000", "5 000 руб.", "USD 5,000"),
    ("с 10 по 12 февраля 2026 г.", "from 10 to 13 February 2026", "12 февраля 2026 г.", "13 February 2026"),
    ("карта 4276 3800 1234 5678", "card 4276 3800 1234 5679", "4276 3800 1234 5678", "4276 3800 1234 5679"),
    ("домен пример.рф", "domain xn--e1afmkfd.xn--p1ae", "пример.рф", "xn--e1afmkfd.xn--p1ae"),
    ("домен пример.рф", "domain образец.рф", "пример.рф", "образец.рф"),
    ("@fraud_admin", "@fraud_admln", "@fraud_admin", "@fraud_admln"),
    ("в течение трех суток", "within 48 hours", "трех суток", "48 hours"),
]
