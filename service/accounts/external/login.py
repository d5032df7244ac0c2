"""Signing in with an external identity, once the provider's handoff is taken (``flows``).

A (provider, subject) linked to an account signs in to it through the pipeline with an
``EXTERNAL`` proof (AAL1; a second factor still applies). An unknown one creates an account
only when the provider asserts a verified email that no account has: the email verified, a
username derived from the provider's (editable, made unique), no password. An email an
account already has is never linked automatically, whether or not that account proved it:
the person signs in to it and links the provider from there (``linking``), so an account at a
provider cannot take over one here.
"""

from __future__ import annotations

import re
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from service.accounts import events
from service.accounts.email.verification import find_by_email
from service.accounts.external import flows
from service.accounts.outcomes import InvalidCredentials, RateLimited, Rejected
from service.accounts.profile import validation as v
from service.accounts.profile.users import find_conflicts
from service.accounts.services import Services
from service.accounts.signin.pipeline import SignInOutcome, sign_in
from service.accounts.signin.proofs import Proof
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import (
    AccountStatus,
    ExternalFlow,
    ExternalFlowPurpose,
    ExternalIdentity,
    SecurityEventKind,
    User,
)
from service.db.unit_of_work import UnitOfWork

EXPIRED = "The sign-in with the provider expired or was already used: start it again."
NO_VERIFIED_EMAIL = (
    "{provider} did not confirm an email address for this account, so no account can be "
    "created with it."
)
EMAIL_TAKEN = (
    "An account with this email already exists. Sign in to it another way, then link "
    "{provider} from your account's security page."
)
UNUSABLE_EMAIL = (
    "The email address {provider} gave cannot be used for an account here: sign in another "
    "way, then link {provider} from your account's security page."
)
USERNAME_TRIES = 8
NOT_USERNAME = re.compile(r"[^\w.\-]+")


async def find_identity(uow: UnitOfWork, provider: str, subject: str) -> ExternalIdentity | None:
    statement = select(ExternalIdentity).where(
        col(ExternalIdentity.provider) == provider, col(ExternalIdentity.subject) == subject
    )
    return (await uow.session.execute(statement)).scalars().first()


async def complete_external_login(
    uow: UnitOfWork,
    services: Services,
    flow_id: str,
    handoff: str,
    client: ClientInfo,
    device_token: str | None = None,
) -> SignInOutcome | RateLimited:
    flow = await flows.take(uow, flow_id, handoff, ExternalFlowPurpose.LOGIN)
    if flow is None or flow.subject is None:
        return InvalidCredentials(message=EXPIRED)
    await uow.checkpoint()  # the handoff is spent, whatever comes next
    display = _display(services, flow.provider)
    identity = await find_identity(uow, flow.provider, flow.subject)
    if identity is not None:
        user = await uow.session.get(User, identity.user_id)
        if user is None:
            return InvalidCredentials(message=EXPIRED)
    else:
        if not (flow.email and flow.email_verified):
            return InvalidCredentials(message=NO_VERIFIED_EMAIL.format(provider=display))
        if v.check_email(flow.email)[1] or not flow.email.isascii():
            # beyond ASCII (SMTPUTF8, an internationalised domain) no mail reaches it yet:
            # an account made with it could never be sent a code
            return InvalidCredentials(message=UNUSABLE_EMAIL.format(provider=display))
        if await find_by_email(uow, flow.email) is not None:
            return InvalidCredentials(message=EMAIL_TAKEN.format(provider=display))
        created = await _create_account(uow, services, flow, client)
        if created is None:
            return InvalidCredentials(message=EMAIL_TAKEN.format(provider=display))
        user = created
    outcome = await sign_in(uow, services, user, Proof.of_external(), client, device_token)
    if isinstance(outcome, InvalidCredentials):
        raise Rejected(InvalidCredentials(message=EXPIRED))  # changed meanwhile: nothing stays
    return outcome


def _display(services: Services, provider: str) -> str:
    client = services.provider(provider)
    return client.provider.display_name if client else provider


def username_base(flow: ExternalFlow) -> str:
    """A username from what the provider knows: its username, else the email's local part,
    in the characters a username may have, with room for a suffix, six digits added when it
    is too short; ``user_`` and six digits when it still breaks a rule of registration
    (``validation.check_username``)."""
    raw = flow.preferred_username or (flow.email or "").partition("@")[0]
    base = NOT_USERNAME.sub("_", v.normalize_username(raw)).strip("._-")[: v.USERNAME_MAX - 6]
    if base and len(base) < v.USERNAME_MIN:
        base += f"_{secrets.randbelow(10**6):06d}"
    if v.check_username(base)[1]:
        base = f"user_{secrets.randbelow(10**6):06d}"
    return base


async def _free_username(uow: UnitOfWork, base: str) -> str | None:
    candidates = [base] + [
        f"{base}_{secrets.randbelow(10_000):04d}" for _ in range(USERNAME_TRIES - 1)
    ]
    for candidate in candidates:
        if not await find_conflicts(uow, email=None, username=candidate):
            return candidate
    return None


async def _create_account(
    uow: UnitOfWork, services: Services, flow: ExternalFlow, client: ClientInfo
) -> User | None:
    """A new account for the provider's identity: ``None`` when the email or every username
    tried was taken meanwhile."""
    assert flow.email is not None and flow.subject is not None
    email, errors = v.check_email(flow.email)
    username = await _free_username(uow, username_base(flow))
    if email is None or errors or username is None:
        return None
    first = (flow.given_name or username)[: v.NAME_MAX]
    last = (flow.family_name or "")[: v.NAME_MAX]
    now = utcnow()
    user = User(
        email=email,
        email_normalized=v.email_key(email),
        username=username,
        username_normalized=v.username_key(username),
        password_hash=None,
        first_name=first,
        last_name=last,
        bio="",
        contact="",
        status=AccountStatus.ACTIVE,
        date_joined=now,
        email_verified=True,
        locale="en",
    )
    uow.session.add(user)
    try:
        await uow.session.flush()
    except IntegrityError as exc:
        raise Rejected(
            InvalidCredentials(
                message=EMAIL_TAKEN.format(provider=_display(services, flow.provider))
            )
        ) from exc
    uow.session.add(
        ExternalIdentity(
            user_id=user.id,
            provider=flow.provider,
            subject=flow.subject,
            email=email,
            linked_at=now,
        )
    )
    await uow.session.flush()
    await events.record(uow, user.id, SecurityEventKind.REGISTERED, client, now)
    await events.record(uow, user.id, SecurityEventKind.EXTERNAL_IDENTITY_LINKED, client, now)
    return user
