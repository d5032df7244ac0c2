"""Service layer: registration and profile updates, on both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from service.accounts.outcomes import (
    Authenticated,
    FieldError,
    InvalidCredentials,
    ReauthenticationRequired,
    Rejected,
    Updated,
    UserAlreadyExists,
    ValidationFailed,
)
from service.accounts.profile import registration as registering
from service.accounts.profile import updates as profile
from service.accounts.profile import users
from service.clock import utcnow
from service.db.models import AccountStatus, AuthSession, User
from tests.accounts.support import CLIENT, prove_session, register, registration, viewer_of
from tests.conftest import PASSWORD
from tests.helpers import last_code


async def test_register_stores_normalized_columns_and_hash(state):
    result = await register(state, email="Ada@EXAMPLE.com", username="ＡＤＡ_lovelace")
    assert isinstance(result, Authenticated)
    async with state.session_factory() as db:
        user = (await db.execute(select(User))).scalar_one()
    assert user.email == "Ada@example.com"
    assert user.email_normalized == "ada@example.com"
    assert user.username == "ADA_lovelace"
    assert user.username_normalized == "ada_lovelace"
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert user.date_joined.tzinfo is not None
    assert result.session.ip_address == "203.0.113.9"
    assert result.session.user_agent == "unit-test"


async def test_a_new_account_is_registered_and_signed_in_at_the_moment_it_joined(state):
    """The REGISTERED event, the sign-in and the first session all carry the account's
    ``date_joined``."""
    from service.db.models import SecurityEvent

    result = await register(state)
    assert isinstance(result, Authenticated)
    async with state.session_factory() as db:
        user = (await db.execute(select(User))).scalar_one()
        [event] = (await db.execute(select(SecurityEvent))).scalars().all()
        [session] = (await db.execute(select(AuthSession))).scalars().all()
    assert event.kind == "REGISTERED" and event.at == user.date_joined
    assert session.created_at == user.date_joined == user.last_login


async def test_hidden_registrations_are_paced_by_the_time_new_accounts_take(make_state):
    """With taken emails hidden, a new account's registration records how long it took
    (``register_user``); a taken email's answer records nothing and waits for that time."""
    state = make_state(hide_registered_emails=True)
    assert type(await register(state)).__name__ == "VerificationRequired"
    recorded = state.services.pacer.samples("register_user")
    assert len(recorded) == 1 and 0 < recorded[0] < 60
    assert type(await register(state, username="someone_else")).__name__ == ("VerificationRequired")
    assert state.services.pacer.samples("register_user") == recorded
    assert state.services.pacer.samples("REGISTER_USER") == []


async def test_a_hidden_taken_email_waits_as_long_as_a_new_account_takes(make_state, monkeypatch):
    from service.accounts.email import pacing

    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    state = make_state(hide_registered_emails=True)
    assert type(await register(state)).__name__ == "VerificationRequired"
    state.services.pacer.seed("register_user", [0.5])
    monkeypatch.setattr(pacing.asyncio, "sleep", sleep)
    assert type(await register(state, username="someone_else")).__name__ == ("VerificationRequired")
    assert len(waits) == 1 and 0 < waits[0] <= 0.5


async def test_an_image_that_is_not_a_file_is_refused():
    """What ``Upload`` hands over must be readable and seekable: anything else is refused
    before a byte is read."""

    class ReadOnly:
        def read(self, size: int = -1) -> bytes:
            return b""

    class SeekOnly:
        def seek(self, offset: int) -> int:
            return 0

    for upload in (ReadOnly(), SeekOnly(), b"bytes"):
        image, errors = await registering.check_image(upload, None)  # type: ignore[arg-type]
        assert image is None and errors == [
            FieldError(
                "image", "not_a_file", "Send the image as a file in a GraphQL multipart request."
            )
        ], upload


@pytest.mark.parametrize(
    ("first_name", "last_name", "password"),
    # each resembles one name only: the first, then the last
    [("Xanthippe", "Smith", "Xanthippe#42"), ("Ada", "Quorvexil", "Quorvexil#42")],
)
async def test_a_password_may_not_resemble_the_new_accounts_names(
    state, first_name, last_name, password
):
    refused = await register(
        state,
        first_name=first_name,
        last_name=last_name,
        password=password,
        password_confirmation=password,
    )
    assert isinstance(refused, ValidationFailed), refused
    assert [e.field for e in refused.fields] == ["password"]


async def test_a_password_may_not_resemble_the_new_accounts_address(state):
    password = "xanthippe.q@example.com!9Zz"
    refused = await register(
        state,
        email="xanthippe.q@example.com",
        username="someone_else",
        password=password,
        password_confirmation=password,
    )
    assert isinstance(refused, ValidationFailed), refused
    assert [e.field for e in refused.fields] == ["password"]


async def test_what_a_new_account_is_given_when_the_registration_leaves_it_out(state):
    assert isinstance(await register(state, contact=None, bio=None, locale=None), Authenticated)
    async with state.session_factory() as db:
        user = (await db.execute(select(User))).scalar_one()
    assert (user.contact, user.bio, user.locale, user.status) == ("", "", "en", "ACTIVE")


async def test_hidden_emails_report_a_taken_username_alone_beside_a_taken_email(make_state):
    state = make_state(hide_registered_emails=True)
    assert type(await register(state)).__name__ == "VerificationRequired"
    assert await register(state) == UserAlreadyExists(["username"])


async def test_a_new_account_can_only_be_active(state):
    refused = await register(state, status=AccountStatus.SUSPENDED)
    assert refused == ValidationFailed(
        [FieldError("status", "not_allowed", "New accounts can only be created ACTIVE.")]
    )


async def test_each_client_address_has_its_own_registration_budget(make_state):
    import io
    from dataclasses import replace

    from tests import images

    state = make_state(rate_limit_enabled=True, rate_limit_register_per_ip="2/hour")
    other = replace(CLIENT, ip_address="198.51.100.77")
    for n in range(2):
        assert isinstance(
            await register(state, email=f"a{n}@example.com", username=f"a{n}_user"), Authenticated
        )
    assert type(await register(state, email="a3@example.com", username="a3_user")).__name__ == (
        "RateLimited"
    )
    async with state.unit_of_work() as uow:
        data = registration(email="b@example.com", username="b_user_1")
        outcome = await registering.register_user(uow, state.services, data, other)
    assert isinstance(outcome, Authenticated), outcome
    # with an image (counted before it is decoded) too
    async with state.unit_of_work() as uow:
        data = registration(
            email="c@example.com", username="c_user_1", image=io.BytesIO(images.png())
        )
        outcome = await registering.register_user(uow, state.services, data, other)
    assert isinstance(outcome, Authenticated), outcome
    async with state.unit_of_work() as uow:
        data = registration(
            email="d@example.com", username="d_user_1", image=io.BytesIO(images.png())
        )
        outcome = await registering.register_user(uow, state.services, data, other)
    assert type(outcome).__name__ == "RateLimited"


async def test_unique_constraint_race_is_a_clean_duplicate(state, monkeypatch):
    """The pre-check can lose a race; the database constraint still decides."""
    assert isinstance(await register(state), Authenticated)

    async def no_conflicts(*args, **kwargs):
        return []

    monkeypatch.setattr(registering, "find_conflicts", no_conflicts)
    for overrides, field in (
        ({"username": "someone_else"}, "email"),
        ({"email": "x@example.com"}, "username"),
    ):
        async with state.unit_of_work() as uow:
            with pytest.raises(Rejected) as caught:
                await registering.register_user(
                    uow, state.services, registration(**overrides), CLIENT
                )
            await uow.rollback()
        assert caught.value.outcome == UserAlreadyExists([field])
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 1
        assert (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one() == 1


async def _user(state, db):
    return (await db.execute(select(User))).scalar_one()


async def test_update_profile_fields(state):
    registered = await register(state)
    async with state.unit_of_work() as uow:
        viewer = await viewer_of(state, registered.token)
        result = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(
                username="Countess.Ada", bio=" Analyst ", contact="+44 20", first_name="Augusta"
            ),
            CLIENT,
        )
        await uow.commit()
    assert isinstance(result, Updated)
    assert (result.user.username, result.user.bio, result.user.contact, result.user.first_name) == (
        "Countess.Ada",
        "Analyst",
        "+44 20",
        "Augusta",
    )
    assert result.user.username_normalized == "countess.ada"


async def test_an_email_change_needs_a_privileged_session_or_the_password(state):
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    await prove_session(state, viewer, "PASSWORD", at=utcnow() - timedelta(hours=1))
    async with state.unit_of_work() as uow:
        missing = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(email="new@example.com"),
            CLIENT,
        )
        wrong = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(email="new@example.com", current_password="Nope-1234"),
            CLIENT,
        )
        same_email_other_case = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(email="ADA@example.com"),
            CLIENT,
        )
        same_email = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(email=" ada@EXAMPLE.com "),
            CLIENT,
        )
        ok = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(email="new@example.com", current_password=PASSWORD),
            CLIENT,
        )
        await uow.commit()
    needed = ReauthenticationRequired(methods=[], password_required=True)
    assert missing == needed
    assert isinstance(wrong, InvalidCredentials)
    # another spelling of the local part may be another mailbox: it is privileged too
    assert same_email_other_case == needed
    assert isinstance(same_email, Updated)
    # the email changes once the code sent to the new address comes back
    assert isinstance(ok, Updated) and ok.user.email_normalized == "ada@example.com"
    assert ok.user.pending_email == "new@example.com"


async def test_update_to_taken_username_or_email(state):
    await register(state)
    bob = await register(state, email="bob@example.com", username="bob_builder")
    async with state.unit_of_work() as uow:
        bob_viewer = await viewer_of(state, bob.token)
        taken = await profile.update_user(
            uow,
            state.services,
            bob_viewer,
            profile.ProfileChanges(
                username="ADA_LOVELACE", email="ada@example.com", current_password=PASSWORD
            ),
            CLIENT,
        )
        own_name_recased = await profile.update_user(
            uow,
            state.services,
            bob_viewer,
            profile.ProfileChanges(username="Bob_Builder"),
            CLIENT,
        )
        await uow.commit()
    assert taken == UserAlreadyExists(["email", "username"])
    assert isinstance(own_name_recased, Updated)


async def test_deactivate_revokes_sessions_and_suspended_is_refused(state):
    registered = await register(state)
    async with state.unit_of_work() as uow:
        viewer = await viewer_of(state, registered.token)
        refused = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(status=AccountStatus.SUSPENDED),
            CLIENT,
        )
        done = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(status=AccountStatus.DEACTIVATED),
            CLIENT,
        )
        await uow.commit()
    assert isinstance(refused, ValidationFailed)
    assert [(e.field, e.code) for e in refused.fields] == [("status", "not_allowed")]
    assert isinstance(done, Updated) and done.user.status == AccountStatus.DEACTIVATED
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one() == 0


async def test_set_status_suspends_and_revokes(state):
    await register(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ADA@example.com")
        assert user is not None
        revoked = await users.set_status(uow, user, AccountStatus.SUSPENDED)
        await uow.commit()
    assert revoked == 1
    async with state.unit_of_work() as uow:
        assert (await users.find_user(uow, "ada_lovelace")).status == "SUSPENDED"
        assert await users.find_user(uow, "nobody_at_all") is None


async def test_email_equal_only_after_case_folding_needs_the_password(state):
    """P7 #13: `\u017fam@` (long s) folds to `sam@` but is another mailbox."""
    registered = await register(state, email="sam@example.com")
    long_s = "\u017fam@example.com"
    viewer = await viewer_of(state, registered.token)
    await prove_session(state, viewer, "PASSWORD", at=utcnow() - timedelta(hours=1))
    async with state.unit_of_work() as uow:
        without = await profile.update_user(
            uow, state.services, viewer, profile.ProfileChanges(email=long_s), CLIENT
        )
        await uow.commit()
    assert without == ReauthenticationRequired(methods=[], password_required=True)
    async with state.unit_of_work() as uow:
        stored = (await uow.session.execute(select(User.email))).scalar_one()
        viewer = await viewer_of(state, registered.token)
        with_password = await profile.update_user(
            uow,
            state.services,
            viewer,
            profile.ProfileChanges(email=long_s, current_password=PASSWORD),
            CLIENT,
        )
        await uow.commit()
    assert stored == "sam@example.com"
    assert isinstance(with_password, Updated) and with_password.user.pending_email == long_s


async def test_create_user_inserts_an_unverified_account_without_a_session(state):
    """What ``accounts users create`` calls: the account as registration makes it, no session."""
    async with state.unit_of_work() as uow:
        user = await registering.create_user(
            uow, state.services, registration(email="Ada@EXAMPLE.com"), CLIENT
        )
        await uow.commit()
    assert isinstance(user, User)
    assert (user.email, user.email_normalized) == ("Ada@example.com", "ada@example.com")
    assert (user.username, user.status, user.email_verified) == (
        "ada_lovelace",
        AccountStatus.ACTIVE,
        False,
    )
    assert user.password_hash.startswith("$argon2id$")
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one() == 0
        stored = (await db.execute(select(User))).scalar_one()
    assert stored.id == user.id and stored.locale == "en"


async def test_create_user_reports_taken_fields_and_invalid_input_and_writes_nothing(state):
    assert isinstance(await register(state), Authenticated)
    for overrides, expected in (
        ({}, UserAlreadyExists(["email", "username"])),
        ({"username": "someone_else"}, UserAlreadyExists(["email"])),
        ({"email": "x@example.com"}, UserAlreadyExists(["username"])),
    ):
        async with state.unit_of_work() as uow:
            assert (
                await registering.create_user(
                    uow, state.services, registration(**overrides), CLIENT
                )
                == expected
            )
    async with state.unit_of_work() as uow:
        invalid = await registering.create_user(
            uow,
            state.services,
            registration(email="x@example.com", username="x", password_confirmation="other"),
            CLIENT,
        )
    assert isinstance(invalid, ValidationFailed)
    assert {e.field for e in invalid.fields} >= {"username", "passwordConfirmation"}
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 1


async def _created_at(state, name, joined):
    """An account made by ``create_user`` (as ``accounts users create`` does), joined then."""
    async with state.unit_of_work() as uow:
        created = await registering.create_user(
            uow, state.services, registration(email=f"{name}@example.com", username=name), CLIENT
        )
        assert isinstance(created, User)
        await uow.commit()
    async with state.session_factory() as db:
        created.date_joined = joined
        await db.merge(created)
        await db.commit()


async def test_list_users_pages_in_the_order_accounts_joined(state):
    names = ["carol_c", "alice_aa", "bob_bbb", "dave_dd"]
    start = utcnow()
    for index, name in enumerate(names):  # joined one after another, a second apart
        await _created_at(state, name, start + timedelta(seconds=index))
    async with state.unit_of_work() as uow:
        everyone = await users.list_users(uow)
        first_two = await users.list_users(uow, limit=2)
        after_one = await users.list_users(uow, limit=2, offset=1)
        beyond = await users.list_users(uow, limit=5, offset=4)
    assert [u.username for u in everyone] == names
    assert [u.username for u in first_two] == names[:2]
    assert [u.username for u in after_one] == names[1:3]
    assert beyond == []


async def test_list_users_orders_accounts_that_joined_together_by_username(state):
    now = utcnow()
    for name in ("zed_zzz", "Amy_aaa", "mia_mmm"):
        await _created_at(state, name, now)
    async with state.unit_of_work() as uow:
        assert [u.username for u in await users.list_users(uow)] == [
            "Amy_aaa",
            "mia_mmm",
            "zed_zzz",
        ]


async def test_a_hidden_taken_email_lost_to_a_race_answers_as_a_new_registration(
    make_state, monkeypatch
):
    """With taken emails hidden, a registration whose pre-check missed the email's owner (a
    concurrent registration won) hits the unique constraint: it answers as a new account
    would, with the code's lifetime and a fresh handle, and writes nothing."""
    state = make_state(hide_registered_emails=True)
    assert type(await register(state)).__name__ == "VerificationRequired"

    async def no_conflicts(*args, **kwargs):
        return []

    monkeypatch.setattr(registering, "find_conflicts", no_conflicts)
    answers = []
    for _ in range(2):
        async with state.unit_of_work() as uow:
            with pytest.raises(Rejected) as caught:
                await registering.register_user(
                    uow, state.services, registration(username="someone_else"), CLIENT
                )
            await uow.rollback()
        answers.append(caught.value.outcome)
    ttl = int(state.settings.code_ttl.total_seconds())
    for answer in answers:
        assert type(answer).__name__ == "VerificationRequired"
        assert (answer.email, answer.expires_in_seconds) == ("ada@example.com", ttl)
        assert len(answer.handle) >= 16
    assert answers[0].handle != answers[1].handle
    # a taken username is still reported as taken, hidden or not
    async with state.unit_of_work() as uow:
        with pytest.raises(Rejected) as caught:
            await registering.register_user(
                uow, state.services, registration(email="x@example.com"), CLIENT
            )
        await uow.rollback()
    assert caught.value.outcome == UserAlreadyExists(["username"])
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(User))).scalar_one() == 1


async def test_a_hidden_registration_whose_username_hold_was_taken_meanwhile_answers_alike(
    make_state, monkeypatch
):
    """The username of a hidden registration of a taken email is held; a concurrent one that
    held it first makes the hold fail, and the answer is still a new account's."""
    state = make_state(hide_registered_emails=True)
    assert type(await register(state)).__name__ == "VerificationRequired"
    from sqlalchemy.exc import IntegrityError

    async def taken_meanwhile(*args, **kwargs):
        raise IntegrityError("INSERT", {}, Exception("unique"))

    monkeypatch.setattr(registering, "hold_username", taken_meanwhile)
    async with state.unit_of_work() as uow:
        with pytest.raises(Rejected) as caught:
            await registering.register_user(
                uow, state.services, registration(username="someone_else"), CLIENT
            )
        await uow.rollback()
    answer = caught.value.outcome
    assert type(answer).__name__ == "VerificationRequired"
    assert (answer.email, answer.expires_in_seconds) == (
        "ada@example.com",
        int(state.settings.code_ttl.total_seconds()),
    )


async def test_set_status_to_the_current_one_ends_nothing(state):
    await register(state)
    async with state.unit_of_work() as uow:
        user = await users.find_user(uow, "ada_lovelace")
        version = user.version
        assert await users.set_status(uow, user, AccountStatus.ACTIVE) == 0
        await uow.commit()
    async with state.session_factory() as db:
        assert (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one() == 1
        assert (await db.execute(select(User.version))).scalar_one() == version


def test_a_unique_violation_that_names_no_column_reports_both():
    from sqlalchemy.exc import IntegrityError

    from service.accounts.profile.writes import conflicting_fields

    def error(text):
        return IntegrityError("INSERT", {}, Exception(text))

    assert conflicting_fields(error("UNIQUE constraint failed: users.email_normalized")) == [
        "email"
    ]
    assert conflicting_fields(error('violates "uq_users_username_normalized"')) == ["username"]
    assert conflicting_fields(error("database is locked")) == ["email", "username"]


async def test_list_users_answers_at_most_100_by_default(state):
    now = utcnow()
    async with state.session_factory() as db:
        for index in range(101):
            name = f"user_{index:03d}"
            db.add(
                User(
                    email=f"{name}@example.com",
                    email_normalized=f"{name}@example.com",
                    username=name,
                    username_normalized=name,
                    password_hash="x",
                    first_name="A",
                    last_name="B",
                    status=AccountStatus.ACTIVE,
                    date_joined=now,
                    password_changed_at=now,
                )
            )
        await db.commit()
    async with state.unit_of_work() as uow:
        listed = await users.list_users(uow)
    assert len(listed) == 100 and listed[-1].username == "user_099"


async def test_confirming_an_email_change_of_an_account_deleted_meanwhile_is_an_invalid_code(
    state,
):
    from service.accounts.email import email_change
    from service.accounts.outcomes import InvalidCode

    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    async with state.session_factory() as db:
        await db.delete(await db.get(User, registered.user.id))
        await db.commit()
    async with state.unit_of_work() as uow:
        answer = await email_change.confirm_email_change(
            uow, state.services, viewer, "123456", CLIENT
        )
    assert answer == InvalidCode()


async def _update(state, viewer, **changes):
    from tests.accounts.support import settle

    return await settle(
        state,
        lambda uow: profile.update_user(
            uow, state.services, viewer, profile.ProfileChanges(**changes), CLIENT
        ),
    )


async def test_every_profile_field_is_checked_and_saved(state):
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    result = await _update(
        state, viewer, first_name=" Augusta ", last_name="King", bio="b", contact="c", locale="de"
    )
    assert isinstance(result, Updated) and result.ended is None
    user = result.user
    assert (user.first_name, user.last_name, user.bio, user.contact, user.locale) == (
        "Augusta",
        "King",
        "b",
        "c",
        "de",
    )
    refused = await _update(state, viewer, last_name="x" * 1000, locale="nope-nope-nope-nope")
    assert isinstance(refused, ValidationFailed)
    assert {e.field for e in refused.fields} == {"lastName", "locale"}


async def test_a_refused_status_or_image_pair_is_explained(state):
    import io

    from tests import images

    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    picture = io.BytesIO(images.png())
    refused = await _update(
        state, viewer, status=AccountStatus.SUSPENDED, image=picture, remove_image=True
    )
    assert isinstance(refused, ValidationFailed)
    assert [(e.field, e.code, e.message) for e in refused.fields] == [
        ("status", "not_allowed", "Status can only be set to ACTIVE or DEACTIVATED."),
        ("removeImage", "conflict", "Send either image or removeImage, not both."),
    ]


async def test_deactivating_ends_the_accounts_sessions_and_other_changes_end_none(state):
    from service.accounts.outcomes import SessionsEnded
    from service.db.models import SecurityEvent

    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    renamed = await _update(state, viewer, first_name="Augusta")
    assert isinstance(renamed, Updated) and renamed.ended is None
    active = await _update(state, viewer, status=AccountStatus.ACTIVE)
    assert isinstance(active, Updated) and active.ended is None
    deactivated = await _update(state, viewer, status=AccountStatus.DEACTIVATED)
    assert isinstance(deactivated, Updated)
    assert deactivated.ended == SessionsEnded(registered.user.id)
    async with state.session_factory() as db:
        kinds = list((await db.execute(select(SecurityEvent.kind))).scalars())
        assert (await db.execute(select(func.count()).select_from(AuthSession))).scalar_one() == 0
    assert kinds.count("ACCOUNT_DEACTIVATED") == 1


async def test_a_username_taken_meanwhile_is_reported_by_the_constraint(state, monkeypatch):
    await register(state, email="bob@example.com", username="bob_builder")
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)

    async def no_conflicts(*args, **kwargs):
        return []

    monkeypatch.setattr(profile, "find_conflicts", no_conflicts)
    assert await _update(state, viewer, username="Bob_Builder") == UserAlreadyExists(["username"])


async def test_an_email_taken_meanwhile_drops_the_change_at_confirmation(state, monkeypatch):
    """The address was free when the change began and when its code came back, but another
    account took it in between: the constraint refuses the move, and nothing is written."""
    from service.accounts.email import email_change

    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    await prove_session(state, viewer, "PASSWORD")
    assert isinstance(await _update(state, viewer, email="bob@example.com"), Updated)
    code = await last_code(state, "bob@example.com", "confirm_email_change")
    await register(state, email="bob@example.com", username="bob_builder")

    async def no_conflicts(*args, **kwargs):
        return []

    monkeypatch.setattr(email_change, "find_conflicts", no_conflicts)
    from tests.accounts.support import settle

    answer = await settle(
        state,
        lambda uow: email_change.confirm_email_change(uow, state.services, viewer, code, CLIENT),
    )
    assert answer == UserAlreadyExists(["email"])
    async with state.session_factory() as db:
        user = await db.get(User, registered.user.id)
    assert (user.email, user.pending_email) == ("ada@example.com", "bob@example.com")


async def test_own_values_cost_no_uniqueness_check(make_state):
    state = make_state(rate_limit_enabled=True, rate_limit_uniqueness_checks_per_ip="1/hour")
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    own = await _update(state, viewer, email=" ada@EXAMPLE.com ", username="ADA_Lovelace")
    assert isinstance(own, Updated)
    assert own.user.username == "ADA_Lovelace"
    assert isinstance(await _update(state, viewer, username="countess_ada"), Updated)
    assert type(await _update(state, viewer, username="countess_two")).__name__ == "RateLimited"


async def test_a_pending_email_change_survives_other_changes(state):
    registered = await register(state)
    viewer = await viewer_of(state, registered.token)
    await prove_session(state, viewer, "PASSWORD")
    assert isinstance(await _update(state, viewer, email="new@example.com"), Updated)
    renamed = await _update(state, viewer, first_name="Augusta")
    assert isinstance(renamed, Updated) and renamed.user.pending_email == "new@example.com"


async def test_a_username_held_for_an_address_is_free_to_that_addresss_account_only(make_state):
    """A hidden registration of a taken email holds its username for the email's owner."""
    from service.accounts.sessions.store import issue_session

    state = make_state(hide_registered_emails=True)
    owner = await register(state)  # ada@example.com
    other = await register(state, email="eve@example.com", username="eve_stranger")
    assert type(owner).__name__ == type(other).__name__ == "VerificationRequired"
    held = await register(state, username="held_name")  # ada@example.com again: hidden
    assert type(held).__name__ == "VerificationRequired"
    async with state.session_factory() as db:
        users_by_name = {u.username: u for u in (await db.execute(select(User))).scalars()}
        for user in users_by_name.values():
            user.email_verified = True
        await db.commit()
    for name, expected in (
        ("eve_stranger", UserAlreadyExists(["username"])),
        ("ada_lovelace", None),
    ):
        user = users_by_name[name]
        async with state.unit_of_work() as uow:
            token, _ = await issue_session(uow, state.settings, user, CLIENT, utcnow())
            await uow.commit()
        viewer = await viewer_of(state, token)
        answer = await _update(state, viewer, username="HELD_name")
        if expected is None:
            assert isinstance(answer, Updated) and answer.user.username == "HELD_name"
        else:
            assert answer == expected
