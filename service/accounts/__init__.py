"""The service layer: registration, authentication, sessions, profiles and passwords.

Plain async functions over an ``AsyncSession`` and plain values. Nothing here knows about
Starlette or Strawberry; the transport layer commits, the functions here only flush.
"""
