"""The register of requests on this workstation: SQLite, plain Python (no Qt)."""
