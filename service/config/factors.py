"""Settings of the ways in besides a password: email codes, the second factor, passkeys."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Annotated, ClassVar

from pydantic import BaseModel, BeforeValidator, Field, SecretStr, ValidationInfo, field_validator

from service.config.types import Duration, PositiveDuration, empty_is_unset
from service.config.webauthn import check_origins, check_rp_id


class EmailCodeSettings(BaseModel):
    """Codes prove an address and recover a password; the secret key keeps their digests and
    the TOTP secrets safe. See [Security](security.md#threat-model)."""

    TITLE: ClassVar[str] = "Email codes and the secret key"

    secret_key: Annotated[SecretStr | None, BeforeValidator(empty_is_unset)] = Field(
        None,
        description="keys the digests of email codes and recovery codes, and encrypts TOTP "
        "secrets (AES-GCM); at least 32 characters, the same in every process",
        json_schema_extra={
            "default_text": "required in production; generated into "
            "`ACCOUNTS_SECRET_KEY_FILE` in development"
        },
    )
    secret_key_file: Path = Field(
        Path("./.secret_key"),
        description="development only: where the generated key is kept (mode 0600)",
    )
    code_ttl: PositiveDuration = Field(timedelta(minutes=10), description="lifetime of email codes")
    login_by_code: bool = Field(
        True,
        description="`true`: `requestLoginCode` mails a sign-in code and `loginWithCode` signs in "
        "with it (method `EMAIL_CODE`, AAL1; a second factor still applies)",
    )
    require_verified_email: bool = Field(
        False,
        description="`true`: no session until the email is verified (`VerificationRequired`, "
        "`EmailNotVerified`)",
    )
    hide_registered_emails: bool | None = Field(
        None,
        description="`true`: `registerUser` answers a taken email exactly as a new one "
        "(`VerificationRequired`, no session until verified, in about the same time) and mails "
        "the address's owner that someone tried to register with it; taken usernames are still "
        "reported (they are public)",
        json_schema_extra={"default_text": "on in production"},
    )
    notify_new_signin: bool = Field(
        True,
        description="mail a notice on a sign-in from a device new to the account (no device "
        "token this account issued, and an IP address and user agent pair not seen in its kept "
        "sign-ins)",
    )
    security_event_retention: Duration = Field(
        timedelta(days=180),
        description="security events older than this are deleted by `accounts events purge`",
    )


class SecondFactorSettings(BaseModel):
    """TOTP apps, recovery codes and passkeys. Passkeys work only on the origins listed here:
    in development `accounts serve` lists `http://localhost:PORT` itself (see
    [Clients and the web app](clients.md#passkeys-in-development))."""

    TITLE: ClassVar[str] = "Two-factor and passkeys"

    totp_issuer: str = Field(
        "accounts",
        min_length=1,
        max_length=64,
        description="the issuer name authenticator apps show beside the account (in the "
        "`otpauth://` URI of `beginTotpSetup`)",
    )
    two_factor_challenge_ttl: Duration = Field(
        timedelta(minutes=5),
        description="lifetime of the challenge `TwoFactorRequired` answers (single use, 5 "
        "wrong codes)",
    )
    webauthn_rp_id: str = Field(
        "localhost",
        description="passkey relying party ID: the site's domain (no scheme, port or path; not "
        "an IP address). Passkeys are bound to it: changing it makes every registered passkey "
        "unusable",
    )
    webauthn_rp_name: str = Field(
        "accounts", description="the relying party's name browsers show when a passkey is created"
    )
    webauthn_origins: str = Field(
        "http://localhost:8000",
        description="comma-separated origins whose pages may register and use passkeys: "
        "`https://` on the RP ID or a subdomain of it (`http://` only on `localhost`). In "
        "development `accounts serve` sets `http://localhost:PORT` of its own `--port` unless "
        "this is set",
    )
    passkey_challenge_ttl: PositiveDuration = Field(
        timedelta(minutes=5),
        description="lifetime of a passkey registration or login challenge",
    )
    reauth_window: PositiveDuration = Field(
        timedelta(minutes=10),
        description="how long a full proof (the sign-in, or `reauthenticate`) keeps a session "
        "privileged: changes to how the account signs in, an email change and deleting the "
        "account need it",
    )

    @field_validator("webauthn_rp_id")
    @classmethod
    def _check_rp_id(cls, value: str) -> str:
        return check_rp_id(value)

    @field_validator("webauthn_origins")
    @classmethod
    def _check_origins(cls, value: str, info: ValidationInfo) -> str:
        rp_id = info.data.get("webauthn_rp_id")
        if rp_id is None:  # the RP ID itself was refused; that error is reported
            return value
        return ",".join(check_origins(value, rp_id))

    @property
    def webauthn_origin_list(self) -> list[str]:
        return self.webauthn_origins.split(",")
