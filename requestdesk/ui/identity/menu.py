"""The Keys menu: create my key, export my public key, the trusted keys, lock my key.

The main window adds it with `identity_menu(window, services)`; the menu's `identity`
is the one the window asks for a signer when a signature is made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from requestdesk.domain.display import visible
from requestdesk.ui.identity.workstation import Identity

if TYPE_CHECKING:
    from requestdesk.ui.identity.create_key_dialog import CreateKeyDialog
    from requestdesk.ui.identity.export_key_dialog import ExportKeyDialog
    from requestdesk.ui.identity.trust_dialog import TrustDialog
    from requestdesk.ui.services import Services

translate = QCoreApplication.translate


class IdentityMenu(QMenu):
    def __init__(self, identity: Identity, parent: QWidget | None = None, *, settings_defaults: Callable[[], tuple[str, str]] | None = None):
        super().__init__(parent)
        self.setObjectName("identityMenu")
        self.identity = identity
        self._defaults = settings_defaults or (lambda: ("", ""))
        self.create_action = QAction(self)
        self.create_action.setObjectName("createMyKey")
        self.export_action = QAction(self)
        self.export_action.setObjectName("exportMyKey")
        self.trust_action = QAction(self)
        self.trust_action.setObjectName("trustedKeys")
        self.lock_action = QAction(self)
        self.lock_action.setObjectName("lockMyKey")
        for action in (self.create_action, self.export_action, self.trust_action):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.lock_action)
        self.create_action.triggered.connect(lambda: self.open_create())
        self.export_action.triggered.connect(lambda: self.open_export())
        self.trust_action.triggered.connect(lambda: self.open_trust())
        self.lock_action.triggered.connect(identity.lock)
        self.aboutToShow.connect(self.retranslate)
        identity.changed.connect(self.retranslate)
        self.retranslate()

    def _parent(self) -> QWidget | None:
        parent = self.parentWidget()
        return parent.window() if parent is not None else None

    def open_create(self) -> CreateKeyDialog:
        from requestdesk.ui.identity.create_key_dialog import CreateKeyDialog

        name, authority = self._defaults()
        dialog = CreateKeyDialog(self.identity, self._parent(), name=name, authority=authority)
        dialog.exec()
        return dialog

    def open_export(self) -> ExportKeyDialog:
        from requestdesk.ui.identity.export_key_dialog import ExportKeyDialog

        dialog = ExportKeyDialog(self.identity, self._parent())
        dialog.exec()
        return dialog

    def open_trust(self) -> TrustDialog:
        from requestdesk.ui.identity.trust_dialog import TrustDialog

        dialog = TrustDialog(self.identity, self._parent())
        dialog.exec()
        return dialog

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(translate("IdentityMenu", "&Keys"))
        self.create_action.setText(translate("IdentityMenu", "&Create my key…"))
        self.export_action.setText(translate("IdentityMenu", "&Export my public key…"))
        self.trust_action.setText(translate("IdentityMenu", "&Trusted keys…"))
        held = self.identity.unlocked
        if held is None:
            self.lock_action.setText(translate("IdentityMenu", "&Lock my key (no key is open)"))
        else:
            self.lock_action.setText(translate("IdentityMenu", "&Lock the key of %1 now").replace("%1", visible(held.holder.name)))
        self.lock_action.setEnabled(held is not None)


def _signatory_defaults(services: Services) -> tuple[str, str]:
    """The executor's name and the own authority from Settings, to start the form with."""
    from requestdesk.ui.settings import Options

    executor = services.settings.get(Options.default_executor) or {}
    authority = services.settings.get(Options.own_authority) or {}
    name = executor.get("name") if isinstance(executor.get("name"), str) else ""
    if isinstance(executor.get("name"), dict):
        name = executor["name"].get("ru") or executor["name"].get("en") or ""
    title = authority.get("authority") if isinstance(authority.get("authority"), str) else ""
    return name or "", title or ""


def identity_menu(parent: QWidget, services: Services, identity: Identity | None = None) -> IdentityMenu:
    """The Keys menu for a window over `services` (its `identity` signs for the window)."""
    identity = identity or Identity.of(services, parent)
    return IdentityMenu(identity, parent, settings_defaults=lambda: _signatory_defaults(services))


def open_identity_menu(parent: QWidget, services: Services) -> IdentityMenu:
    """What the main window calls once: the Keys menu, added to its menu bar."""
    menu = identity_menu(parent, services)
    bar = getattr(parent, "menuBar", None)
    if callable(bar):
        bar().addMenu(menu)
    return menu


__all__ = ["Identity", "IdentityMenu", "identity_menu", "open_identity_menu"]
