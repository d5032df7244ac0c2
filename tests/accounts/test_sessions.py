"""Service layer: tokens, expiry, sliding refresh, the per-user cap and the purge."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from service.accounts import sessions, users
from service.accounts.clock import utcnow
from service.accounts.results import Authenticated
from service.db.models import AuthSession
from tests.accounts.support import CLIENT, register


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


async def test_only_the_digest_is_stored(state):
    registered = await _user(state)
    async with state.session_factory() as db:
        stored = (await db.execute(select(AuthSession.token_digest))).scalars().all()
    assert stored == [sessions.token_digest(registered.token)]


async def test_expired_tokens_are_refused(state):
    registered = await _user(state)
    async with state.session_factory() as db:
        assert await sessions.authenticate(db, state.settings, registered.token) is not None
        later = registered.session.expires_at + timedelta(seconds=1)
        assert await sessions.authenticate(db, state.settings, registered.token, later) is None


async def test_refresh_written_at_most_once_per_interval(make_state):
    state = make_state(session_refresh_interval=timedelta(seconds=60))
    registered = await _user(state)
    start = registered.session.created_at
    async with state.session_factory() as db:
        soon = await sessions.authenticate(
            db, state.settings, registered.token, start + timedelta(seconds=59)
        )
        assert soon is not None and not soon.refreshed
        assert soon.session.last_used_at == start
        later = start + timedelta(seconds=61)
        refreshed = await sessions.authenticate(db, state.settings, registered.token, later)
        assert refreshed is not None and refreshed.refreshed
        await db.commit()
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
    async with state.session_factory() as db:
        for minutes in (50, 100, 150):
            viewer = await sessions.authenticate(
                db, state.settings, registered.token, start + timedelta(minutes=minutes)
            )
            assert viewer is not None, minutes
        assert viewer.session.expires_at == start + timedelta(hours=3)
        # idle too long: an hour and a minute after the last use
        assert (
            await sessions.authenticate(
                db, state.settings, registered.token, start + timedelta(minutes=211)
            )
            is None
        )
        assert (
            await sessions.authenticate(
                db, state.settings, registered.token, start + timedelta(hours=3, seconds=1)
            )
            is None
        )


async def test_max_sessions_per_user_evicts_the_oldest(make_state):
    state = make_state(max_sessions_per_user=2)
    first = await _user(state)
    tokens = [first.token]
    for _ in range(2):
        async with state.session_factory() as db:
            user = await users.find_user(db, "ada_lovelace")
            token, _session = await sessions.issue_session(db, state.settings, user, CLIENT)
            await db.commit()
        tokens.append(token)
    async with state.session_factory() as db:
        alive = [await sessions.authenticate(db, state.settings, t) is not None for t in tokens]
        assert (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one() == 2
    assert alive == [False, True, True]


async def test_purge_deletes_only_expired(state):
    registered = await _user(state)
    async with state.session_factory() as db:
        user = await users.find_user(db, "ada_lovelace")
        past = utcnow() - timedelta(days=60)
        await sessions.issue_session(db, state.settings, user, CLIENT, now=past)
        await db.commit()
    async with state.session_factory() as db:
        assert await sessions.purge_expired(db) == 1
        await db.commit()
    async with state.session_factory() as db:
        assert await sessions.authenticate(db, state.settings, registered.token) is not None
        assert await sessions.purge_expired(db) == 0


async def test_list_sessions_excludes_expired(state):
    registered = await _user(state)
    async with state.session_factory() as db:
        user = await users.find_user(db, "ada_lovelace")
        await sessions.issue_session(
            db, state.settings, user, CLIENT, now=utcnow() - timedelta(days=60)
        )
        await db.commit()
        listed = await sessions.list_sessions(db, user.id)
    assert [s.id for s in listed] == [registered.session.id]


async def test_driver_fast_path_matches_the_orm_path(state):
    """The hot-path lookup (driver connection, SQLAlchemy's processors) sees what Core sees."""
    from service.accounts.sessions import VIEWER_QUERY, lookup_viewer
    from service.db.lookup import RowLookup

    registered = await _user(state)
    lookup = RowLookup(state.read_engine, VIEWER_QUERY)
    assert lookup.driver in {"aiosqlite", "asyncpg"}
    fast = await lookup_viewer(lookup, registered.token)
    async with state.session_factory() as db:
        slow = await sessions.find_viewer(db, registered.token)
    assert fast is not None and fast == slow
    assert fast.user.id == registered.user.id and fast.session.id == registered.session.id
    assert fast.session.expires_at.tzinfo is not None
    assert await lookup_viewer(lookup, "acct_" + "x" * 43) is None
    later = registered.session.expires_at + timedelta(seconds=1)
    assert await lookup_viewer(lookup, registered.token, later) is None
