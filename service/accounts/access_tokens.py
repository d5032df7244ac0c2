"""Access tokens for other services: short-lived JWTs they verify with the published keys.

``issue`` signs, for the caller's session, a JWT naming one audience of
``ACCOUNTS_ACCESS_TOKEN_AUDIENCES``: ``iss`` (``ACCOUNTS_PUBLIC_URL``), ``sub`` (the account's
id), ``sid`` (the session's), ``aud``, ``iat``, ``exp`` (``ACCOUNTS_ACCESS_TOKEN_TTL`` later),
``jti``, ``acr`` (``AAL1`` or ``AAL2``) and ``amr`` (how the session was proved, in RFC 8176's
words: ``pwd``, ``otp``, ``hwk`` for a passkey, ``mfa`` beside two factors; and ``email``,
``fed`` for an email code or an external provider). Ending the session cannot recall a token
already issued: its lifetime is the bound.

Keys: ``signing_keys`` holds each pair, the private key sealed with AES-256-GCM under a key
derived from ``ACCOUNTS_SECRET_KEY`` (label ``signing-keys``, the key id as associated data).
The newest key not retired signs; when there is none (a new database) the first issue makes
one. ``rotate`` (``accounts keys rotate``) makes a new key and retires the one that signed, which
stays in the JWKS (``published``) until every token it signed has expired.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from joserfc import jwt
from joserfc.errors import SecurityWarning
from joserfc.jwk import ECKey, OKPKey
from sqlalchemy import select, update
from sqlmodel import col

from service.accounts.assurance import AssuranceLevel, AuthenticationMethod, level
from service.accounts.outcomes import FieldError, ValidationFailed
from service.accounts.services import Services
from service.accounts.values import Viewer
from service.clock import utcnow
from service.db.models import SigningKey
from service.db.unit_of_work import UnitOfWork

KEY_PURPOSE = "signing-keys"
FORMAT = "v1:"
NONCE_BYTES = 12
TOKEN_TYPE = "at+jwt"  # noqa: S105 - RFC 9068: the media type of JWT access tokens
AMR = {
    AuthenticationMethod.PASSWORD: "pwd",
    AuthenticationMethod.TOTP: "otp",
    AuthenticationMethod.RECOVERY_CODE: "otp",
    AuthenticationMethod.PASSKEY: "hwk",
    AuthenticationMethod.EMAIL_CODE: "email",
    AuthenticationMethod.EXTERNAL: "fed",
}
NOT_ALLOWED = "This audience is not one access tokens are issued for."


class KeyUnreadable(Exception):
    """A stored private key that does not decrypt (another ``ACCOUNTS_SECRET_KEY``)."""


@dataclass(frozen=True, slots=True)
class AccessTokenIssued:
    token: str
    expires_at: datetime


def _aead(services: Services) -> AESGCM:
    return AESGCM(services.secret.derive(KEY_PURPOSE))


def _seal(services: Services, kid: str, pem: bytes) -> str:
    nonce = os.urandom(NONCE_BYTES)
    sealed = _aead(services).encrypt(nonce, pem, kid.encode("ascii"))
    return FORMAT + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")


def _open(services: Services, key: SigningKey) -> OKPKey | ECKey:
    if not key.private_key_encrypted.startswith(FORMAT):
        raise KeyUnreadable("unknown format")
    try:
        raw = base64.urlsafe_b64decode(key.private_key_encrypted[len(FORMAT) :])
        pem = _aead(services).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], key.kid.encode())
    except (InvalidTag, ValueError) as exc:
        raise KeyUnreadable(type(exc).__name__) from exc
    kind = OKPKey if key.algorithm == "EdDSA" else ECKey
    return kind.import_key(pem, parameters={"kid": key.kid})


def new_key(services: Services, now: datetime) -> SigningKey:
    """A new key pair of ``ACCOUNTS_ACCESS_TOKEN_ALGORITHM``, its private half sealed."""
    algorithm = services.settings.access_token_algorithm
    kid = secrets.token_urlsafe(16)
    pair: OKPKey | ECKey
    if algorithm == "EdDSA":
        pair = OKPKey.generate_key("Ed25519", parameters={"kid": kid}, private=True)
    else:
        pair = ECKey.generate_key("P-256", parameters={"kid": kid}, private=True)
    public = {**pair.as_dict(private=False), "kid": kid, "alg": algorithm, "use": "sig"}
    return SigningKey(
        kid=kid,
        algorithm=algorithm,
        private_key_encrypted=_seal(services, kid, pair.as_pem(private=True)),
        public_jwk=json.dumps(public, sort_keys=True),
        created_at=now,
    )


async def current_key(uow: UnitOfWork, services: Services, now: datetime) -> SigningKey:
    """The newest key not retired; a new one when there is none."""
    statement = (
        select(SigningKey)
        .where(col(SigningKey.retired_at).is_(None))
        .order_by(col(SigningKey.created_at).desc(), col(SigningKey.kid))
        .limit(1)
    )
    key = (await uow.session.execute(statement)).scalars().first()
    if key is None:
        key = new_key(services, now)
        uow.session.add(key)
        await uow.session.flush()
    return key


async def rotate(uow: UnitOfWork, services: Services, now: datetime | None = None) -> SigningKey:
    """A new signing key; the ones that signed until now are retired (still published until
    their tokens expire)."""
    now = now or utcnow()
    await uow.session.execute(
        update(SigningKey)
        .where(col(SigningKey.retired_at).is_(None))
        .values(retired_at=now)
        .execution_options(synchronize_session=False)
    )
    key = new_key(services, now)
    uow.session.add(key)
    await uow.session.flush()
    return key


async def published(
    uow: UnitOfWork, services: Services, now: datetime | None = None
) -> dict[str, list[dict[str, str]]]:
    """The JWKS: every key that signs or signed a token not yet expired, newest first."""
    now = now or utcnow()
    # a token expires at most its lifetime after its key was retired; a minute more for clocks
    since = now - services.settings.access_token_ttl - timedelta(minutes=1)
    statement = (
        select(SigningKey)
        .where((col(SigningKey.retired_at).is_(None)) | (col(SigningKey.retired_at) > since))
        .order_by(col(SigningKey.created_at).desc(), col(SigningKey.kid))
    )
    keys = (await uow.session.execute(statement)).scalars().all()
    return {"keys": [json.loads(key.public_jwk) for key in keys]}


async def all_keys(uow: UnitOfWork) -> list[SigningKey]:
    statement = select(SigningKey).order_by(col(SigningKey.created_at).desc(), col(SigningKey.kid))
    return list((await uow.session.execute(statement)).scalars())


def claims_methods(methods: tuple[AuthenticationMethod, ...]) -> list[str]:
    amr = list(dict.fromkeys(AMR[method] for method in methods))
    if level(methods) == AssuranceLevel.AAL2 and AuthenticationMethod.PASSKEY not in methods:
        amr.append("mfa")
    return amr


async def issue(
    uow: UnitOfWork, services: Services, viewer: Viewer, audience: str
) -> AccessTokenIssued | ValidationFailed:
    settings = services.settings
    if audience not in settings.access_token_audiences:
        return ValidationFailed([FieldError("audience", "not_allowed", NOT_ALLOWED)])
    now = utcnow()
    key = await current_key(uow, services, now)
    expires = int((now + settings.access_token_ttl).timestamp())
    methods = viewer.session.methods
    claims: dict[str, object] = {
        "iss": settings.public_url.rstrip("/"),
        "sub": str(viewer.user.id),
        "sid": str(viewer.session.id),
        "aud": audience,
        "iat": int(now.timestamp()),
        "exp": expires,
        "jti": str(uuid.uuid4()),
        "acr": level(methods).value,
        "amr": claims_methods(methods),
    }
    header = {"alg": key.algorithm, "kid": key.kid, "typ": TOKEN_TYPE}
    with warnings.catch_warnings():
        # joserfc prefers RFC 9864's "Ed25519"; "EdDSA" is what verifiers understand today
        warnings.simplefilter("ignore", SecurityWarning)
        token = jwt.encode(header, claims, _open(services, key), algorithms=[key.algorithm])
    return AccessTokenIssued(token=token, expires_at=datetime.fromtimestamp(expires, UTC))
