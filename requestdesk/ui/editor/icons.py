"""Small state icons drawn once: a coloured disc for ok, warning and error."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

_COLOURS = {"ok": "#2e7d32", "warning": "#e0a000", "error": "#c62828"}
_MARKS = {"ok": "✓", "warning": "!", "error": "✕"}


@cache
def severity_icon(state: str) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_COLOURS.get(state, "#888888")))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * 0.62))
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, _MARKS.get(state, ""))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
