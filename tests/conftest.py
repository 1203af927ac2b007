import os

# Before anything imports Qt: tests run without a display, on CI and on workstations.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy  # noqa: E402
import json  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from requestdesk.resources import resource_path  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _message_catalogs():
    """The gettext catalogs compiled from translations/messages_*.po, as an install compiles
    them: the Russian of the command line, the errors and the documents' words (the
    command-line tests run the program in subprocesses, which read the .mo files)."""
    from requestdesk.domain.text import forget_catalogs
    from requestdesk.resources import translations_dir
    from requestdesk.translations_build import compile_messages

    compile_messages(translations_dir())
    forget_catalogs()


@pytest.fixture
def complete_request() -> dict:
    """A complete two-language request with three assistance items (the example)."""
    with resource_path("examples", "example.request.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture
def write_request(tmp_path: Path):
    def write(doc, name: str = "r.request.json") -> Path:
        path = tmp_path / name
        if isinstance(doc, (bytes, str)):
            path.write_bytes(doc if isinstance(doc, bytes) else doc.encode("utf-8"))
        else:
            path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path

    return write


def clone(doc: dict) -> dict:
    return copy.deepcopy(doc)


@pytest.fixture(autouse=True)
def _delete_closed_widgets():
    """Deletes the widgets a test closed, before the next test runs.

    pytest-qt closes the widgets it was given and calls deleteLater(), but processEvents()
    outside an event loop never runs deferred deletions: a closed window would otherwise
    live on and receive the next test's LanguageChange, over a store already closed.
    """
    yield
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
