"""Service layer: tokens, expiry, sliding refresh, the per-user cap and the purge.

The caller is found as production finds it (``Callers.resolve``: the batched driver-level
lookup, and the sliding refresh in a unit of work of its own), on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
from dataclasses import fields
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from service.accounts.assurance import decode
from service.accounts.outcomes import Authenticated
from service.accounts.profile import users
from service.accounts.sessions import store as sessions
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import AuthSession, User
from tests.accounts.support import CLIENT, register, viewer_of


async def _user(state):
    result = await register(state)
    assert isinstance(result, Authenticated)
    return result


def test_token_shape():
    token = sessions.new_token()
    assert token.startswith("acct_")
    assert len(token) - len("acct_") >= 43  # 32 random bytes, base64url
    assert sessions.token_digest(token) != token and len(sessions.token_digest(token)) == 64
    assert len({sessions.new_token() for _ in range(100)}) == 100


def test_a_token_is_well_formed_only_with_its_prefix_within_its_length_and_in_ascii():
    from service.accounts.tokens import OpaqueTokens

    tokens = OpaqueTokens("dev_", random_bytes=16, max_length=30)
    token = tokens.new()
    assert token.startswith("dev_") and len(token) == len("dev_") + 22  # 16 bytes, base64url
    assert tokens.well_formed(token)
    assert tokens.well_formed("dev_" + "a" * 26)  # exactly max_length
    assert not tokens.well_formed("dev_" + "a" * 27)
    assert not tokens.well_formed("acct_" + "a" * 20)  # another kind of token
    assert not tokens.well_formed("dev_" + "é" * 10)
    assert not tokens.well_formed("x" * 40)


async def test_the_caller_is_the_account_as_stored(state):
    """Every field of the snapshot the token lookup makes, from the row it reads."""
    registered = await _user(state)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, registered.user.id)
        assert user is not None
        user.image_key, user.pending_email = "a1" * 32 + ".webp", "new@example.com"
        user.email_verified, user.locale = True, "de"
        await uow.commit()
    viewer = await viewer_of(state, registered.token)
    assert viewer is not None
    snapshot = viewer.user
    assert (snapshot.id, snapshot.email, snapshot.username) == (
        registered.user.id,
        "ada@example.com",
        "ada_lovelace",
    )
    assert (snapshot.image_key, snapshot.pending_email, snapshot.email_verified) == (
        "a1" * 32 + ".webp",
        "new@example.com",
        True,
    )
    assert snapshot.locale == "de"


async def test_a_session_records_the_clients_address_and_user_agent(state):
    registered = await _user(state)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, registered.user.id)
        assert user is not None
        for client in (
            ClientInfo(ip_address="198.51.100.4", user_agent="x" * 600),
            ClientInfo(ip_address=None, user_agent=None),
        ):
            await sessions.issue_session(uow, state.settings, user, client)
        await uow.commit()
    async with state.session_factory() as db:
        rows = await db.execute(
            select(AuthSession.ip_address, AuthSession.user_agent).where(
                AuthSession.ip_address.is_(None) | (AuthSession.ip_address == "198.51.100.4")
            )
        )
        recorded = sorted(rows.all(), key=lambda row: row[0] or "")
    assert recorded == [(None, None), ("198.51.100.4", "x" * 512)]


async def test_the_token_lookup_follows_the_settings(make_state):
    from service.db.engine import lookup_deadline

    for fast in (True, False):
        state = make_state(fast_token_lookup=fast, db_statement_timeout=2.0)
        lookup = state.callers.lookup
        assert lookup.deadline == lookup_deadline(state.settings) is not None
        assert {(row.driver_query is not None) for row in lookup.lookups.values()} == {fast}


async def test_only_the_digest_is_stored(state):
    registered = await _user(state)
    async with state.session_factory() as db:
        stored = (await db.execute(select(AuthSession.token_digest))).scalars().all()
    assert stored == [sessions.token_digest(registered.token)]


async def test_expired_tokens_are_refused(state):
    registered = await _user(state)
    assert await viewer_of(state, registered.token) is not None
    later = registered.session.expires_at + timedelta(seconds=1)
    assert await viewer_of(state, registered.token, later) is None


async def test_refresh_written_at_most_once_per_interval(make_state):
    state = make_state(session_refresh_interval=timedelta(seconds=60))
    registered = await _user(state)
    start = registered.session.created_at
    soon = await viewer_of(state, registered.token, start + timedelta(seconds=59))
    assert soon is not None and not soon.refreshed
    assert soon.session.last_used_at == start
    later = start + timedelta(seconds=61)
    refreshed = await viewer_of(state, registered.token, later)
    assert refreshed is not None and refreshed.refreshed
    again = await viewer_of(state, registered.token, later + timedelta(seconds=30))
    assert again is not None and not again.refreshed  # the refresh was committed and is seen
    assert again.session.last_used_at == later
    async with state.session_factory() as db:
        row = (await db.execute(select(AuthSession))).scalar_one()
    assert row.last_used_at == later
    assert row.expires_at == later + state.settings.session_idle_ttl


async def test_idle_expiry_slides_but_never_past_the_absolute_maximum(make_state):
    state = make_state(
        session_idle_ttl=timedelta(hours=1),
        session_max_ttl=timedelta(hours=3),
        session_refresh_interval=timedelta(seconds=0),
    )
    registered = await _user(state)
    start = registered.session.created_at
    for minutes in (50, 100, 150):
        viewer = await viewer_of(state, registered.token, start + timedelta(minutes=minutes))
        assert viewer is not None, minutes
    assert viewer.session.expires_at == start + timedelta(hours=3)
    # idle too long: an hour and a minute after the last use
    assert await viewer_of(state, registered.token, start + timedelta(minutes=211)) is None
    assert await viewer_of(state, registered.token, start + timedelta(hours=3, seconds=1)) is None


async def test_max_sessions_per_user_evicts_the_oldest(make_state):
    state = make_state(max_sessions_per_user=2)
    first = await _user(state)
    tokens = [first.token]
    for _ in range(2):
        async with state.unit_of_work() as uow:
            user = await users.find_user(uow, "ada_lovelace")
            token, _session = await sessions.issue_session(uow, state.settings, user, CLIENT)
            await uow.commit()
        tokens.append(token)
    async with state.unit_of_work() as uow:
        alive = [await viewer_of(state, t) is not None for t in tokens]
        assert (
            await uow.session.execute(select(func.count()).select_from(AuthSession))
        ).scalar_one() == 2
    assert alive == [False, True, True]


async def test_purge_deletes_only_expired(state):
    registered = await _user(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        past = utcnow() - timedelta(days=60)
        await sessions.issue_session(uow, state.settings, user, CLIENT, now=past)
        await uow.commit()
    async with state.unit_of_work() as uow:
        assert await sessions.purge_expired(uow) == 1
        await uow.commit()
    async with state.unit_of_work() as uow:
        assert await viewer_of(state, registered.token) is not None
        assert await sessions.purge_expired(uow) == 0


async def test_a_session_ends_at_its_expiry_instant(make_state):
    """Refused and purged from its ``expires_at`` on, not a moment later."""
    state = make_state(session_refresh_interval=timedelta(days=365))
    registered = await _user(state)
    at = registered.session.expires_at
    just_before = at - timedelta(microseconds=1)
    assert await viewer_of(state, registered.token, just_before) is not None
    assert await viewer_of(state, registered.token, at) is None
    async with state.unit_of_work() as uow:
        assert await sessions.purge_expired(uow, just_before) == 0
        assert await sessions.purge_expired(uow, at) == 1
        await uow.commit()


async def test_list_sessions_excludes_expired(state):
    registered = await _user(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        await sessions.issue_session(
            uow, state.settings, user, CLIENT, now=utcnow() - timedelta(days=60)
        )
        await uow.commit()
        listed = await sessions.list_sessions(uow, user.id)
    assert [s.id for s in listed] == [registered.session.id]


async def test_a_session_is_revoked_only_by_its_own_user(state):
    ada = await _user(state)
    bob = await register(state, email="bob@example.com", username="bob_builder")
    async with state.unit_of_work() as uow:
        assert await sessions.revoke_session(uow, bob.user.id, ada.session.id) == 0
        await uow.commit()
    assert await viewer_of(state, ada.token) is not None
    async with state.unit_of_work() as uow:
        assert await sessions.revoke_session(uow, ada.user.id, ada.session.id) == 1
        await uow.commit()
    assert await viewer_of(state, ada.token) is None
    assert await viewer_of(state, bob.token) is not None


async def test_list_sessions_most_recently_used_first(make_state):
    state = make_state(session_refresh_interval=timedelta(seconds=0))
    registered = await _user(state)
    start = registered.session.created_at
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        later_token, later = await sessions.issue_session(
            uow, state.settings, user, CLIENT, now=start + timedelta(seconds=1)
        )
        _, same_moment = await sessions.issue_session(
            uow, state.settings, user, CLIENT, now=start + timedelta(seconds=2)
        )
        await uow.commit()
    # the first session is used last; of two used at one moment, the newer comes first
    await viewer_of(state, registered.token, start + timedelta(seconds=3))
    await viewer_of(state, later_token, start + timedelta(seconds=2))
    async with state.unit_of_work() as uow:
        listed = await sessions.list_sessions(uow, user.id, start + timedelta(seconds=4))
        assert [s.id for s in listed] == [registered.session.id, same_moment.id, later.id]
        two = await sessions.list_sessions(uow, user.id, start + timedelta(seconds=4), limit=2)
        assert [s.id for s in two] == [registered.session.id, same_moment.id]
        assert await sessions.list_sessions(uow, user.id, limit=0) == []
        assert await sessions.list_sessions(uow, user.id, limit=-5) == []
        # a session is not listed from the instant it expires
        at = listed[0].expires_at
        ids = [s.id for s in await sessions.list_sessions(uow, user.id, at)]
        assert registered.session.id not in ids


async def test_driver_fast_path_matches_the_orm_rows(state):
    """The hot-path lookup (driver connection, SQLAlchemy's processors) sees what the ORM sees."""
    registered = await _user(state)
    lookup = state.callers.lookup
    assert all(single.driver_query is not None for single in lookup.lookups.values())
    fast = await viewer_of(state, registered.token)
    async with state.session_factory() as db:
        user = await db.get(User, registered.user.id)
        row = await db.get(AuthSession, registered.session.id)
    assert fast is not None and user is not None and row is not None
    derived = {  # what the snapshot computes from a column rather than copies
        "has_password": lambda orm: orm.password_hash is not None,
        "methods": lambda orm: decode(orm.methods),
    }
    for snapshot, orm_row in ((fast.user, user), (fast.session, row)):
        columns = [f.name for f in fields(snapshot)]
        assert len(columns) >= 6
        assert {c: getattr(snapshot, c) for c in columns} == {
            c: derived[c](orm_row) if c in derived else getattr(orm_row, c) for c in columns
        }
    assert fast.user.id == registered.user.id and fast.session.id == registered.session.id
    assert fast.session.expires_at.tzinfo is not None
    assert await viewer_of(state, "acct_" + "x" * 43) is None
    later = registered.session.expires_at + timedelta(seconds=1)
    assert await viewer_of(state, registered.token, later) is None


async def _tokens(state, count):
    registered = await _user(state)
    tokens = [registered.token]
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        for _ in range(count - 1):
            tokens.append((await sessions.issue_session(uow, state.settings, user, CLIENT))[0])
        await uow.commit()
    return registered, tokens


def _count_queries(lookup, monkeypatch):
    sizes = []
    for size, single in lookup.lookups.items():
        real = single.all

        async def counted(params, real=real, size=size):
            sizes.append(size)
            return await real(params)

        monkeypatch.setattr(single, "all", counted)
    return sizes


async def test_concurrent_lookups_share_queries(state, monkeypatch):
    """Concurrent token lookups go out together: fewer queries than requests, each caller
    gets its own session, unknown tokens get nothing, and one token asked twice is one key."""
    registered, tokens = await _tokens(state, 45)
    expected = {token: (await viewer_of(state, token)) for token in tokens}
    lookup = state.callers.lookup
    sizes = _count_queries(lookup, monkeypatch)
    unknown = [sessions.new_token() for _ in range(5)]
    asked = tokens + unknown + tokens[:3]
    found = await asyncio.gather(*(viewer_of(state, token) for token in asked))

    for token, viewer in zip(asked, found, strict=True):
        if token in expected:
            assert viewer is not None and viewer.session.id == expected[token].session.id
            assert viewer.user.id == registered.user.id
        else:
            assert viewer is None
    assert len(sizes) < len(asked)  # 53 lookups, a handful of queries
    assert max(sizes) == 32  # the largest batch
    assert all(size in lookup.lookups for size in sizes)
    assert lookup.in_flight == 0 and not lookup.waiting


async def test_a_failed_batch_reaches_every_caller_and_the_next_one_works(state, monkeypatch):
    _, tokens = await _tokens(state, 6)
    lookup = state.callers.lookup
    failing = True
    for single in lookup.lookups.values():
        real = single.all

        async def flaky(params, real=real):
            await asyncio.sleep(0)
            if failing:
                raise ConnectionError("database went away")
            return await real(params)

        monkeypatch.setattr(single, "all", flaky)
    results = await asyncio.gather(
        *(viewer_of(state, token) for token in tokens), return_exceptions=True
    )
    assert all(isinstance(result, ConnectionError) for result in results)
    assert lookup.in_flight == 0 and not lookup.waiting
    failing = False
    assert all(await asyncio.gather(*(viewer_of(state, token) for token in tokens)))
    with pytest.raises(ConnectionError):
        failing = True
        await viewer_of(state, tokens[0])


async def test_a_cancelled_caller_does_not_disturb_its_batch(state):
    _, tokens = await _tokens(state, 8)
    lookup = state.callers.lookup
    tasks = [asyncio.create_task(viewer_of(state, token)) for token in tokens]
    await asyncio.sleep(0)  # every task is now running or waiting for a batch
    tasks[-1].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert isinstance(results[-1], asyncio.CancelledError)
    assert all(result is not None for result in results[:-1])
    assert lookup.in_flight == 0 and not lookup.waiting


async def test_sessions_per_user_are_capped_by_default(state):
    """P7 S5: without configuration a user keeps at most 100 sessions, the oldest evicted."""
    assert state.settings.max_sessions_per_user == 100
    bob = await register(state, email="bob@example.com", username="bob_builder")
    assert isinstance(bob, Authenticated)
    first = await _user(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        for _ in range(100):
            await sessions.issue_session(uow, state.settings, user, CLIENT)
        await uow.commit()
    async with state.unit_of_work() as uow:
        assert (
            await uow.session.execute(select(func.count()).select_from(AuthSession))
        ).scalar_one() == 101
        assert await viewer_of(state, first.token) is None
        assert await viewer_of(state, bob.token) is not None  # another user's: not counted


async def test_a_users_sessions_are_theirs_alone(make_state):
    """Listing, refreshing and ending every session touch one user's sessions only."""
    state = make_state(session_refresh_interval=timedelta(seconds=60))
    ada = await _user(state)
    bob = await register(state, email="bob@example.com", username="bob_builder")
    start = ada.session.created_at
    async with state.unit_of_work() as uow:
        listed = await sessions.list_sessions(uow, ada.user.id)
        assert [s.id for s in listed] == [ada.session.id]
    exactly = await viewer_of(state, ada.token, start + timedelta(seconds=60))
    assert exactly is not None and exactly.refreshed  # due once the interval has passed
    async with state.unit_of_work() as uow:
        assert await sessions.revoke_all(uow, ada.user.id) == 1
        await uow.commit()
    assert await viewer_of(state, ada.token) is None
    assert await viewer_of(state, bob.token) is not None
