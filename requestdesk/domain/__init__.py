"""The domain: requests, the Agreement's rules and deadlines, in plain Python.

Nothing here imports Qt, python-docx or jinja2 (an import-linter contract in
pyproject.toml fails the build if it does), so the command line, the documents and
the store all stand on it.
"""
