"""The unit of work: hooks tied to how its transaction ends, and reads committed before hashing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from service.db.models import User
from service.db.unit_of_work import UnitOfWork
from tests.accounts.support import register


async def test_after_commit_hooks_run_only_after_a_commit(state):
    ran: list[str] = []

    async def hook(name: str) -> None:
        ran.append(name)

    async with state.unit_of_work() as uow:
        uow.after_commit(lambda: hook("committed"))
        uow.on_rollback(lambda: hook("rolled back"))
    assert ran == ["committed"]
    ran.clear()
    with pytest.raises(RuntimeError):
        async with state.unit_of_work() as uow:
            uow.after_commit(lambda: hook("committed"))
            uow.on_rollback(lambda: hook("rolled back"))
            raise RuntimeError("the service call failed")
    assert ran == ["rolled back"]


async def test_hooks_run_once_and_a_failing_hook_is_only_logged(state, caplog):
    ran: list[str] = []

    async def broken() -> None:
        raise OSError("disk gone")

    async def fine() -> None:
        ran.append("fine")

    async with state.session_factory() as session:
        uow = UnitOfWork(session)
        uow.after_commit(broken)
        uow.after_commit(fine)
        await uow.commit()
        await uow.commit()  # a second unit of work on the same session: nothing left to run
    assert ran == ["fine"]
    (record,) = [r for r in caplog.records if r.exc_info]
    assert record.getMessage() == "cleanup after a unit of work failed"
    assert isinstance(record.exc_info[1], OSError)  # with the failure's trace


async def test_commit_reads_never_commits_a_pending_write(state):
    await register(state)
    async with state.session_factory() as session:
        uow = UnitOfWork(session)
        await session.execute(select(func.count()).select_from(User))
        await uow.commit_reads()
        assert not session.in_transaction()
        user = (await session.execute(select(User))).scalar_one()
        user.bio = "written"
        await uow.commit_reads()  # a pending change: nothing is committed
        await uow.rollback()
    async with state.session_factory() as session:
        assert (await session.execute(select(User.bio))).scalar_one() == ""


async def test_no_transaction_is_held_while_a_password_is_hashed(state, monkeypatch):
    """A login reads the user, then lets the connection go before argon2 runs: a flood of
    logins must not hold every pooled connection (and a PostgreSQL transaction) for the
    length of a hash."""
    from service.accounts.signin import password_login as auth
    from service.accounts.values import ClientInfo
    from tests.accounts.support import register
    from tests.conftest import PASSWORD

    await register(state)
    seen = []
    passwords = state.services.passwords
    verify = passwords.verify

    async def watching(digest, password):
        seen.append((current.session.in_transaction(), state.engine.pool.checkedout()))
        return await verify(digest, password)

    monkeypatch.setattr(passwords, "verify", watching)
    async with state.unit_of_work() as current:
        result = await auth.login(
            current, state.services, "ada_lovelace", PASSWORD, ClientInfo("203.0.113.1")
        )
        await current.commit()
    assert type(result).__name__ == "Authenticated"
    assert seen == [(False, 0)]
