"""Key slots: one random database key, wrapped once per user, so any valid login opens the store.

The embedded SQLite store is a SQLCipher database keyed with a random 256-bit key (used as a raw key, so
opening a connection costs no key derivation). That key is never stored in clear: the file `ksdesk.keys`
next to the database holds it wrapped per user — AES-256-GCM under a key derived from the user's password
with argon2id and a fresh salt. Changing a password adds a new wrap for that user (the previous one is kept
until the next successful login, so an interrupted change never locks anyone out); removing a user removes
her wraps. The recovery key is the database key itself, written as 13 groups of 4 characters, to be printed
once at practice creation and kept in the practice's safe: it opens the store even without `ksdesk.keys`.

The file also carries the practice's public name and demo flag, so the login window can show them before the
store is open. It holds nothing else.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any, NamedTuple

KEYS_FILENAME = "ksdesk.keys"
FORMAT = "ksdesk-keys"
KEY_BYTES = 32
MAX_SLOTS_PER_USER = 2


class KdfParams(NamedTuple):  # (not a dataclass: the login window's start does not load dataclasses/inspect)
    """argon2id cost of deriving a slot key (the same order as password hashing: ~0.15 s here)."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB
    parallelism: int = 4


_params = KdfParams()


def use_kdf_params(params: KdfParams) -> KdfParams:
    """Swap the cost parameters for new slots (tests use cheap ones); returns the previous ones."""
    global _params
    previous, _params = _params, params
    return previous


class WrongSecret(Exception):
    """The password or recovery key does not open this store."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def format_recovery_key(key: bytes) -> str:
    """The database key as 13 groups of 4 base32 characters (no 0/1/8/9 to confuse with O/I/B/g)."""
    text = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accepts the printed form with or without dashes and spaces, in any case."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    try:
        key = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raise WrongSecret("Dit is geen geldige herstelsleutel (13 groepen van 4 tekens).") from None
    if len(key) != KEY_BYTES:
        raise WrongSecret("Dit is geen geldige herstelsleutel (13 groepen van 4 tekens).")
    return key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _slot_key(secret: str, salt: bytes, params: dict[str, int]) -> bytes:
    from argon2.low_level import Type, hash_secret_raw  # (lazily: the login window opens without it)

    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=params["t"], memory_cost=params["m"],
                           parallelism=params["p"], hash_len=KEY_BYTES, type=Type.ID)


def wrap(key: bytes, secret: str, slot_id: str) -> dict[str, Any]:
    """A new slot: `key` encrypted under argon2id(secret, fresh salt); the slot id is authenticated too.

    (os.urandom is what secrets.token_bytes calls; the secrets module costs start-up time.)"""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = os.urandom(16)
    nonce = os.urandom(12)
    params = {"t": _params.time_cost, "m": _params.memory_cost, "p": _params.parallelism}
    wrapped = AESGCM(_slot_key(secret, salt, params)).encrypt(nonce, key, slot_id.encode("utf-8"))
    return {"kdf": "argon2id", **params, "salt": _b64(salt), "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def unwrap(slot: dict[str, Any], secret: str, slot_id: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if slot.get("kdf") != "argon2id":
        raise WrongSecret("Onbekend sleutelformaat.")
    try:
        kek = _slot_key(secret, _unb64(slot["salt"]), {"t": slot["t"], "m": slot["m"], "p": slot["p"]})
        return AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), slot_id.encode("utf-8"))
    except (InvalidTag, KeyError, ValueError):
        raise WrongSecret("Onjuiste gebruikersnaam of wachtwoord.") from None


def _user_slot_id(username: str) -> str:
    return f"user:{username.strip().lower()}"


class KeyFile:
    """The key-slot file of one data folder; every change is written atomically (temp file + replace)."""

    def __init__(self, path: Path, data: dict[str, Any] | None = None) -> None:
        self.path = path
        self.data: dict[str, Any] = data if data is not None else {}

    @classmethod
    def create(cls, path: Path) -> KeyFile:
        keys = cls(path, {"format": FORMAT, "version": 1, "cipher": "sqlcipher4-rawkey", "setup_pending": True,
                          "recovery_pending": True, "practice": {"name": "", "is_demo": False}, "slots": {}})
        keys.save()
        return keys

    @classmethod
    def load(cls, path: Path) -> KeyFile | None:
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path.name} is geen sleutelbestand van ksdesk")
        return cls(path, data)

    def save(self) -> None:
        temporary = self.path.with_name(self.path.name + ".tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(self.data, handle, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.path)

    # --- the practice's public label and the set-up state ---------------------------------------------
    @property
    def setup_pending(self) -> bool:
        return bool(self.data.get("setup_pending"))

    def finish_setup(self, practice_name: str, is_demo: bool) -> None:
        self.data["setup_pending"] = False
        self.set_practice(practice_name, is_demo)

    def set_practice(self, name: str, is_demo: bool) -> None:
        self.data["practice"] = {"name": name, "is_demo": is_demo}
        self.save()

    @property
    def practice(self) -> tuple[str, bool]:
        info = self.data.get("practice") or {}
        return str(info.get("name", "")), bool(info.get("is_demo", False))

    def take_recovery_pending(self) -> bool:
        """True once: the recovery key has not been shown yet (it is shown at practice creation)."""
        pending = bool(self.data.get("recovery_pending"))
        if pending:
            self.data["recovery_pending"] = False
            self.save()
        return pending

    # --- user slots --------------------------------------------------------------------------------
    def users(self) -> list[str]:
        return sorted(slot_id.removeprefix("user:") for slot_id in self.data["slots"])

    def has_user(self, username: str) -> bool:
        return bool(self.data["slots"].get(_user_slot_id(username)))

    def unlock(self, username: str, password: str) -> bytes:
        """The database key, from any of the user's slots; WrongSecret when none opens."""
        slot_id = _user_slot_id(username)
        for slot in self.data["slots"].get(slot_id, []):
            try:
                return unwrap(slot, password, slot_id)
            except WrongSecret:
                continue
        raise WrongSecret("Onjuiste gebruikersnaam of wachtwoord.")

    def add_user(self, username: str, password: str, key: bytes) -> None:
        """Wrap the key for this user's (new) password; her previous wrap stays until she logs in with it."""
        slot_id = _user_slot_id(username)
        slots = [wrap(key, password, slot_id), *self.data["slots"].get(slot_id, [])]
        self.data["slots"][slot_id] = slots[:MAX_SLOTS_PER_USER]
        self.save()

    def keep_current(self, username: str, password: str, key: bytes) -> None:
        """After a verified login: one slot for the current password (older wraps dropped)."""
        slot_id = _user_slot_id(username)
        slots = self.data["slots"].get(slot_id, [])
        if len(slots) == 1:
            return  # one wrap, written at her last password change or login: nothing to tidy
        self.data["slots"][slot_id] = [wrap(key, password, slot_id)]
        self.save()

    def remove_user(self, username: str) -> None:
        if self.data["slots"].pop(_user_slot_id(username), None) is not None:
            self.save()
