"""`export_document`: a request, its written confirmation or its checklist as a DOCX file."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from requestdesk.atomic import WriteError, write_atomically
from requestdesk.documents.context import build_context, document_languages, emblem_of
from requestdesk.documents.errors import ExportError
from requestdesk.documents.properties import set_properties
from requestdesk.documents.review_record import ReviewRecord
from requestdesk.documents.templates import render_template, template_path, to_bytes
from requestdesk.domain.check import CheckResult, profile_for
from requestdesk.domain.directory import Directory, bundled_directory
from requestdesk.domain.findings import Finding
from requestdesk.resources import resource_path

__all__ = ["DOCUMENTS", "LAYOUTS", "ExportError", "blocking_findings", "export_document", "render_document"]

DOCUMENTS = ("request", "confirmation", "checklist")
LAYOUTS = ("parallel", "sequential")
CONFIRMED_CHANNELS = ("oral", "technical")


def blocking_findings(result: CheckResult, document: str) -> list[Finding]:
    """The errors that keep a document from being produced except as a draft.

    The checklist exists to show findings, so nothing blocks it. The written
    confirmation is the remedy for an overdue one, so a 6.2.confirmation error does
    not block the confirmation itself (the document still says when it was due).
    """
    if document == "checklist":
        return []
    errors = result.errors
    if document == "confirmation":
        errors = [f for f in errors if f.code != "6.2.confirmation"]
    return errors


def template_name(document: str, layout: str, languages: tuple[str, ...]) -> str:
    if document == "checklist":
        return "checklist.docx"
    # Side by side needs two languages; a one-language request is simply written out.
    if layout == "parallel" and len(languages) > 1:
        return "request-parallel.docx"
    return "request-sequential.docx"


def render_document(
    doc: dict[str, Any],
    result: CheckResult,
    out_path: Path,
    *,
    document: str = "request",
    layout: str = "parallel",
    draft: bool = False,
    now: datetime | None = None,
    directory: Directory | None = None,
    review: ReviewRecord | None = None,
    file_copy: bool = False,
    emblem: Path | None = None,
) -> bytes:
    """The DOCX file's bytes; nothing is written. ExportError says what went wrong.

    The original that is signed and sent carries no internal mark; the `file_copy` kept in
    the authority's file carries the approval visa and the text's fingerprint. `emblem` is
    the letterhead's image (the settings'); without it, the directory's for the authority.
    """
    out_path = Path(out_path)
    if document not in DOCUMENTS:
        raise ExportError(out_path, "unknown_document", document=document)
    if layout not in LAYOUTS:
        raise ExportError(out_path, "unknown_layout", layout=layout)
    channel = result.request.transmission.channel
    if document == "confirmation" and channel not in CONFIRMED_CHANNELS:
        profile = profile_for(result.request.treaty)
        words = profile.channels.get(channel, {})
        raise ExportError(out_path, "not_oral", channel=dict(words), article=dict(profile.confirmation_article))
    now = now or datetime.now(timezone.utc)
    directory = directory or bundled_directory()
    context = build_context(doc, result, directory, kind=document, draft=draft, now=now, review=review, file_copy=file_copy)
    name = template_name(document, layout, document_languages(result))
    picture = _emblem(document, emblem, result, directory, out_path)
    template = render_template(template_path(name), context, out_path, emblem=picture)
    set_properties(template.docx, context, document, now)
    return to_bytes(template)


def _emblem(document: str, given: Path | None, result: CheckResult, directory: Directory, out_path: Path) -> Path | None:
    """The letterhead's emblem for a letter: the one given (the settings'), else the directory's
    for the requesting authority; none for the checklist, an internal document."""
    if document == "checklist":
        return None
    if given is None:
        listed = emblem_of(result.request, directory)
        given = resource_path(listed) if listed else None
    if given is not None and not Path(given).is_file():
        raise ExportError(out_path, "emblem_missing", image=Path(given).name)
    return Path(given) if given is not None else None


def _write(out_path: Path, data: bytes) -> None:
    try:
        write_atomically(out_path, data)
    except WriteError as exc:
        raise ExportError(out_path, exc.problem, **exc.params) from None


def export_document(
    doc: dict[str, Any],
    result: CheckResult,
    out_path: Path | str,
    *,
    document: str = "request",
    layout: str = "parallel",
    draft: bool = False,
    now: datetime | None = None,
    directory: Directory | None = None,
    review: ReviewRecord | None = None,
    file_copy: bool = False,
    emblem: Path | None = None,
) -> Path:
    """Writes the document to `out_path` whole, or leaves it as it was and raises ExportError.

    `result` is the check of `doc`; the checklist states the counting rule it applied.
    `review` (from the register holding the request) gives the approval visa of a file copy
    and the checklist, and the checklist's marks and event log; without it they state the
    fingerprint and that no approval is recorded.
    """
    out_path = Path(out_path)
    data = render_document(doc, result, out_path, document=document, layout=layout, draft=draft, now=now, directory=directory,
                           review=review, file_copy=file_copy, emblem=emblem)
    _write(out_path, data)
    return out_path
