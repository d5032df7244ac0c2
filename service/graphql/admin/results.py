"""What the admin API's mutations answer, and the input of createUser."""

from __future__ import annotations

from typing import Annotated

import strawberry

from service.accounts import outcomes
from service.accounts.admin.outcomes import ActionRefused as RefusedOutcome
from service.accounts.admin.outcomes import UserActionDone as DoneOutcome
from service.accounts.admin.outcomes import UserNotFound as NotFoundOutcome
from service.graphql.admin.types import AdminUser
from service.graphql.present import present
from service.graphql.results import RateLimited, ReauthenticationRequired, ValidationError
from service.graphql.users.types import UserAlreadyExists


@strawberry.type(description="The action was taken.")
class UserActionDone:
    user: AdminUser | None = strawberry.field(
        description="The account as it is now; null once deleted."
    )
    sessions_ended: int
    changed: bool = strawberry.field(
        description="false: the account was already so (the action is still in the audit log)."
    )


@strawberry.type(description="No account has this id.")
class UserNotFound:
    message: str


@strawberry.type(
    description="The caller may not do this to this account. code: own_account, "
    "staff_account, last_admin, suspended, forbidden."
)
class ActionRefused:
    code: str
    message: str


AdminActionResult = Annotated[
    UserActionDone
    | UserNotFound
    | ActionRefused
    | ValidationError
    | UserAlreadyExists
    | RateLimited
    | ReauthenticationRequired,
    strawberry.union(
        "AdminActionResult",
        description="ReauthenticationRequired: a staff session must be privileged to act; "
        "call reauthenticate on /graphql and try again.",
    ),
]


@strawberry.input
class CreateUserInput:
    email: str
    username: str
    first_name: str
    last_name: str
    password: str | None = strawberry.field(
        default=None, description="null: no password (the owner signs in another way)."
    )
    email_verified: bool = False
    locale: str | None = None
    reason: str | None = None


ActionOutcome = (
    DoneOutcome
    | NotFoundOutcome
    | RefusedOutcome
    | outcomes.ValidationFailed
    | outcomes.UserAlreadyExists
    | outcomes.RateLimited
    | outcomes.ReauthenticationRequired
)


def present_action(outcome: ActionOutcome) -> AdminActionResult:
    match outcome:
        case DoneOutcome():
            user = AdminUser.from_row(outcome.user) if outcome.user is not None else None
            return UserActionDone(
                user=user, sessions_ended=outcome.sessions_ended, changed=outcome.changed
            )
        case NotFoundOutcome():
            return UserNotFound(message=outcome.message)
        case RefusedOutcome():
            return ActionRefused(code=outcome.code, message=outcome.message)
        case _:
            return present(outcome)
