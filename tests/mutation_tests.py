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
    "tests/accounts/test_sessions.py",
    "tests/graphql/test_sessions.py",
]
LIMITS = [
    "tests/accounts/test_ratelimit.py",
    "tests/accounts/test_ratestore.py",
    "tests/accounts/test_memory_store.py",
]
DOCUMENTS = [
    "tests/graphql/test_budget.py",
    "tests/graphql/test_hardening.py",
    "tests/fastpaths/test_documents.py",
    "tests/graphql/test_errors.py",
]
TWO_FACTOR = [
    "tests/accounts/test_two_factor.py",
    "tests/graphql/test_two_factor.py",
]
PASSKEYS = [
    "tests/accounts/test_passkeys.py",
    "tests/accounts/test_passkey_challenges.py",
    "tests/graphql/test_passkeys.py",
]
# the relying party's checks without a database first, then the ceremonies that use them
WEBAUTHN = ["tests/accounts/test_webauthn_rp.py", *PASSKEYS]
LOOKUP = [
    "tests/db/test_lookup_deadline.py",  # the batching and its deadline, on a stand-in database
    "tests/db/test_lookup.py",
    "tests/db/test_engine.py",
    "tests/fastpaths/test_driver_query.py",
    "tests/accounts/test_sessions.py",
]

TESTS_BY_MODULE: dict[str, list[str]] = {
    "service.accounts.sessions": SESSIONS,
    "service.accounts.tokens": [*SESSIONS, "tests/graphql/test_devices.py"],
    "service.accounts.auth": [
        "tests/accounts/test_login_second_factor.py",  # one quick test of the login's branch
        "tests/accounts/test_auth.py",
        "tests/accounts/test_ratelimit.py",
        "tests/accounts/test_two_factor.py",  # the second factor's branch and open_session
    ],
    "service.accounts.totp": TWO_FACTOR,
    "service.accounts.recovery_codes": TWO_FACTOR,
    "service.accounts.challenges": TWO_FACTOR,
    "service.accounts.factors": TWO_FACTOR,
    "service.accounts.two_factor": TWO_FACTOR,
    "service.accounts.passkeys": PASSKEYS,
    "service.accounts.passkey_login": PASSKEYS,
    "service.accounts.passkey_challenges": PASSKEYS,
    "service.accounts.webauthn_rp": WEBAUTHN,
    "service.accounts.passkey_limits": PASSKEYS,
    "service.accounts.devices": ["tests/accounts/test_auth.py", "tests/graphql/test_devices.py"],
    "service.accounts.passwords": [
        "tests/accounts/test_passwords.py",
        "tests/accounts/test_auth.py",
        "tests/fastpaths/test_argon2_kept.py",  # the hasher on kept memory
    ],
    "service.accounts.ratelimit": LIMITS,
    # the store's own tests first: the limiter's run on Redis too, and take longer
    "service.accounts.ratestore": [
        "tests/accounts/test_ratestore.py",
        "tests/accounts/test_memory_store.py",
        "tests/accounts/test_ratelimit.py",
    ],
    "service.accounts.memory_store": [
        "tests/accounts/test_memory_store.py",
        "tests/accounts/test_ratelimit.py",
    ],
    "service.accounts.unit_of_work": [
        "tests/accounts/test_unit_of_work.py",
        "tests/accounts/test_stored_images.py",
    ],
    "service.accounts.validation": [
        "tests/accounts/test_validation.py",
        "tests/accounts/test_users.py",
        "tests/graphql/test_register.py",
    ],
    "service.graphql.request_policy": DOCUMENTS,
    "service.graphql.budget": DOCUMENTS,
    # the sensitive-mutation rule's tests first: every document the others send runs the rule
    "service.graphql.document_checks": [
        "tests/graphql/test_hardening.py",
        "tests/graphql/test_budget.py",
        "tests/fastpaths/test_documents.py",
        "tests/graphql/test_errors.py",
    ],
    "service.fastpaths.documents": ["tests/fastpaths/test_documents.py", *DOCUMENTS],
    "service.fastpaths.driver_query": ["tests/fastpaths/test_driver_query.py", *LOOKUP],
    "service.fastpaths.argon2_kept": [
        "tests/fastpaths/test_argon2_kept.py",
        "tests/accounts/test_passwords.py",
    ],
    "service.db.lookup": LOOKUP,
}


# ``make mutate`` runs one group (``MUTATE_GROUP``, ``core`` by default), each within about 20
# minutes on 2 cores: the sessions, passwords, limits, validation, request policy and speed
# paths, and, on their own, the second factor and passkeys (``make mutate-factors``).
FACTORS = [
    "service.accounts.totp",
    "service.accounts.recovery_codes",
    "service.accounts.challenges",
    "service.accounts.factors",
    "service.accounts.two_factor",
    "service.accounts.passkeys",
    "service.accounts.passkey_login",
    "service.accounts.passkey_challenges",
    "service.accounts.webauthn_rp",
    "service.accounts.passkey_limits",
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
