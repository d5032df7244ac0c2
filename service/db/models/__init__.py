"""SQLModel tables: users, their sessions, the devices they logged in from, held usernames,
the mail outbox, email codes, security events, the second factor (TOTP secrets, recovery
codes, sign-in challenges), passkeys and their pending challenges, external identities and the
flows through their providers, the admin API's keys and audit log, the access tokens' signing
keys. Import them from here."""

from service.db.models.accounts import (
    PREFIX_COLUMNS,
    AccountStatus,
    AuthSession,
    KnownDevice,
    Role,
    SecurityEvent,
    SecurityEventKind,
    User,
    UsernameHold,
    name_key,
)
from service.db.models.admin import AdminKey, AuditEntry, KeyRole
from service.db.models.base import NAMING_CONVENTION, metadata
from service.db.models.external import ExternalFlow, ExternalFlowPurpose, ExternalIdentity
from service.db.models.factors import (
    ChallengePurpose,
    LoginChallenge,
    Passkey,
    PasskeyChallenge,
    PasskeyChallengeKind,
    RecoveryCode,
    TotpCredential,
)
from service.db.models.mail import CodePurpose, EmailCode, OutboxMessage, OutboxStatus
from service.db.models.signing import SigningKey

__all__ = [
    "NAMING_CONVENTION",
    "PREFIX_COLUMNS",
    "AccountStatus",
    "AdminKey",
    "AuditEntry",
    "AuthSession",
    "ChallengePurpose",
    "CodePurpose",
    "EmailCode",
    "ExternalFlow",
    "ExternalFlowPurpose",
    "ExternalIdentity",
    "KeyRole",
    "KnownDevice",
    "LoginChallenge",
    "OutboxMessage",
    "OutboxStatus",
    "Passkey",
    "PasskeyChallenge",
    "PasskeyChallengeKind",
    "RecoveryCode",
    "Role",
    "SecurityEvent",
    "SecurityEventKind",
    "SigningKey",
    "TotpCredential",
    "User",
    "UsernameHold",
    "metadata",
    "name_key",
]
