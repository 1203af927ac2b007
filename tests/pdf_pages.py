"""Documents printed by LibreOffice, read back page by page as a reader sees them.

Every line of every page with its position (points from the top left of the page), from
`pdftotext -bbox-layout`; words of one line of a side-by-side table are split into the
left and the right column by where they stand.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

MM = 72 / 25.4
LEFT_MARGIN, RIGHT_MARGIN, TOP_MARGIN = 20 * MM, 10 * MM, 20 * MM


@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    lines: tuple[Line, ...]

    @property
    def text_centre(self) -> float:
        return (LEFT_MARGIN + self.width - RIGHT_MARGIN) / 2

    def header(self) -> list[Line]:
        """What stands above the top margin: the page number and the marks."""
        return [line for line in self.lines if line.y1 <= TOP_MARGIN + 1]

    def body(self) -> list[Line]:
        return [line for line in self.lines if line.y1 > TOP_MARGIN + 1]

    def text(self) -> str:
        return "\n".join(line.text for line in self.body())


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_LINE = re.compile(r"<line[^>]*>(.*?)</line>", re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.S)


def _seen(text: str) -> str:
    return html.unescape(text).replace("\xa0", " ").replace("\u202f", " ")


def convert(docx_files: list[Path], folder: Path) -> list[Path]:
    """PDFs printed by LibreOffice, one per document, in one run of soffice."""
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder)]
        + [str(f) for f in docx_files],
        capture_output=True, check=True, timeout=600,
    )
    pdfs = [folder / (f.stem + ".pdf") for f in docx_files]
    missing = [p.name for p in pdfs if not p.exists()]
    assert not missing, f"LibreOffice did not print {missing}"
    return pdfs


def pages(pdf: Path) -> list[Page]:
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    result = []
    for number, (width, height, body) in enumerate(_PAGE.findall(out), start=1):
        lines = []
        for raw in _LINE.findall(body):
            words = [(float(a), float(b), float(c), float(d), _seen(t)) for a, b, c, d, t in _WORD.findall(raw)]
            if words:
                lines.append(Line(" ".join(w[4] for w in words), min(w[0] for w in words), min(w[1] for w in words),
                                  max(w[2] for w in words), max(w[3] for w in words)))
        lines.sort(key=lambda line: (round(line.y0), line.x0))
        result.append(Page(number, float(width), float(height), tuple(lines)))
    return result


def find(pages_: list[Page], needle: str) -> list[tuple[Page, Line]]:
    """Every line (with its page) whose text holds `needle`."""
    return [(page, line) for page in pages_ for line in page.lines if needle in line.text]
