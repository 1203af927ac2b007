"""The words outside the Qt interface come from one gettext catalog (requestdesk.domain.text):
English in the source, Russian in translations/messages_ru.po, said per call in the
language asked for, with user text inserted and never read as a template."""

from __future__ import annotations

import ast
import errno
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from requestdesk.domain.text import Message, _, catalog_for, fill
from requestdesk.resources import translations_dir
from requestdesk.translations_build import PACKAGE, sources, updated_catalog

CATALOG = translations_dir() / "messages_ru.po"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Russian in a module outside the interface that is data, not words said to a user.
# (path, why); None as the literals: any literal of that module.
ALLOWED: dict[str, tuple[str, frozenset[str] | None]] = {
    "domain/notation.py": ("the Russian words values are written with (months, number words, units, currencies): "
                           "the tokenizer reads texts with them", None),
    "domain/tokens.py": ("the tokenizer's patterns: МСК, the Cyrillic domain zones, units written as adjectives", None),
    "domain/names.py": ("the Cyrillic letters of the CIS languages' surnames and their Latin transliteration, "
                        "to compare a surname across the two texts", None),
    "domain/enclosures.py": ("patterns that find an enclosure mentioned in a Russian text («прилагается», «Приложение:»)", None),
    "documents/acting.py": ("Russian grammar: the nominative -> genitive table of positions and the patterns of a title "
                            "that already says «врио»", None),
    "domain/directory.py": ("the marker the starter directory (resources/directory.json) gives a name yet to be confirmed",
                            frozenset({"подлежит уточнению"})),
    "domain/formatting.py": ("CLDR's long date of the two document languages (the Russian genitive month names and "
                             "«г.»), written without babel and held to babel's output by tests/test_message_dates.py", None),
    "store/search.py": ("the search index folds «ё» into «е», as Russian is typed", frozenset({"ё", "е"})),
    "editing.py": ("the bounds of the Cyrillic block, to tell a text's script", frozenset({"Ѐ", "ӿ"})),
    "cli/main.py": ("--help is English; it quotes the mark a draft document prints",
                    frozenset({'mark every page "ПРОЕКТ / DRAFT" and allow errors'})),
    "cli/identity.py": ("--help is English; it shows how a Russian signatory's name is typed",
                        frozenset({"the holder as he or she signs: И. О. Фамилия"})),
}

# Latin words a Russian message may hold: names of formats and programs, and the values
# files and the command line take as they are (a role, the "id" and "format" fields).
TECHNICAL = frozenset({
    "RequestDesk", "JSON", "UTF-8", "UTF-16", "PDF", "DOCX", "PNG", "JPEG", "TIFF", "GIF", "BMP", "FIFO", "ISO", "zip",
    "officer", "supervisor", "administrator", "id", "format", "null", "u",
})


def _literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)
    }
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def test_no_russian_words_in_a_module_outside_the_interface_and_the_catalog():
    found = []
    for path in sources():
        relative = path.relative_to(PACKAGE).as_posix()
        allowed = ALLOWED.get(relative, ("", frozenset()))[1]
        for line, text in _literals(path):
            if CYRILLIC.search(text) and allowed is not None and text not in allowed:
                found.append(f"{relative}:{line}: {text[:60]!r}")
    assert found == [], "Russian belongs in translations/messages_ru.po: write the English with _() and translate it there"


def test_the_allowlist_names_only_modules_that_still_need_it():
    for relative, (_why, allowed) in ALLOWED.items():
        russian = {text for _line, text in _literals(PACKAGE / relative) if CYRILLIC.search(text)}
        assert russian, relative
        if allowed is not None:
            assert allowed <= russian, relative


def _catalog():
    with CATALOG.open("rb") as fh:
        return read_po(fh, locale="ru")


def _entries():
    return [m for m in _catalog() if m.id]


def test_the_catalog_is_the_one_the_sources_give():
    """`python -m requestdesk.translations_build --extract` changes nothing: every marked
    message is in the catalog, and the catalog holds no message the sources dropped."""
    def without_tool_version(data: bytes) -> bytes:
        return re.sub(rb'"Generated-By: [^"]*"\n', b"", data)

    assert without_tool_version(updated_catalog("ru", CATALOG.parent)) == without_tool_version(CATALOG.read_bytes())


def test_every_message_has_its_russian_with_the_same_placeholders():
    entries = _entries()
    assert len(entries) > 300
    for message in entries:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert not message.fuzzy, message.id
        assert len(strings) == (3 if message.pluralizable else 1) and all(strings), message.id
        wanted = set(re.findall(r"\{(\w+)\}", " ".join(ids)))
        for text in strings:
            assert set(re.findall(r"\{(\w+)\}", text)) == wanted, (message.id, text)
            # Braces other than placeholders would be a template syntax nobody fills.
            assert not re.search(r"\{(?!\w+\})|(?<!\{\w)\}", re.sub(r"\{\w+\}", "", text)), text


def test_no_english_in_the_russian_catalog():
    for message in _entries():
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            rest = re.sub(r"\{\w+\}|\"[ -~]*\"", " ", text)  # placeholders, and values quoted as a file holds them
            rest = re.sub(r"--[\w-]+|\S+\.(json|jsonl|docx|requestpkg)\b|\.(docx|requestpkg)\b|\(requestdesk [^)]*\)", " ", rest)
            rest = re.sub(r"\b[0-9A-F]{4}( [0-9A-F]{4}){4}\b", " ", rest)  # a fingerprint shown as an example
            english = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", rest) if w.rstrip("-") not in TECHNICAL]
            assert english == [], (message.id, text)


def test_the_compiled_catalog_is_read_and_every_message_is_said_in_russian():
    catalog = catalog_for("ru")
    assert catalog is not None
    for message in _entries():
        if message.pluralizable:
            continue
        said = Message(message.id, context=message.context).render("ru")
        assert said == message.string


# -- saying a message ---------------------------------------------------------------------------------------------


def test_a_message_is_said_in_the_language_of_each_call():
    empty = _("the file is empty")
    assert [empty.render(lang) for lang in ("ru", "en", "ru")] == ["файл пуст", "the file is empty", "файл пуст"]
    assert empty.render("kk") == "the file is empty"  # a language without a catalog: the source's English


@pytest.mark.parametrize("hostile", ["{detail}", "{0}", "{0.__class__}", "{detail!r:>99}", "%(x)s %s", "{", "}{", "$detail ${detail}"])
def test_user_text_is_inserted_as_it_is_never_read_as_a_template(hostile):
    from requestdesk.domain.requestfile import RequestFileError

    error = RequestFileError("/x/r.request.json", "unreadable", detail=hostile)
    assert error.message("ru") == f"/x/r.request.json: файл не удается прочитать: {hostile}"
    assert error.message("en") == f"/x/r.request.json: the file cannot be read: {hostile}"
    assert fill("{a}{b}", {"a": "{b}", "b": hostile}, "en") == "{b}" + hostile


def test_a_value_may_be_a_message_a_mapping_or_a_list_said_in_the_same_language():
    from requestdesk.domain.requestfile import _json_detail

    try:
        import json

        json.loads('{"a" 1}')
    except json.JSONDecodeError as exc:
        detail = _json_detail(exc)
    assert detail.render("ru") == "строка 1, столбец 6: ожидается двоеточие"
    assert detail.render("en") == "line 1, column 6: Expecting ':' delimiter"
    assert fill("{d}", {"d": {"ru": "вчера", "en": "yesterday"}}, "ru") == "вчера"
    assert fill("{d}", {"d": [_("the file is empty"), "x"]}, "ru") == "файл пуст, x"


def test_what_the_system_says_in_english_keeps_its_words_and_gets_ours_in_russian():
    from requestdesk.domain.requestfile import RequestFileError, _os_detail

    for number, russian in ((errno.EACCES, "нет доступа"), (errno.ENOENT, "нет такого файла"), (errno.EXDEV, "ошибка чтения (код 18)")):
        detail = _os_detail(OSError(number, "the system's own words"))
        error = RequestFileError("/f", "unreadable", detail=detail)
        assert error.message("en") == "/f: the file cannot be read: the system's own words"
        assert error.message("ru") == f"/f: файл не удается прочитать: {russian}"


def test_russian_counts_the_languages_it_names():
    from requestdesk.domain.rules.language import languages_named

    said = {langs: (languages_named(langs).render("ru"), languages_named(langs).render("en"))
            for langs in (("ru",), ("en",), ("ru", "en"), ("ru", "en", "kk"))}
    assert said == {
        ("ru",): ("на русском языке", "in Russian"),
        ("en",): ("на английском языке", "in English"),
        ("ru", "en"): ("на русском и английском языках", "in Russian and English"),
        ("ru", "en", "kk"): ("на русском, английском и kk языках", "in Russian, English and kk"),
    }


# -- the words read as they did before the catalog ----------------------------------------------------------------
# Said by the modules' own tables before they moved to the catalog (the reviewed wording).


def test_the_command_line_says_what_it_said():
    from requestdesk.cli.audit import _word
    from requestdesk.cli.messages import OUTCOMES, say

    assert say("ok", "ru", file="r.json", warnings=1) == "r.json: ошибок нет, предупреждений: 1."
    assert say("ok", "en", file="r.json", warnings=1) == "r.json: no errors, 1 warning(s)."
    assert say("failed", "ru", file="r.json", errors=2, warnings=0) == "r.json: ошибок: 2, предупреждений: 0."
    assert say("due", "ru", due="23 ноября 2026") == "Письменное подтверждение — до 23 ноября 2026."
    assert (say("error", "ru"), say("warning", "ru"), say("error", "en"), say("warning", "en")) == ("ошибка", "предупр.", "error", "warning")
    assert OUTCOMES["kept_both"].render("ru") == "импортирован как новый запрос (прежний сохранен)"
    assert _word("header", "ru", id="R1", count=3) == "Журнал запроса R1: событий 3"
    assert _word("header", "en", id="R1", count=3) == "Log of request R1: 3 event(s)"
    assert (_word("yes", "ru"), _word("no", "ru"), _word("log_bad", "ru")) == ("да", "НЕТ", "Журнал НЕ подтверждается:")


def test_errors_say_what_they_said():
    from requestdesk.app.audit import Problem as LogProblem
    from requestdesk.app.errors import OperationRefused
    from requestdesk.identity.problems import KeyFileError
    from requestdesk.packages.errors import PackageError
    from requestdesk.store.requests import StoreError

    status = LogProblem("R1", "status", (("now", "draft"), ("logged", "signed")))
    assert status.message("ru") == "состояние «Черновик» не то, что записано в журнале последним («Подписан»)"
    assert status.message("en") == "the status “Draft” is not the one its log last recorded (“Signed”)"
    assert LogProblem("R1", "approval_unrecognised", (("why", "signature"),)).message("ru") == (
        "согласование не признано: подпись не сходится с согласованным (подделка или повреждение)")
    assert OperationRefused("not_editable", status="approved").message("ru") == (
        "Запрос в состоянии «Согласован»: его текст уже не изменяется (он подписан или направлен). Для новой редакции создайте копию.")
    assert KeyFileError("/k", "trust_tampered", seq=3, why="first_not_admin").message("ru") == (
        "/k: список доверенных ключей изменен не через RequestDesk (изменение 3: первое изменение не устанавливает администратора "
        "собственной подписью); ни один ключ не считается доверенным, пока администратор не восстановит список")
    assert PackageError("/p", "enclosure_type", title="Счет", declared="image/png", found="").message("ru") == (
        "/p: приложение «Счет» объявлено как изображение PNG, но по содержимому это не PDF, не DOCX и не изображение; пакет отклонен")
    assert PackageError("/p", "not_a_file", kind="pipe").message("en") == (
        "/p: this is not a regular file but a pipe (a pipe, a device or a socket); it is not read")
    assert StoreError("no space", path="/r.sqlite3", problem="full").message("ru") == (
        "/r.sqlite3: диск заполнен — запрос не сохранен в реестре; освободите место, работа сохранится при следующей попытке")


def test_statuses_events_and_the_watch_say_what_they_said():
    from requestdesk.documents.environment import window
    from requestdesk.domain.formatting import format_remaining
    from requestdesk.domain.lifecycle import TransitionError, label
    from requestdesk.domain.review import ApprovalState, ApprovalStatus, event_label
    from requestdesk.identity.holders import role_label

    assert label("awaiting_confirmation", "ru") == "Ждет письменного подтверждения"
    assert TransitionError("draft", "signed").message("ru") == "Переход «Черновик» → «Подписан» не допускается."
    assert TransitionError("in_review", "approved", by_review=True).message("en") == (
        "“Approved” is decided by the supervisor in the review checklist (Request ▸ Review…).")
    assert event_label("approval_restored", "ru") == "Согласование вновь действует: текст возвращен к согласованному"
    assert ApprovalState(ApprovalStatus.VOID, None, ("content", "unsigned"), "").message("ru") == (
        "Согласование утратило силу: запрос изменен после согласования (текст запроса изменен; оно не подписано ключом руководителя)")
    assert role_label("supervisor", "ru") == "руководитель (согласующий)"
    assert [format_remaining(s, "ru") for s in (184500, 18420, -259260)] == [
        "осталось 2 сут. 3 ч 15 мин", "осталось 5 ч 7 мин", "просрочено на 3 сут. 1 мин"]
    assert [format_remaining(s, "en") for s in (184500, -120)] == ["2 d 3 h 15 min left", "overdue by 2 min"]
    start = datetime(2026, 11, 20, 14, 35, tzinfo=timezone(timedelta(hours=3)))
    end = datetime(2026, 11, 21, 9, 5, 7, tzinfo=timezone(timedelta(hours=3)))
    assert window(start, end, "ru") == "с 20 ноября 2026\u202fг., 14:35:00 (UTC+03:00) по 21 ноября 2026\u202fг., 09:05:07 (UTC+03:00)"
    assert window(None, end, "en") == "until 21 November 2026, 09:05:07 (UTC+03:00)"
