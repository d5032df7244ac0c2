"""Assurance at its edges: the instant a privileged window ends, the hundredth wrong email
code, the session list's clock and length, the passkey re-authentication budget per address,
the pacer's window and wait, and a re-authentication whose account is gone."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import delete, update

from service.accounts import ceilings
from service.accounts.email import pacing
from service.accounts.email.pacing import Pacer, clock
from service.accounts.outcomes import (
    InvalidCode,
    InvalidCredentials,
    RateLimited,
    ReauthenticationRequired,
)
from service.accounts.passkeys.outcomes import PasskeyOptionsIssued
from service.accounts.sessions import listing
from service.accounts.sessions import store as sessions
from service.accounts.signin import reauthentication, step_up
from service.accounts.signin.reauthentication import Reauthentication
from service.accounts.signin.step_up import InlineProof, require_privilege
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import User
from tests.accounts.email.test_pacing import Hooks
from tests.accounts.passkeys.test_passkeys import BOB, account
from tests.accounts.support import CLIENT, prove_session
from tests.conftest import PASSWORD


def _proved_a_while_ago():
    """A moment of the recent past, in whole seconds (stored and read back exactly)."""
    return utcnow().replace(microsecond=0) - timedelta(minutes=1)


async def _privilege(state, viewer, inline=None):
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        return await require_privilege(uow, state.services, viewer, user, CLIENT, inline)


# the privileged window ------------------------------------------------------------------------


async def test_a_session_is_privileged_until_the_instant_its_window_ends(state, monkeypatch):
    viewer = await account(state)
    proved = _proved_a_while_ago()
    await prove_session(state, viewer, "PASSWORD", at=proved)
    ends = proved + state.settings.reauth_window
    monkeypatch.setattr(step_up, "utcnow", lambda: ends - timedelta(microseconds=1))
    assert await _privilege(state, viewer) is None
    monkeypatch.setattr(step_up, "utcnow", lambda: ends)
    refused = await _privilege(state, viewer)
    assert refused == ReauthenticationRequired(methods=[], password_required=True)


async def test_a_part_of_a_proof_is_checked_only_while_the_session_still_seems_privileged(
    state, monkeypatch
):
    """A code without the password cannot cover the account: it is checked (and, with no
    second factor on, refused as such) only from a session still within its window; from the
    instant the window ends nothing is checked and a full proof is asked for."""
    viewer = await account(state)
    proved = _proved_a_while_ago()
    await prove_session(state, viewer, "PASSWORD", at=proved)
    ends = proved + state.settings.reauth_window
    code_only = InlineProof(code="123456")
    monkeypatch.setattr(step_up, "utcnow", lambda: ends - timedelta(microseconds=1))
    checked = await _privilege(state, viewer, code_only)
    assert checked == InvalidCode(message=step_up.NO_SECOND_FACTOR_MESSAGE)
    monkeypatch.setattr(step_up, "utcnow", lambda: ends)
    asked = await _privilege(state, viewer, code_only)
    assert asked == ReauthenticationRequired(methods=[], password_required=True)


# the session list -----------------------------------------------------------------------------


async def _listed(state, viewer, limit=10):
    async with state.unit_of_work() as uow:
        return await listing.caller_sessions(uow, state.services, viewer, limit)


async def test_the_session_list_shows_no_privilege_from_the_instant_the_window_ends(
    state, monkeypatch
):
    viewer = await account(state)
    proved = _proved_a_while_ago()
    await prove_session(state, viewer, "PASSWORD", at=proved)
    ends = proved + state.settings.reauth_window
    monkeypatch.setattr(listing, "utcnow", lambda: ends - timedelta(microseconds=1))
    [within] = await _listed(state, viewer)
    assert within.privileged_until == ends
    monkeypatch.setattr(listing, "utcnow", lambda: ends)
    [after] = await _listed(state, viewer)
    assert after.row.id == viewer.session.id and after.privileged_until is None


async def test_the_session_list_leaves_out_sessions_expired_by_its_moment(state, monkeypatch):
    viewer = await account(state)
    [listed] = await _listed(state, viewer)
    expires = listed.row.expires_at
    monkeypatch.setattr(listing, "utcnow", lambda: expires - timedelta(microseconds=1))
    assert [s.row.id for s in await _listed(state, viewer)] == [viewer.session.id]
    monkeypatch.setattr(listing, "utcnow", lambda: expires)
    assert await _listed(state, viewer) == []


async def test_the_session_list_holds_the_most_recently_used_up_to_its_limit(state):
    viewer = await account(state)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        older = []
        for minutes in (1, 2):
            at = utcnow() - timedelta(minutes=minutes)
            _, row = await sessions.issue_session(uow, state.settings, user, CLIENT, now=at)
            older.append(row.id)
        await uow.commit()
    everyone = [viewer.session.id, *older]
    assert [s.row.id for s in await _listed(state, viewer)] == everyone
    assert [s.row.id for s in await _listed(state, viewer, limit=2)] == everyone[:2]
    assert [s.row.id for s in await _listed(state, viewer, limit=1)] == everyone[:1]


# wrong email codes ----------------------------------------------------------------------------


async def _code_failures(state, user_id):
    async with state.session_factory() as db:
        user = await db.get(User, user_id)
        return user, user.code_failures


async def test_the_hundredth_wrong_code_locks_codes_without_a_handle_of_that_account(state):
    ada, bob = await account(state), await account(state, **BOB)
    async with state.session_factory() as db:
        await db.execute(
            update(User)
            .where(User.id == ada.user.id)
            .values(code_failures=ceilings.MAX_CODE_FAILURES - 1)
        )
        await db.commit()
    user, count = await _code_failures(state, ada.user.id)
    assert count == ceilings.MAX_CODE_FAILURES - 1 and not ceilings.codes_locked(user)
    async with state.unit_of_work() as uow:
        await ceilings.count_code_failure(uow, ada.user.id)
        await uow.commit()
    user, count = await _code_failures(state, ada.user.id)
    assert count == ceilings.MAX_CODE_FAILURES and ceilings.codes_locked(user)
    others, count = await _code_failures(state, bob.user.id)
    assert count == 0 and not ceilings.codes_locked(others)


# passkey re-authentication --------------------------------------------------------------------


async def test_each_address_has_its_own_passkey_reauthentication_budget(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_passkey_login_per_ip="2/hour")
    viewer = await account(state)
    first, second = (ClientInfo(ip_address=f"198.51.100.{n}", user_agent="t") for n in (1, 2))

    async def begin(client):
        async with state.unit_of_work() as uow:
            return await reauthentication.begin_passkey_reauthentication(
                uow, state.services, viewer, client
            )

    for _ in range(2):
        assert isinstance(await begin(first), PasskeyOptionsIssued)
    assert isinstance(await begin(first), RateLimited)
    assert isinstance(await begin(second), PasskeyOptionsIssued)  # not spent by the first


async def test_a_reauthentication_whose_account_is_gone_says_the_session_ended(state):
    viewer = await account(state)
    async with state.session_factory() as db:
        await db.execute(delete(User).where(User.id == viewer.user.id))
        await db.commit()
    async with state.unit_of_work() as uow:
        ended = await reauthentication.reauthenticate(
            uow, state.services, viewer, Reauthentication(password=PASSWORD), CLIENT
        )
    assert ended == InvalidCredentials(message=reauthentication.SESSION_ENDED)


# the pacer ------------------------------------------------------------------------------------


async def _paced(pacer, took, *, known):
    """How long the pacer holds an answer that had taken ``took`` seconds when it committed."""
    uow = Hooks()
    pacer.pace(uow, "op", clock() - took, known=known)  # type: ignore[arg-type]
    started = time.monotonic()
    await uow.commit()
    return time.monotonic() - started


async def test_the_pacer_records_only_its_window_of_latest_answers():
    pacer = Pacer(window=2)
    for took in (0.1, 0.2, 0.3):  # each slower than the target: nothing waits
        await _paced(pacer, took, known=True)
    recorded = pacer.samples("op")
    assert len(recorded) == 2
    assert 0.2 <= recorded[0] < 0.3 <= recorded[1] < 1.0


async def test_the_pacer_waits_only_for_what_remains_to_the_target():
    pacer = Pacer()
    pacer.seed("op", [0.5])
    held = await _paced(pacer, 0.4, known=False)
    assert 0.05 <= held < 0.4
    assert pacing.MAX_WAIT > 0.9  # a longer wait would not have been cut short
