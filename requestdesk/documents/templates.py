"""Filling a DOCX template: checked first, rendered in memory, returned as bytes."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from jinja2 import TemplateError
from lxml.etree import LxmlError

from requestdesk.documents.environment import environment
from requestdesk.documents.errors import ExportError
from requestdesk.resources import resource_path

TEMPLATE_DIR = ("templates",)


class _Template(DocxTemplate):
    """docxtpl's template, with its XML clean-up done once per template text."""

    _patched: dict[str, str] = {}

    def patch_xml(self, src_xml: str) -> str:
        patched = self._patched.get(src_xml)
        if patched is None:
            if len(self._patched) >= 32:
                self._patched.clear()
            patched = self._patched[src_xml] = super().patch_xml(src_xml)
        return patched

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        # The document's properties are set from the request afterwards (properties.py);
        # those of the template are not templates.
        return None


def template_path(name: str) -> Path:
    return resource_path(*TEMPLATE_DIR, name)


EMBLEM_HEIGHT_MM = 16


def _parts_xml(template: _Template) -> list[str]:
    """Each part's XML as docxtpl hands it to Jinja (body, then headers and footers)."""
    template.init_docx()
    sources = [template.patch_xml(template.get_xml())]
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for _, part in template.get_headers_footers(uri):
            sources.append(template.patch_xml(template.get_part_xml(part)))
    # docxtpl puts each paragraph on a line of its own before it compiles a part.
    return [re.sub(r"<w:p([ >])", r"\n<w:p\1", xml) for xml in sources]


def _template_variables(template: _Template) -> frozenset[str]:
    # Read from the syntax trees the rendering then uses: each part is parsed once.
    env = environment()
    names: set[str] = set()
    for source in _parts_xml(template):
        names |= env.prepare(source)[1]
    return frozenset(names - env.globals.keys())


def _with_emblem(template: _Template, context: dict[str, Any], emblem: Path | None) -> dict[str, Any]:
    if emblem is None:
        return context
    letterhead = dict(context.get("letterhead") or {})
    letterhead["emblem"] = InlineImage(template, str(emblem), height=Mm(EMBLEM_HEIGHT_MM))
    return {**context, "letterhead": letterhead}


def _describe(exc: TemplateError) -> str:
    line = getattr(exc, "lineno", None)
    return f"{exc.message or type(exc).__name__}" + (f" (line {line} of the template XML)" if line else "")


def render_template(path: Path, context: dict[str, Any], out: Path, emblem: Path | None = None) -> DocxTemplate:
    """The template filled with `context`; its `.docx` is the document, ready to be finished and saved.

    `emblem` is an image file for the letterhead. `out` only names the document in error messages.
    """
    if not path.is_file():
        raise ExportError(out, "template_missing", template=path.name)
    try:
        template = _Template(path)
        missing = sorted(_template_variables(template) - context.keys())
        if missing:
            raise ExportError(out, "template_variables", template=path.name, names=", ".join(missing))
        template.render(_with_emblem(template, context, emblem), environment(), autoescape=True)
        _order_cell_shading(template.docx)
    except ExportError:
        raise
    except TemplateError as exc:
        raise ExportError(out, "template_broken", template=path.name, detail=_describe(exc)) from exc
    except UnrecognizedImageError as exc:
        raise ExportError(out, "emblem_broken", image=emblem.name if emblem else "") from exc
    except (KeyError, ValueError, OSError, zipfile.BadZipFile, PackageNotFoundError, LxmlError) as exc:
        # A file that is not a DOCX package, or one whose XML the filling broke.
        raise ExportError(out, "template_broken", template=path.name, detail=str(exc) or type(exc).__name__) from exc
    return template


def _order_cell_shading(document: Any) -> None:
    # docxtpl's {% cellbg %} puts w:shd before w:tcW; the schema wants the width first,
    # and LibreOffice ignores a width that comes after the shading.
    for shd in document.element.body.iter(qn("w:shd")):
        tc_pr = shd.getparent()
        width = tc_pr.find(qn("w:tcW")) if tc_pr.tag == qn("w:tcPr") else None
        if width is not None and tc_pr.index(shd) < tc_pr.index(width):
            width.addnext(shd)


def to_bytes(template: DocxTemplate) -> bytes:
    buffer = io.BytesIO()
    template.save(buffer)
    return buffer.getvalue()
