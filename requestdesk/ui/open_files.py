"""Files given to the application (a double-click on the desktop, `requestdesk FILE`):
a request file enters the register unless it is there already, then opens in the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from requestdesk.domain.requestfile import RequestFileError, load_request_file

if TYPE_CHECKING:
    from requestdesk.ui.operations import ImportOutcome


def ids_to_open(outcome: ImportOutcome) -> list[str]:
    """The requests the user meant to see: those imported, and those the register already held."""
    ids = list(outcome.ids)
    for path in outcome.unchanged:
        try:
            request_id = load_request_file(path).get("id")
        except RequestFileError:
            continue  # changed on disk since it was read: the import reported what it found
        if isinstance(request_id, str) and request_id not in ids:
            ids.append(request_id)
    return ids
