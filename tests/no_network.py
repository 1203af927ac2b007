"""Runs `requestdesk ARGS...` with every network attempt forbidden and reported.

    python tests/no_network.py check FILE --json

An audit hook refuses socket creation, connections and name lookups from Python; Qt's
network module must not even be loaded. Exit status 97 says something tried the network.
"""

from __future__ import annotations

import sys

FORBIDDEN = {"socket.__new__", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"}
attempts: list[str] = []


def _hook(event: str, args: tuple) -> None:
    if event in FORBIDDEN:
        attempts.append(f"{event}{args!r}"[:200])
        raise PermissionError(f"network use is forbidden: {event}")


def _probe(args: list[str]) -> int:
    """Tries to connect, to show that the hook catches it."""
    import socket

    socket.create_connection(("192.0.2.1", 9), timeout=1)
    return 0


def main() -> int:
    sys.addaudithook(_hook)
    if sys.argv[1:2] == ["--probe"]:
        requestdesk = _probe
    else:
        from requestdesk.__main__ import main as requestdesk

    try:
        status = requestdesk(sys.argv[1:])
    except PermissionError:
        status = 1
    except SystemExit as exc:
        status = int(exc.code or 0)
    loaded = [name for name in sys.modules if name.startswith("PySide6.QtNetwork")]
    if attempts or loaded:
        print(f"NETWORK ATTEMPTS: {attempts} QtNetwork loaded: {loaded}", file=sys.stderr)
        return 97
    return status


if __name__ == "__main__":
    sys.exit(main())
