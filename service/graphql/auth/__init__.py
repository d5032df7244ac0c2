"""Resolvers of the caller and of logging in and out: one module per operation."""

from service.graphql.auth.login import login
from service.graphql.auth.logout import logout
from service.graphql.auth.logout_all import logout_all
from service.graphql.auth.me import me

__all__ = ["login", "logout", "logout_all", "me"]
