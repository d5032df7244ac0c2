"""Resolvers of the caller's sessions: one module per operation."""

from service.graphql.sessions.list_sessions import list_sessions
from service.graphql.sessions.revoke_session import revoke_session

__all__ = ["list_sessions", "revoke_session"]
