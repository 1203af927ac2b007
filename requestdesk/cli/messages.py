"""The command line's own words, in Russian and English."""

from __future__ import annotations

import os

from requestdesk.domain.languages import normalise_language

_TEXTS = {
    "ok": {"ru": "{file}: ошибок нет, предупреждений: {warnings}.", "en": "{file}: no errors, {warnings} warning(s)."},
    "failed": {"ru": "{file}: ошибок: {errors}, предупреждений: {warnings}.", "en": "{file}: {errors} error(s), {warnings} warning(s)."},
    "due": {"ru": "Письменное подтверждение — до {due}.", "en": "Written confirmation due by {due}."},
    "bad_now": {"ru": "--now: «{value}» — не момент времени ISO 8601 с часовым поясом", "en": "--now: \"{value}\" is not an ISO 8601 instant with offset"},
    "refused": {
        "ru": "{file}: в запросе есть ошибки, документ не создан (используйте --draft для проекта):",
        "en": "{file}: the request has errors, no document written (use --draft for a draft):",
    },
    "written": {"ru": "Документ записан: {out}", "en": "Document written: {out}"},
    "bad_out": {"ru": "{out}: файл документа должен иметь расширение .docx", "en": "{out}: the document file must end in .docx"},
    "bad_package_out": {"ru": "{out}: файл пакета должен иметь расширение .requestpkg", "en": "{out}: the package file must end in .requestpkg"},
    "no_id": {"ru": "{file}: у запроса нет идентификатора (поле \"id\")", "en": "{file}: the request has no id (the \"id\" field)"},
    "no_register": {"ru": "{folder}: реестр запросов не найден", "en": "{folder}: there is no register of requests here"},
    "no_request": {"ru": "{source}: нет такого файла и нет запроса с таким идентификатором в реестре {folder}", "en": "{source}: no such file, and no request with that id in the register at {folder}"},
    "ambiguous": {"ru": "{source}: идентификатору соответствуют несколько запросов; укажите его полностью", "en": "{source}: several requests match that id; give it in full"},
    "packed": {"ru": "Пакет записан: {out} (запрос {id}, отпечаток {short}, событий: {events}, файлов: {files})", "en": "Package written: {out} (request {id}, fingerprint {short}, {events} event(s), {files} file(s))"},
    "store_failed": {"ru": "{folder}: {detail}", "en": "{folder}: {detail}"},
    "unpacked": {
        "ru": "{file}: запрос {id} — {outcome}; статус: {status}; отпечаток {short}",
        "en": "{file}: request {id} — {outcome}; status: {status}; fingerprint {short}",
    },
    "inspected": {
        "ru": "{file}: пакет цел; запрос {id}, статус: {status}, отпечаток {short}, событий: {events}, файлов: {files}",
        "en": "{file}: the package is intact; request {id}, status: {status}, fingerprint {short}, {events} event(s), {files} file(s)",
    },
    "approved_by": {"ru": "Согласовал: {reviewer}, {at}; отпечаток {short}", "en": "Approved by {reviewer}, {at}; fingerprint {short}"},
    "approval_claimed": {"ru": "Согласование называет согласовавшим «{reviewer}», {at}: это не подтверждено подписью",
                         "en": "The approval names “{reviewer}”, {at}, as the approver: no signature confirms it"},
    "sender_verified": {"ru": "Отправитель подтвержден подписью: {holder} ({role}, {authority}), ключ {fingerprint}",
                        "en": "Sender verified by signature: {holder} ({role}, {authority}), key {fingerprint}"},
    "sender_unverified": {"ru": "ОТПРАВИТЕЛЬ НЕ ПОДТВЕРЖДЕН: {why}",
                          "en": "SENDER NOT VERIFIED: {why}"},
    "untrusted_hint": {
        "ru": "Чтобы импортировать пакет с отметкой «от непроверенного отправителя» (согласование в нем не будет признано), повторите с --untrusted.",
        "en": "To import it marked as coming from an unverified sender (any approval in it not recognised), run again with --untrusted.",
    },
    "imported_unverified": {
        "ru": "Импортирован с отметкой «от непроверенного отправителя»; учтено событий его журнала: {count} из {total}.",
        "en": "Imported marked as coming from an unverified sender; {count} of its {total} log event(s) counted.",
    },
    "conflict_hint": {"ru": "Повторите с --keep-both или --replace.", "en": "Run again with --keep-both or --replace."},
    "reindexing": {"ru": "Обновление поискового указателя реестра: {percent} %", "en": "Updating the register's search index: {percent}%"},
    # A finding's severity, as `check` and `export` print it.
    "error": {"ru": "ошибка", "en": "error"},
    "warning": {"ru": "предупр.", "en": "warning"},
    "export_failed": {"ru": "{file}: документ не создан: {detail}", "en": "{file}: the document could not be produced: {detail}"},
}


OUTCOMES = {
    "imported": {"ru": "импортирован", "en": "imported"},
    "updated": {"ru": "обновлен из пакета", "en": "brought up to date from the package"},
    "unchanged": {"ru": "без изменений (пакет не содержит ничего нового)", "en": "unchanged (the package holds nothing new)"},
    "kept_both": {"ru": "импортирован как новый запрос (прежний сохранен)", "en": "imported as a new request (the local one kept)"},
    "replaced": {"ru": "заменен содержимым пакета (прежний текст сохранен в журнале)", "en": "replaced by the package (the previous text kept in the log)"},
}


def default_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return normalise_language(value)
    return "en"


def say(key: str, lang: str, **params: object) -> str:
    return _TEXTS[key][lang if lang in _TEXTS[key] else "en"].format(**params)
