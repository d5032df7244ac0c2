"""What an operator does to accounts at the shell (``accounts users suspend|activate|set-role|
reset-2fa``): the admin API's own actions (``accounts.admin.actions``), as ``cli:<login>``, with
the same audit entries."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from service.cli.runtime import with_unit_of_work
from service.config import Settings

if TYPE_CHECKING:
    from service.accounts.services import Services
    from service.db.unit_of_work import UnitOfWork


def operator_login() -> str:
    """Who runs the command, as the audit log names them (``cli:<login>``)."""
    try:
        return os.environ.get("SUDO_USER") or getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (a bare container)
        return f"uid{os.getuid()}"


def _act(
    identifier: str, settings: Settings, act: Callable[..., Awaitable[object]], *extra: object
) -> tuple[str, object] | None:
    """Run an admin action (``accounts.admin.actions``) as the operator, on the account an
    email or username names: its username and the outcome, or ``None`` when none matches."""
    from service.accounts.admin.staff import operator
    from service.accounts.profile.users import find_user

    staff = operator(operator_login())

    async def work(uow: UnitOfWork, services: Services) -> tuple[str, object] | None:
        user = await find_user(uow, identifier)
        if user is None:
            return None
        return user.username, await act(uow, services, staff, user.id, *extra)

    return with_unit_of_work(settings, work)


def _report(identifier: str, found: tuple[str, object] | None, done: Callable[[Any], str]) -> int:
    from service.accounts.admin.outcomes import ActionRefused, UserActionDone
    from service.accounts.outcomes import ValidationFailed

    if found is None:
        print(f"accounts: no user matches {identifier!r}", file=sys.stderr)
        return 1
    username, outcome = found
    if isinstance(outcome, UserActionDone):
        print(f"{username}: {done(outcome)}")
        return 0
    if isinstance(outcome, ValidationFailed):
        for error in outcome.fields:
            print(f"accounts: {error.field}: {error.message} ({error.code})", file=sys.stderr)
        return 1
    if isinstance(outcome, ActionRefused):
        print(f"accounts: {username}: {outcome.message} ({outcome.code})", file=sys.stderr)
        return 1
    print(f"accounts: {username}: {getattr(outcome, 'message', outcome)}", file=sys.stderr)
    return 1


def cmd_users_suspend(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.admin.actions import suspend_user

    found = _act(args.identifier, settings, suspend_user, args.reason)
    return _report(
        args.identifier, found, lambda done: f"SUSPENDED ({done.sessions_ended} sessions revoked)"
    )


def cmd_users_activate(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.admin.actions import reactivate_user

    found = _act(args.identifier, settings, reactivate_user, args.reason)
    return _report(args.identifier, found, lambda _: "ACTIVE (0 sessions revoked)")


def cmd_users_set_role(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.admin.actions import set_user_role
    from service.accounts.admin.staff import second_factor_before
    from service.clock import utcnow
    from service.db.models import Role

    role = Role(args.role)

    factorless: list[bool] = []

    async def act(
        uow: UnitOfWork, services: Services, staff: Any, user_id: Any, reason: str | None
    ) -> object:
        factorless.append(not await second_factor_before(uow, user_id, utcnow()))
        return await set_user_role(
            uow, services, staff, user_id, role, reason, require_second_factor=False
        )

    found = _act(args.identifier, settings, act, args.reason)
    status = _report(
        args.identifier,
        found,
        lambda done: f"role {role.value}" + ("" if done.changed else " (unchanged)"),
    )
    if status == 0 and role != Role.USER and factorless and factorless[0]:
        print(
            "accounts: warning: this account has no second factor yet. It cannot use the admin "
            "API until it signs in with one, and whoever holds its password alone could enrol "
            "one: have its owner turn on two-factor sign-in or add a passkey now.",
            file=sys.stderr,
        )
    return status


def cmd_users_reset_2fa(args: argparse.Namespace, settings: Settings) -> int:
    from service.accounts.admin.actions import reset_user_two_factor

    found = _act(args.identifier, settings, reset_user_two_factor, args.reason)
    return _report(
        args.identifier,
        found,
        lambda done: (
            "second factor removed (a notice was queued)"
            if done.changed
            else "no second factor to remove"
        ),
    )
