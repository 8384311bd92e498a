"""Whole-file work on the embedded store: consistent copies, encrypting a plaintext file, removing one.

`copy_store` uses VACUUM INTO, which writes a compact, consistent copy (WAL content included) with the same
key as the source: an encrypted store gives an encrypted copy. `encrypt_file` converts a plaintext SQLite file
from an earlier version with SQLCipher's sqlcipher_export(). `remove_securely` overwrites a file before
deleting it (best effort: an SSD or a journaling file system may keep old blocks; the encrypted store is what
protects the data).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (start-up does not load SQLAlchemy for this module)
    from ksdesk.storage.db import Store

SQLITE_HEADER = b"SQLite format 3\x00"


def is_plaintext_sqlite(path: Path) -> bool:
    """A plain SQLite file starts with its magic header; a SQLCipher file looks random from byte 0."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def copy_store(store: Store, target: Path) -> Path:
    """A consistent copy of the live SQLite store at `target` (encrypted with the same key when the store is)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists():
        target.unlink()
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("VACUUM INTO ?", (str(target),))
    return target


def encrypt_file(source: Path, target: Path, key: bytes) -> None:
    """Write an encrypted copy of the plaintext SQLite file `source` to `target` (sqlcipher_export)."""
    import sqlcipher3

    if target.exists():
        target.unlink()
    conn = sqlcipher3.connect(str(source), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()


def sidecars(path: Path) -> list[Path]:
    """The file with its WAL and shared-memory files."""
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def remove_securely(path: Path) -> None:
    """Overwrite with zeros, flush to disk, delete; for the file and its -wal/-shm."""
    for file in sidecars(path):
        if not file.exists():
            continue
        size = file.stat().st_size
        with open(file, "r+b") as handle:
            block = b"\0" * (1 << 20)
            written = 0
            while written < size:
                chunk = min(len(block), size - written)
                handle.write(block[:chunk])
                written += chunk
            handle.flush()
            os.fsync(handle.fileno())
        file.unlink()
