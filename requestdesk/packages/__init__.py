"""Request packages (`*.requestpkg`): one request moved whole between offline workstations.

A package is a zip file holding

    manifest.json      format name and version, the request's id, status and fingerprint,
                       the event log's length and last hash, the enclosure files' details,
                       the size and SHA-256 of every other member, the sender's public
                       key file and their Ed25519 signature over all of it
    request.json       the request file (spec §1)
    events.json        the request's event log (hash-chained)
    review.json        the supervisor's marks and decisions
    enclosures/<sha256>  each enclosure file, named by its SHA-256, stored uncompressed

Reading one never writes a file: members are read from the zip in bounded chunks and
checked (names, declared sizes, compression ratio, every hash, the event chain, the
fingerprint) before anything enters the store, and everything enters the store in one
transaction. Hashes prove that a package arrived as it was packed, and the cross-checks
(the log's "packed" event records the fingerprint and the files) catch an edit that also
rewrote the manifest; the sender's signature over the manifest (packages.seal) says who
packed it, and only a key this workstation trusts makes it count (packages.senders): a
package from anyone else is refused, or imported marked unverified when the user says so.

Importing never overwrites newer local work silently: `import_package` returns a
`Conflict` and the caller chooses to keep both (the package becomes a new request) or
to replace.
"""

from requestdesk.packages.errors import PackageError
from requestdesk.packages.importer import Conflict, Imported, Outcome, Resolution, import_package
from requestdesk.packages.layout import FORMAT, MAX_ENCLOSURE_BYTES, SUFFIX, VERSION
from requestdesk.packages.reader import EnclosureEntry, Package, read_package
from requestdesk.packages.writer import Packed, pack, pack_document
from requestdesk.packages.ziparchive import unsafe_name

__all__ = [
    "FORMAT",
    "MAX_ENCLOSURE_BYTES",
    "SUFFIX",
    "VERSION",
    "Conflict",
    "EnclosureEntry",
    "Imported",
    "Outcome",
    "Package",
    "PackageError",
    "Packed",
    "Resolution",
    "import_package",
    "pack",
    "pack_document",
    "read_package",
    "unsafe_name",
]
