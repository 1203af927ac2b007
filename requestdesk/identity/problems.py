"""Why a key or the list of trusted keys was refused, in Russian and English."""

from __future__ import annotations

from typing import Any

from requestdesk.domain.problems import FileProblem, Problem

IDENTITY_PROBLEMS = {
    # -- a person's details ------------------------------------------------------------------
    "name_empty": {"ru": "не указаны инициалы и фамилия владельца ключа", "en": "the key holder's initials and surname are missing"},
    "name_too_long": {"ru": "имя владельца длиннее {limit} знаков", "en": "the holder's name is longer than {limit} characters"},
    "name_hidden_characters": {
        "ru": "в имени владельца есть управляющие или невидимые знаки ({shown}): такое имя может выглядеть не тем, что оно есть",
        "en": "the holder's name holds control or invisible characters ({shown}): such a name can look like what it is not",
    },
    "authority_hidden_characters": {
        "ru": "в названии органа есть управляющие или невидимые знаки ({shown})",
        "en": "the authority's name holds control or invisible characters ({shown})",
    },
    "bad_role": {"ru": "«{role}» — не роль (officer, supervisor или administrator)", "en": "\"{role}\" is not a role (officer, supervisor or administrator)"},
    "passphrase_short": {
        "ru": "пароль ключа слишком короткий: нужно не менее {minimum} знаков",
        "en": "the key's passphrase is too short: at least {minimum} characters are needed",
    },
    "passphrase_mismatch": {"ru": "пароль и его повтор не совпадают", "en": "the passphrase and its repetition differ"},
    # -- unlocking and signing ---------------------------------------------------------------
    "wrong_passphrase": {
        "ru": "неверный пароль ключа {holder} ({fingerprint}); ключ не изменен",
        "en": "wrong passphrase for the key of {holder} ({fingerprint}); the key is unchanged",
    },
    "locked": {
        "ru": "ключ {holder} снова заперт (прошло {minutes} мин.): введите пароль еще раз",
        "en": "the key of {holder} is locked again ({minutes} min passed): enter the passphrase again",
    },
    "no_keys": {
        "ru": "на этом рабочем месте нет личных ключей (папка {folder}); создайте ключ",
        "en": "this workstation holds no personal keys (folder {folder}); create a key",
    },
    "no_such_key": {"ru": "на этом рабочем месте нет ключа {fingerprint}", "en": "this workstation holds no key {fingerprint}"},
    "several_keys": {
        "ru": "на этом рабочем месте несколько ключей ({fingerprints}); укажите нужный отпечатком",
        "en": "this workstation holds several keys ({fingerprints}); name the one meant by its fingerprint",
    },
    "keys_folder_unusable": {"ru": "папка ключей {folder} недоступна: {detail}", "en": "the keys folder {folder} cannot be used: {detail}"},
    # -- the list of trusted keys ------------------------------------------------------------
    "no_trust_list": {
        "ru": "список доверенных ключей еще не создан: первым его создает ключ администратора (requestdesk key create --role administrator)",
        "en": "there is no list of trusted keys yet: the first administrator key starts it (requestdesk key create --role administrator)",
    },
    "trust_list_exists": {
        "ru": "список доверенных ключей уже создан; первый администратор — {holder} ({fingerprint})",
        "en": "the list of trusted keys already exists; its first administrator is {holder} ({fingerprint})",
    },
    "not_administrator": {
        "ru": "{holder} ({fingerprint}) не является доверенным администратором этого рабочего места: изменение не внесено",
        "en": "{holder} ({fingerprint}) is not a trusted administrator of this workstation: nothing was changed",
    },
    "already_trusted": {
        "ru": "ключ {holder} ({fingerprint}) уже есть в списке (роль: {role})",
        "en": "the key of {holder} ({fingerprint}) is already in the list (role: {role})",
    },
    "role_differs": {
        "ru": "ключ {holder} ({fingerprint}) создан для роли «{declared}», а не «{role}»: для другой роли владелец создает другой ключ",
        "en": "the key of {holder} ({fingerprint}) was made for the role \"{declared}\", not \"{role}\": its holder makes another key for another role",
    },
    "not_in_list": {"ru": "ключа {fingerprint} нет в списке доверенных", "en": "the key {fingerprint} is not in the list of trusted keys"},
    "already_revoked": {
        "ru": "ключ {holder} ({fingerprint}) уже отозван с {date}",
        "en": "the key of {holder} ({fingerprint}) was already revoked from {date}",
    },
    "last_administrator": {
        "ru": "{holder} — последний действующий администратор: после отзыва список никто не сможет изменить; сначала добавьте другого администратора",
        "en": "{holder} is the last administrator in force: once revoked, nobody could change the list; add another administrator first",
    },
    "trust_changed_meanwhile": {
        "ru": "список доверенных ключей тем временем изменен в другом окне или командой; изменение не внесено, повторите его",
        "en": "the list of trusted keys was changed meanwhile in another window or by a command; nothing was changed, try again",
    },
    "reason_empty": {"ru": "укажите причину отзыва", "en": "give the reason for the revocation"},
    "bad_date": {"ru": "«{value}» — не дата ГГГГ-ММ-ДД", "en": "\"{value}\" is not a date YYYY-MM-DD"},
    "bad_fingerprint": {
        "ru": "«{value}» — не отпечаток ключа (20 шестнадцатеричных знаков, например 3F2A 91BC 0D4E 7788 A1B2)",
        "en": "\"{value}\" is not a key fingerprint (20 hexadecimal digits, e.g. 3F2A 91BC 0D4E 7788 A1B2)",
    },
}

FILE_PROBLEMS = {
    "missing": {"ru": "файл не найден", "en": "the file does not exist"},
    "unreadable": {"ru": "файл не удается прочитать ({detail})", "en": "the file cannot be read ({detail})"},
    "too_large": {"ru": "файл больше {limit} КБ: это не файл ключа", "en": "the file is larger than {limit} KB: it is not a key file"},
    "not_json": {"ru": "файл поврежден: это не JSON", "en": "the file is damaged: it is not JSON"},
    "not_public_key": {"ru": "это не файл открытого ключа RequestDesk", "en": "this is not a RequestDesk public key file"},
    "not_private_key": {"ru": "это не файл личного ключа RequestDesk", "en": "this is not a RequestDesk personal key file"},
    "not_trust_list": {"ru": "это не список доверенных ключей RequestDesk", "en": "this is not a RequestDesk list of trusted keys"},
    "newer_version": {
        "ru": "файл создан более новой версией RequestDesk (версия формата {version})",
        "en": "the file was made by a newer RequestDesk (format version {version})",
    },
    "damaged_field": {"ru": "файл поврежден: поле «{field}» отсутствует или неверно", "en": "the file is damaged: the field \"{field}\" is missing or wrong"},
    "damaged": {
        "ru": "файл ключа поврежден или изменен после создания (контрольная сумма не сходится); ключ не используется",
        "en": "the key file is damaged or was altered after it was made (its checksum does not match); the key is not used",
    },
    "ciphertext_altered": {
        "ru": "зашифрованный ключ в файле изменен или поврежден (пароль верен, но ключ не расшифровывается); ключ не используется",
        "en": "the encrypted key in the file was altered or damaged (the passphrase is right but the key does not decrypt); the key is not used",
    },
    "key_mismatch": {
        "ru": "личный ключ в файле не соответствует открытому ключу в нем же: файл подменен",
        "en": "the personal key in the file does not match the public key beside it: the file was tampered with",
    },
    "holder_altered": {
        "ru": "сведения о владельце ({holder}) изменены после создания ключа: подпись владельца под ними не сходится; ключ отклонен",
        "en": "the holder's details ({holder}) were changed after the key was made: the holder's own signature over them fails; the key is refused",
    },
    "fingerprint_altered": {
        "ru": "записанный в файле отпечаток {written} не соответствует ключу (его отпечаток {actual})",
        "en": "the fingerprint written in the file, {written}, does not match the key (whose fingerprint is {actual})",
    },
    "trust_tampered": {
        "ru": "список доверенных ключей изменен не через RequestDesk (изменение {seq}: {why}); ни один ключ не считается доверенным, пока администратор не восстановит список",
        "en": "the list of trusted keys was changed outside RequestDesk (change {seq}: {why}); no key is trusted until an administrator restores the list",
    },
    "trust_rolled_back": {
        "ru": "список доверенных ключей короче, чем был: последние изменения (с {seq}-го) удалены",
        "en": "the list of trusted keys is shorter than it was: its latest changes (from change {seq}) were removed",
    },
}

# Why a change of the list does not hold: said inside "trust_tampered".
TAMPER_REASONS = {
    "sequence": {"ru": "нарушен порядок изменений", "en": "the changes are out of order"},
    "unlinked": {"ru": "изменение не следует за предыдущим", "en": "it does not follow the previous change"},
    "signature": {"ru": "подпись не сходится", "en": "its signature does not verify"},
    "first_not_admin": {
        "ru": "первое изменение не устанавливает администратора собственной подписью",
        "en": "the first change does not establish an administrator under its own signature",
    },
    "signer_not_admin": {
        "ru": "подписано ключом, который не является действующим администратором",
        "en": "it is signed by a key that is not an administrator in force",
    },
    "bad_entry": {"ru": "запись о ключе повреждена или изменена", "en": "the key's entry is damaged or altered"},
    "duplicate": {"ru": "ключ добавлен повторно", "en": "the key is added twice"},
    "unknown_key": {"ru": "отзывается ключ, которого нет в списке", "en": "it revokes a key that is not in the list"},
    "double_revocation": {"ru": "ключ отозван повторно", "en": "the key is revoked twice"},
    "malformed": {"ru": "запись повреждена", "en": "the record is damaged"},
}


class IdentityError(Problem):
    """A refused identity or trust operation; nothing was changed."""

    TEXTS = IDENTITY_PROBLEMS


class KeyFileError(FileProblem):
    """A key or trust-list file that cannot be used as it is; the file is left as it was."""

    TEXTS = FILE_PROBLEMS

    def value(self, name: str, value: Any, lang: str) -> str:
        if name == "why":
            return TAMPER_REASONS[str(value)][lang if lang in ("ru", "en") else "en"]
        return str(value)

    @property
    def unreadable(self) -> bool:
        """The file cannot be read or is not of its kind (exit 2), rather than refused."""
        return self.problem in ("missing", "unreadable", "too_large", "not_json", "not_public_key",
                                "not_private_key", "not_trust_list", "newer_version", "damaged_field", "damaged")
