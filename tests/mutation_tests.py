"""Which tests judge a mutant of each mutated module (``make mutate``).

mutmut runs, for a mutant, every test that called the mutated function; for the functions
on every request (token lookup, validation, the document budget) that is most of the suite.
Here each module names the test files that test it, the module's own mirror first: a mutant
runs only the covering tests among those, in this order, so the run fits its time budget.
Outside a mutation run (``MUTANT_UNDER_TEST`` unset, or mutmut's own ``stats``/``fail``
runs) nothing is deselected.
"""

from __future__ import annotations

import sys

SESSIONS = [
    "tests/accounts/sessions/test_sessions.py",
    "tests/graphql/test_sessions.py",
]
LIMITS = [
    "tests/accounts/limits/test_attempts.py",
    "tests/accounts/limits/test_store.py",
    "tests/accounts/limits/test_memory_store.py",
]
DOCUMENTS = [
    "tests/graphql/policy/test_budget.py",
    "tests/graphql/test_hardening.py",
    "tests/graphql/policy/test_prepared.py",
    "tests/graphql/test_errors.py",
]
TWO_FACTOR = [
    "tests/accounts/two_factor/test_two_factor.py",
    "tests/graphql/test_two_factor.py",
]
PASSKEYS = [
    "tests/accounts/passkeys/test_passkeys.py",
    "tests/accounts/passkeys/test_challenges.py",
    "tests/graphql/test_passkeys.py",
]
# the relying party's checks without a database first, then the ceremonies that use them
WEBAUTHN = ["tests/accounts/passkeys/test_relying_party.py", *PASSKEYS]
LOOKUP = [
    "tests/db/test_lookup_deadline.py",  # the batching and its deadline, on a stand-in database
    "tests/db/test_lookup.py",
    "tests/db/test_engine.py",
    "tests/db/test_driver_query.py",
    "tests/accounts/sessions/test_sessions.py",
]

TESTS_BY_MODULE: dict[str, list[str]] = {
    "service.accounts.sessions.store": SESSIONS,
    "service.accounts.tokens": [*SESSIONS, "tests/graphql/test_devices.py"],
    "service.accounts.signin.password_login": [
        "tests/accounts/signin/test_second_factor.py",  # one quick test of the login's branch
        "tests/accounts/signin/test_password_login.py",
        "tests/accounts/limits/test_attempts.py",
        "tests/accounts/two_factor/test_two_factor.py",  # the second factor's branch and open_session
    ],
    "service.accounts.two_factor.totp": TWO_FACTOR,
    "service.accounts.two_factor.recovery_codes": TWO_FACTOR,
    "service.accounts.two_factor.challenges": TWO_FACTOR,
    "service.accounts.two_factor.factors": TWO_FACTOR,
    "service.accounts.two_factor.setup": TWO_FACTOR,
    "service.accounts.passkeys.store": PASSKEYS,
    "service.accounts.passkeys.login": PASSKEYS,
    "service.accounts.passkeys.challenges": PASSKEYS,
    "service.accounts.passkeys.relying_party": WEBAUTHN,
    "service.accounts.passkeys.limits": PASSKEYS,
    "service.accounts.signin.devices": [
        "tests/accounts/signin/test_password_login.py",
        "tests/graphql/test_devices.py",
    ],
    "service.accounts.passwords.hasher": [
        "tests/accounts/passwords/test_hasher.py",
        "tests/accounts/signin/test_password_login.py",
        "tests/accounts/passwords/test_argon2_kept.py",  # the hasher on kept memory
    ],
    "service.accounts.limits.attempts": LIMITS,
    # the store's own tests first: the limiter's run on Redis too, and take longer
    "service.accounts.limits.store": [
        "tests/accounts/limits/test_store.py",
        "tests/accounts/limits/test_memory_store.py",
        "tests/accounts/limits/test_attempts.py",
    ],
    "service.accounts.limits.memory_store": [
        "tests/accounts/limits/test_memory_store.py",
        "tests/accounts/limits/test_attempts.py",
    ],
    "service.db.unit_of_work": [
        "tests/db/test_unit_of_work.py",
        "tests/accounts/profile/test_stored_images.py",
    ],
    "service.accounts.profile.validation": [
        "tests/accounts/profile/test_validation.py",
        "tests/accounts/profile/test_registration.py",
        "tests/graphql/test_register.py",
    ],
    "service.graphql.policy.extensions": DOCUMENTS,
    "service.graphql.policy.budget": DOCUMENTS,
    # the sensitive-mutation rule's tests first: every document the others send runs the rule
    "service.graphql.policy.checks": [
        "tests/graphql/test_hardening.py",
        "tests/graphql/policy/test_budget.py",
        "tests/graphql/policy/test_prepared.py",
        "tests/graphql/test_errors.py",
    ],
    "service.graphql.policy.prepared": ["tests/graphql/policy/test_prepared.py", *DOCUMENTS],
    "service.db.driver_query": ["tests/db/test_driver_query.py", *LOOKUP],
    "service.accounts.passwords.argon2_kept": [
        "tests/accounts/passwords/test_argon2_kept.py",
        "tests/accounts/passwords/test_hasher.py",
    ],
    "service.db.lookup": LOOKUP,
}


# ``make mutate`` runs one group (``MUTATE_GROUP``, ``core`` by default), each within about 20
# minutes on 2 cores: the sessions, passwords, limits, validation, request policy and speed
# paths, and, on their own, the second factor and passkeys (``make mutate-factors``).
FACTORS = [
    "service.accounts.two_factor.totp",
    "service.accounts.two_factor.recovery_codes",
    "service.accounts.two_factor.challenges",
    "service.accounts.two_factor.factors",
    "service.accounts.two_factor.setup",
    "service.accounts.passkeys.store",
    "service.accounts.passkeys.login",
    "service.accounts.passkeys.challenges",
    "service.accounts.passkeys.relying_party",
    "service.accounts.passkeys.limits",
]
GROUPS: dict[str, list[str]] = {
    "core": [module for module in TESTS_BY_MODULE if module not in FACTORS],
    "factors": FACTORS,
}


def group_tests(group: str) -> list[str]:
    """The test files that judge any module of ``group``, in no particular order."""
    return sorted({path for module in GROUPS[group] for path in TESTS_BY_MODULE[module]})


def narrow_to_group(group: str, args: list[str]) -> list[str] | None:
    """mutmut's own runs (statistics, clean run) in a group's run: only the command-line test
    ids in the group's test files, or ``None`` to keep them all."""
    kept = [arg for arg in args if arg.startswith(tuple(group_tests(group)))]
    return kept or None


def tests_for_mutant(mutant: str) -> list[str] | None:
    """The test files (prefixes of node ids) for ``mutant``, or ``None`` for no selection.

    A mutant is named ``<module>.x_<function>__mutmut_<n>`` (methods ``<module>.xǁ…``).
    """
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
