"""Files and packages for the review and package tests, made in memory."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
import zlib
from pathlib import Path


def make_pdf(pages: int, note: str = "") -> bytes:
    """A minimal valid PDF with `pages` empty A4 pages (uncompressed objects)."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode()]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>" for _ in range(pages)]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%" + note.encode() + b"\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def make_objstm_pdf(pages: int) -> bytes:
    """A PDF 1.5 whose page tree sits in a compressed object stream (as many producers write)."""
    kids = " ".join(f"{3 + i} 0 R" for i in range(pages))
    packed = [(2, f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode())]
    packed += [(3 + i, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>") for i in range(pages)]
    header, body, offset = [], b"", 0
    for number, content in packed:
        header.append(f"{number} {offset}")
        body += content + b" "
        offset += len(content) + 1
    head = (" ".join(header) + " ").encode()
    stream = zlib.compress(head + body)
    n = 3 + pages
    out = io.BytesIO()
    out.write(b"%PDF-1.5\n")
    out.write(b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    out.write(f"{n} 0 obj\n<< /Type /ObjStm /N {len(packed)} /First {len(head)} /Filter /FlateDecode /Length {len(stream)} >>\nstream\n".encode())
    out.write(stream + b"\nendstream\nendobj\n%%EOF\n")
    return out.getvalue()


def make_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(path: Path, contents: dict[str, bytes]) -> Path:
    """A package as RequestDesk writes one: JSON compressed, enclosure files stored."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in contents.items():
            method = zipfile.ZIP_STORED if name.startswith("enclosures/") else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 9, 0, 0)), data, compress_type=method)
    return path


def rewrite(source: Path, target: Path, changes: dict[str, bytes] | None = None, *, drop: tuple[str, ...] = (),
            update_manifest: bool = False) -> Path:
    """A copy of a package with members changed or dropped; `update_manifest` also
    rewrites their hashes in the manifest (a tamperer who knows the format)."""
    contents = members(source)
    changes = changes or {}
    contents.update(changes)
    for name in drop:
        contents.pop(name)
    if update_manifest:
        manifest = json.loads(contents["manifest.json"])
        for name, data in changes.items():
            manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        contents["manifest.json"] = json.dumps(manifest).encode()
    return write_zip(target, contents)


def patch_declared_size(data: bytes, name: str, file_size: int, compress_size: int | None = None) -> bytes:
    """Changes what the central directory says a member's sizes are (no bytes are added)."""
    raw = bytearray(data)
    position = raw.find(b"PK\x01\x02")
    while position >= 0:
        name_length = struct.unpack_from("<H", raw, position + 28)[0]
        if raw[position + 46 : position + 46 + name_length] == name.encode():
            struct.pack_into("<I", raw, position + 24, file_size)
            if compress_size is not None:
                struct.pack_into("<I", raw, position + 20, compress_size)
            return bytes(raw)
        position = raw.find(b"PK\x01\x02", position + 4)
    raise KeyError(name)


def listing(root: Path, *, skip: Path | None = None) -> dict[str, int]:
    """Every file under root (but `skip`) with its size: to show nothing was written."""
    return {
        str(p.relative_to(root)): p.stat().st_size
        for p in sorted(root.rglob("*"))
        if p.is_file() and not (skip and skip in p.parents)
    }


def forge_enclosures(source: Path, target: Path, files: list[bytes], *, media_type: str = "application/pdf",
                     compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """A copy of a package whose enclosures are replaced by `files`, with the manifest, the
    closing "packed" event and the hash chain all recomputed (a forger who knows the format
    and has no key to beat): every hash in it is right. `compression` is how the forged
    enclosures are stored in the zip."""
    from datetime import datetime

    from requestdesk.store.events import event_hash

    contents = members(source)
    manifest = json.loads(contents["manifest.json"])
    events = json.loads(contents["events.json"])
    for name in [n for n in contents if n.startswith("enclosures/")]:
        del contents[name]
        del manifest["members"][name]
    entries = []
    for position, data in enumerate(files, start=1):
        sha = hashlib.sha256(data).hexdigest()
        entries.append({"sha256": sha, "name": f"scan-{position}.pdf", "media_type": media_type, "size": len(data),
                        "pages": 1, "added_at": "2026-11-20T09:00:00Z", "added_by": "forger", "position": position})
        manifest["members"]["enclosures/" + sha] = {"sha256": sha, "size": len(data)}
    manifest["enclosures"] = entries
    events[-1]["data"]["enclosures"] = sorted(e["sha256"] for e in entries)
    events[-1]["data"]["files"] = entries
    prev = events[-2]["hash"] if len(events) > 1 else ""
    event = events[-1]
    at = datetime.fromisoformat(event["at"]).isoformat()
    event["prev_hash"] = prev
    event["hash"] = event_hash(prev, event["request_id"], event["seq"], at, event["user"], event["kind"], event["data"])
    contents["events.json"] = json.dumps(events).encode()
    manifest["members"]["events.json"] = {"sha256": hashlib.sha256(contents["events.json"]).hexdigest(),
                                          "size": len(contents["events.json"])}
    manifest["events"]["head"] = event["hash"]
    contents["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in contents.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 9, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)
        for data in files:
            name = "enclosures/" + hashlib.sha256(data).hexdigest()
            archive.writestr(zipfile.ZipInfo(name, (2026, 11, 20, 9, 0, 0)), data, compress_type=compression)
    return target


def resign(path: Path, key, *, manifest_changes=None, unsigned: bool = False) -> Path:  # type: ignore[no-untyped-def]
    """The package at `path` signed again in place by `key` (an unlocked personal key) after
    `manifest_changes(manifest)`, as a forger holding some key of their own would; or with
    its signature removed (`unsigned`)."""
    from requestdesk.packages.seal import SENDER, SIGNATURE, signed_manifest

    contents = members(path)
    manifest = json.loads(contents["manifest.json"])
    manifest.pop(SIGNATURE, None)
    manifest.pop(SENDER, None)
    if manifest_changes is not None:
        manifest_changes(manifest)
    if not unsigned:
        manifest = signed_manifest(manifest, key)
    contents["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    path.unlink()
    return write_zip(path, contents)
