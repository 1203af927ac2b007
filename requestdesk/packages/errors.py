"""Why a package is refused, in Russian and English."""

from __future__ import annotations

import json

from requestdesk.domain.problems import FileProblem
from requestdesk.domain.text import _

_PROBLEMS = {
    "unreadable": _("the file cannot be read: {detail}"),
    "not_zip": _("this is not a RequestDesk request package (the file is not a zip archive)"),
    "damaged": _("the package is damaged: {detail}"),
    "unsafe_name": _("the package holds an unsafe file name {name} (a path outside the package, an absolute path, a drive or a backslash); refused"),
    "unexpected_member": _("the package holds a file that does not belong in it: {name}"),
    "duplicate_member": _("the package holds {name} twice"),
    "too_many_members": _("the package holds too many files ({count})"),
    "missing_member": _("the package lacks {name}"),
    "encrypted": _("{name} in the package is encrypted"),
    "compression": _("{name} is compressed with an unsupported method"),
    "too_large_member": _("{name} declares {size} MB, above the {limit} MB limit; refused without reading it"),
    "bomb": _("the package looks like a zip bomb: {name} expands to {size} KB from {packed} KB; refused"),
    "bomb_total": _("the package looks like a zip bomb: its files expand to {size} MB together, above the {limit} MB limit"),
    "not_a_file": _("this is not a regular file but a {kind} (a pipe, a device or a socket); it is not read"),
    "too_large_package": _("the file takes {size} MB and no package is larger than {limit} MB; refused without reading it"),
    "prepended": _("the package has {size} bytes of foreign data before it begins: the file was altered or joined to another; refused"),
    "appended": _("the package has {size} bytes of foreign data after its end: the file was altered or joined to another; refused"),
    "layout": _("the files inside the package overlap or have foreign data between them (as some zip bombs are built); refused"),
    "size_field": _("the package records the size or details of {name} in two different ways (a size field was damaged or altered); refused"),
    "enclosure_compressed": _("the enclosed file {name} is compressed inside the package, and RequestDesk stores enclosures uncompressed: the package was not made by RequestDesk; refused"),
    "enclosure_type": _("the enclosure “{title}” is declared as {declared} but its content is {found}; refused"),
    "enclosure_archive": _("the enclosure “{title}” is an archive ({archive}) or a file with an archive joined to it; refused"),
    "nested": _("{name} holds data nested more than {limit} levels deep; refused"),
    "size_mismatch": _("{name} is not the size the package says"),
    "manifest": _("the package manifest (manifest.json) is damaged: {detail}"),
    "format": _("this is not a RequestDesk request package (wrong manifest format)"),
    "newer_version": _("the package was made by a newer RequestDesk (format version {version}; this program reads {supported}); update the program"),
    "request_altered": _("the request was altered after packing: request.json does not match the manifest"),
    "request_invalid": _("the package does not hold a request: {detail}"),
    "request_not_packed": _("the request was altered after packing: it differs from the one the manifest and the event log record"),
    "events_altered": _("the event log was altered after packing: events.json does not match the manifest"),
    "events_invalid": _("the event log is damaged: {detail}"),
    "event_missing": _("event {seq} was removed from the event log"),
    "event_unlinked": _("event {seq} of the log does not follow the previous one (the chain is broken)"),
    "event_altered": _("event {seq} of the log was altered"),
    "events_truncated": _("events were removed from the end of the log ({found} in the package, the manifest says {expected})"),
    "review_altered": _("the review record was altered after packing: review.json does not match the manifest"),
    "review_not_logged": _("the review record does not match the event log (marks or decisions changed outside the program)"),
    "review_invalid": _("the review record is damaged: {detail}"),
    "enclosure_altered": _("the enclosure “{title}” was swapped or altered: its content does not match the manifest"),
    "not_packed": _("the event log does not end with the packing record: events at its end were removed or added"),
    "enclosures_not_packed": _("the enclosed files or their details (names, pages) differ from those the log recorded at packing"),
    "too_big_to_pack": _("the request with its files takes {size} MB; a package holds at most {limit} MB and {count} files"),
    "sender_unsigned": _("the package is not signed: nobody vouches for who made it; refused, nothing was written"),
    "sender_signature": _("the package's signature does not verify (it was altered after it was signed, or the signature is forged; key in the package: {holder}, {fingerprint}); refused, nothing was written"),
    "sender_untrusted": _("the package is signed with the key of “{holder}” (fingerprint {fingerprint}), which is not on this workstation's list of trusted keys; refused, nothing was written"),
    "sender_revoked": _("the package is signed with the key of “{holder}” (fingerprint {fingerprint}), revoked before the package was signed; refused, nothing was written"),
    "no_sender_key": _("a package is signed with the sender's personal key: unlock yours (its passphrase), then pack again"),
    "id_mismatch": _("the parts of the package belong to different requests"),
}
_UNREADABLE = frozenset({"unreadable", "not_zip", "not_a_file", "too_large_package"})
_KINDS = {"pipe": _("pipe"), "device": _("device"), "socket": _("socket"), "special file": _("special file")}
# What an enclosure is declared as, or found to be, by its media type.
_TYPES = {
    "application/pdf": _("a PDF"),
    "image/png": _("a PNG image"),
    "image/jpeg": _("a JPEG image"),
    "image/tiff": _("a TIFF image"),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": _("a DOCX document"),
    "": _("neither a PDF, a DOCX nor an image"),
}


class PackageError(FileProblem):
    """A package refused; message(lang) names the file and says what is wrong."""

    TEXTS = _PROBLEMS

    def value(self, name: str, value: object, lang: str) -> object:
        if name == "kind":
            return _KINDS.get(str(value), value)
        if name in ("declared", "found"):
            return _TYPES.get(str(value), quoted(str(value)[:80]))
        return value

    @property
    def unreadable(self) -> bool:
        """The input could not be read as a package at all (as opposed to refused content)."""
        return self.problem in _UNREADABLE


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}"


def quoted(name: str) -> str:
    # Control characters in a hostile name must not reach the terminal as they are.
    return json.dumps(name, ensure_ascii=True)
