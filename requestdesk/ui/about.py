"""About RequestDesk: what it is, its version and licence, and the licences of what it ships with."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from requestdesk import __version__
from requestdesk.licences import Notice, notices
from requestdesk.resources import resource_path
from requestdesk.ui.qt import named


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.notices = notices()
        icon = QLabel()
        icon.setPixmap(QIcon(str(resource_path("icons", "requestdesk.svg"))).pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = named(QLabel(), "aboutHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.text = named(QTextBrowser(), "aboutLicences")
        # Links open the bundled licence texts with the desktop's viewer, never a web page.
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._open_text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.retranslate()

    def _open_text(self, url: QUrl) -> None:
        if url.isLocalFile():
            QDesktopServices.openUrl(url)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _row(self, notice: Notice) -> str:
        links = ", ".join(
            f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{html.escape(path.name)}</a>' for path in notice.texts
        )
        return (f"<tr><td><b>{html.escape(notice.name)}</b></td><td>{html.escape(notice.version)}</td>"
                f"<td>{html.escape(notice.licence)}</td><td>{links}</td></tr>")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About RequestDesk"))
        own = self.notices[0]
        description = QCoreApplication.translate(
            "MainWindow",
            "RequestDesk drafts and checks requests for assistance under Article 6 of the 2018 CIS "
            "Agreement on cooperation in combating crimes in the field of information technologies, "
            "and exports them as bilingual Russian and English documents. It works offline.",
        )
        self.heading.setText(
            f"<h2>RequestDesk {html.escape(__version__)}</h2><p>{html.escape(description)}</p>"
            + "<p>" + html.escape(self.tr("Licence: %1. You may use, study, share and change it under that licence.")
                                  .replace("%1", own.licence)) + "</p>"
        )
        qt_version = QLibraryInfo.version().toString()
        rows = "\n".join(self._row(n) for n in self.notices[1:])
        heading = html.escape(self.tr("Libraries shipped with RequestDesk"))
        columns = [html.escape(t) for t in (self.tr("Component"), self.tr("Version"), self.tr("Licence"), self.tr("Licence text"))]
        qt_heading = html.escape(self.tr("Qt and PySide6 (LGPLv3)"))
        self.text.setHtml(
            f"<h3>{heading}</h3><table cellpadding='3'><tr>"
            + "".join(f"<th align='left'>{c}</th>" for c in columns)
            + f"</tr>{rows}</table><h3>{qt_heading}</h3>"
            "<p>" + html.escape(self.tr(
                "The interface is built with Qt %1 through PySide6, used under the GNU Lesser General Public "
                "License version 3 (LGPLv3). You may replace them with your own or a modified version of the "
                "same major version: the application folder keeps the Qt libraries (libQt6*.so on Linux, "
                "Qt6*.dll on Windows, under _internal/PySide6) and the PySide6 modules as separate files, so "
                "a user may relink by replacing those files with compatible builds; nothing is linked "
                "statically. The source code of Qt and PySide6 is published by the Qt Project; on request, "
                "the supplier of this bundle provides the versions used.").replace("%1", qt_version)) + "</p>"
            "<p>" + html.escape(self.tr(
                "RequestDesk is free software: the supplier of this bundle provides its source code on request. "
                "The licence texts are in the licenses folder of the application.")) + "</p>"
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
