"""The relying party's side of WebAuthn, over py_webauthn (the ``webauthn`` package).

Options go to the browser as JSON text (``options_to_json``); credentials come back as the
JSON of a ``PublicKeyCredential`` (``credential.toJSON()``), at most
``MAX_CREDENTIAL_JSON`` characters. Everything about a credential that could be malformed is
read here, and whatever the parsers raise on hostile input is a refusal (``None``), never an
error: callers answer it with a typed outcome.

Registration asks for a discoverable credential (a resident key: passkey sign-in lists no
credential ids, the browser offers the passkeys it holds) and user verification;
every ceremony requires user verification, since a passkey login stands for both factors.
The expected origins and RP ID come from ``ACCOUNTS_WEBAUTHN_ORIGINS`` and
``ACCOUNTS_WEBAUTHN_RP_ID``: an assertion made on another site (a phishing page) names
another origin in its client data and another RP ID hash in its authenticator data, and is
refused; so is an answer made in a frame of an allowed origin inside another site's page
(``crossOrigin`` in the client data). The signature counter is compared by the caller
(``passkeys.assertions``), so that a regression is told apart from a bad signature.
"""

from __future__ import annotations

import hmac
import json
import logging
from dataclasses import dataclass
from typing import Any

from webauthn import (
    base64url_to_bytes,
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers import (
    bytes_to_base64url,
    parse_authentication_credential_json,
    parse_client_data_json,
    parse_registration_credential_json,
)
from webauthn.helpers.structs import (
    AttestationConveyancePreference,
    AuthenticationCredential,
    AuthenticatorSelectionCriteria,
    AuthenticatorTransport,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from service.config import Settings

MAX_CREDENTIAL_JSON = 16 * 1024
TIMEOUT_MS = 5 * 60 * 1000
TRANSPORTS_MAX = 255
logger = logging.getLogger("service.accounts")


@dataclass(frozen=True, slots=True)
class StoredCredential:
    """What the relying party knows of one of the account's passkeys, for the options."""

    credential_id: str
    transports: str | None


@dataclass(frozen=True, slots=True)
class NewCredential:
    credential_id: str
    public_key: bytes
    sign_count: int
    transports: str | None


@dataclass(frozen=True, slots=True)
class Assertion:
    """A parsed, not yet verified, answer to ``navigator.credentials.get``."""

    credential_id: str
    user_handle: bytes | None
    credential: AuthenticationCredential


def _descriptor(stored: StoredCredential) -> PublicKeyCredentialDescriptor:
    transports = []
    for name in (stored.transports or "").split(","):
        try:
            transports.append(AuthenticatorTransport(name))
        except ValueError:
            continue
    return PublicKeyCredentialDescriptor(
        id=base64url_to_bytes(stored.credential_id), transports=transports or None
    )


def registration_options(
    settings: Settings,
    *,
    user_handle: bytes,
    user_name: str,
    display_name: str,
    challenge: bytes,
    existing: list[StoredCredential],
) -> str:
    options = generate_registration_options(
        rp_id=settings.webauthn_rp_id,
        rp_name=settings.webauthn_rp_name,
        user_id=user_handle,
        user_name=user_name,
        user_display_name=display_name,
        challenge=challenge,
        timeout=TIMEOUT_MS,
        attestation=AttestationConveyancePreference.NONE,
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.REQUIRED,
            user_verification=UserVerificationRequirement.REQUIRED,
        ),
        exclude_credentials=[_descriptor(stored) for stored in existing],
    )
    return options_to_json(options)


def authentication_options(
    settings: Settings, *, challenge: bytes, allowed: list[StoredCredential]
) -> str:
    options = generate_authentication_options(
        rp_id=settings.webauthn_rp_id,
        challenge=challenge,
        timeout=TIMEOUT_MS,
        allow_credentials=[_descriptor(stored) for stored in allowed],
        user_verification=UserVerificationRequirement.REQUIRED,
    )
    return options_to_json(options)


def _json_object(text: str) -> dict[str, Any] | None:
    if len(text) > MAX_CREDENTIAL_JSON:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _framed(client_data_json: bytes) -> bool:
    """Whether the ceremony ran in a frame inside a page of another origin (``crossOrigin``,
    with the framing page in ``topOrigin``). The service is not meant to be framed, and
    py_webauthn does not check it, so such an answer is refused (WebAuthn Level 3, 7.1 and
    7.2: verify ``topOrigin`` unless the relying party expects to be framed)."""
    return parse_client_data_json(client_data_json).cross_origin is True


def warn_on_foreign_origin(settings: Settings, client_data_json: bytes | None) -> None:
    """A ceremony made on a page whose origin ``ACCOUNTS_WEBAUTHN_ORIGINS`` does not list is
    logged with both values: a deployment whose setting does not match its address otherwise
    shows nothing but refused passkeys."""
    try:
        written = parse_client_data_json(client_data_json or b"").origin
    except Exception:  # not client data at all: refused for that reason, nothing to add
        return
    origin = "".join(c if c.isprintable() else "?" for c in written[:200])  # the client wrote it
    if origin in settings.webauthn_origin_list:
        return
    logger.warning(
        "passkey refused: the page's origin %s is not in ACCOUNTS_WEBAUTHN_ORIGINS (%s)",
        origin,
        settings.webauthn_origins,
        extra={
            "fields": {
                "event": "passkey_origin_mismatch",
                "page_origin": origin,
                "allowed_origins": settings.webauthn_origins,
            }
        },
    )


def verify_registration(
    settings: Settings, credential_json: str, challenge: bytes
) -> NewCredential | None:
    """The new credential, or ``None`` when the answer does not hold (malformed, another
    challenge, origin or RP ID, no user presence or verification, an unsupported key)."""
    data = _json_object(credential_json)
    if data is None:
        return None
    client_data = None
    try:
        credential = parse_registration_credential_json(data)
        client_data = credential.response.client_data_json
        verified = verify_registration_response(
            credential=credential,
            expected_challenge=challenge,
            expected_rp_id=settings.webauthn_rp_id,
            expected_origin=settings.webauthn_origin_list,
            require_user_verification=True,
        )
        if _framed(credential.response.client_data_json):
            logger.info("passkey registration refused: made in a cross-origin frame")
            return None
    except Exception as exc:  # the parsers raise many kinds of errors on malformed input
        logger.info("passkey registration refused: %s", type(exc).__name__)
        warn_on_foreign_origin(settings, client_data)
        return None
    if not hmac.compare_digest(verified.credential_id, credential.raw_id):
        return None  # the id the browser named is not the one the authenticator attested
    transports = ",".join(t.value for t in credential.response.transports or [])
    return NewCredential(
        credential_id=bytes_to_base64url(verified.credential_id),
        public_key=verified.credential_public_key,
        sign_count=verified.sign_count,
        transports=transports[:TRANSPORTS_MAX] or None,
    )


def read_assertion(credential_json: str) -> Assertion | None:
    data = _json_object(credential_json)
    if data is None:
        return None
    try:
        credential = parse_authentication_credential_json(data)
    except Exception as exc:  # the parsers raise many kinds of errors on malformed input
        logger.info("passkey assertion refused: %s", type(exc).__name__)
        return None
    if not hmac.compare_digest(bytes_to_base64url(credential.raw_id), credential.id):
        return None
    return Assertion(
        credential_id=credential.id,
        user_handle=credential.response.user_handle,
        credential=credential,
    )


def verify_assertion(
    settings: Settings, assertion: Assertion, challenge: bytes, public_key: bytes
) -> int | None:
    """The authenticator's new signature counter once challenge, origin, RP ID hash, user
    presence and verification and the signature hold; ``None`` otherwise."""
    try:
        verified = verify_authentication_response(
            credential=assertion.credential,
            expected_challenge=challenge,
            expected_rp_id=settings.webauthn_rp_id,
            expected_origin=settings.webauthn_origin_list,
            credential_public_key=public_key,
            credential_current_sign_count=0,  # compared by the caller
            require_user_verification=True,
        )
        if _framed(assertion.credential.response.client_data_json):
            logger.info("passkey assertion refused: made in a cross-origin frame")
            return None
    except Exception as exc:  # the parsers raise many kinds of errors on malformed input
        logger.info("passkey assertion refused: %s", type(exc).__name__)
        warn_on_foreign_origin(settings, assertion.credential.response.client_data_json)
        return None
    return verified.new_sign_count
