"""The relying party's side of WebAuthn without a database: the options it hands out, and
every way an answer from an authenticator (``tests.soft_authenticator``) is held or refused."""

from __future__ import annotations

import json
import logging
import secrets
from typing import Any

import pytest

from service.accounts.passkeys import relying_party as webauthn_rp
from service.accounts.passkeys.relying_party import StoredCredential
from tests.conftest import make_settings
from tests.soft_authenticator import FLAG_UP, SoftAuthenticator, b64url

SETTINGS = make_settings(
    "sqlite+aiosqlite:///:memory:",
    webauthn_rp_name="Example Accounts",
    webauthn_origins="http://localhost:8000,http://localhost:5173",
)
HANDLE = bytes(range(16))
FRAMED = {"crossOrigin": True, "topOrigin": "https://elsewhere.example"}


def registration_options(existing: list[StoredCredential] | None = None) -> tuple[str, bytes]:
    challenge = secrets.token_bytes(32)
    options = webauthn_rp.registration_options(
        SETTINGS,
        user_handle=HANDLE,
        user_name="ada_lovelace",
        display_name="Ada Lovelace",
        challenge=challenge,
        existing=existing or [],
    )
    return options, challenge


def registered(**spoil: Any) -> tuple[SoftAuthenticator, webauthn_rp.NewCredential | None]:
    authenticator = SoftAuthenticator()
    options, challenge = registration_options()
    answer = authenticator.create(options, **spoil)
    return authenticator, webauthn_rp.verify_registration(SETTINGS, answer, challenge)


def with_member(answer: str, path: tuple[str, ...], value: Any) -> str:
    data = json.loads(answer)
    target = data
    for name in path[:-1]:
        target = target[name]
    target[path[-1]] = value
    return json.dumps(data)


def test_registration_options_ask_for_a_verified_discoverable_credential():
    options_json, challenge = registration_options(
        [
            StoredCredential(b64url(b"first"), "internal,carrier-pigeon,hybrid"),
            StoredCredential(b64url(b"second"), None),
            StoredCredential(b64url(b"third"), "carrier-pigeon"),
        ]
    )
    options = json.loads(options_json)
    assert options["rp"] == {"id": "localhost", "name": "Example Accounts"}
    assert options["user"] == {
        "id": b64url(HANDLE),
        "name": "ada_lovelace",
        "displayName": "Ada Lovelace",
    }
    assert options["challenge"] == b64url(challenge)
    assert options["timeout"] == 300_000
    assert options["attestation"] == "none"
    assert options["authenticatorSelection"] == {
        "residentKey": "required",
        "requireResidentKey": True,
        "userVerification": "required",
    }
    # unknown transport names are dropped, and a credential without any names none
    assert options["excludeCredentials"] == [
        {"id": b64url(b"first"), "type": "public-key", "transports": ["internal", "hybrid"]},
        {"id": b64url(b"second"), "type": "public-key"},
        {"id": b64url(b"third"), "type": "public-key"},
    ]


def test_authentication_options_require_user_verification_and_list_the_allowed():
    challenge = secrets.token_bytes(32)
    options = json.loads(
        webauthn_rp.authentication_options(
            SETTINGS,
            challenge=challenge,
            allowed=[StoredCredential(b64url(b"mine"), "usb,nfc")],
        )
    )
    assert options["rpId"] == "localhost"
    assert options["challenge"] == b64url(challenge)
    assert options["timeout"] == 300_000
    assert options["userVerification"] == "required"
    assert options["allowCredentials"] == [
        {"id": b64url(b"mine"), "type": "public-key", "transports": ["usb", "nfc"]}
    ]
    empty = json.loads(
        webauthn_rp.authentication_options(SETTINGS, challenge=challenge, allowed=[])
    )
    assert empty["allowCredentials"] == []


def test_a_registration_that_holds_gives_the_credential():
    authenticator, new = registered()
    assert new is not None
    credential = authenticator.credentials[0]
    assert new.credential_id == b64url(credential.credential_id)
    assert new.public_key == credential.cose_key()
    assert new.sign_count == 0
    assert new.transports == "internal,hybrid"


def test_registration_from_any_configured_origin_holds():
    assert registered(origin="http://localhost:5173")[1] is not None


@pytest.mark.parametrize(
    "spoil",
    [
        {"origin": "https://phish.example"},
        {"rp_id": "phish.example"},
        {"flags": FLAG_UP},  # present, not verified
        {"named_id": b"another-id"},
    ],
    ids=["origin", "rp-id", "no-user-verification", "named-id"],
)
def test_a_registration_that_does_not_hold_is_refused(spoil):
    assert registered(**spoil)[1] is None


def test_a_page_on_an_unlisted_origin_is_logged_with_both_origins(enrolled, caplog):
    """A deployment whose ACCOUNTS_WEBAUTHN_ORIGINS does not match its address: the log says
    which origin the page had and which the setting allows, for a registration and a login."""
    caplog.set_level(logging.INFO, logger="service.accounts")
    assert registered(origin="http://127.0.0.1:8745")[1] is None
    authenticator, public_key = enrolled
    assertion, challenge = login(authenticator, origin="http://localhost:8745")
    assert assertion is not None
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) is None
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    allowed = "http://localhost:8000,http://localhost:5173"
    assert [r.getMessage() for r in warnings] == [
        f"passkey refused: the page's origin {page} is not in ACCOUNTS_WEBAUTHN_ORIGINS ({allowed})"
        for page in ("http://127.0.0.1:8745", "http://localhost:8745")
    ]
    assert warnings[0].fields == {  # type: ignore[attr-defined]
        "event": "passkey_origin_mismatch",
        "page_origin": "http://127.0.0.1:8745",
        "allowed_origins": allowed,
    }
    caplog.clear()
    assert registered(flags=FLAG_UP)[1] is None  # refused for another reason: no warning
    assert not [r for r in caplog.records if r.levelno == logging.WARNING]
    forged = "https://evil.example\nlevel=critical " + "x" * 300
    assert registered(origin=forged)[1] is None  # what the client wrote, bounded and on one line
    [warning] = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert (
        warning.fields["page_origin"] == ("https://evil.example?level=critical " + "x" * 300)[:200]
    )  # type: ignore[attr-defined]


def test_a_registration_for_another_challenge_is_refused():
    options, _ = registration_options()
    answer = SoftAuthenticator().create(options)
    assert webauthn_rp.verify_registration(SETTINGS, answer, secrets.token_bytes(32)) is None


def test_a_registration_made_in_a_cross_origin_frame_is_refused(caplog):
    caplog.set_level(logging.INFO, logger="service.accounts")
    assert registered(client_data=FRAMED)[1] is None
    assert "passkey registration refused: made in a cross-origin frame" in caplog.messages
    assert registered(client_data={"crossOrigin": False})[1] is not None


def test_transports_are_kept_bounded_or_not_at_all():
    authenticator = SoftAuthenticator()
    options, challenge = registration_options()
    many = with_member(authenticator.create(options), ("response", "transports"), ["usb"] * 100)
    new = webauthn_rp.verify_registration(SETTINGS, many, challenge)
    assert new is not None and new.transports == ",".join(["usb"] * 100)[:255]
    options, challenge = registration_options()
    none = with_member(authenticator.create(options), ("response", "transports"), [])
    new = webauthn_rp.verify_registration(SETTINGS, none, challenge)
    assert new is not None and new.transports is None


def test_credential_json_up_to_its_bound_is_read_and_beyond_it_refused():
    options, challenge = registration_options()
    answer = SoftAuthenticator().create(options)
    padded = answer + " " * (webauthn_rp.MAX_CREDENTIAL_JSON - len(answer))
    assert webauthn_rp.verify_registration(SETTINGS, padded, challenge) is not None
    options, challenge = registration_options()
    answer = SoftAuthenticator().create(options)
    over = answer + " " * (webauthn_rp.MAX_CREDENTIAL_JSON + 1 - len(answer))
    assert webauthn_rp.verify_registration(SETTINGS, over, challenge) is None


@pytest.mark.parametrize(
    "text",
    ["", "not json", "[]", '"text"', "[" * 5000, '{"id": 1}', '{"response": {}}'],
    ids=["empty", "text", "list", "string", "deep", "wrong-id", "no-response"],
)
def test_malformed_credential_json_is_refused_not_raised(text, caplog):
    caplog.set_level(logging.INFO, logger="service.accounts")
    assert webauthn_rp.verify_registration(SETTINGS, text, b"challenge") is None
    assert webauthn_rp.read_assertion(text) is None


def test_a_parser_error_is_logged_by_its_kind(caplog):
    # the error's kind is logged, never the hostile text itself
    caplog.set_level(logging.INFO, logger="service.accounts")
    assert webauthn_rp.verify_registration(SETTINGS, '{"id": 1}', b"x") is None
    assert webauthn_rp.read_assertion('{"id": 1}') is None
    assert [r.getMessage() for r in caplog.records if r.name == "service.accounts"] == [
        "passkey registration refused: InvalidJSONStructure",
        "passkey assertion refused: InvalidJSONStructure",
    ]


def login(
    authenticator: SoftAuthenticator, **spoil: Any
) -> tuple[webauthn_rp.Assertion | None, bytes]:
    challenge = secrets.token_bytes(32)
    options = webauthn_rp.authentication_options(SETTINGS, challenge=challenge, allowed=[])
    return webauthn_rp.read_assertion(authenticator.get(options, **spoil)), challenge


@pytest.fixture
def enrolled() -> tuple[SoftAuthenticator, bytes]:
    authenticator, new = registered()
    assert new is not None
    return authenticator, new.public_key


def test_an_assertion_that_holds_gives_the_new_counter(enrolled):
    authenticator, public_key = enrolled
    assertion, challenge = login(authenticator)
    assert assertion is not None
    credential = authenticator.credentials[0]
    assert assertion.credential_id == b64url(credential.credential_id)
    assert assertion.user_handle == HANDLE
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) == 1
    assertion, challenge = login(authenticator, origin="http://localhost:5173")
    assert assertion is not None
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) == 2


def test_a_counter_of_zero_is_left_to_the_caller(enrolled):
    authenticator, public_key = enrolled
    assertion, challenge = login(authenticator, counter=0)
    assert assertion is not None
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) == 0


@pytest.mark.parametrize(
    "spoil",
    [
        {"origin": "https://phish.example"},
        {"rp_id": "phish.example"},
        {"challenge": b64url(b"another challenge")},
        {"flags": FLAG_UP},
        {"spoil_signature": True},
    ],
    ids=["origin", "rp-id", "challenge", "no-user-verification", "signature"],
)
def test_an_assertion_that_does_not_hold_is_refused(enrolled, spoil):
    authenticator, public_key = enrolled
    assertion, challenge = login(authenticator, **spoil)
    assert assertion is not None  # well formed: refused when verified
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) is None


def test_a_refused_assertion_is_logged_by_the_errors_kind(enrolled, caplog):
    caplog.set_level(logging.INFO, logger="service.accounts")
    authenticator, public_key = enrolled
    assertion, challenge = login(authenticator, spoil_signature=True)
    assert assertion is not None
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) is None
    assert [r.getMessage() for r in caplog.records if r.name == "service.accounts"] == [
        "passkey assertion refused: InvalidAuthenticationResponse"
    ]


def test_an_assertion_checked_against_another_key_is_refused(enrolled):
    authenticator, _ = enrolled
    _, other = registered()
    assert other is not None
    assertion, challenge = login(authenticator)
    assert assertion is not None
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, other.public_key) is None


def test_an_assertion_made_in_a_cross_origin_frame_is_refused(enrolled, caplog):
    caplog.set_level(logging.INFO, logger="service.accounts")
    authenticator, public_key = enrolled
    assertion, challenge = login(authenticator, client_data=FRAMED)
    assert assertion is not None
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) is None
    assert "passkey assertion refused: made in a cross-origin frame" in caplog.messages


def test_an_assertion_whose_id_is_not_its_raw_id_is_refused(enrolled):
    authenticator, _ = enrolled
    options = webauthn_rp.authentication_options(
        SETTINGS, challenge=secrets.token_bytes(32), allowed=[]
    )
    answer = with_member(authenticator.get(options), ("id",), b64url(b"someone else"))
    assert webauthn_rp.read_assertion(answer) is None


def test_an_assertion_without_a_user_handle_is_read(enrolled):
    authenticator, public_key = enrolled
    challenge = secrets.token_bytes(32)
    options = webauthn_rp.authentication_options(SETTINGS, challenge=challenge, allowed=[])
    answer = json.loads(authenticator.get(options))
    del answer["response"]["userHandle"]
    assertion = webauthn_rp.read_assertion(json.dumps(answer))
    assert assertion is not None and assertion.user_handle is None
    assert webauthn_rp.verify_assertion(SETTINGS, assertion, challenge, public_key) == 1


def test_an_assertion_encoded_twice_is_refused(enrolled):
    # py_webauthn would decode a JSON string a second time; the service reads objects only
    authenticator, _ = enrolled
    options = webauthn_rp.authentication_options(
        SETTINGS, challenge=secrets.token_bytes(32), allowed=[]
    )
    answer = authenticator.get(options)
    assert webauthn_rp.read_assertion(answer) is not None
    assert webauthn_rp.read_assertion(json.dumps(answer)) is None
