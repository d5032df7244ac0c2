"""A privileged operation and a revocation that race: once the operation found its session
privileged, a revocation waits for the operation to commit (and then ends the session and
names what the operation added), on SQLite as on PostgreSQL; two removals of an account's
last ways in, run at once, leave one."""

from __future__ import annotations

import asyncio
import json

from service.accounts.outcomes import ValidationFailed
from service.accounts.passkeys import removal
from service.accounts.passkeys.outcomes import PasskeyRemoved
from service.accounts.sessions import logouts
from service.accounts.signin.step_up import require_privilege
from service.clock import utcnow
from service.db.models import AuthSession, Passkey, User
from tests.accounts.passkeys.test_passkeys import account, add_passkey, passkeys_of
from tests.accounts.support import CLIENT
from tests.helpers import queued_mail
from tests.soft_authenticator import SoftAuthenticator


async def _log_out_everywhere(state, viewer):
    async with state.unit_of_work() as uow:
        await logouts.logout_everywhere(uow, viewer, CLIENT)


async def test_a_revocation_waits_for_the_privileged_change_it_races(state):
    viewer = await account(state)
    async with state.unit_of_work() as uow:
        user = await uow.session.get(User, viewer.user.id)
        assert await require_privilege(uow, state.services, viewer, user, CLIENT) is None
        racing = asyncio.create_task(_log_out_everywhere(state, viewer))
        await asyncio.sleep(0.5)
        assert not racing.done()  # the session was found privileged: the revocation waits
        uow.session.add(
            Passkey(
                user_id=viewer.user.id,
                credential_id="raced",
                public_key=b"key",
                name="Raced",
                created_at=utcnow(),
            )
        )
    await racing
    async with state.session_factory() as db:
        assert await db.get(AuthSession, viewer.session.id) is None  # ended after the change
    [notice] = await queued_mail(state, "ada@example.com", "signed_out_everywhere")
    assert "Passkey: Raced" in json.loads(notice.data)["ways_in"]


async def test_two_removals_at_once_never_take_the_last_way_in(state):
    viewer = await account(state)
    first = await add_passkey(state, viewer, SoftAuthenticator())
    second = await add_passkey(state, viewer, SoftAuthenticator())
    async with state.session_factory() as db:  # an account without a password, signed in
        user = await db.get(User, viewer.user.id)  # with a passkey
        user.password_hash = None
        session = await db.get(AuthSession, viewer.session.id)
        session.methods = "PASSKEY"
        await db.commit()

    async def remove(passkey):
        async with state.unit_of_work() as uow:
            return await removal.remove_passkey(
                uow, state.services, viewer, str(passkey.id), CLIENT
            )

    outcomes = await asyncio.gather(remove(first), remove(second))
    assert any(isinstance(o, PasskeyRemoved) for o in outcomes)
    assert any(isinstance(o, ValidationFailed) for o in outcomes)
    assert len(await passkeys_of(state, viewer.user.id)) == 1
