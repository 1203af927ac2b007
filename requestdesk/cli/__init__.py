"""The command line (spec §3): scripts rely on it, so it never imports Qt."""
