"""Why a document could not be produced, in the user's language."""

from __future__ import annotations

from typing import Any

from requestdesk.atomic import WRITE_PROBLEMS
from requestdesk.domain.problems import FileProblem

_PROBLEMS = {
    **WRITE_PROBLEMS,  # the place chosen for the document: missing folder, full disk...
    "template_missing": {"ru": "не найден шаблон документа «{template}»", "en": "the document template \"{template}\" is missing"},
    "template_broken": {
        "ru": "шаблон «{template}» поврежден или содержит ошибку: {detail}",
        "en": "the template \"{template}\" is damaged or has an error: {detail}",
    },
    "template_variables": {
        "ru": "в шаблоне «{template}» есть поля, которых нет в данных запроса: {names}",
        "en": "the template \"{template}\" uses fields the request data does not have: {names}",
    },
    "template_elements": {
        "ru": "шаблон «{template}» печатает элементы {letters}, которых нет в профиле договора «{treaty}»: добавьте их в профиль или уберите из шаблона",
        "en": "the template \"{template}\" prints elements {letters}, which the treaty profile \"{treaty}\" does not have: add them to the profile or remove them from the template",
    },
    "emblem_broken": {
        "ru": "файл герба «{image}» не является изображением PNG, JPEG, GIF или BMP",
        "en": "the emblem file \"{image}\" is not a PNG, JPEG, GIF or BMP image",
    },
    "emblem_missing": {"ru": "не найден файл герба «{image}»", "en": "the emblem file \"{image}\" is missing"},
    "not_oral": {
        "ru": "письменное подтверждение составляется для запроса, переданного устно или с использованием технических средств связи ({article} Соглашения); этот запрос передан {channel}",
        "en": "a written confirmation is made for a request transmitted orally or by technical means of communication ({article} of the Agreement); this request was transmitted {channel}",
    },
    "unknown_document": {"ru": "неизвестный вид документа «{document}»", "en": "unknown document kind \"{document}\""},
    "unknown_layout": {"ru": "неизвестное расположение текстов «{layout}»", "en": "unknown layout \"{layout}\""},
}

_NOT_GIVEN = {"ru": "(способ передачи не указан)", "en": "(the channel is not given)"}


class ExportError(FileProblem):
    """A document that could not be written; the message names the file and the problem."""

    TEXTS = _PROBLEMS

    def value(self, name: str, value: Any, lang: str) -> str:
        # A parameter may differ per language ({"ru": ..., "en": ...}).
        if isinstance(value, dict):
            value = value.get(lang) or value.get("en") or _NOT_GIVEN.get(lang, _NOT_GIVEN["en"])
        return str(value)
