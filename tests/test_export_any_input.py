"""Whatever a request file holds, a draft and a checklist are produced (never a crash)."""

from __future__ import annotations

import io
from datetime import date

from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import clone
from export_helpers import NOW, body_text
from requestdesk.documents.export import render_document
from requestdesk.domain.check import check_document
from requestdesk.domain.document import new_request
from requestdesk.domain.timeutil import FixedClock

FIELDS = [
    "number", "date", "requesting", "requested", "exchange", "offences", "case_summary", "purpose",
    "assistance", "desired_execution_by", "attachments", "confidential", "urgent", "transmission",
    "signatory", "seal", "executor", "languages", "requesting.authority", "assistance.0.identifiers",
    "assistance.0.form", "attachments.0.pages", "transmission.at", "transmission.received_by", "languages.0",
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.sampled_from(["ru", "en", "type", "value", "from", "title", "pages"]), children, max_size=4),
    max_leaves=12,
)


def _set(doc, path, value):
    node = doc
    keys = path.split(".")
    for depth, key in enumerate(keys, start=1):
        if isinstance(node, list) and not (key.isdigit() and int(key) < len(node)):
            return  # an earlier change replaced the object on the way
        if depth == len(keys):
            node[int(key) if isinstance(node, list) else key] = value
            return
        node = node[int(key)] if isinstance(node, list) else node.get(key)
        if not isinstance(node, (dict, list)):
            return


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.lists(st.tuples(st.sampled_from(FIELDS), json_values), min_size=1, max_size=4))
def test_any_values_give_a_draft_and_a_checklist(complete_request, tmp_path, changes):
    doc = clone(complete_request)
    for path, value in changes:
        _set(doc, path, value)
    result = check_document(doc, clock=FixedClock(NOW))
    for document, layout in (("request", "parallel"), ("request", "sequential"), ("checklist", "parallel")):
        data = render_document(doc, result, tmp_path / "x.docx", document=document, layout=layout, draft=True, now=NOW)
        assert Document(io.BytesIO(data)).paragraphs is not None


def test_a_blank_new_request_gives_a_draft(tmp_path):
    doc = new_request(today=date(2026, 11, 20))
    result = check_document(doc, clock=FixedClock(NOW))
    data = render_document(doc, result, tmp_path / "x.docx", draft=True, now=NOW)
    text = body_text(Document(io.BytesIO(data)))
    assert "ЗАПРОС" in text and "№ ____________ от 20 ноября 2026" in text.replace("\u202f", " ")
