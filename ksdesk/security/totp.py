"""Second factor: TOTP (RFC 6238) via pyotp, recovery codes hashed like passwords, QR code via segno."""

from __future__ import annotations

import secrets

import pyotp

ISSUER = "ksdesk"
RECOVERY_CODE_COUNT = 10
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no look-alikes (0/o, 1/l/i)


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, username: str, practice: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=f"{username} ({practice})", issuer_name=ISSUER)


def verify_code(secret: str, code: str) -> bool:
    """Accept the current code and one step either side (clock drift between PC and phone)."""
    digits = "".join(ch for ch in code if ch.isdigit())
    return len(digits) == 6 and pyotp.TOTP(secret).verify(digits, valid_window=1)


def current_code(secret: str) -> str:
    return pyotp.TOTP(secret).now()


def new_recovery_codes() -> list[str]:
    """Codes shown and printed once; only their hashes are stored."""
    return [
        "-".join("".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(2))
        for _ in range(RECOVERY_CODE_COUNT)
    ]


def normalise_recovery_code(code: str) -> str:
    compact = "".join(ch for ch in code.lower() if ch.isalnum())
    return f"{compact[:4]}-{compact[4:]}" if len(compact) == 8 else compact


def looks_like_recovery_code(code: str) -> bool:
    return len("".join(ch for ch in code if ch.isalnum())) == 8 and any(ch.isalpha() for ch in code)


def qr_png(uri: str, scale: int = 6) -> bytes:
    """The provisioning URI as a PNG QR code (segno: pure Python, no Pillow)."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(uri, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()
