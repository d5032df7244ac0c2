"""Argon2id hashing and verification on memory that stays mapped between hashes (opt-in).

A speed path behind ``ACCOUNTS_ARGON2_KEEP_MEMORY`` (off by default: the service hashes with
argon2-cffi's ``PasswordHasher``). It drives libargon2 through argon2-cffi's public but
hazardous ``argon2.low_level`` API (``ffi`` and ``core``, a direct binding of ``argon2_ctx``
whose context struct may change with any release of the bindings): ``pyproject.toml`` pins
the argon2-cffi-bindings versions it was checked against.

argon2-cffi lets libargon2 ``malloc`` the ``m`` KiB of blocks on every call. At production sizes
glibc maps them fresh from the kernel and unmaps them afterwards, so every hash pays one page
fault and one zero-filled page per 4 KiB: 13 to 30 % of a verify's CPU time at m = 64 MiB on a
2-core machine. Here each hashing thread keeps one private anonymous mapping and hands it to
libargon2 through the context's allocate/free callbacks, so the pages are faulted in once.

libargon2 wipes the blocks (``clear_internal_memory``) before it calls the free callback, so
nothing derived from a password stays in the kept memory; a test checks it. When a hash fails
part-way libargon2 returns without wiping, so the thread's mapping is unmapped instead. The
kept memory is one mapping per hashing thread, of the largest size it has hashed with up to
``keep_kib``; a hash needing more (an old hash with larger parameters) gets a mapping of its
own that is unmapped as soon as it is done. libargon2 also wipes its copy of the password.

The encoded form is the PHC string argon2-cffi writes and reads, so hashes move freely between
the two. Anything this module does not parse (other Argon2 types or versions, other layouts) is
handed to argon2-cffi unchanged.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import mmap
import os
import re
import threading
from typing import Any

import argon2
from argon2.exceptions import HashingError, InvalidHashError, VerifyMismatchError
from argon2.low_level import ARGON2_VERSION, Type, core, error_to_str, ffi

SALT_LENGTH = argon2.DEFAULT_RANDOM_SALT_LENGTH
HASH_LENGTH = argon2.DEFAULT_HASH_LENGTH
VERSION = ARGON2_VERSION
# argon2.h's constants, read from the compiled bindings through the public ``ffi``.
ARGON2_OK = ffi.integer_const("ARGON2_OK")
FLAGS = ffi.integer_const("ARGON2_DEFAULT_FLAGS") | ffi.integer_const("ARGON2_FLAG_CLEAR_PASSWORD")

_UINT32_MAX = 0xFFFFFFFF
_NUMBER = r"(?:0|[1-9][0-9]{0,9})"  # no leading zeros: libargon2 refuses them too
_ENCODED = re.compile(
    rf"\$argon2id\$v=19\$m=(?P<memory_cost>{_NUMBER}),t=(?P<time_cost>{_NUMBER}),"
    rf"p=(?P<parallelism>{_NUMBER})\$(?P<salt>[A-Za-z0-9+/]{{11,}})\$(?P<hash>[A-Za-z0-9+/]{{6,}})"
)


class _Mapping:
    """One private anonymous mapping and a C pointer to its start."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.map = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
        self.buffer = ffi.from_buffer(self.map)  # keeps the mapping exported while we point at it
        self.pointer = ffi.cast("uint8_t *", self.buffer)

    def close(self) -> None:
        """Unmap now (the kernel hands out zeroed pages next time)."""
        ffi.release(self.buffer)
        self.map.close()


_kept = threading.local()


def kept_mapping() -> _Mapping | None:
    """This thread's kept mapping, if it has hashed yet."""
    return getattr(_kept, "mapping", None)


def _drop(name: str) -> None:
    mapping = getattr(_kept, name, None)
    setattr(_kept, name, None)
    if mapping is not None:
        mapping.close()


def _allocate(memory: Any, size: int) -> int:
    # libargon2 calls this on the thread that called argon2_ctx, before it starts lane threads.
    memory[0] = ffi.NULL  # libargon2 reads NULL as an allocation failure
    if size > _kept.limit:  # more than this thread keeps: a mapping for this hash only
        _kept.once = _Mapping(size)
        memory[0] = _kept.once.pointer
        return 0
    mapping = kept_mapping()
    if mapping is None or mapping.size < size:
        _drop("mapping")  # the smaller one first
        mapping = _kept.mapping = _Mapping(size)
    memory[0] = mapping.pointer
    return 0


def _on_allocate_error(
    exception: type[BaseException], value: BaseException, traceback: Any
) -> None:
    """An allocation that raised (out of memory) leaves NULL: libargon2 reports it as an error."""


# cffi callbacks cannot let a Python exception through; on one they return `error` and
# `memory` stays NULL, which libargon2 turns into ARGON2_MEMORY_ALLOCATION_ERROR.
_allocate_callback = ffi.callback(
    "int(uint8_t **, size_t)", _allocate, error=-22, onerror=_on_allocate_error
)
# libargon2 has already wiped the blocks when it calls this. The kept mapping stays; a mapping
# made for one hash is unmapped once argon2_ctx has returned (it may fail before freeing).
_free_callback = ffi.callback("void(uint8_t *, size_t)", lambda memory, size: None)


def raw_hash(
    password: bytes,
    salt: bytes,
    *,
    time_cost: int,
    memory_cost: int,
    parallelism: int,
    hash_length: int,
    threads: int | None = None,
    keep_kib: int | None = None,
) -> bytes:
    """Argon2id of ``password`` and ``salt``; ``threads`` changes speed, never the result.

    The thread keeps memory for hashes of up to ``keep_kib`` KiB (no limit when None).
    """
    out = ffi.new("uint8_t[]", hash_length)
    pwd = ffi.new("uint8_t[]", password)
    salt_buffer = ffi.new("uint8_t[]", salt)
    context = ffi.new(
        "argon2_context *",
        {
            "out": out,
            "outlen": hash_length,
            "pwd": pwd,
            "pwdlen": len(password),
            "salt": salt_buffer,
            "saltlen": len(salt),
            "secret": ffi.NULL,
            "secretlen": 0,
            "ad": ffi.NULL,
            "adlen": 0,
            "t_cost": time_cost,
            "m_cost": memory_cost,
            "lanes": parallelism,
            "threads": min(threads or parallelism, parallelism),
            "version": VERSION,
            "allocate_cbk": _allocate_callback,
            "free_cbk": _free_callback,
            "flags": FLAGS,
        },
    )
    _kept.limit = float("inf") if keep_kib is None else keep_kib * 1024
    try:
        code = core(context, Type.ID.value)
    finally:
        _drop("once")
    if code != ARGON2_OK:
        _drop("mapping")  # a failed hash may have left blocks unwiped
        raise HashingError(error_to_str(code))
    return bytes(ffi.buffer(out, hash_length))


def _encode(data: bytes) -> str:
    return base64.b64encode(data).rstrip(b"=").decode("ascii")


def _decode(text: str) -> bytes:
    return binascii.a2b_base64(text + "=" * (-len(text) % 4), strict_mode=True)


def hash_password(
    password: bytes,
    *,
    time_cost: int,
    memory_cost: int,
    parallelism: int,
    threads: int | None = None,
    keep_kib: int | None = None,
) -> str:
    """A new PHC-encoded Argon2id hash with a random salt, as argon2-cffi would write it."""
    salt = os.urandom(SALT_LENGTH)
    digest = raw_hash(
        password,
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_length=HASH_LENGTH,
        threads=threads,
        keep_kib=keep_kib,
    )
    return (
        f"$argon2id$v={VERSION}$m={memory_cost},t={time_cost},p={parallelism}"
        f"${_encode(salt)}${_encode(digest)}"
    )


def verify_password(
    encoded: str, password: bytes, *, threads: int | None = None, keep_kib: int | None = None
) -> bool:
    """True when ``password`` matches; raises argon2-cffi's errors for mismatch or bad input.

    ``VerifyMismatchError`` when it does not match; ``InvalidHashError`` (or argon2-cffi's
    ``VerificationError`` for layouts handed to it) when ``encoded`` is not a hash;
    ``HashingError`` when libargon2 refuses its parameters.
    """
    match = _ENCODED.fullmatch(encoded)
    if match is None:
        return _verify_other(encoded, password)
    parameters = {name: int(match[name]) for name in ("memory_cost", "time_cost", "parallelism")}
    if max(parameters.values()) > _UINT32_MAX:
        raise InvalidHashError("parameter out of range")
    try:
        salt, expected = _decode(match["salt"]), _decode(match["hash"])
    except binascii.Error as error:
        raise InvalidHashError(str(error)) from None
    if _encode(salt) != match["salt"] or _encode(expected) != match["hash"]:
        raise InvalidHashError("non-canonical base64")  # unused trailing bits set
    digest = raw_hash(
        password, salt, hash_length=len(expected), threads=threads, keep_kib=keep_kib, **parameters
    )
    if not hmac.compare_digest(digest, expected):
        raise VerifyMismatchError
    return True


def _verify_other(encoded: str, password: bytes) -> bool:
    """Argon2i/Argon2d, older versions and anything else: argon2-cffi's own verify."""
    return _fallback.verify(encoded, password)


_fallback = argon2.PasswordHasher()
