"""Resolvers of the caller's security events."""

from service.graphql.events.security_events import security_events

__all__ = ["security_events"]
