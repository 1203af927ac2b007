"""Windows open within the screen they are on, at the size the officer last gave them there.

A laptop's 1366×768, or 1920×1080 at 150 % (1280×720 logical pixels), is smaller than
the size a window asks for: opened at that size, its buttons would lie off the screen.
Every window asks `fit_to_screen` for its place: the size remembered for that screen
(its logical size, so a change of scaling counts as another screen), else the size it
prefers, never more than the screen's available area, centred on it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from requestdesk.ui.settings import Options, Settings

# Room left for the window manager's frame and title bar, which Qt's sizes leave out.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted(preferred: QSize, available: QRect, minimum: QSize = QSize(0, 0)) -> QRect:
    """The rectangle a window of `preferred` size takes on a screen whose free area is `available`."""
    room = available.size() - FRAME_ALLOWANCE
    width = max(min(preferred.width(), room.width()), min(minimum.width(), room.width()))
    height = max(min(preferred.height(), room.height()), min(minimum.height(), room.height()))
    left = available.left() + max(0, (available.width() - width) // 2)
    top = available.top() + max(0, (available.height() - FRAME_ALLOWANCE.height() - height) // 2)
    return QRect(left, top, width, height)


def screen_key(screen: QScreen) -> str:
    size = screen.availableGeometry().size()
    return f"{screen.name() or 'screen'}@{size.width()}x{size.height()}"


def screen_of(window: QWidget) -> QScreen:
    parent = window.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or window.screen()
    return screen or QGuiApplication.primaryScreen()


def fit_to_screen(window: QWidget, name: str, preferred: QSize, settings: Settings | None = None) -> None:
    """Sizes and places `window` on its screen; with `settings`, its size there is kept
    when it closes and used the next time it opens on the same screen."""
    screen = screen_of(window)
    size = preferred
    if settings is not None:
        saved = settings.get(Options.window_sizes).get(f"{name}/{screen_key(screen)}")
        if isinstance(saved, list) and len(saved) == 2 and all(isinstance(v, int) and v > 0 for v in saved):
            size = QSize(saved[0], saved[1])
        _Remember.attach(window, name, settings)
    window.setGeometry(fitted(size, screen.availableGeometry(), window.minimumSizeHint().boundedTo(QSize(1280, 720))))


def keep_within_screen(window: QWidget) -> None:
    """A window restored from an earlier session, on a smaller or more scaled screen, is
    brought back within it."""
    available = screen_of(window).availableGeometry()
    geometry, room = window.geometry(), available.size() - FRAME_ALLOWANCE
    if geometry.width() <= room.width() and geometry.height() <= room.height() and available.contains(geometry):
        return
    window.setGeometry(fitted(window.size(), available, window.minimumSizeHint().boundedTo(QSize(1280, 720))))


class _Remember(QObject):
    """Keeps the window's size for its screen when it is closed or hidden."""

    def __init__(self, window: QWidget, name: str, settings: Settings):
        super().__init__(window)
        self.name, self.settings = name, settings
        window.installEventFilter(self)

    @classmethod
    def attach(cls, window: QWidget, name: str, settings: Settings) -> None:
        if window.findChild(cls) is None:
            cls(window, name, settings)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget):
            if not watched.isMaximized() and not watched.isFullScreen():
                saved = self.settings.get(Options.window_sizes)
                sizes = dict(saved)
                size = watched.size()
                sizes[f"{self.name}/{screen_key(screen_of(watched))}"] = [size.width(), size.height()]
                self.settings.set(Options.window_sizes, sizes)
        return False
