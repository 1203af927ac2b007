"""What a request package holds and the limits on what reading one may cost."""

from __future__ import annotations

import re

from requestdesk.domain.requestfile import MAX_FILE_BYTES
from requestdesk.store.enclosures import MAX_ENCLOSURE_BYTES

FORMAT = "requestdesk.package"
VERSION = 1
SUFFIX = ".requestpkg"

MANIFEST, REQUEST, EVENTS, REVIEW = "manifest.json", "request.json", "events.json", "review.json"
ENCLOSURE_DIR = "enclosures/"
ENCLOSURE_NAME = re.compile(r"enclosures/[0-9a-f]{64}")
SHA256 = re.compile(r"[0-9a-f]{64}")

# Limits on what a package may make us read: generous for real requests, fatal to bombs.
MAX_MEMBERS = 1004  # the four documents and up to 1000 enclosure files
MAX_JSON_BYTES = {MANIFEST: 16 * 1024 * 1024, REQUEST: MAX_FILE_BYTES, EVENTS: 64 * 1024 * 1024, REVIEW: 16 * 1024 * 1024}
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024 - 1  # everything unpacked together
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
STATE_EVENTS = ("packed", "imported", "approved", "returned", "approval_voided")

__all__ = ["MAX_ENCLOSURE_BYTES"]
