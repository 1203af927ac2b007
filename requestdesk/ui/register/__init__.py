"""The register: every request on this workstation, as a table."""
