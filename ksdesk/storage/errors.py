"""Disk and database-file trouble, told in Dutch: a full disk, a read-only folder, an unreadable file.

SQLite and PostgreSQL report these as OperationalError with a driver message or SQLSTATE; `storage_problem()`
turns them into one of the errors below. Nothing of the failed transaction is written (it is rolled back) and
what was committed before stays as it was.
"""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """A problem with where the data lives; str(error) is a Dutch message for the user."""


class StorageFull(StorageError):
    pass


class StorageReadOnly(StorageError):
    pass


class StorageUnavailable(StorageError):
    pass


class NewerDatabaseError(RuntimeError):
    """The database was written by a newer ksdesk: refuse it rather than damage it."""


_NOT_SAVED = "Wat je net deed is niet opgeslagen; alles wat eerder is opgeslagen, is bewaard gebleven."


def storage_problem(exc: BaseException, location: Path | None = None) -> StorageError | None:
    """The Dutch StorageError for a driver error, or None when it is not a disk or file problem."""
    orig = getattr(exc, "orig", exc)
    text = str(orig).lower()
    sqlstate = getattr(orig, "sqlstate", None) or ""
    where = f" ({location})" if location else ""
    if "database or disk is full" in text or "no space left" in text or sqlstate == "53100":
        return StorageFull(
            f"De schijf met de gegevens van ksdesk is vol{where}. {_NOT_SAVED} "
            "Maak ruimte vrij (of vraag de beheerder dat te doen) en probeer het daarna opnieuw.")
    if "readonly database" in text or "read-only" in text or sqlstate == "25006":
        return StorageReadOnly(
            f"De gegevensmap van ksdesk is alleen-lezen{where}. {_NOT_SAVED} "
            "Vraag de beheerder om schrijfrechten op deze map, of start ksdesk met een andere gegevensmap.")
    if "disk i/o error" in text or "unable to open database file" in text or sqlstate.startswith("58"):
        return StorageUnavailable(
            f"De database van ksdesk kon niet worden gelezen of geschreven{where}. {_NOT_SAVED} "
            "Controleer of de schijf of netwerkmap bereikbaar is en probeer het opnieuw.")
    return None
