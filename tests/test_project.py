"""Project-level checks: schema export, the settings the documentation lists, the mutation run's
test selection (the compose file: tests/test_compose.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from service.config import Settings
from service.graphql.admin.schema import build_admin_schema, export_admin_sdl
from service.graphql.schema import build_schema, export_sdl

ROOT = Path(__file__).resolve().parent.parent


def _settings_env_names() -> set[str]:
    return {f"ACCOUNTS_{name.upper()}" for name in Settings.model_fields}


def test_schema_graphql_matches_the_code():
    committed = (ROOT / "schema.graphql").read_text()
    assert committed == export_sdl(), "schema.graphql is stale: run `make schema`"


def test_schema_admin_graphql_matches_the_code():
    committed = (ROOT / "schema.admin.graphql").read_text()
    assert committed == export_admin_sdl(), "schema.admin.graphql is stale: run `make schema`"


def test_the_users_schema_has_nothing_of_the_admin_schema():
    users = build_schema()._schema
    admin = build_admin_schema()._schema
    admin_only = {"whoami", "users", "user", "auditLog"} | set(admin.mutation_type.fields)
    assert admin_only.isdisjoint(users.query_type.fields)
    assert admin_only.isdisjoint(users.mutation_type.fields)
    for name in ("AdminUser", "AuditEntry", "Role", "KeyRole", "Staff", "AdminActionResult"):
        assert name not in users.type_map, name


def test_export_schema_admin_command_prints_the_admin_sdl():
    out = subprocess.run(
        [sys.executable, "-m", "service.cli", "export-schema", "--admin"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert out.stdout == export_admin_sdl()


def test_export_schema_command_prints_the_sdl():
    out = subprocess.run(
        [sys.executable, "-m", "service.cli", "export-schema"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert out.stdout == export_sdl()


PER_PROVIDER = re.compile(
    r"ACCOUNTS_OIDC_[A-Z][A-Z0-9_]*_(ISSUER|CLIENT_ID|CLIENT_SECRET|SCOPES|DISPLAY_NAME)"
)


def test_the_configuration_page_lists_every_setting_and_no_page_names_an_unknown_one():
    """docs/configuration.md lists every setting; the README and every page of docs/ name only
    settings that exist (a renamed setting cannot linger in the prose)."""
    listed = set(
        re.findall(
            r"^\| `(ACCOUNTS_[A-Z0-9_]+)` \|",
            (ROOT / "docs" / "configuration.md").read_text(),
            re.M,
        )
    )
    missing = _settings_env_names() - listed
    assert not missing, f"docs/configuration.md lacks {sorted(missing)}"
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    test_only = {  # variables of the test suite and the mutation run, not of the service
        "ACCOUNTS_TEST_POSTGRES_DSN",
        "ACCOUNTS_TEST_REDIS_URL",
        "ACCOUNTS_TEST_FUZZ_SECONDS",
        "ACCOUNTS_TEST_BACKENDS",
        "ACCOUNTS_TEST_CHROMIUM",
        "ACCOUNTS_TEST_SQLITE_TEMPLATE",
        "ACCOUNTS_SCREENSHOTS_DIR",
        "ACCOUNTS_MUTATION_GROUP",
        "ACCOUNTS_MUTATION_TIMES",
    }
    for name in test_only:  # each one is read somewhere
        assert any(
            name in path.read_text()
            for path in [
                ROOT / "Makefile",
                *(ROOT / "tests").rglob("*.py"),
                *(ROOT / "scripts").rglob("*.py"),
            ]
        ), name
    for page in pages:
        named = set(re.findall(r"`(ACCOUNTS_[A-Z0-9_]+)`", page.read_text()))
        unknown = named - _settings_env_names() - test_only
        # a provider's own variables (``ACCOUNTS_OIDC_<NAME>_ISSUER``...), one name each
        unknown = {name for name in unknown if not PER_PROVIDER.fullmatch(name)}
        assert not unknown, f"{page.name} names unknown {sorted(unknown)}"
    assert (ROOT / "README.md").read_text().splitlines()[0].startswith("# accounts")


def test_the_mutation_run_selects_exactly_the_test_files_that_judge_a_module():
    """``[tool.mutmut]``'s test selection and ``tests/mutation_tests.py`` name the same files,
    every one of which exists, and every mutated module has its own."""
    import tomllib

    from tests.mutation_tests import TESTS_BY_FUNCTION, TESTS_BY_MODULE

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mutmut"]
    mapped = {
        path
        for table in (TESTS_BY_MODULE, TESTS_BY_FUNCTION)
        for paths in table.values()
        for path in paths
    }
    assert set(config["pytest_add_cli_args_test_selection"]) == mapped
    assert all((ROOT / path).exists() for path in mapped)
    mutated = {
        path.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for pattern in config["only_mutate"]
        for path in ROOT.glob(pattern)
        if path.name != "__init__.py"
    }
    assert mutated == set(TESTS_BY_MODULE)
    # every function's files are named under a mutated module's mutmut name
    assert {name.rsplit(".", 1)[0] for name in TESTS_BY_FUNCTION} <= mutated
    from tests.mutation_tests import GROUPS

    grouped = [module for modules in GROUPS.values() for module in modules]
    assert sorted(grouped) == sorted(TESTS_BY_MODULE)  # each module in exactly one group
    report = (ROOT / "scripts" / "mutation_report.py").read_text()
    choices = re.search(r"choices=\[([^\]]*)\]", report)
    assert choices is not None
    assert re.findall(r'"(\w+)"', choices.group(1)) == sorted(GROUPS)


def test_every_field_that_reads_the_caller_declares_it_signed_in():
    """Authorisation is declared on the field: a resolver that reads ``Context.caller`` runs
    only behind the ``SignedIn`` permission, and no field declares it without using it."""
    import inspect

    from service.graphql.permissions import SignedIn
    from service.graphql.schema import Mutation, Query

    checked = 0
    for root in (Query, Mutation):
        for field in root.__strawberry_definition__.fields:
            resolver = field.base_resolver
            if resolver is None:
                continue
            source = inspect.getsource(inspect.getmodule(resolver.wrapped_func))
            reads_caller = ".caller" in source
            declared = SignedIn in field.permission_classes
            assert reads_caller == declared, field.python_name
            checked += declared
    assert checked == 25


def test_the_layering_contract_holds_and_places_every_module():
    """``make lint``'s import-linter contracts pass, and every module at the top of the
    package sits in exactly one layer: a new module must be placed, and a layer taken out of
    the contract fails here."""
    import re
    import subprocess
    import sys
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    (layers,) = [c["layers"] for c in config["contracts"] if c["type"] == "layers"]
    placed = [name for layer in layers for name in re.split(r"\s*[|:]\s*", layer)]
    top = {
        f"service.{path.stem}"
        for path in (ROOT / "service").iterdir()
        if (path.suffix == ".py" and path.stem not in {"__init__", "__main__"})
        or (path.is_dir() and (path / "__init__.py").exists())
    }
    assert sorted(placed) == sorted(top)
    forbidden = [c for c in config["contracts"] if c["type"] == "forbidden"]
    assert {"service.accounts", "service.mail", "service.db"} <= set(forbidden[0]["source_modules"])
    assert {"starlette", "strawberry"} <= set(forbidden[0]["forbidden_modules"])
    run = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports"))],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout[-2000:]


def test_no_module_of_the_service_or_the_benchmark_is_over_300_lines():
    """Modules stay small enough to read in one sitting: a module that grows past 300 lines
    is split along what it does."""
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text().splitlines())
        for folder in ("service", "bench")
        for path in (ROOT / folder).rglob("*.py")
    }
    assert len(sizes) > 100
    assert {name: n for name, n in sizes.items() if n > 300} == {}
