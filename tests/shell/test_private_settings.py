"""`settings.ini` holds the officer's name and authority: readable by the user only (issue 13)."""

import os
import stat

from requestdesk.ui.services import Services
from requestdesk.ui.settings import Options


def test_settings_are_created_readable_by_the_user_only(services):
    services.settings.set(Options.own_state, "RU")  # written by Qt, which keeps the file's mode
    path = services.data_dir / "settings.ini"
    assert "RU" in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_settings_left_readable_by_others_are_tightened(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "settings.ini"
    path.write_text("[General]\nlanguage=ru\n", encoding="utf-8")
    os.chmod(path, 0o644)
    opened = Services.open(folder)
    try:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert "language=ru" in path.read_text(encoding="utf-8")  # tightened, not emptied
    finally:
        opened.store.close()
