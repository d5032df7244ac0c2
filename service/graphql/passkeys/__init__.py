"""Resolvers of the passkey operations (WebAuthn): one module per operation."""

from service.graphql.passkeys.begin_passkey_login import begin_passkey_login
from service.graphql.passkeys.begin_passkey_registration import begin_passkey_registration
from service.graphql.passkeys.finish_passkey_login import finish_passkey_login
from service.graphql.passkeys.finish_passkey_registration import finish_passkey_registration
from service.graphql.passkeys.list_passkeys import list_passkeys
from service.graphql.passkeys.remove_passkey import remove_passkey

__all__ = [
    "begin_passkey_login",
    "begin_passkey_registration",
    "finish_passkey_login",
    "finish_passkey_registration",
    "list_passkeys",
    "remove_passkey",
]
