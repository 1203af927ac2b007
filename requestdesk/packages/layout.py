"""What a request package holds and the limits on what reading one may cost."""

from __future__ import annotations

import re

from requestdesk.domain.requestfile import MAX_FILE_BYTES
from requestdesk.store.enclosures import MAX_ENCLOSURE_BYTES, MAX_ENCLOSURES, MAX_TOTAL_ENCLOSURE_BYTES

FORMAT = "requestdesk.package"
VERSION = 1
SUFFIX = ".requestpkg"

MANIFEST, REQUEST, EVENTS, REVIEW = "manifest.json", "request.json", "events.json", "review.json"
ENCLOSURE_DIR = "enclosures/"
ENCLOSURE_NAME = re.compile(r"enclosures/[0-9a-f]{64}")
SHA256 = re.compile(r"[0-9a-f]{64}")

# Limits on what a package may make us read: generous for real requests, fatal to bombs.
# The store allows no more enclosure files than a package can carry (store.enclosures).
MAX_JSON_BYTES = {MANIFEST: 16 * 1024 * 1024, REQUEST: MAX_FILE_BYTES, EVENTS: 64 * 1024 * 1024, REVIEW: 16 * 1024 * 1024}
MAX_MEMBERS = len(MAX_JSON_BYTES) + MAX_ENCLOSURES
MAX_TOTAL_BYTES = MAX_TOTAL_ENCLOSURE_BYTES + sum(MAX_JSON_BYTES.values())  # everything unpacked together
# The package file itself: its members (enclosures stored, JSON compressed) and the zip's
# own headers, about 250 bytes a member.
MAX_PACKAGE_BYTES = MAX_TOTAL_BYTES + 1024 * 1024
# Enclosures are stored (ratio 1, checked exactly); the JSON members of real packages
# compress 1.1 to 37 times, 56 for a review record returned 100 times with the same
# comments (README, "What a package may hold"): above MAX_RATIO a member is a bomb. A
# member below RATIO_FLOOR cannot cost more than RATIO_FLOOR, whatever its ratio.
MAX_RATIO = 200
RATIO_FLOOR = 64 * 1024

__all__ = ["MAX_ENCLOSURE_BYTES", "MAX_ENCLOSURES", "MAX_TOTAL_ENCLOSURE_BYTES"]
