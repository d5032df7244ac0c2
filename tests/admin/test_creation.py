"""Accounts staff create, at the service: what a duplicate costs, what a lost race answers, and
what is recorded of a new account."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select
from sqlmodel import col

from service.accounts.admin import creation
from service.accounts.admin.creation import NewAccount, create_user
from service.accounts.admin.outcomes import UserActionDone
from service.accounts.admin.staff import operator
from service.accounts.outcomes import Rejected, UserAlreadyExists, ValidationFailed
from service.db.models import SecurityEvent, User
from service.state import AppState


async def _create(state: AppState, **given: Any) -> Any:
    values = {
        "email": "first.one@example.com",
        "username": "first_one",
        "first_name": "Ada",
        "last_name": "Smith",
        **given,
    }
    async with state.unit_of_work() as uow:
        outcome = await create_user(
            uow, state.services, operator("ops"), NewAccount(**values), None
        )
        await uow.commit()
        return outcome


async def test_a_duplicate_is_refused_before_its_password_is_hashed(
    state: AppState, monkeypatch: pytest.MonkeyPatch
):
    """A taken email or username is found by a read: no argon2 hash is spent on an account
    that cannot be created."""
    assert isinstance(await _create(state, password="Quixotic-Lantern-77"), UserActionDone)

    async def no_hash(password: str) -> str:
        raise AssertionError("a duplicate's password was hashed")

    monkeypatch.setattr(state.services.passwords, "hash", no_hash)
    for given, fields in (
        ({"email": "First.One@example.com", "username": "someone_else"}, ["email"]),
        ({"email": "someone.else@example.com", "username": "FIRST_ONE"}, ["username"]),
    ):
        taken = await _create(state, password="Quixotic-Lantern-77", **given)
        assert isinstance(taken, UserAlreadyExists), given
        assert taken.fields == fields


async def test_a_duplicate_that_wins_the_race_after_the_read_is_still_named(
    state: AppState, monkeypatch: pytest.MonkeyPatch
):
    """Created by another request between the read and the write: the unique constraint
    refuses it, the unit of work is undone, and the answer names the field taken."""
    assert isinstance(await _create(state), UserActionDone)

    async def nothing_taken(*_: Any, **__: Any) -> list[Any]:
        return []

    monkeypatch.setattr(creation, "find_conflicts", nothing_taken)
    with pytest.raises(Rejected) as raised:
        await _create(state, username="another_one")
    outcome = raised.value.outcome
    assert isinstance(outcome, UserAlreadyExists)
    assert outcome.fields == ["email"]
    async with state.unit_of_work() as uow:
        count = len(list((await uow.session.execute(select(User))).scalars()))
    assert count == 1


async def test_a_new_account_is_registered_at_the_moment_it_joined(state: AppState):
    done = await _create(state)
    assert isinstance(done, UserActionDone) and done.user is not None
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, done.user.id)
        events = list(
            (
                await uow.session.execute(
                    select(SecurityEvent).where(col(SecurityEvent.user_id) == done.user.id)
                )
            ).scalars()
        )
    assert user is not None and user.status == "ACTIVE"
    assert [(e.kind, e.at) for e in events] == [("REGISTERED", user.date_joined)]


async def test_a_password_like_any_one_of_the_names_is_refused_and_only_then(state: AppState):
    """Each name on its own makes the password refused; the same password passes for an account
    named otherwise."""
    for name, value, password in (
        ("username", "zephyrion_q", "Zephyrion_Q#42"),
        ("email", "xanthippe.q@example.com", "Xanthippe.Q@example.com!9"),
        ("first_name", "Quorvexilian", "Quorvexilian#42"),
        ("last_name", "Brontolomew", "Brontolomew#42"),
    ):
        refused = await _create(state, password=password, **{name: value})
        assert isinstance(refused, ValidationFailed), name
        assert [e.field for e in refused.fields] == ["password"], name
        assert [e.code for e in refused.fields] != ["missing_uppercase"], name
        made = await _create(
            state,
            password=password,
            email=f"{name}.other@example.com",
            username=f"{name}_other",
        )
        assert isinstance(made, UserActionDone), (name, made)
