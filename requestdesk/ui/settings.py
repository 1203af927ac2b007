"""Settings declared once, typed, over QSettings (no string keys scattered in widgets)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QSettings, Signal

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    kind: type

    def decode(self, raw: Any) -> T:
        if raw is None:
            return self.default
        try:
            if self.kind is dict:
                value = json.loads(raw) if isinstance(raw, str) else raw
                # kind is dict, so T is the dict the option holds
                return cast(T, value) if isinstance(value, dict) else self.default
            if self.kind is bool:
                return (raw in (True, "true", "1", 1)) if not isinstance(raw, bool) else raw  # type: ignore[return-value]
            return self.kind(raw)
        except (TypeError, ValueError):
            return self.default

    def encode(self, value: T) -> Any:
        return json.dumps(value, ensure_ascii=False) if self.kind is dict else value


class Options:
    """Every setting of the application, in one place.

    No key lies in a group named "general": QSettings' INI format writes that group as
    [%General] and reads it back as "General/...", so such a value is lost at the next start.
    """

    language = Option("interface/language", "", str)  # "" follows the system locale
    own_state = Option("defaults/own_state", "", str)
    own_authority: Option[dict[str, Any]] = Option("defaults/own_authority", {}, dict)  # party: state, authority, subdivision, time_zone
    default_signatory: Option[dict[str, Any]] = Option("defaults/signatory", {}, dict)  # spec §1 signatory
    default_executor: Option[dict[str, Any]] = Option("defaults/executor", {}, dict)  # spec §1 executor
    default_exchange = Option("defaults/exchange", "specialised", str)
    document_layout = Option("documents/layout", "parallel", str)  # parallel | sequential
    letterhead_emblem = Option("documents/emblem", "", str)  # an image file printed at the head of letters
    confirmation_counting = Option("deadlines/counting", "elapsed_72h", str)  # never whole_days by default
    treaty = Option("defaults/treaty", "cis-2018-it", str)  # the treaty profile of new requests (domain.profile)
    first_run_done = Option("start/first_run_done", False, bool)
    main_window_geometry = Option("window/main_geometry", "", str)  # QWidget.saveGeometry, base64
    window_sizes: Option[dict[str, list[int]]] = Option("window/sizes", {}, dict)  # "editor/<screen>@WxH": [width, height], per screen
    main_window_columns = Option("window/register_columns", "", str)  # QHeaderView.saveState, base64
    last_folder = Option("files/last_folder", "", str)  # where the last file dialog was
    unlock_minutes = Option("identity/unlock_minutes", 5, int)  # how long a personal key stays open for signing


class Settings(QObject):
    changed = Signal(str)  # the key of the option that changed

    def __init__(self, qsettings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._store = qsettings

    def get(self, option: Option[T]) -> T:
        return option.decode(self._store.value(option.key))

    def set(self, option: Option[T], value: T) -> None:
        if self.get(option) == value:
            return
        self._store.setValue(option.key, option.encode(value))
        self._store.sync()
        self.changed.emit(option.key)
