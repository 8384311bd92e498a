"""How names are shown and sorted: "Anouk de Vries", sorted under V."""

from __future__ import annotations

import unicodedata


def display_name(given_names: str, surname_prefix: str | None, surname: str, preferred_name: str | None = None) -> str:
    """'Roepnaam tussenvoegsel Achternaam' (first given name when there is no preferred name)."""
    first = preferred_name or (given_names.split()[0] if given_names.split() else given_names)
    return " ".join(part for part in (first, surname_prefix, surname) if part)


def sort_name(surname_prefix: str | None, surname: str, given_names: str) -> str:
    """Sort key: surname first, the tussenvoegsel after it (Dutch convention), case- and accent-insensitive."""
    return fold(" ".join(part for part in (surname, surname_prefix or "", given_names) if part))


def fold(text: str) -> str:
    """Lower-case and strip accents, for searching and sorting ("Ümit" matches "umit")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
