"""A smaller ICU data library for the Linux build (used by ksdesk.spec; Linux only).

The PySide6 wheel's QtCore links ICU 73, whose data library (libicudata.so.73, 30 MB) carries every locale, every
legacy character set and the Chinese/Japanese/Thai/Khmer/Lao/Burmese word-break dictionaries. Qt uses ICU for
collation (QCollator, and through it the sorting in Qt's own file dialog), case mapping, time-zone names and the
codecs of QStringConverter; ksdesk runs in Dutch or English. This module keeps what Dutch and English need and all
locale-independent data, and writes a drop-in libicudata.so.73 with the same exported symbol (`icudt73_dat`):

kept     root, nl*, en* of every locale tree (collation, zone names, ...); pool/res_index files; all global data
         (supplementalData, likelySubtags, zoneinfo64, metaZones, plurals, normalisation .nrm, ucadata.icu,
         cnvalias.icu, break rules *.brk); single-byte converters (< 20 kB: windows-125x, ISO-8859-x, ...)
dropped  other languages' locale data; transliteration rules; word-break dictionaries; multi-byte (CJK)
         converters; character names (unames.icu), the spoof checker (confusables.cfu), StringPrep profiles (.spp)

The data is ICU's "common data" package format (ucmndata.h): a header, a table of contents sorted by name, and the
items, each 16-byte aligned. Reading and writing it here needs no ICU tools; linking the new library needs a C
compiler driver (cc) with GNU as. `python packaging/icu_data.py LIB OUT` does it by hand and prints the sizes.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE_TREES = ("brkitr", "coll", "curr", "lang", "rbnf", "region", "unit", "zone", "")
LANGUAGES = ("nl", "en")
MAX_CONVERTER = 20_000  # bytes: single-byte tables are 1-10 kB, the CJK ones 40-550 kB
_LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
_ALWAYS = {"root", "pool", "res_index"}
_DROPPED_FILES = {"unames.icu", "confusables.cfu"}


def keep(name: str, size: int) -> bool:
    """Whether an item (e.g. 'icudt73l/coll/nl.res') stays in the trimmed package."""
    path = name.split("/", 1)[1] if "/" in name else name
    folder, _, base = path.rpartition("/")
    stem, _, suffix = base.rpartition(".")
    if folder == "translit" or base in _DROPPED_FILES or suffix in ("spp", "dict"):
        return False
    if suffix == "cnv":
        return size < MAX_CONVERTER
    if suffix == "res" and folder in LOCALE_TREES and _LOCALE_ID.match(stem) and stem not in _ALWAYS:
        return stem.split("_")[0] in LANGUAGES
    return True


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)]) of an ICU common data package (little-endian, as on x86-64 Linux)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    body = data[header_size:]
    (count,) = struct.unpack_from("<I", body, 0)
    entries = [struct.unpack_from("<II", body, 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name = body[name_offset:body.index(b"\0", name_offset)].decode("ascii")
        end = entries[index + 1][1] if index + 1 < count else len(body)
        items.append((name, body[data_offset:end]))
    return data[:header_size], items


def _pad(blob: bytes | bytearray, fill: bytes = b"\0") -> bytes:
    return bytes(blob) + fill * (-len(blob) % 16)


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package for `items` (kept in the given, sorted order: ICU looks names up by binary search)."""
    names = bytearray()
    name_offsets = []
    toc_size = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    position = len(_pad(bytes(toc_size) + names))  # (icupkg pads the name block with 0xAA)
    data_offsets, blobs = [], []
    for _, blob in items:
        data_offsets.append(position)
        blobs.append(_pad(blob))
        position += len(blobs[-1])
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    return header + _pad(toc + names, b"\xaa") + b"".join(blobs)


def _elf_symbol(library: bytes, prefix: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the exported data symbol whose name starts with `prefix` (ELF64 LE)."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for start in range(offset, offset + size, entsize):
            st_name, _st_info, _st_other, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", library, start)
            name_start = strtab[4] + st_name
            name = library[name_start:library.index(b"\0", name_start)]
            if name.startswith(prefix) and st_shndx != 0:
                home = sections[st_shndx]  # file offset = value - section address + section offset
                return name.decode("ascii"), st_value - home[3] + home[4], st_size
    raise ValueError(f"no exported symbol {prefix.decode()}* in the library")


def trim_library(source: Path, target: Path) -> dict[str, int]:
    """Write a trimmed copy of libicudataNN.so to `target`; returns the sizes and item counts."""
    library = source.read_bytes()
    symbol, offset, size = _elf_symbol(library, b"icudt")
    header, items = read_package(library[offset:offset + size])
    kept = [(name, blob) for name, blob in items if keep(name, len(blob))]
    package = write_package(header, kept)
    read_package(package)  # a structural self-check of what was written
    soname = source.name
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler (cc) to link the trimmed ICU data library")
    with tempfile.TemporaryDirectory() as folder:
        dat = Path(folder) / "icudt.dat"
        dat.write_bytes(package)
        assembly = Path(folder) / "icudt.S"
        assembly.write_text(
            f'    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n    .balign 16\n'
            f'{symbol}:\n    .incbin "{dat}"\n    .size {symbol}, . - {symbol}\n'
            '    .section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([compiler, "-shared", "-nostdlib", "-Wl,-soname," + soname, "-Wl,--build-id",
                        "-o", str(target), str(assembly)], check=True)
    return {"items_before": len(items), "items_after": len(kept), "bytes_before": size,
            "bytes_after": len(package), "library_bytes": target.stat().st_size}


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python packaging/icu_data.py path/to/libicudata.so.NN out/libicudata.so.NN")
    print(trim_library(Path(sys.argv[1]), Path(sys.argv[2])))
