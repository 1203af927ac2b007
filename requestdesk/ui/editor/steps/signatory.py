"""Signatory and seal (Art. 6(4)): who may sign and which seal fits the exchange."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from requestdesk.domain.languages import SUPPORTED
from requestdesk.ui.editor.fields import ChoiceField
from requestdesk.ui.editor.language import bilingual, interface_language
from requestdesk.ui.editor.steps.base import Step


class SignatoryStep(Step):
    key = "signatory"
    prefixes = ("signatory", "seal")

    def title(self) -> str:
        return self.tr("Signatory and seal")

    def article_part(self) -> tuple[str, str]:
        return ("4", "")

    def reference_text(self) -> str:
        return self.tr("Article 6(4): a request transmitted or confirmed in writing is signed and sealed as the "
                       "exchange requires.")

    def build(self) -> None:
        body = self.widget()
        self.rule = QLabel(body)
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet("padding: 6px; border: 1px solid palette(mid); border-radius: 3px;")
        self.add(self.rule)
        self.caption(lambda: self.tr("Signs as"))
        self.role = ChoiceField(self.session, "signatory.role", body)
        self.role.setMinimumContentsLength(50)
        self.add(self.role, "signatory.role")
        self.bilingual("signatory.position", lambda: self.tr("Position"))
        self.bilingual("signatory.name", lambda: self.tr("Initials and surname"))
        self.acting_caption = self.caption(lambda: self.tr("Basis for signing as acting head (order)"))
        self.acting = self.bilingual("signatory.acting_basis", None)
        self.caption(lambda: self.tr("Seal"))
        self.seal = ChoiceField(self.session, "seal", body)
        self.seal.setMinimumContentsLength(50)
        self.add(self.seal, "seal")
        self.session.changed.connect(
            lambda c: self.retranslate_choices() if c.touches("exchange") or c.touches("signatory.role") else None)

    def retranslate_choices(self) -> None:
        lang = interface_language()
        exchange_key = self.session.get("exchange", "")
        exchange = self.profile.exchanges.get(exchange_key) if isinstance(exchange_key, str) else None
        if exchange is None:
            self.rule.setText(self.tr("Choose the exchange of information in the Parties step: it decides who signs "
                                      "and which seal is affixed."))
            roles = list(self.profile.roles)
        else:
            self.rule.setText(f"{bilingual(exchange.article, lang)}: {bilingual(exchange.rule, lang)}")
            roles = list(exchange.roles)
        current = self.session.get("signatory.role", "")
        choices = [(key, bilingual(self.profile.roles[key], lang)) for key in roles if key in self.profile.roles]
        if isinstance(current, str) and current in self.profile.roles and current not in roles:
            choices.append((current, self.tr("%1 (does not fit this exchange)").replace(
                "%1", bilingual(self.profile.roles[current], lang))))
        self.role.set_choices(choices, self.tr("— choose who signs —"))
        seals = []
        for key, label in self.profile.seals.items():
            text = bilingual(label, lang)
            if exchange is not None and key == exchange.seal:
                text = self.tr("%1 (required)").replace("%1", text)
            seals.append((key, text))
        self.seal.set_choices(seals, self.tr("— choose the seal —"))
        role = self.profile.roles.get(current) if isinstance(current, str) else None
        acting = bool(role and role.get("acting"))
        has_basis = any(self.session.text("signatory.acting_basis", lang).strip() for lang in SUPPORTED)
        for editor in self.acting.editors.values():
            editor.setEnabled(acting or has_basis)
