"""A signed-in caller's new password at its edges: what each refusal says, what the new
password must not resemble, the row's version, the notice, and a race with another change."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from types import SimpleNamespace

from sqlalchemy import select, update

from service.accounts.outcomes import (
    Authenticated,
    InvalidCredentials,
    ReauthenticationRequired,
    ValidationFailed,
)
from service.accounts.passwords.rules import NewPassword
from service.accounts.signin import password_change
from service.accounts.two_factor import recovery_codes
from service.clock import utcnow
from service.db.models import SecurityEvent, User
from tests.accounts.signin.test_password_login import NEW_PASSWORD
from tests.accounts.support import CLIENT, prove_session, register, viewer_of
from tests.conftest import PASSWORD
from tests.helpers import queued_mail

OTHER_PASSWORD = "Meridian-Cobalt-Fathom-58"


async def _signed_in(state, **overrides):
    registered = await register(state, **overrides)
    assert isinstance(registered, Authenticated)
    return registered, await viewer_of(state, registered.token)


async def _set_password(state, viewer, password, confirmation=None):
    new = NewPassword(password, password if confirmation is None else confirmation)
    async with state.unit_of_work() as uow:
        result = await password_change.set_password(uow, state.services, viewer, new, CLIENT)
        await uow.commit()
    return result


async def _change(state, viewer, new, code=None, current=PASSWORD):
    change = password_change.PasswordChange(current, new, new, code)
    async with state.unit_of_work() as uow:
        result = await password_change.change_password(uow, state.services, viewer, change, CLIENT)
        await uow.commit()
    return result


def _fields(outcome):
    assert isinstance(outcome, ValidationFailed), outcome
    return [(e.field, e.code) for e in outcome.fields]


async def _row(state, user_id) -> User:
    async with state.session_factory() as db:
        return await db.get(User, user_id)


async def test_set_password_for_an_account_gone_asks_for_no_password(state):
    """The caller's account no longer exists: nothing is set, and the answer asks for no
    password and names no factor (there is no account to prove)."""
    _, viewer = await _signed_in(state)
    gone = SimpleNamespace(user=SimpleNamespace(id=uuid.uuid4()), session=viewer.session)
    assert await _set_password(state, gone, NEW_PASSWORD) == ReauthenticationRequired(
        methods=[], password_required=False
    )


async def test_set_password_names_each_broken_rule_under_its_input(state):
    _, viewer = await _signed_in(state)
    await prove_session(state, viewer, "PASSWORD")
    assert _fields(await _set_password(state, viewer, "short")) == [
        ("newPassword", "too_short"),
        ("newPassword", "missing_uppercase"),
        ("newPassword", "missing_digit"),
    ]
    mismatch = await _set_password(state, viewer, NEW_PASSWORD, NEW_PASSWORD + "x")
    assert _fields(mismatch) == [("newPasswordConfirmation", "mismatch")]


async def test_a_password_must_not_resemble_the_owners_names_or_address(state):
    """Each of the account's first name, last name and address counts: a password built on
    one is refused, under the new password's input; a change with none of them goes through."""
    _, viewer = await _signed_in(
        state,
        email="countess.zorbulax@example.com",
        first_name="Quintessimarvex",
        last_name="Brobdingvaxtul",
    )
    refused = {
        "Quintessimarvex1": "too_guessable",  # the first name and a digit
        "Brobdingvaxtul1": "too_guessable",  # the last name and a digit
        "Countess.zorbulax@example1": "too_similar",  # the address
    }
    for password, code in refused.items():
        assert _fields(await _change(state, viewer, password)) == [("newPassword", code)], password
    assert isinstance(await _change(state, viewer, NEW_PASSWORD), Authenticated)


async def test_a_password_change_counts_one_write_and_lists_the_ways_in(state):
    registered, viewer = await _signed_in(state)
    before = (await _row(state, viewer.user.id)).version
    assert isinstance(await _change(state, viewer, NEW_PASSWORD), Authenticated)
    assert (await _row(state, viewer.user.id)).version == before + 1
    [notice] = await queued_mail(state, registered.user.email, "password_changed")
    assert json.loads(notice.data)["ways_in"] == "Password"


async def test_a_privileged_two_factor_session_keeps_its_second_factor_through_a_change(state):
    from tests.accounts.two_factor.test_two_factor import enabled_account

    viewer, _ = await enabled_account(state)  # its session proved PASSWORD and TOTP just now
    done = await _change(state, viewer, NEW_PASSWORD)
    assert isinstance(done, Authenticated), done
    assert done.session.methods == "PASSWORD,TOTP"


async def test_a_recovery_code_spent_on_a_change_is_recorded_from_the_changing_client(state):
    from tests.accounts.two_factor.test_two_factor import enabled_account

    viewer, _ = await enabled_account(state)
    await prove_session(state, viewer, "PASSWORD", "TOTP", at=utcnow() - timedelta(hours=1))
    async with state.unit_of_work() as uow:
        codes = await recovery_codes.replace(uow, state.services, viewer.user.id, utcnow())
        await uow.commit()
    done = await _change(state, viewer, NEW_PASSWORD, code=codes[0])
    assert isinstance(done, Authenticated), done
    async with state.session_factory() as db:
        used = select(SecurityEvent.ip_address).where(SecurityEvent.kind == "RECOVERY_CODE_USED")
        assert (await db.execute(used)).scalars().all() == [CLIENT.ip_address]


async def _another_change_meanwhile(state, monkeypatch, user_id, run):
    """Runs ``run`` as if another request had set another password (a new hash and a new
    version) after ``run`` read the account and before it writes."""
    other_hash = await state.services.passwords.hash(OTHER_PASSWORD)
    real = password_change.compare_and_set

    async def after_another_change(uow, user, proof, decide):
        await uow.session.execute(
            update(User)
            .where(User.id == user_id)
            .values(password_hash=other_hash, version=User.version + 1)
            .execution_options(synchronize_session=False)
        )
        return await real(uow, user, proof, decide)

    monkeypatch.setattr(password_change, "compare_and_set", after_another_change)
    return await run(), other_hash


async def test_set_password_loses_to_a_password_set_meanwhile(state, monkeypatch):
    """The password the session was privileged for changed under it: nothing is written, and
    the caller is asked to prove itself again, with the password it now has."""
    _, viewer = await _signed_in(state)
    await prove_session(state, viewer, "PASSWORD")
    outcome, other_hash = await _another_change_meanwhile(
        state, monkeypatch, viewer.user.id, lambda: _set_password(state, viewer, NEW_PASSWORD)
    )
    assert outcome == ReauthenticationRequired(methods=[], password_required=True)
    assert (await _row(state, viewer.user.id)).password_hash == other_hash


async def test_a_password_change_loses_to_a_password_set_meanwhile(state, monkeypatch):
    _, viewer = await _signed_in(state)
    outcome, other_hash = await _another_change_meanwhile(
        state, monkeypatch, viewer.user.id, lambda: _change(state, viewer, NEW_PASSWORD)
    )
    assert outcome == InvalidCredentials()
    assert (await _row(state, viewer.user.id)).password_hash == other_hash


async def test_a_current_password_of_the_maximum_length_is_checked_like_any_other(state):
    """1024 characters are a password like any other: the account's own is accepted as the
    current one, and one character more is refused."""
    import random
    import string

    pick = random.Random(1024).choice
    longest = "".join(pick(string.ascii_letters + string.digits) for _ in range(1024))
    _, viewer = await _signed_in(state, password=longest, password_confirmation=longest)
    too_long = await _change(state, viewer, NEW_PASSWORD, current=longest + "x")
    assert isinstance(too_long, InvalidCredentials), too_long
    assert isinstance(await _change(state, viewer, NEW_PASSWORD, current=longest), Authenticated)
