"""The domain: requests, the Agreement's rules and deadlines, in plain Python.

Nothing here imports Qt, python-docx or jinja2 (an import-linter contract in
pyproject.toml fails the build if it does), so the command line, the documents and
the store all stand on it.
"""

# Every zone the program reads comes from the newest database at hand (timeutil prefers
# the bundled tzdata over an older system one): settle that before any zone is read.
from requestdesk.domain import timeutil as _timeutil  # noqa: E402,F401
