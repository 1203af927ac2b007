"""Operations the lifecycle does not allow, said in the user's language."""

from __future__ import annotations

from typing import Any

from requestdesk.domain.lifecycle import label
from requestdesk.store.requests import StoreRefusal

_TEXTS = {
    "not_editable": {
        "ru": "Запрос в состоянии «{status}»: его текст уже не изменяется (он подписан или направлен). "
              "Для новой редакции создайте копию.",
        "en": "The request is “{status}”: its text can no longer change (it was signed or sent). "
              "Make a copy for a new version.",
    },
    "unknown": {
        "ru": "В реестре нет запроса {id}.",
        "en": "There is no request {id} in the register.",
    },
    "no_valid_approval": {
        "ru": "Запрос нельзя отметить подписанным: нет действующего согласования ({approval}). "
              "Направьте его на проверку.",
        "en": "The request cannot be marked signed: it has no valid approval ({approval}). Submit it for review.",
    },
    "not_deletable": {
        "ru": "Запрос в состоянии «{status}» не удаляется: он уже покинул стадию черновика, его журнал хранится.",
        "en": "A request that is “{status}” is not deleted: it has left the draft stage and its log is kept.",
    },
    "exists": {
        "ru": "Запрос {id} уже есть в реестре.",
        "en": "Request {id} is already in the register.",
    },
    "no_id": {
        "ru": "У запроса нет идентификатора (поле id): его нельзя сохранить в реестре.",
        "en": "The request has no identifier (the id field): it cannot be kept in the register.",
    },
}


class OperationRefused(StoreRefusal):
    """An operation the request's stage does not allow; nothing was changed."""

    TEXTS = _TEXTS

    def value(self, name: str, value: Any, lang: str) -> str:
        if name == "status":
            return label(value, lang)
        if name == "approval":  # an ApprovalState: said in the language asked for
            return str(value.message(lang))
        return str(value)
