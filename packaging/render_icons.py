"""Renders the icon master (resources/icons/requestdesk.svg) into the PNG sizes desktops use
and a Windows .ico. Run after changing the master; the results are committed.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "requestdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An .ico holding PNG images (what Windows Vista and later read)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 (QImage painting needs it)
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {MASTER}")
    rendered = {size: png_bytes(render(renderer, size)) for size in SIZES}
    for size, blob in rendered.items():
        target = ROOT / "packaging" / "linux" / "icons" / f"{size}x{size}" / "requestdesk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)
    (ROOT / "packaging" / "windows" / "requestdesk.ico").write_bytes(ico([(s, rendered[s]) for s in ICO_SIZES]))
    print(f"rendered {len(SIZES)} PNG sizes and requestdesk.ico from {MASTER.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
