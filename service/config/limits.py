"""Settings that bound what one client may ask: rate limits and GraphQL document bounds."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, Field

from service.config.types import Networks, RateLimit

PER_IP = "(IPv6: one /64)"


class RateLimitSettings(BaseModel):
    """Budgets are written `amount/period` (`5/15 minutes`, `20/hour`). How they fit together,
    and why: [Security](security.md#rate-limits)."""

    TITLE: ClassVar[str] = "Rate limits"

    rate_limit_enabled: bool = Field(
        True, description="`false` switches every rate limit off (tests, benchmarks)"
    )
    rate_limit_key_prefix: str = Field(
        "accounts", description="prefix of the rate-limit keys in Redis"
    )
    rate_limit_login_per_ip_identifier: RateLimit = Field(
        "5/15 minutes",
        description="login attempts from unknown devices for one account from one IP "
        f"{PER_IP}; a success clears it",
    )
    rate_limit_login_per_ip: RateLimit = Field(
        "50/15 minutes",
        description=f"failed logins from unknown devices at one IP {PER_IP} across accounts",
    )
    rate_limit_login_unknown_devices_per_account: RateLimit = Field(
        "20/hour",
        description="the account's ceiling: failed password checks from unknown devices (and "
        "failed checks in `changePassword`/`updateUser`); past it every unknown device is "
        "refused",
    )
    rate_limit_login_per_device: RateLimit = Field(
        "10/15 minutes",
        description="login attempts from one known device (one that sends the `deviceToken` "
        "this account gave it); a success clears it",
    )
    rate_limit_password_checks_per_session: RateLimit = Field(
        "5/15 minutes",
        description="password checks by one session (`changePassword`, `updateUser` changing "
        "the email); a success clears it",
    )
    rate_limit_uniqueness_checks_per_user: RateLimit = Field(
        "20/hour",
        description="new emails or usernames one user may try in `updateUser` (each is a check "
        "whether it is taken)",
    )
    rate_limit_uniqueness_checks_per_ip: RateLimit = Field(
        "60/hour", description=f"the same checks from one IP {PER_IP}"
    )
    rate_limit_register_per_ip: RateLimit = Field(
        "20/hour", description=f"registrations from one IP {PER_IP}"
    )
    rate_limit_external_flows_per_ip: RateLimit = Field(
        "30/hour",
        description=f"sign-ins and links begun with an external provider from one IP {PER_IP} "
        "(`beginExternalLogin`, `beginExternalLink`)",
    )
    rate_limit_admin_requests_per_caller: RateLimit = Field(
        "600/minute",
        description="requests to the admin API (`/admin/graphql`) from one admin key or staff "
        "account",
    )
    rate_limit_image_uploads_per_user: RateLimit = Field(
        "20/hour",
        description="profile images one signed-in user may upload (`updateUser`), counted "
        "before the image is decoded",
    )
    rate_limit_code_requests_per_address: RateLimit = Field(
        "5/hour",
        description="codes one client (IP "
        f"{PER_IP}) may have sent to one address (`requestPasswordReset`, "
        "`requestEmailVerification`, an email change, an unverified login), whether or not it "
        "has an account: one client cannot spend another's",
    )
    rate_limit_code_mails_per_address: RateLimit = Field(
        "10/day",
        description="codes sent to one address by every client together: no address is "
        "flooded, and it bounds the guesses at codes strangers can have sent; the account's "
        "own sessions and the devices it signed in from are not held to it (see "
        "[Security](security.md#recovery-that-strangers-cannot-deny))",
    )
    rate_limit_registration_notices_per_address: RateLimit = Field(
        "3/day",
        description="mails telling the owner of a taken address that someone tried to "
        "register with it (`ACCOUNTS_HIDE_REGISTERED_EMAILS`); past it the registration is "
        "answered alike, without a mail",
    )
    rate_limit_code_requests_per_ip: RateLimit = Field(
        "30/hour", description=f"codes asked for from one IP {PER_IP}"
    )
    rate_limit_code_checks_per_address: RateLimit = Field(
        "10/hour",
        description="codes one client (IP "
        f"{PER_IP}) submits for one address without the handle of their request "
        "(`verifyEmail`, `resetPassword`), or for one account (`confirmEmailChange`)",
    )
    rate_limit_code_checks_per_ip: RateLimit = Field(
        "60/hour", description=f"codes submitted from one IP {PER_IP}"
    )
    rate_limit_two_factor_checks_per_account: RateLimit = Field(
        "10/15 minutes",
        description="TOTP and recovery codes checked for one account (`completeLogin`, "
        "`confirmTotpSetup`, `reauthenticate` and the inline checks), reserved before each "
        "check, cleared by a success; beside it, 100 wrong codes in all refuse the second "
        "factor until a password reset",
    )
    rate_limit_passkey_login_per_ip: RateLimit = Field(
        "60/15 minutes",
        description=f"`beginPasskeyLogin` and `finishPasskeyLogin` calls from one IP {PER_IP}, "
        "each aliased field counted",
    )
    rate_limit_passkey_registrations_per_user: RateLimit = Field(
        "20/hour", description="`beginPasskeyRegistration` calls of one account"
    )
    max_known_devices_per_user: int = Field(
        20,
        ge=1,
        description="device tokens remembered per account (the least recently used is forgotten)",
    )
    trusted_proxies: Networks = Field(
        default_factory=list,
        description="comma-separated proxy addresses or networks (`10.0.0.0/8`) whose "
        "`X-Forwarded-For` is believed: list your load balancer, or every client shares its "
        "address's budgets",
    )


class RequestBoundSettings(BaseModel):
    """Every GraphQL document is bounded before it is validated; a document over a bound gets
    one error naming the rule. See [Security](security.md#abuse-limits)."""

    TITLE: ClassVar[str] = "Request bounds"

    max_body_bytes: int = Field(
        64 * 1024, ge=1024, description="larger request bodies get 413 before parsing"
    )
    max_query_depth: int = Field(10, ge=1, description="deepest field nesting of a document")
    max_aliases: int = Field(15, ge=0, description="aliases per document")
    max_tokens: int = Field(2000, ge=50, description="lexical tokens per document")
    max_directives: int = Field(
        20, ge=0, description="directives per document (and none repeated at one location)"
    )
    max_selections: int = Field(
        300,
        ge=1,
        description="fields per document, each fragment spread counted in full (GraphiQL's "
        "introspection query has 230)",
    )
    max_fragment_spreads: int = Field(32, ge=0, description="fragment spreads per document")
    max_field_repeats: int = Field(
        10,
        ge=1,
        description="times one response name may be selected in one selection set (inline "
        "fragments included)",
    )
    max_operations: int = Field(
        16,
        ge=1,
        description="operations one document may define (a request runs one; an editor's "
        "document may hold a few)",
    )
    max_variables: int = Field(
        32, ge=0, description="variable definitions in one document, all operations together"
    )
    max_sensitive_fields: int = Field(
        1,
        ge=0,
        description="`login`/`registerUser`/`changePassword`/`updateUser`/`resetPassword`/"
        "`deleteAccount`/`regenerateRecoveryCodes`/`disableTwoFactor` fields per request (`0` "
        "turns the rule off)",
    )
    graphql_cache_size: int = Field(
        256,
        ge=1,
        description="parsed and validated documents kept per process (LRU, bounded so unique "
        "queries cannot grow memory)",
    )
