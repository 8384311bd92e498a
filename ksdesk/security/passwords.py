"""Password hashing with argon2id (argon2-cffi); rehash when the parameters change."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 12
_hasher = PasswordHasher()  # argon2id with the library's current defaults


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Swap the hasher (tests use cheap parameters); returns the previous one."""
    global _hasher
    previous, _hasher = _hasher, hasher
    return previous


def check_strength(password: str) -> None:
    """Raise ValueError (Dutch) when the password is too weak to accept."""
    if len(password) < MIN_LENGTH:
        raise ValueError(f"Een wachtwoord heeft minstens {MIN_LENGTH} tekens.")
    if password.strip() == "" or len(set(password)) < 4:
        raise ValueError("Dit wachtwoord is te eenvoudig.")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
