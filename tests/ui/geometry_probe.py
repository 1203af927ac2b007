"""Opens each window on the screen the offscreen platform was given and prints where its
parts lie, as JSON: run by test_windows_fit in a process of its own per screen."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def on_screen(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def main(data: str, restored_geometry: str) -> None:
    from requestdesk.domain.timeutil import FixedClock
    from requestdesk.ui.editor.window import EditorWindow
    from requestdesk.ui.i18n import Languages
    from requestdesk.ui.main_window import MainWindow
    from requestdesk.ui.operations import create_request
    from requestdesk.ui.review.review_dialog import ReviewDialog
    from requestdesk.ui.services import Services
    from requestdesk.ui.settings import Options
    from requestdesk.ui.settings_dialog import SettingsDialog
    from requestdesk.ui.welcome import WelcomeWizard as WelcomeDialog

    app = QApplication(sys.argv[:1])
    services = Services.open(Path(data), clock=FixedClock(datetime(2026, 11, 26, 9, 0, tzinfo=timezone.utc)))
    languages = Languages(services.settings, app)
    languages.apply("ru")
    if restored_geometry:
        # The register as it was saved on a larger screen: its size there.
        width, height = (int(v) for v in restored_geometry.split("x"))
        earlier = QWidget()
        earlier.setGeometry(20, 20, width, height)
        services.settings.set(Options.main_window_geometry, bytes(earlier.saveGeometry().toBase64()).decode())
    out: dict[str, object] = {"available": rect(app.primaryScreen().availableGeometry())}
    main_window = MainWindow(services, languages)
    main_window.show()
    app.processEvents()
    out["main"] = {"frame": rect(main_window.frameGeometry()),
                   "counters": on_screen(main_window.statusBar()), "minimum": [main_window.minimumSizeHint().width(),
                                                                         main_window.minimumSizeHint().height()]}
    doc = create_request(services)
    editor = EditorWindow(services, doc, main_window)
    editor.show()
    app.processEvents()
    out["editor"] = {"frame": rect(editor.frameGeometry()), "next": on_screen(editor.next_button),
                     "back": on_screen(editor.back_button),
                     "minimum": [editor.minimumSizeHint().width(), editor.minimumSizeHint().height()]}
    editor.autosaver.save_timer.stop()
    for name, dialog in (("review", ReviewDialog(services, doc["id"], main_window)),
                         ("settings", SettingsDialog(services, languages, main_window)),
                         ("welcome", WelcomeDialog(services, languages, True, main_window))):
        dialog.show()
        app.processEvents()
        out[name] = {"frame": rect(dialog.frameGeometry()),
                     "minimum": [dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height()]}
        dialog.hide()
    print(json.dumps(out), flush=True)
    editor.close()
    main_window.close()
    services.close()
    # Widgets left to the interpreter's shutdown would be torn down after the
    # application: leave now that the answer is out.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "")
