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
    "no_signer": {
        "ru": "Решение проверяющего подписывается личным ключом руководителя: откройте ключ и повторите.",
        "en": "A reviewer's decision is signed with a supervisor's personal key: unlock the key and try again.",
    },
    "not_supervisor": {
        "ru": "Ключ «{holder}» ({fingerprint}) не значится на этом рабочем месте как действующий ключ руководителя: "
              "согласовать или вернуть запрос им нельзя.",
        "en": "The key of “{holder}” ({fingerprint}) is not trusted as a supervisor's on this workstation: "
              "it cannot approve or return a request.",
    },
    "own_request": {
        "ru": "Запрос составлен или последним изменен пользователем «{author}»: свой запрос не согласовывают и не "
              "возвращают (принцип «четырех глаз»). Решение принимает другой руководитель.",
        "en": "The request was written or last changed by “{author}”: nobody approves or returns their own request "
              "(four eyes). Another supervisor decides.",
    },
    "no_sender": {
        "ru": "Пакет подписывается личным ключом отправителя: откройте свой ключ и повторите.",
        "en": "A package is signed with the sender's personal key: unlock your key and try again.",
    },
    "sender_revoked": {
        "ru": "Ключ «{holder}» ({fingerprint}) отозван на этом рабочем месте: подписанный им пакет нигде не будет признан.",
        "en": "The key of “{holder}” ({fingerprint}) is revoked on this workstation: a package it signs is recognised nowhere.",
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
        if name in ("holder", "author"):
            from requestdesk.domain.display import visible

            return visible(str(value))
        return str(value)
