"""Which tests judge a mutant of each mutated module (``make mutate``).

mutmut runs, for a mutant, every test that called the mutated function; for the functions
on every request (token lookup, validation, the document budget) that is most of the suite.
Here each module names the test files that execute it, ranked from coverage: a mutant
runs only the covering tests among those, in this order, so the run fits its time budget.
Outside a mutation run (``MUTANT_UNDER_TEST`` unset, or mutmut's own ``stats``/``fail``
runs) nothing is deselected.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MAP = Path(__file__).with_name("mutation_map.json")

# ``make mutate`` runs one group (``MUTATE_GROUP``, ``core`` by default), each within about 20
# minutes on 2 cores. Every module that decides who gets in is in one of them.
GROUPS: dict[str, list[str]] = {
    # sign-in, sessions and their tokens, what a profile may hold, the database paths under
    # them (``make mutate``)
    "core": [
        "service.accounts.signin.pipeline",
        "service.accounts.signin.proofs",
        "service.accounts.signin.password_login",
        "service.accounts.signin.password_change",
        "service.accounts.signin.current_password",
        "service.accounts.signin.devices",
        "service.accounts.sessions.store",
        "service.accounts.sessions.callers",
        "service.accounts.tokens",
        "service.accounts.profile.validation",
        "service.db.unit_of_work",
        "service.db.lookup",
        "service.db.driver_query",
    ],
    # passwords and their hashing, the budgets and their stores, the request policy
    # (``make mutate-policy``)
    "policy": [
        "service.accounts.passwords.hasher",
        "service.accounts.passwords.argon2_kept",
        "service.accounts.passwords.rules",
        "service.accounts.limits.budget",
        "service.accounts.limits.attempts",
        "service.accounts.limits.store",
        "service.accounts.limits.memory_store",
        "service.graphql.policy.extensions",
        "service.graphql.policy.budget",
        "service.graphql.policy.checks",
        "service.graphql.policy.prepared",
    ],
    # the second factor: TOTP, recovery codes, the factors an account has, their setup
    # (``make mutate-factors``)
    "factors": [
        "service.accounts.two_factor.totp",
        "service.accounts.two_factor.recovery_codes",
        "service.accounts.two_factor.factors",
        "service.accounts.two_factor.setup",
    ],
    # the second factor at sign-in: its challenges, codes and completion
    # (``make mutate-challenges``)
    "challenges": [
        "service.accounts.two_factor.challenges",
        "service.accounts.two_factor.completion",
        "service.accounts.two_factor.codes",
    ],
    # passkeys (``make mutate-passkeys``)
    "passkeys": [
        "service.accounts.passkeys.store",
        "service.accounts.passkeys.registration",
        "service.accounts.passkeys.login",
        "service.accounts.passkeys.challenges",
        "service.accounts.passkeys.relying_party",
        "service.accounts.passkeys.limits",
    ],
    # the email lifecycle and the account itself (``make mutate-accounts``)
    "accounts": [
        "service.accounts.email.codes",
        "service.accounts.email.verification",
        "service.accounts.email.password_reset",
        "service.accounts.email.email_change",
        "service.accounts.profile.updates",
        "service.accounts.profile.users",
        "service.accounts.profile.writes",
        "service.accounts.profile.deletion",
        "service.accounts.sessions.logouts",
    ],
    # registration (``make mutate-registration``): every test registers an account, so its
    # mutants are judged by many files each and take a run of their own
    "registration": [
        "service.accounts.profile.registration",
    ],
    # the transport: the client's address and body limits, the caller of a request, its
    # credential, the permissions, the cookie rules, the trusted documents (``make
    # mutate-transport``); what every
    # request runs, judged by many tests each, so a run of its own
    "transport": [
        "service.http",
        "service.graphql.context",
        "service.graphql.credentials",
        "service.graphql.permissions",
        "service.graphql.browser_session",
        "service.graphql.trusted",
    ],
    # assurance and step-up: what a privileged operation asks, re-authentication, the long
    # ceilings, breached passwords and the passkey checks they share (``make mutate-assurance``)
    "assurance": [
        "service.accounts.assurance",
        "service.accounts.ceilings",
        "service.accounts.signin.step_up",
        "service.accounts.signin.reauthentication",
        "service.accounts.passwords.breached",
        "service.accounts.passkeys.assertions",
        "service.accounts.passkeys.removal",
        "service.accounts.sessions.listing",
        "service.accounts.email.pacing",
    ],
    # the ways in besides a password and a passkey: sign-in by email code, and with an
    # external identity provider, its callback route and the sign-in, account creation and
    # linking it leads to (``make mutate-external``)
    "external": [
        "service.accounts.signin.email_code",
        "service.accounts.external.login",
        "service.accounts.external.linking",
        "service.external_callback",
    ],
    # the external identity providers themselves: the flow and its handoff, the provider
    # client (discovery, keys, the ID token), GitHub (``make mutate-providers``)
    "providers": [
        "service.accounts.external.flows",
        "service.accounts.external.provider",
        "service.accounts.external.github",
    ],
    # the admin API: who the staff are, their keys, the rules and actions on accounts, the
    # audit log, the directory, and the endpoint's caller and permissions (``make mutate-admin``)
    "admin": [
        "service.accounts.admin.staff",
        "service.accounts.admin.callers",
        "service.accounts.admin.keys",
        "service.accounts.admin.actions",
        "service.accounts.admin.creation",
        "service.accounts.admin.audit",
        "service.accounts.admin.directory",
        "service.graphql.admin.context",
        "service.graphql.admin.permissions",
    ],
    # what other services trust: the gateway check, access tokens and their published keys,
    # webhooks' events and signed deliveries (``make mutate-integration``)
    "integration": [
        "service.gateway",
        "service.accounts.access_tokens",
        "service.well_known",
        "service.accounts.webhooks",
        "service.mail.hooks",
    ],
}

# Which test files judge each module, and each of its functions (by mutmut's name for it,
# ``<module>.x_<function>`` or ``<module>.xǁ<class>ǁ<method>``), in the order they run: derived
# from coverage by ``scripts/mutation_map.py`` (``make mutation-map``), never written by hand.
_MAPPED: dict[str, dict[str, list[str]]] = (
    json.loads(MAP.read_text()) if MAP.exists() else {"modules": {}, "functions": {}}
)
TESTS_BY_MODULE: dict[str, list[str]] = _MAPPED["modules"]
TESTS_BY_FUNCTION: dict[str, list[str]] = _MAPPED["functions"]


def group_tests(group: str) -> list[str]:
    """The test files that judge any module of ``group`` or its functions, in no particular
    order."""
    modules = GROUPS[group]
    paths = {path for module in modules for path in TESTS_BY_MODULE[module]}
    for name, files in TESTS_BY_FUNCTION.items():
        if name.rsplit(".", 1)[0] in modules:
            paths.update(files)
    return sorted(paths)


def narrow_to_group(group: str, args: list[str]) -> list[str] | None:
    """mutmut's own runs (statistics, clean run) in a group's run: only the command-line test
    ids in the group's test files, or ``None`` to keep them all."""
    kept = [arg for arg in args if arg.startswith(tuple(group_tests(group)))]
    return kept or None


def tests_for_mutant(mutant: str) -> list[str] | None:
    """The test files (prefixes of node ids) for ``mutant``, or ``None`` for no selection:
    its function's, else its module's.

    A mutant is named ``<module>.x_<function>__mutmut_<n>`` (methods ``<module>.xǁ…``).
    """
    function = mutant.rsplit("__mutmut_", 1)[0]
    if function in TESTS_BY_FUNCTION:
        return TESTS_BY_FUNCTION[function]
    module = mutant.split(".x_", 1)[0].split(".xǁ", 1)[0]
    return TESTS_BY_MODULE.get(module)


def narrow(mutant: str, args: list[str]) -> list[str] | None:
    """The command-line test ids of ``args`` in ``mutant``'s test files, or ``None`` to keep
    them all: the other files are then not even collected."""
    prefixes = tests_for_mutant(mutant)
    if prefixes is None:
        return None
    kept = [arg for arg in args if arg.startswith(tuple(prefixes))]
    return kept or None


def select(mutant: str, tests: list[tuple[str, int]]) -> list[int] | None:
    """Indexes of ``tests`` (node id, line of the test) to run for ``mutant``, or ``None`` to
    run them all (no mapping, or none of the mapped files among them).

    The mapped files in their order, each file's tests in the order they are written (mutmut
    names a mutant's tests in no particular order): the quick unit tests at the top of a file
    run before the slower ones below them, and a mutant fails at the first test that catches it.
    """
    prefixes = tests_for_mutant(mutant)
    if prefixes is None:
        return None
    ranked: list[tuple[int, str, int, int]] = []
    for index, (nodeid, line) in enumerate(tests):
        for rank, prefix in enumerate(prefixes):
            if nodeid.startswith(prefix):
                ranked.append((rank, nodeid.split("::", 1)[0], line, index))
                break
    if not ranked:
        return None
    return [index for *_, index in sorted(ranked)]


def main(argv: list[str]) -> int:
    """``python -m tests.mutation_tests globs|modules GROUP``: the group's mutant name patterns
    (for ``mutmut run``) or its source files (for ``scripts/mutation_report.py``)."""
    what, group = argv
    if what not in {"globs", "modules"} or group not in GROUPS:
        print(
            f"usage: python -m tests.mutation_tests globs|modules {'|'.join(GROUPS)}",
            file=sys.stderr,
        )
        return 2
    for module in GROUPS[group]:
        print(f"{module}.*" if what == "globs" else module.replace(".", "/") + ".py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
