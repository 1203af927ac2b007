"""Filling a DOCX template: checked first, rendered in memory, returned as bytes."""

from __future__ import annotations

import io
import re
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from jinja2 import TemplateError
from lxml import etree
from lxml.etree import LxmlError

from requestdesk.documents import compiled
from requestdesk.documents.environment import environment
from requestdesk.documents.errors import ExportError
from requestdesk.resources import resource_path

TEMPLATE_DIR = ("templates",)
_LISTING = re.compile("[\t\a\n\f]")


class _Template(DocxTemplate):
    """docxtpl's template, each of whose parts is cleaned up and compiled once (environment.prepare)."""

    _body_xml = ""
    _body_token: str | None = None
    _element_letters: frozenset[str] = frozenset()

    def patch_xml(self, src_xml: str) -> str:
        # What docxtpl then compiles is the token of the part compiled from this XML.
        return environment().prepare(src_xml, _source)[0]

    def build_xml(self, context: dict[str, Any], jinja_env: Any = None) -> str:
        # The body was serialised and prepared when its fields were checked: not again.
        if self._body_token is None:
            return super().build_xml(context, jinja_env)
        return self.render_xml_part(self._body_token, self.docx._part, context, jinja_env)

    def resolve_listing(self, xml: str) -> str:
        # docxtpl turns tabs (and line, paragraph and page breaks) typed in a value into Word's
        # own, rewriting every run of the part with regular expressions: only when there is one.
        if not _LISTING.search(xml):
            return xml
        return super().resolve_listing(xml)

    def render_properties(self, context: dict[str, Any], jinja_env: Any = None) -> None:
        # The document's properties are set from the request afterwards (properties.py);
        # those of the template are not templates.
        return None


@lru_cache(maxsize=8)
def _source(raw_xml: str) -> str:
    """A part's template text, as docxtpl makes it: cleaned up, each paragraph on a line of its own.

    Kept: a template's first export reads the body's elements and compiles it from the same text.
    """
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", DocxTemplate.patch_xml(_CLEANER, raw_xml))


_CLEANER = DocxTemplate.__new__(DocxTemplate)  # patch_xml uses no state of the template


def template_path(name: str) -> Path:
    return resource_path(*TEMPLATE_DIR, name)


EMBLEM_HEIGHT_MM = 16


@lru_cache(maxsize=8)
def _shell(path: str, mtime_ns: int, size: int) -> tuple[bytes, str, frozenset[str]]:
    """The template file with an empty body, the body's XML and the elements it prints.

    The body is the large part of a template and is replaced whole when it is filled:
    each export loads the package without it and fills the body compiled from its XML
    (kept by modification time and size, so an administrator's edit is seen at once).
    All three are kept on disk beside the compiled template, by the template file's hash:
    taking the body out costs as much as python-docx's opening of the whole package, and
    finding the elements in the cleaned-up body (docxtpl's clean-up) a third of the export.
    """
    with open(path, "rb") as fh:
        template = fh.read()
    name = f"{compiled.key(template.hex())}.shell"
    kept = compiled.load_value(name)
    if (isinstance(kept, tuple) and len(kept) == 3 and isinstance(kept[0], bytes) and isinstance(kept[1], str)
            and isinstance(kept[2], tuple) and all(isinstance(letter, str) for letter in kept[2])):
        return kept[0], kept[1], frozenset(kept[2])
    shell, body_xml = _without_body(template)
    letters = _element_letters(body_xml)
    compiled.store_value(name, (shell, body_xml, tuple(sorted(letters))))
    return shell, body_xml, letters


def _without_body(template: bytes) -> tuple[bytes, str]:
    with zipfile.ZipFile(io.BytesIO(template)) as package:
        members = [(info, package.read(info.filename)) for info in package.infolist()]
    out = io.BytesIO()
    body_xml = None
    # Stored, not compressed: the shell is read back at once, in memory (compressing its
    # parts only to inflate them again took a third of loading the template); the document
    # itself is saved compressed.
    with zipfile.ZipFile(out, "w") as shell:
        for info, data in members:
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                body = root.find(qn("w:body"))
                body_xml = etree.tostring(body, encoding="unicode", pretty_print=False)
                for child in list(body):
                    body.remove(child)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            shell.writestr(info, data, compress_type=zipfile.ZIP_STORED)
    if body_xml is None:
        raise KeyError("word/document.xml")
    return out.getvalue(), body_xml


def _load(path: Path) -> _Template:
    stat = path.stat()
    shell, body_xml, letters = _shell(str(path), stat.st_mtime_ns, stat.st_size)
    template = _Template(io.BytesIO(shell))
    template.init_docx()
    template._body_xml = body_xml
    template._element_letters = letters
    return template


def _template_variables(template: _Template) -> frozenset[str]:
    """The names the template's parts (body, headers, footers) need, from their compiled form."""
    env = environment()
    template._body_token, names = env.prepare(template._body_xml, _source)
    wanted = set(names)
    for uri in (template.HEADER_URI, template.FOOTER_URI):
        for _, part in template.get_headers_footers(uri):
            wanted |= env.prepare(template.get_part_xml(part), _source)[1]
    return frozenset(wanted - env.globals.keys())


_ELEMENT = re.compile(r"treaty\.elements\.(\w+)")


def _element_letters(body_xml: str) -> frozenset[str]:
    """The elements of the treaty whose names or articles the template prints ("treaty.elements.d.label")."""
    return frozenset(_ELEMENT.findall(_source(body_xml)))


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
        template = _load(path)
        missing = sorted(_template_variables(template) - context.keys())
        if missing:
            raise ExportError(out, "template_variables", template=path.name, names=", ".join(missing))
        absent = sorted(template._element_letters - (context.get("treaty") or {}).get("elements", {}).keys())
        if absent:
            raise ExportError(out, "template_elements", template=path.name, letters=", ".join(absent),
                              treaty=context["treaty"]["short_name"])
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
