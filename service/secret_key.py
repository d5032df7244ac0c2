"""The service's secret key, and the keys derived from it for each use.

``ACCOUNTS_SECRET_KEY`` keys the digests of email codes and recovery codes, and encrypts TOTP
secrets. In production it is required: a process refuses to start without it, since a key
generated on one machine would differ on the next and every code in flight would stop
matching (and every TOTP secret would stop decrypting). In
development a key is generated once into ``ACCOUNTS_SECRET_KEY_FILE`` (``./.secret_key``,
mode 0600, ignored by git) and read back by every later process, so ``make run`` needs no
setup. Each use gets its own key derived with HMAC-SHA-256 under a label, so a digest made
for one use can never be replayed as another.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from service.config import ConfigurationError, Settings

MIN_LENGTH = 32


class SecretKeyMissing(ConfigurationError):
    """Production without ``ACCOUNTS_SECRET_KEY`` (or with one too short to be a key)."""


@dataclass(frozen=True, slots=True)
class SecretKey:
    value: bytes = field(repr=False)

    def derive(self, purpose: str) -> bytes:
        """A key of its own for ``purpose`` (e.g. ``"email-codes"``)."""
        return hmac.new(self.value, b"accounts/" + purpose.encode(), hashlib.sha256).digest()


def _read_existing(path: Path) -> str:
    for _ in range(50):
        text = path.read_text(encoding="utf-8").strip()
        if text:
            return text
        time.sleep(0.01)  # another process created it and is writing it now
    raise SecretKeyMissing(f"{path} is empty: delete it to have a new key generated")


def _read_or_create(path: Path) -> str:
    """The key in ``path``, written there first (0600, exclusively) when there is none.

    ``O_EXCL`` makes the first of several starting processes the one that writes it; the
    others read what it wrote.
    """
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return _read_existing(path)
    value = secrets.token_urlsafe(48)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(value + "\n")
    return value


def load_secret_key(settings: Settings) -> SecretKey:
    if settings.secret_key is not None:
        value = settings.secret_key.get_secret_value()
        if len(value) < MIN_LENGTH:
            raise SecretKeyMissing(f"ACCOUNTS_SECRET_KEY must be at least {MIN_LENGTH} characters")
        return SecretKey(value.encode("utf-8"))
    if settings.is_production:
        raise SecretKeyMissing(
            "ACCOUNTS_SECRET_KEY is required when ACCOUNTS_ENV=production "
            '(e.g. python -c "import secrets; print(secrets.token_urlsafe(48))")'
        )
    path = settings.secret_key_file.expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return SecretKey(_read_or_create(path).encode("utf-8"))
