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
    original = error.original_error
    return original is None or isinstance(original, ExpectedError)


class ServiceBusyError(ExpectedError):
    code = "SERVICE_BUSY"

    def __init__(self, message: str = "Too many password checks in progress. Try again.") -> None:
        super().__init__(message)
