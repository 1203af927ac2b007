"""Why a key or the list of trusted keys was refused, in Russian and English."""

from __future__ import annotations

from typing import Any

from requestdesk.domain.problems import FileProblem, Problem
from requestdesk.domain.text import _

IDENTITY_PROBLEMS = {
    # -- a person's details ------------------------------------------------------------------
    "name_empty": _("the key holder's initials and surname are missing"),
    "name_too_long": _("the holder's name is longer than {limit} characters"),
    "name_hidden_characters": _("the holder's name holds control or invisible characters ({shown}): such a name can look like what it is not"),
    "authority_hidden_characters": _("the authority's name holds control or invisible characters ({shown})"),
    "bad_role": _("\"{role}\" is not a role (officer, supervisor or administrator)"),
    "passphrase_short": _("the key's passphrase is too short: at least {minimum} characters are needed"),
    "passphrase_mismatch": _("the passphrase and its repetition differ"),
    # -- unlocking and signing ---------------------------------------------------------------
    "wrong_passphrase": _("wrong passphrase for the key of {holder} ({fingerprint}); the key is unchanged"),
    "locked": _("the key of {holder} is locked again ({minutes} min passed): enter the passphrase again"),
    "no_keys": _("this workstation holds no personal keys (folder {folder}); create a key"),
    "no_such_key": _("this workstation holds no key {fingerprint}"),
    "several_keys": _("this workstation holds several keys ({fingerprints}); name the one meant by its fingerprint"),
    "keys_folder_unusable": _("the keys folder {folder} cannot be used: {detail}"),
    # -- the list of trusted keys ------------------------------------------------------------
    "no_trust_list": _("there is no list of trusted keys yet: the first administrator key starts it (requestdesk key create --role administrator)"),
    "trust_list_exists": _("the list of trusted keys already exists; its first administrator is {holder} ({fingerprint})"),
    "not_administrator": _("{holder} ({fingerprint}) is not a trusted administrator of this workstation: nothing was changed"),
    "already_trusted": _("the key of {holder} ({fingerprint}) is already in the list (role: {role})"),
    "role_differs": _("the key of {holder} ({fingerprint}) was made for the role \"{declared}\", not \"{role}\": its holder makes another key for another role"),
    "not_in_list": _("the key {fingerprint} is not in the list of trusted keys"),
    "already_revoked": _("the key of {holder} ({fingerprint}) was already revoked from {date}"),
    "last_administrator": _("{holder} is the last administrator in force: once revoked, nobody could change the list; add another administrator first"),
    "trust_changed_meanwhile": _("the list of trusted keys was changed meanwhile in another window or by a command; nothing was changed, try again"),
    "reason_empty": _("give the reason for the revocation"),
    "bad_date": _("\"{value}\" is not a date YYYY-MM-DD"),
    "bad_fingerprint": _("\"{value}\" is not a key fingerprint (20 hexadecimal digits, e.g. 3F2A 91BC 0D4E 7788 A1B2)"),
}

FILE_PROBLEMS = {
    "missing": _("the file does not exist"),
    "unreadable": _("the file cannot be read ({detail})"),
    "too_large": _("the file is larger than {limit} KB: it is not a key file"),
    "not_json": _("the file is damaged: it is not JSON"),
    "not_public_key": _("this is not a RequestDesk public key file"),
    "not_private_key": _("this is not a RequestDesk personal key file"),
    "not_trust_list": _("this is not a RequestDesk list of trusted keys"),
    "newer_version": _("the file was made by a newer RequestDesk (format version {version})"),
    "damaged_field": _("the file is damaged: the field \"{field}\" is missing or wrong"),
    "damaged": _("the key file is damaged or was altered after it was made (its checksum does not match); the key is not used"),
    "ciphertext_altered": _("the encrypted key in the file was altered or damaged (the passphrase is right but the key does not decrypt); the key is not used"),
    "key_mismatch": _("the personal key in the file does not match the public key beside it: the file was tampered with"),
    "holder_altered": _("the holder's details ({holder}) were changed after the key was made: the holder's own signature over them fails; the key is refused"),
    "fingerprint_altered": _("the fingerprint written in the file, {written}, does not match the key (whose fingerprint is {actual})"),
    "trust_tampered": _("the list of trusted keys was changed outside RequestDesk (change {seq}: {why}); no key is trusted until an administrator restores the list"),
    "trust_rolled_back": _("the list of trusted keys is shorter than it was: its latest changes (from change {seq}) were removed"),
}

# Why a change of the list does not hold: said inside "trust_tampered".
TAMPER_REASONS = {
    "sequence": _("the changes are out of order"),
    "unlinked": _("it does not follow the previous change"),
    "signature": _("its signature does not verify"),
    "first_not_admin": _("the first change does not establish an administrator under its own signature"),
    "signer_not_admin": _("it is signed by a key that is not an administrator in force"),
    "bad_entry": _("the key's entry is damaged or altered"),
    "duplicate": _("the key is added twice"),
    "unknown_key": _("it revokes a key that is not in the list"),
    "double_revocation": _("the key is revoked twice"),
    "malformed": _("the record is damaged"),
}


class IdentityError(Problem):
    """A refused identity or trust operation; nothing was changed."""

    TEXTS = IDENTITY_PROBLEMS


class KeyFileError(FileProblem):
    """A key or trust-list file that cannot be used as it is; the file is left as it was."""

    TEXTS = FILE_PROBLEMS

    def value(self, name: str, value: Any, lang: str) -> object:
        if name == "why":
            return TAMPER_REASONS[str(value)]
        return value

    @property
    def unreadable(self) -> bool:
        """The file cannot be read or is not of its kind (exit 2), rather than refused."""
        return self.problem in ("missing", "unreadable", "too_large", "not_json", "not_public_key",
                                "not_private_key", "not_trust_list", "newer_version", "damaged_field", "damaged")
