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
    "cannot_write": {"ru": "{out}: не удается записать файл: {detail}", "en": "{out}: cannot write the file: {detail}"},
    "bad_out": {"ru": "{out}: файл документа должен иметь расширение .docx", "en": "{out}: the document file must end in .docx"},
    "export_failed": {"ru": "{file}: документ не создан: {detail}", "en": "{file}: the document could not be produced: {detail}"},
}


def default_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name)
        if value:
            return normalise_language(value)
    return "en"


def say(key: str, lang: str, **params: object) -> str:
    return _TEXTS[key][lang if lang in _TEXTS[key] else "en"].format(**params)
