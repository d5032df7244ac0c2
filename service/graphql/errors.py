"""Top-level GraphQL errors that clients are meant to see (everything else is masked)."""

from __future__ import annotations

from graphql import GraphQLError


class ExpectedError(GraphQLError):
    """An error whose message and code are safe to show to the client."""

    code = "BAD_REQUEST"

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": self.code})


class UnauthenticatedError(ExpectedError):
    code = "UNAUTHENTICATED"

    def __init__(self, message: str = "Authentication required.") -> None:
        super().__init__(message)


def is_expected(error: GraphQLError) -> bool:
    """Safe to show: syntax, validation and variable errors, and our own typed errors.

    Errors without a path happen before any resolver runs: graphql-core raising them while
    coercing the request's variables (a null for a non-null field, an unknown enum value), so
    they describe the client's input. Anything a resolver raises is masked unless it is an
    ``ExpectedError``.
    """
    original = error.original_error
    if original is None or isinstance(original, ExpectedError):
        return True
    return error.path is None and isinstance(original, (GraphQLError, ValueError, TypeError))


class ConflictError(ExpectedError):
    """The account changed (password or status) while the request was being answered."""

    code = "CONFLICT"

    def __init__(
        self, message: str = "The account changed during this request. Try again."
    ) -> None:
        super().__init__(message)


class ServiceUnavailableError(ExpectedError):
    """The database (or media storage) cannot be reached right now; retrying later will work."""

    code = "SERVICE_UNAVAILABLE"

    def __init__(self, message: str = "The service is temporarily unavailable. Try again.") -> None:
        super().__init__(message)


class ForbiddenError(ExpectedError):
    """The caller is known, and may not do this."""

    code = "FORBIDDEN"

    def __init__(self, message: str = "Your role does not allow this.") -> None:
        super().__init__(message)


class TooManyRequestsError(ExpectedError):
    """The caller's request budget is spent: ``extensions.retryAfterSeconds`` says for how
    long."""

    code = "RATE_LIMITED"

    def __init__(self, retry_after_seconds: int) -> None:
        super().__init__("Too many requests. Try again later.")
        self.extensions = {"code": self.code, "retryAfterSeconds": retry_after_seconds}
