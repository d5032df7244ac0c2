"""Passkey challenges in the service layer: single use under concurrency, bound, short-lived."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from service.accounts.passkeys import challenges as passkey_challenges
from service.clock import utcnow
from service.db.models import PasskeyChallengeKind as Kind
from tests.accounts.support import register


async def _issue(state, kind=Kind.LOGIN, user_id=None, now=None):
    async with state.unit_of_work() as uow:
        return await passkey_challenges.issue(uow, state.settings, kind, user_id, now)


async def _consume(state, challenge_id, kinds=(Kind.LOGIN,), **options):
    async with state.unit_of_work() as uow:
        consumed = await passkey_challenges.consume(uow, challenge_id, kinds, **options)
        await asyncio.sleep(0.05)  # hold the transaction open while the others try
        return consumed


async def test_of_concurrent_consumers_exactly_one_gets_the_challenge(state):
    issued = await _issue(state)
    results = await asyncio.gather(*(_consume(state, issued.id) for _ in range(6)))
    winners = [r for r in results if r is not None]
    assert len(winners) == 1
    assert winners[0].challenge == issued.challenge and winners[0].kind == Kind.LOGIN
    assert await _consume(state, issued.id) is None


async def test_a_challenge_answers_only_its_kind_and_account(state):
    outcome = await register(state)
    user_id = outcome.user.id
    issued = await _issue(state, Kind.REGISTRATION, user_id)
    assert await _consume(state, issued.id) is None  # a login may not use it
    other = (await register(state, email="bob@example.com", username="bob_builder")).user.id
    assert await _consume(state, issued.id, (Kind.REGISTRATION,), user_id=other) is None
    mine = await _consume(state, issued.id, (Kind.REGISTRATION,), user_id=user_id)
    assert mine is not None and mine.user_id == user_id


async def test_expired_challenges_are_refused_and_purged(state):
    old = await _issue(state, now=utcnow() - timedelta(minutes=5, seconds=1))
    live = await _issue(state)
    assert await _consume(state, old.id) is None
    async with state.unit_of_work() as uow:
        assert await passkey_challenges.purge_expired(uow) == 1
    assert (await _consume(state, live.id)) is not None
    assert live.expires_at - utcnow() <= timedelta(minutes=5)
