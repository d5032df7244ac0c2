"""``accounts keys rotate`` and ``list`` at the shell, and what the service then signs with."""

from __future__ import annotations

import re
from collections.abc import Callable

import jwt

from service.accounts import access_tokens
from service.state import AppState
from tests.admin.support import AAL1, add_user, sign_in
from tests.test_cli import accounts


async def test_keys_rotate_signs_with_the_new_key_and_keeps_the_old_one_listed_and_published(
    make_state: Callable[..., AppState], database_url: str, tmp_path
):
    state = make_state(access_token_audiences=["reports"])
    empty = accounts(database_url, "keys", "list", cwd=tmp_path).stdout
    assert empty.strip().endswith("(0 keys)")
    made = []
    for _ in range(2):
        out = accounts(database_url, "keys", "rotate", cwd=tmp_path).stdout.strip()
        match = re.fullmatch(r"new signing key (\S+) \(EdDSA\)", out)
        assert match, out
        made.append(match.group(1))
    listing = accounts(database_url, "keys", "list", cwd=tmp_path).stdout
    rows = [line.split() for line in listing.splitlines()[1:-1] if not line.startswith("-")]
    assert [row[0] for row in rows] == made[::-1]  # newest first
    assert rows[0][-1] == "yes" and rows[0][-2] == "-"  # signs, not retired
    assert rows[1][-1] == "yes" and rows[1][-2] != "-"  # retired, still published
    assert listing.strip().endswith("(2 keys)")
    user = await add_user(state, "cli_keys_user", second_factor=False)
    session = await sign_in(state, user, AAL1)
    async with state.unit_of_work() as uow:
        issued = await access_tokens.issue(
            uow, state.services, await _viewer(state, session), "reports"
        )
        jwks = await access_tokens.published(uow, state.services)
    assert isinstance(issued, access_tokens.AccessTokenIssued)
    assert jwt.get_unverified_header(issued.token)["kid"] == made[1]
    assert [key["kid"] for key in jwks["keys"]] == made[::-1]


async def _viewer(state: AppState, token: str):
    from tests.accounts.support import viewer_of

    return await viewer_of(state, token)
