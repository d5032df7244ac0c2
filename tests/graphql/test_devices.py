"""Device tokens through GraphQL: AuthSuccess.deviceToken and LoginInput.deviceToken."""

from __future__ import annotations

from tests.conftest import PASSWORD
from tests.helpers import CHANGE_PASSWORD, REGISTER, password_change, registration

LOGIN = """
mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on AuthSuccess { deviceToken }
    ... on InvalidCredentials { message }
    ... on RateLimited { message retryAfterSeconds }
  }
}
"""


async def _login(gql, device=None, password=PASSWORD, ip="198.51.100.3"):
    variables = {"input": {"identifier": "ada_lovelace", "password": password}}
    if device is not None:
        variables["input"]["deviceToken"] = device
    body = await gql(LOGIN, variables)
    return body["data"]["login"]


async def test_every_auth_success_carries_a_device_token(gql):
    body = await gql(
        REGISTER.replace("token expiresAt", "token deviceToken"), {"input": registration()}
    )
    registered = body["data"]["registerUser"]
    device = registered["deviceToken"]
    assert device.startswith("dev_") and len(device) > 40
    # a known device gets its own token back; no token, or a forged one, gets a new one
    assert await _login(gql, device) == {"__typename": "AuthSuccess", "deviceToken": device}
    fresh = (await _login(gql))["deviceToken"]
    forged = (await _login(gql, "dev_" + "A" * 43))["deviceToken"]
    assert len({device, fresh, forged}) == 3
    assert all(token.startswith("dev_") for token in (fresh, forged))
    changed = await gql(
        CHANGE_PASSWORD.replace("token expiresAt", "token deviceToken"),
        password_change(PASSWORD, "Quixotic-Lantern-77"),
        token=registered["token"],
    )
    assert changed["data"]["changePassword"]["deviceToken"].startswith("dev_")


async def test_a_known_device_logs_in_past_the_ceiling(make_state, make_client):
    """P7 #5 end to end: a botnet spends the account's ceiling; the owner's device gets in."""
    state = make_state(
        rate_limit_enabled=True,
        rate_limit_login_unknown_devices_per_account="3/hour",
        trusted_proxies=["127.0.0.1"],
    )
    gql = make_client(state)
    body = await gql(REGISTER, {"input": registration()})
    assert body["data"]["registerUser"]["__typename"] == "AuthSuccess"
    device = (await _login(gql))["deviceToken"]
    answers = []
    for i in range(5):
        headers = {"X-Forwarded-For": f"10.{i}.0.1"}
        variables = {"input": {"identifier": "ada@example.com", "password": "Wrong-Pass-1"}}
        answers.append(
            (await gql(LOGIN, variables, headers=headers))["data"]["login"]["__typename"]
        )
    assert answers == ["InvalidCredentials"] * 3 + ["RateLimited"] * 2
    assert (await _login(gql))["__typename"] == "RateLimited"
    assert await _login(gql, device) == {"__typename": "AuthSuccess", "deviceToken": device}
