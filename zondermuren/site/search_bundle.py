"""Pagefind's bundle made the same for the same site: two builds, the same files, byte for byte.

Pagefind 1.5 writes its filters (`filter/<lang>_<hash>.pf_filter`) in the order of a Rust HashMap,
which differs from run to run, and names each file by a hash of its bytes; the language's metadata
(`pagefind.<lang>_<hash>.pf_meta`) names those files, and `pagefind-entry.json` names the metadata.
Everything else (the word index, the fragments) is stable. So, per language: the values of each
filter are sorted, the filters in the metadata too, and the three kinds of file are named again by
a hash of their new bytes. The files are gzip'd CBOR after an ASCII signature (`pagefind_dcd`); the
few CBOR types Pagefind uses are read and written here (no dependency for 60 lines).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path
from typing import Any

SIGNATURE = b"pagefind_dcd"


def _head(data: bytes, pos: int) -> tuple[int, int, int]:
    """(major type, argument, position after the head) of the CBOR item at `pos`."""
    first = data[pos]
    major, info = first >> 5, first & 0x1F
    if info < 24:
        return major, info, pos + 1
    size = {24: 1, 25: 2, 26: 4, 27: 8}[info]  # no indefinite lengths in Pagefind's files
    return major, int.from_bytes(data[pos + 1 : pos + 1 + size], "big"), pos + 1 + size


def _decode(data: bytes, pos: int) -> tuple[Any, int]:
    major, argument, pos = _head(data, pos)
    if major == 0:
        return argument, pos
    if major == 1:
        return -1 - argument, pos
    if major in (2, 3):
        raw = data[pos : pos + argument]
        return (raw if major == 2 else raw.decode("utf-8")), pos + argument
    if major == 4:
        items = []
        for _ in range(argument):
            item, pos = _decode(data, pos)
            items.append(item)
        return items, pos
    if major == 5:
        pairs = {}
        for _ in range(argument):
            key, pos = _decode(data, pos)
            pairs[key], pos = _decode(data, pos)
        return pairs, pos
    if major == 7 and data[pos - 1] == 0xFB:  # a float64 (page weights)
        return struct.unpack(">d", data[pos - 8 : pos])[0], pos
    raise ValueError(f"CBOR-type {major} niet verwacht in Pagefind's bundel")


def _encode_head(major: int, argument: int) -> bytes:
    if argument < 24:
        return bytes([major << 5 | argument])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if argument < 1 << (8 * size):
            return bytes([major << 5 | info]) + argument.to_bytes(size, "big")
    raise ValueError("too large")


def _encode(item: Any) -> bytes:
    if isinstance(item, bool) or item is None:
        raise ValueError("not in Pagefind's bundle")
    if isinstance(item, int):
        return _encode_head(0, item) if item >= 0 else _encode_head(1, -1 - item)
    if isinstance(item, float):
        return b"\xfb" + struct.pack(">d", item)
    if isinstance(item, bytes):
        return _encode_head(2, len(item)) + item
    if isinstance(item, str):
        raw = item.encode("utf-8")
        return _encode_head(3, len(raw)) + raw
    if isinstance(item, list):
        return _encode_head(4, len(item)) + b"".join(_encode(part) for part in item)
    return _encode_head(5, len(item)) + b"".join(_encode(k) + _encode(v) for k, v in item.items())


def _read(path: Path) -> Any:
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path.name}: geen Pagefind-bestand")
    item, _ = _decode(data, len(SIGNATURE))
    return item


def _write(folder: Path, prefix: str, length: int, suffix: str, item: Any) -> str:
    """Write `item` as `<prefix><hash><suffix>` in `folder`; returns the name without the suffix."""
    data = SIGNATURE + _encode(item)
    name = prefix + hashlib.sha256(data).hexdigest()[:length]
    (folder / f"{name}{suffix}").write_bytes(gzip.compress(data, mtime=0))
    return name


def settle(bundle: Path) -> None:
    """Sort the bundle's filters and name their files by their content (see the module's text)."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text("utf-8"))
    for language, about in sorted(entry["languages"].items()):
        renamed: dict[str, str] = {}
        for path in sorted((bundle / "filter").glob(f"{language}_*.pf_filter")):
            name, values = _read(path)
            path.unlink()
            renamed[path.name.removesuffix(".pf_filter")] = _write(
                path.parent, f"{language}_", 7, ".pf_filter", [name, sorted(values, key=lambda pair: pair[0])]
            )
        meta_path = bundle / f"pagefind.{about['hash']}.pf_meta"
        meta = _read(meta_path)
        _rename_filters(meta, renamed)
        meta_path.unlink()
        about["hash"] = _write(bundle, f"pagefind.{language}_", 10, ".pf_meta", meta).removeprefix("pagefind.")
    entry["languages"] = dict(sorted(entry["languages"].items()))  # in Pagefind's order of discovery
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _rename_filters(item: Any, renamed: dict[str, str]) -> None:
    """The metadata's list of [filter, file]: the new file names, sorted by filter."""
    if not isinstance(item, list):
        return
    pairs = [p for p in item if isinstance(p, list) and len(p) == 2 and isinstance(p[1], str) and p[1] in renamed]
    if item and len(pairs) == len(item):
        item[:] = sorted(([name, renamed[file]] for name, file in item), key=lambda pair: pair[0])
        return
    for part in item:
        _rename_filters(part, renamed)
