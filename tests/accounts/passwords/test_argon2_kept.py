"""Argon2id on kept memory: the same hashes as argon2-cffi, wiped memory, clear failures."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor

import argon2
import pytest
from argon2.exceptions import (
    HashingError,
    InvalidHashError,
    VerificationError,
    VerifyMismatchError,
)

from service.accounts.passwords import argon2_kept
from service.accounts.passwords.hasher import PasswordHasher
from service.config import Settings

PASSWORD = "Correct-Horse-9-battery"
# small enough for a test, large enough that libargon2 splits the lanes into real segments
PARAMETERS = {"time_cost": 2, "memory_cost": 2048, "parallelism": 4}


def in_fresh_thread(fn):
    """Run ``fn`` on a thread of its own: kept memory is per thread."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(fn).result()


@pytest.mark.parametrize("threads", [1, 2, 4, None])
def test_raw_hash_matches_libargon2_whatever_the_threads(threads):
    salt = b"sixteen byte salt"
    expected = argon2.low_level.hash_secret_raw(
        PASSWORD.encode(), salt, hash_len=32, type=argon2.Type.ID, **PARAMETERS
    )
    for _ in range(2):  # the second run reuses the memory the first one left
        got = argon2_kept.raw_hash(
            PASSWORD.encode(), salt, hash_length=32, threads=threads, **PARAMETERS
        )
        assert got == expected


def test_hashes_move_both_ways_between_argon2_cffi_and_the_service():
    reference = argon2.PasswordHasher(type=argon2.Type.ID, **PARAMETERS)
    ours = argon2_kept.hash_password(PASSWORD.encode(), **PARAMETERS)
    assert ours.startswith("$argon2id$v=19$m=2048,t=2,p=4$")
    assert reference.verify(ours, PASSWORD)
    assert not reference.check_needs_rehash(ours)
    assert argon2.extract_parameters(ours) == argon2.extract_parameters(reference.hash(PASSWORD))

    theirs = reference.hash(PASSWORD)
    assert argon2_kept.verify_password(theirs, PASSWORD.encode(), threads=1)
    with pytest.raises(VerifyMismatchError):
        argon2_kept.verify_password(theirs, b"Correct-Horse-9-batterY")
    with pytest.raises(VerifyMismatchError):
        reference.verify(ours, "wrong")
    assert (
        argon2_kept.hash_password(PASSWORD.encode(), **PARAMETERS) != ours
    )  # fresh salt each time


def test_other_argon2_types_are_verified_by_argon2_cffi():
    for kind in (argon2.Type.I, argon2.Type.D):
        encoded = argon2.PasswordHasher(type=kind, **PARAMETERS).hash(PASSWORD)
        assert argon2_kept.verify_password(encoded, PASSWORD.encode())
        with pytest.raises(VerifyMismatchError):
            argon2_kept.verify_password(encoded, b"nope")


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "not a hash",
        "$argon2id$v=19$m=2048,t=2,p=4$",
        "$argon2id$v=19$m=2048,t=2,p=4$c2l4dGVlbiBieXRlIHNhbHQ$!!!!!!!!",
        # 13 base64 characters cannot encode whole bytes
        "$argon2id$v=19$m=2048,t=2,p=4$c2l4dGVlbiBiA$c2l4dGVlbiBieXRlIHNhbHQ",
        # libargon2's parameters are 32-bit
        "$argon2id$v=19$m=4294967296,t=2,p=4$c2l4dGVlbiBieXRlIHNhbHQ$c2l4dGVlbiBieXRlIHNhbHQ",
        "$argon2id$v=19$m=2048,t=9999999999,p=4$c2l4dGVlbiBieXRlIHNhbHQ$c2l4dGVlbiBieXRlIHNhbHQ",
    ],
)
def test_what_is_not_a_hash_is_refused_as_argon2_cffi_refuses_it(encoded):
    with pytest.raises((InvalidHashError, VerificationError)):
        argon2_kept.verify_password(encoded, PASSWORD.encode())


def test_hashes_are_read_only_in_their_one_canonical_spelling():
    """No second spelling of a stored hash verifies: libargon2 and argon2-cffi refuse them too."""
    encoded = argon2_kept.hash_password(PASSWORD.encode(), **PARAMETERS)
    assert argon2_kept.verify_password(encoded, PASSWORD.encode())
    with pytest.raises((InvalidHashError, VerificationError)):  # a leading zero
        argon2_kept.verify_password(encoded.replace("m=2048,", "m=02048,"), PASSWORD.encode())
    # 32 bytes take 43 base64 characters whose last two bits are unused: set them
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(encoded[-1])
    assert last % 4 == 0
    same_bytes = encoded[:-1] + alphabet[last + 1]
    assert argon2_kept._decode(same_bytes.rsplit("$", 1)[1]) == argon2_kept._decode(
        encoded.rsplit("$", 1)[1]
    )
    with pytest.raises(InvalidHashError, match="non-canonical"):
        argon2_kept.verify_password(same_bytes, PASSWORD.encode())
    with pytest.raises((InvalidHashError, VerificationError)):
        argon2.PasswordHasher().verify(same_bytes, PASSWORD)


def test_a_thread_keeps_memory_only_up_to_its_limit(monkeypatch):
    closed = []
    close = argon2_kept._Mapping.close
    monkeypatch.setattr(
        argon2_kept._Mapping, "close", lambda self: (closed.append(self.size), close(self))
    )

    def hash_beyond_the_limit():
        keep = PARAMETERS["memory_cost"]
        encoded = argon2_kept.hash_password(PASSWORD.encode(), keep_kib=keep, **PARAMETERS)
        kept = argon2_kept.kept_mapping()
        assert kept is not None and kept.size == keep * 1024
        # an older hash with more memory: computed on a mapping of its own, unmapped after
        larger = argon2.PasswordHasher(time_cost=1, memory_cost=4096, parallelism=2).hash("x")
        assert argon2_kept.verify_password(larger, b"x", keep_kib=keep)
        assert closed == [4096 * 1024]
        assert argon2_kept.kept_mapping() is kept
        assert argon2_kept.verify_password(encoded, PASSWORD.encode(), keep_kib=keep)
        assert argon2_kept.kept_mapping() is kept and closed == [4096 * 1024]

    in_fresh_thread(hash_beyond_the_limit)


def test_a_failed_hash_unmaps_the_kept_memory():
    """libargon2 does not wipe the blocks when it fails part-way: the mapping goes instead."""

    def fail_after_a_hash():
        argon2_kept.hash_password(PASSWORD.encode(), **PARAMETERS)
        assert argon2_kept.kept_mapping() is not None
        with pytest.raises(HashingError):
            argon2_kept.hash_password(b"x", time_cost=0, memory_cost=2048, parallelism=1)
        assert argon2_kept.kept_mapping() is None
        return argon2_kept.hash_password(b"x", **PARAMETERS)  # and the next one maps afresh

    assert in_fresh_thread(fail_after_a_hash).startswith("$argon2id$")


def test_parameters_libargon2_refuses_are_a_hashing_error():
    salt = "c2l4dGVlbiBieXRlIHNhbHQ"
    with pytest.raises(HashingError):  # fewer than 8 KiB per lane
        argon2_kept.verify_password(f"$argon2id$v=19$m=8,t=2,p=4${salt}${salt}", b"x")
    with pytest.raises(HashingError):
        argon2_kept.hash_password(b"x", time_cost=0, memory_cost=2048, parallelism=1)


def test_the_kept_memory_is_reused_and_wiped_after_every_hash():
    def hash_twice_and_look():
        assert argon2_kept.kept_mapping() is None
        argon2_kept.hash_password(PASSWORD.encode(), **PARAMETERS)
        first = argon2_kept.kept_mapping()
        assert first is not None and first.size == PARAMETERS["memory_cost"] * 1024
        assert first.map[:] == bytes(first.size)  # libargon2 wiped the blocks
        encoded = argon2_kept.hash_password(PASSWORD.encode(), **PARAMETERS)
        assert argon2_kept.kept_mapping() is first
        assert first.map[:] == bytes(first.size)
        # a larger hash replaces the mapping with a larger one; a smaller one reuses it
        argon2_kept.hash_password(b"x", time_cost=1, memory_cost=4096, parallelism=2)
        larger = argon2_kept.kept_mapping()
        assert larger is not first and larger.size == 4096 * 1024
        assert argon2_kept.verify_password(encoded, PASSWORD.encode())
        assert argon2_kept.kept_mapping() is larger
        return larger

    mapping = in_fresh_thread(hash_twice_and_look)
    assert in_fresh_thread(argon2_kept.kept_mapping) is None  # another thread keeps its own
    assert mapping.map[:] == bytes(mapping.size)


def test_threads_hashing_at_once_each_use_their_own_memory():
    encoded = argon2_kept.hash_password(PASSWORD.encode(), **PARAMETERS)
    barrier = threading.Barrier(4)

    def verify(password):
        barrier.wait()
        try:
            argon2_kept.verify_password(encoded, password)
            return True, id(argon2_kept.kept_mapping())
        except VerifyMismatchError:
            return False, id(argon2_kept.kept_mapping())

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(verify, [PASSWORD.encode(), b"a", PASSWORD.encode(), b"b"]))
    assert [ok for ok, _ in results] == [True, False, True, False]
    assert len({mapping for _, mapping in results}) == 4


def test_memory_that_cannot_be_mapped_is_a_hashing_error(monkeypatch):
    def refuse(self, size):
        raise MemoryError

    def hash_without_memory():
        monkeypatch.setattr(argon2_kept._Mapping, "__init__", refuse)
        with pytest.raises(HashingError, match="allocation"):
            argon2_kept.hash_password(b"x", **PARAMETERS)
        monkeypatch.undo()
        return argon2_kept.hash_password(b"x", **PARAMETERS)  # and the next one works

    assert in_fresh_thread(hash_without_memory).startswith("$argon2id$")


def _settings(**overrides):
    return Settings(
        _env_file=None,
        database_url="sqlite+aiosqlite://",
        argon2_time_cost=1,
        argon2_memory_cost=1024,
        argon2_parallelism=2,
        **overrides,
    )


def test_password_hashing_defaults_to_argon2_cffi(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the kept-memory path is opt-in")

    monkeypatch.setattr(argon2_kept, "hash_password", refuse)
    monkeypatch.setattr(argon2_kept, "verify_password", refuse)
    hasher = PasswordHasher(_settings())
    try:
        assert not hasher.keep_memory
        assert hasher._verify_sync(hasher.hash_sync(PASSWORD), PASSWORD)
    finally:
        hasher.close()


async def test_both_hashers_verify_each_others_hashes_alike():
    stock, kept = PasswordHasher(_settings()), PasswordHasher(_settings(argon2_keep_memory=True))
    try:
        hashes = [await stock.hash(PASSWORD), await kept.hash(PASSWORD)]
        hashes.append(argon2.PasswordHasher(time_cost=1, memory_cost=1024).hash(PASSWORD))
        hashes.append("$argon2id$v=19$m=8,t=1,p=4$c2l4dGVlbiBieXRl$c2l4dGVlbiBieXRl")
        hashes.append("garbage")
        results = {}
        for name, hasher in (("stock", stock), ("kept", kept)):
            results[name] = [
                await hasher.verify(encoded, password)
                for encoded in hashes
                for password in (PASSWORD, PASSWORD + "!")
            ]
        assert results["stock"] == results["kept"]
        assert results["stock"] == [True, False] * 3 + [False, False] * 2
    finally:
        stock.close()
        kept.close()


@pytest.mark.parametrize("keep_memory", [False, True], ids=["stock", "kept"])
async def test_password_hasher_verifies_with_false_for_anything_unusable(keep_memory):
    settings = _settings(argon2_keep_memory=keep_memory)
    hasher = PasswordHasher(settings)
    try:
        encoded = await hasher.hash(PASSWORD)
        assert not hasher.needs_rehash(encoded)
        results = await asyncio.gather(
            hasher.verify(encoded, PASSWORD),
            hasher.verify(encoded, PASSWORD + "!"),
            hasher.verify("garbage", PASSWORD),
            hasher.verify("$argon2id$v=19$m=8,t=1,p=4$c2l4dGVlbiBieXRl$c2l4dGVlbiBieXRl", PASSWORD),
        )
        assert results == [True, False, False, False]
    finally:
        hasher.close()


def test_lane_threads_share_the_cores_between_running_hashes():
    settings = Settings(_env_file=None, database_url="sqlite+aiosqlite://", hash_concurrency=4)
    hasher = PasswordHasher(settings)
    try:
        with hasher._threads() as alone:
            with hasher._threads() as second, hasher._threads() as third:
                assert (alone, second, third) == (4, 2, 1)
            # the third finished; the second too: one other hash is running
            with hasher._threads() as beside_one:
                assert beside_one == 2
        with hasher._threads() as alone_again:
            assert alone_again == 4
    finally:
        hasher.close()


def test_hashes_with_any_salt_length_verify():
    """argon2-cffi writes salts of any length; base64 without padding may end in any letter."""
    for salt in (b"\x00" * 17 + bytes([23]), b"sixteen byte salt", bytes(range(11))):
        encoded = argon2.low_level.hash_secret(
            PASSWORD.encode(), salt, hash_len=33, type=argon2.Type.ID, **PARAMETERS
        ).decode()
        assert argon2_kept.verify_password(encoded, PASSWORD.encode())
        with pytest.raises(VerifyMismatchError):
            argon2_kept.verify_password(encoded, b"wrong")


def test_a_thread_keeps_one_mapping_of_the_largest_size_it_hashed(monkeypatch):
    closed = []
    close = argon2_kept._Mapping.close
    monkeypatch.setattr(
        argon2_kept._Mapping, "close", lambda self: (closed.append(self.size), close(self))
    )
    small = {"time_cost": 1, "memory_cost": 1024, "parallelism": 1}

    def grow():
        argon2_kept.hash_password(PASSWORD.encode(), **small)
        first = argon2_kept.kept_mapping()
        assert first is not None and first.size == 1024 * 1024
        argon2_kept.hash_password(PASSWORD.encode(), **{**small, "memory_cost": 2048})
        second = argon2_kept.kept_mapping()
        assert second is not None and second.size == 2048 * 1024
        assert closed == [1024 * 1024]  # the smaller one is unmapped at once
        argon2_kept.hash_password(PASSWORD.encode(), **small)
        assert argon2_kept.kept_mapping() is second and closed == [1024 * 1024]

    in_fresh_thread(grow)


def test_the_limit_is_exact_to_the_kib(monkeypatch):
    """``keep_kib`` is KiB: a hash four KiB over it is not kept, one at it is."""
    closed = []
    close = argon2_kept._Mapping.close
    monkeypatch.setattr(
        argon2_kept._Mapping, "close", lambda self: (closed.append(self.size), close(self))
    )

    def at_and_over():
        over = {"time_cost": 1, "memory_cost": 4100, "parallelism": 1}
        argon2_kept.hash_password(PASSWORD.encode(), keep_kib=4096, **over)
        assert argon2_kept.kept_mapping() is None and closed == [4100 * 1024]
        at = {**over, "memory_cost": 4096}
        argon2_kept.hash_password(PASSWORD.encode(), keep_kib=4096, **at)
        kept = argon2_kept.kept_mapping()
        assert kept is not None and kept.size == 4096 * 1024

    in_fresh_thread(at_and_over)
