"""The example clients against a real server: gql (Python) and graphql-codegen + tsc."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.conftest import IN_CI, PASSWORD
from tests.e2e.server import running_server
from tests.helpers import REGISTER, registration

ROOT = Path(__file__).resolve().parents[2]
TYPESCRIPT = ROOT / "clients" / "typescript"


def run_example(base: str, password: str) -> subprocess.CompletedProcess[str]:
    example = ROOT / "clients" / "python" / "example.py"
    return subprocess.run(
        [
            sys.executable,
            str(example),
            "--url",
            f"{base}/graphql",
            "--identifier",
            "ada@example.com",
            "--password",
            password,
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_python_gql_client_logs_in_and_asks_me(fresh_database, tmp_path):
    url = fresh_database("postgresql")
    with running_server(url, tmp_path) as base:
        httpx.post(
            f"{base}/graphql", json={"query": REGISTER, "variables": {"input": registration()}}
        )
        result = run_example(base, PASSWORD)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("logged in as ada_lovelace <ada@example.com>")
        wrong = run_example(base, "Nope-1234")
        assert wrong.returncode != 0 and "InvalidCredentials" in wrong.stderr


def npm(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        ["npm", *args],
        cwd=TYPESCRIPT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def node_modules():
    if shutil.which("npm") is None:
        if IN_CI:
            pytest.fail("npm is required for the TypeScript client test in CI", pytrace=False)
        pytest.skip("npm is not installed")
    installed = npm("ci", "--no-audit", "--no-fund")
    assert installed.returncode == 0, installed.stderr[-3000:]


def test_typescript_codegen_and_tsc_pass(node_modules):
    codegen = npm("run", "codegen")
    assert codegen.returncode == 0, codegen.stdout[-3000:] + codegen.stderr[-3000:]
    operations = (TYPESCRIPT / "src" / "generated" / "operations.ts").read_text()
    for name in (
        "RegisterUserMutation",
        "LoginMutation",
        "MeQuery",
        "SessionsQuery",
        "LogoutMutation",
        "LogoutAllMutation",
        "UpdateUserMutation",
        "ChangePasswordMutation",
        "RevokeSessionMutation",
        "RequestEmailVerificationMutation",
        "VerifyEmailMutation",
        "RequestPasswordResetMutation",
        "ResetPasswordMutation",
        "ConfirmEmailChangeMutation",
        "DeleteAccountMutation",
        "SecurityEventsQuery",
        "BeginTotpSetupMutation",
        "ConfirmTotpSetupMutation",
        "RegenerateRecoveryCodesMutation",
        "DisableTwoFactorMutation",
        "CompleteLoginMutation",
        "PasskeysQuery",
        "BeginPasskeyRegistrationMutation",
        "FinishPasskeyRegistrationMutation",
        "BeginPasskeyLoginMutation",
        "FinishPasskeyLoginMutation",
        "RemovePasskeyMutation",
        "ReauthenticateMutation",
        "BeginPasskeyReauthenticationMutation",
        "SetPasswordMutation",
    ):
        assert f"export type {name} " in operations, name
    typecheck = npm("run", "typecheck")
    assert typecheck.returncode == 0, typecheck.stdout[-3000:] + typecheck.stderr[-3000:]


def test_the_typescript_clients_documents_are_in_the_bundled_manifest(node_modules, tmp_path):
    """`npm run manifest` writes the ids of every document the client sends; the service's
    bundled copy is that file, so a client built with `documentIds: true` is understood."""
    written = npm("run", "manifest", "--", str(tmp_path / "manifest.json"))
    assert written.returncode == 0, written.stdout[-2000:] + written.stderr[-2000:]
    bundled = ROOT / "service" / "graphql" / "documents" / "users-typescript.json"
    assert (tmp_path / "manifest.json").read_text() == bundled.read_text(), (
        "stale users-typescript.json: run `npm run manifest` in clients/typescript"
    )


def test_a_breaking_schema_change_fails_codegen(node_modules, tmp_path):
    schema = (ROOT / "schema.graphql").read_text()
    broken = schema.replace("  username: String!\n  firstName", "  handle: String!\n  firstName", 1)
    assert broken != schema
    (tmp_path / "broken.graphql").write_text(broken)
    codegen = npm("run", "codegen", env={"SCHEMA": str(tmp_path / "broken.graphql")})
    assert codegen.returncode != 0
    assert 'Cannot query field "username" on type "User"' in codegen.stdout + codegen.stderr


def test_one_fields_selection_covers_validation_and_duplicate_outcomes():
    """``ValidationError.fields`` and ``UserAlreadyExists.fields`` have one type, so the
    documents that select both (tests, Python example) validate without an alias."""
    import importlib.util

    from graphql import build_schema, parse, validate

    from service.graphql.schema import export_sdl
    from tests.helpers import UPDATE

    schema = build_schema(export_sdl())
    spec = importlib.util.spec_from_file_location("example", ROOT / "clients/python/example.py")
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    requests = (example.REGISTER, example.LOGIN, example.ME)  # gql's GraphQLRequest
    documents = [request.document for request in requests] + [parse(REGISTER), parse(UPDATE)]
    for document in documents:
        assert validate(schema, document) == []
    taken = {"fields": [{"field": "email", "code": "taken", "message": "This email is taken."}]}
    assert example.field_errors(taken) == {"email": ["This email is taken. (taken)"]}
