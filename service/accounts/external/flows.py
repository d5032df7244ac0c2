"""A sign-in (or a link) through an external provider, from its beginning to its handoff.

1. ``begin`` checks the provider and ``returnTo`` (the origin of ``ACCOUNTS_PUBLIC_URL`` or a
   listed CORS origin, nothing else: no open redirect), and stores a flow for
   ``FLOW_LIFETIME``: digests of its ``flowId``, which the client keeps, and of the ``state``
   sent to the provider, the nonce and the PKCE verifier. It answers the ``flowId`` and the
   provider's authorization URL.
2. The provider sends the browser to ``/auth/external/<provider>/callback``; ``callback``
   finds the flow by its state (for that provider only: a state of another provider's flow
   is refused, against mix-ups), exchanges the code with the verifier, checks the ID token
   (``provider``) and keeps what the provider asserted with the digest of a one-time handoff
   that lives ``HANDOFF_LIFETIME``. The browser goes back to ``returnTo#handoff=…``; on any
   failure to ``returnTo#error=…``, and the flow is gone.
3. ``take`` gives the flow to ``completeExternalLogin``/``completeExternalLink`` once: only
   with both its ``flowId`` and its handoff, before the handoff expires; taking it deletes it,
   so a handoff cannot be replayed, and a handoff seen by anyone else (a log, a Referer) is
   worthless without the ``flowId`` that never left the client.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit

from sqlalchemy import delete, select, update
from sqlmodel import col

from service.accounts.external.values import ProviderRefused, ProviderUnavailable
from service.accounts.outcomes import FieldError, RateLimited, ValidationFailed
from service.accounts.services import Services
from service.accounts.tokens import OpaqueTokens
from service.accounts.values import ClientInfo
from service.clock import utcnow
from service.db.models import ExternalFlow, ExternalFlowPurpose
from service.db.results import affected
from service.db.unit_of_work import UnitOfWork

FLOW_LIFETIME = timedelta(minutes=10)
HANDOFF_LIFETIME = timedelta(seconds=60)
FLOW_IDS = OpaqueTokens("xfl_")
STATES = OpaqueTokens("xst_")
HANDOFFS = OpaqueTokens("xho_")
MAX_RETURN_TO = 2048
CALLBACK_PATH = "/auth/external/{provider}/callback"


@dataclass(frozen=True, slots=True)
class FlowStarted:
    flow_id: str
    authorization_url: str


def callback_url(services: Services, provider: str) -> str:
    """The redirect URI registered at the provider."""
    return services.settings.public_url + CALLBACK_PATH.format(provider=provider)


def _origin(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return None
    default = 443 if parts.scheme == "https" else 80
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


def allowed_return_to(services: Services, return_to: str) -> bool:
    """``returnTo`` is an absolute http(s) URL without credentials or a fragment, at the
    origin of ``ACCOUNTS_PUBLIC_URL`` or of a listed CORS origin."""
    if len(return_to) > MAX_RETURN_TO or "#" in return_to or "\\" in return_to:
        return False
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in return_to):
        return False
    try:
        parts = urlsplit(return_to)
    except ValueError:
        return False
    if parts.username is not None or parts.password is not None:
        return False
    origin = _origin(return_to)
    public = _origin(services.settings.public_url)
    allowed = {public, *_loopback_aliases(public)}
    allowed.update(_origin(o) for o in services.settings.cors_origins)
    return origin is not None and origin in allowed


LOOPBACK = ("localhost", "127.0.0.1", "[::1]")


def _loopback_aliases(origin: str | None) -> set[str]:
    """A public URL on this machine (development: ``http://localhost:8000``) is reached by
    any of its loopback names: the same page at ``127.0.0.1`` is the service's own too."""
    if origin is None:
        return set()
    parts = urlsplit(origin)
    host = f"[{parts.hostname}]" if parts.hostname and ":" in parts.hostname else parts.hostname
    if host not in LOOPBACK:
        return set()
    port = f":{parts.port}" if parts.port else ""
    return {f"{parts.scheme}://{name}{port}" for name in LOOPBACK}


async def begin(
    uow: UnitOfWork,
    services: Services,
    provider_name: str,
    return_to: str,
    client: ClientInfo,
    *,
    purpose: ExternalFlowPurpose,
    user_id: uuid.UUID | None = None,
) -> FlowStarted | ValidationFailed | RateLimited:
    provider = services.provider(provider_name[:64])
    if provider is None:
        return ValidationFailed(
            [FieldError("provider", "unknown", "There is no sign-in with this provider.")]
        )
    if not allowed_return_to(services, return_to):
        return ValidationFailed(
            [
                FieldError(
                    "returnTo",
                    "not_allowed",
                    "returnTo must be a page of this service or of an allowed origin.",
                )
            ]
        )
    if limited := await services.limiter.external_flow(client.ip_address):
        return limited
    flow_id, state = FLOW_IDS.new(), STATES.new()
    try:
        started = await provider.start(callback_url(services, provider_name), state)
    except ProviderUnavailable:
        return ValidationFailed(
            [
                FieldError(
                    "provider",
                    "unavailable",
                    f"{provider.provider.display_name} cannot be reached; try again later.",
                )
            ]
        )
    now = utcnow()
    uow.session.add(
        ExternalFlow(
            flow_digest=FLOW_IDS.digest(flow_id),
            state_digest=STATES.digest(state),
            provider=provider_name,
            purpose=purpose.value,
            user_id=user_id,
            nonce=started.nonce,
            code_verifier=started.code_verifier,
            return_to=return_to,
            created_at=now,
            expires_at=now + FLOW_LIFETIME,
        )
    )
    await uow.session.flush()
    return FlowStarted(flow_id=flow_id, authorization_url=started.url)


@dataclass(frozen=True, slots=True)
class Redirect:
    """Where the callback sends the browser; ``None``: no flow of this provider has this
    state, and the callback answers an error page of its own."""

    location: str | None


def _with_fragment(return_to: str, **values: str) -> str:
    return f"{return_to}#{urlencode(values)}"


async def callback(uow: UnitOfWork, services: Services, provider_name: str, query: str) -> Redirect:
    """The provider came back with ``query`` (its redirect's query string)."""
    params = dict(parse_qsl(query, keep_blank_values=True)[:20])
    state = params.get("state", "")
    provider = services.provider(provider_name[:64])
    if provider is None or not STATES.well_formed(state):
        return Redirect(None)
    now = utcnow()
    flow = (
        await uow.session.execute(
            select(ExternalFlow).where(
                col(ExternalFlow.state_digest) == STATES.digest(state),
                col(ExternalFlow.provider) == provider_name,
                col(ExternalFlow.expires_at) > now,
                col(ExternalFlow.handoff_digest).is_(None),
            )
        )
    ).scalar_one_or_none()
    if flow is None:
        return Redirect(None)
    # the state is spent whatever comes next: a second callback with it, even one racing this
    # one, finds nothing (the UPDATE is conditioned on the state it replaces)
    if not affected(
        await uow.session.execute(
            update(ExternalFlow)
            .where(
                col(ExternalFlow.id) == flow.id,
                col(ExternalFlow.state_digest) == STATES.digest(state),
                col(ExternalFlow.handoff_digest).is_(None),
            )
            .values(state_digest=STATES.digest(STATES.new()))
            .execution_options(synchronize_session=False)
        )
    ):
        return Redirect(None)
    return_to = flow.return_to
    await uow.checkpoint()

    async def fail(reason: str) -> Redirect:
        await uow.session.execute(delete(ExternalFlow).where(col(ExternalFlow.id) == flow.id))
        return Redirect(_with_fragment(return_to, error=reason))

    if "error" in params or not params.get("code"):
        return await fail("access_denied" if params.get("error") == "access_denied" else "denied")
    issuer = params.get("iss")
    expected = provider.provider.issuer
    if issuer is not None and expected is not None and issuer != expected:
        return await fail("invalid_issuer")  # RFC 9207: another issuer's response
    try:
        asserted = await provider.finish(
            callback_url(services, provider_name),
            params["code"][:2048],
            flow.code_verifier,
            flow.nonce,
        )
    except ProviderUnavailable:
        return await fail("provider_unavailable")
    except ProviderRefused as refused:
        return await fail(refused.reason)
    handoff = HANDOFFS.new()
    await uow.session.execute(
        update(ExternalFlow)
        .where(col(ExternalFlow.id) == flow.id)
        .values(
            handoff_digest=HANDOFFS.digest(handoff),
            handoff_expires_at=utcnow() + HANDOFF_LIFETIME,
            subject=asserted.subject[:255],
            email=(asserted.email or "")[:320] or None,
            email_verified=asserted.email_verified,
            given_name=(asserted.given_name or "")[:150] or None,
            family_name=(asserted.family_name or "")[:150] or None,
            preferred_username=(asserted.preferred_username or "")[:150] or None,
        )
        .execution_options(synchronize_session=False)
    )
    return Redirect(_with_fragment(return_to, handoff=handoff))


async def take(
    uow: UnitOfWork,
    flow_id: str,
    handoff: str,
    purpose: ExternalFlowPurpose,
    user_id: uuid.UUID | None = None,
) -> ExternalFlow | None:
    """The flow behind ``flow_id`` and its ``handoff``, once: deleted as it is taken. A link's
    flow is taken only by the account that began it (``user_id``): another account's attempt
    leaves it for its owner."""
    if not (FLOW_IDS.well_formed(flow_id) and HANDOFFS.well_formed(handoff)):
        return None
    now = utcnow()
    flow = (
        await uow.session.execute(
            select(ExternalFlow).where(
                col(ExternalFlow.flow_digest) == FLOW_IDS.digest(flow_id),
                col(ExternalFlow.handoff_digest) == HANDOFFS.digest(handoff),
                col(ExternalFlow.handoff_expires_at) > now,
                col(ExternalFlow.purpose) == purpose.value,
                col(ExternalFlow.user_id).is_(None)
                if user_id is None
                else col(ExternalFlow.user_id) == user_id,
            )
        )
    ).scalar_one_or_none()
    if flow is None or flow.subject is None:
        return None
    gone = await uow.session.execute(delete(ExternalFlow).where(col(ExternalFlow.id) == flow.id))
    return flow if affected(gone) == 1 else None


async def purge_expired(uow: UnitOfWork, now: datetime) -> int:
    """Delete the flows past their lifetime (``accounts events purge``)."""
    result = await uow.session.execute(
        delete(ExternalFlow).where(col(ExternalFlow.expires_at) <= now)
    )
    return affected(result)
