"""What the kept-memory path reads of a stored hash's parameters: 32-bit numbers, as
libargon2 takes them, and libargon2's own judgement of any that fits."""

from __future__ import annotations

import pytest
from argon2.exceptions import HashingError, InvalidHashError

from service.accounts.passwords import argon2_kept

SALT = "c2l4dGVlbiBieXRlIHNhbHQ"


def test_a_parameter_that_fits_32_bits_is_libargon2s_to_refuse_and_one_beyond_is_no_hash():
    """The hasher answers both as wrong passwords; it logs the first as a hash it could not
    verify, and the second is not a hash at all."""
    largest = 2**32 - 1  # lanes: libargon2 refuses them before it allocates anything
    with pytest.raises(HashingError):
        argon2_kept.verify_password(f"$argon2id$v=19$m=2048,t=2,p={largest}${SALT}${SALT}", b"x")
    with pytest.raises(InvalidHashError):
        argon2_kept.verify_password(
            f"$argon2id$v=19$m=2048,t=2,p={largest + 1}${SALT}${SALT}", b"x"
        )
