"""Resolvers of two-factor sign-in: one module per operation."""

from service.graphql.two_factor.begin_totp_setup import begin_totp_setup
from service.graphql.two_factor.complete_login import complete_login
from service.graphql.two_factor.confirm_totp_setup import confirm_totp_setup
from service.graphql.two_factor.disable_two_factor import disable_two_factor
from service.graphql.two_factor.regenerate_recovery_codes import regenerate_recovery_codes

__all__ = [
    "begin_totp_setup",
    "complete_login",
    "confirm_totp_setup",
    "disable_two_factor",
    "regenerate_recovery_codes",
]
