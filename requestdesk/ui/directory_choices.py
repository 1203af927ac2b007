"""Combo boxes filled from the directory and the treaty profile, one way for every dialog."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from requestdesk.domain.directory import Authority, Directory
from requestdesk.domain.profile import TreatyProfile


def select_data(combo: QComboBox, data: Any) -> None:
    """Selects the entry holding `data`; leaves the choice as it is when there is none."""
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)


def refill(combo: QComboBox, entries: Iterable[tuple[str, Any]]) -> None:
    """Replaces the entries, keeping the chosen one when it is still offered, without signals."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    select_data(combo, kept)
    combo.blockSignals(False)


def state_entries(directory: Directory, lang: str, none_label: str) -> list[tuple[str, Any]]:
    states = sorted(directory.states.items(), key=lambda kv: kv[1].short.get(lang, kv[0]))
    return [(none_label, ""), *((state.short.get(lang, code), code) for code, state in states)]


def role_entries(profile: TreatyProfile, lang: str, none_label: str) -> list[tuple[str, Any]]:
    return [(none_label, ""), *((role.get(lang, key), key) for key, role in profile.roles.items())]


def authority_label(authority: Authority, lang: str) -> str:
    """The full name with the short one officers type ("… (МВД России)"), so that a search
    for the short name finds the authority too."""
    name = authority.name.get(lang, authority.id)
    short = authority.short.get(lang, "").strip() if authority.short else ""
    return f"{name} ({short})" if short and short.casefold() not in name.casefold() else name


def fill_authorities(combo: QComboBox, directory: Directory, state: str, current_name: str, lang: str) -> list[Authority]:
    """The state's authorities, the one named `current_name` chosen (else none); returns them."""
    authorities = directory.authorities_of(state)
    combo.blockSignals(True)
    combo.clear()
    for authority in authorities:
        combo.addItem(authority_label(authority, lang), authority.id)
    current = directory.find_authority(state, current_name, lang)
    if current is not None:
        select_data(combo, current.id)
    else:
        combo.setCurrentIndex(-1)
        combo.setEditText("")
    combo.blockSignals(False)
    return authorities


def fill_subdivisions(combo: QComboBox, authority: Authority | None, lang: str, none_label: str) -> None:
    """The authority's subdivisions in the directory (data: their index), after a "none" entry."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(none_label, None)
    for index, subdivision in enumerate(authority.subdivisions if authority else ()):
        combo.addItem(subdivision.name.get(lang, ""), index)
        combo.setItemData(combo.count() - 1, subdivision.name.get(lang, ""), Qt.ItemDataRole.ToolTipRole)
    combo.blockSignals(False)
