"""Resolvers of the account flows by email: one module per operation."""

from service.graphql.email.confirm_email_change import confirm_email_change
from service.graphql.email.request_email_verification import request_email_verification
from service.graphql.email.request_password_reset import request_password_reset
from service.graphql.email.reset_password import reset_password
from service.graphql.email.verify_email import verify_email

__all__ = [
    "confirm_email_change",
    "request_email_verification",
    "request_password_reset",
    "reset_password",
    "verify_email",
]
