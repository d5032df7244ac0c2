"""GitHub, which speaks plain OAuth 2.0: its user API gives the account's id (the subject)
and login, its emails API the primary address and whether GitHub verified it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from service.accounts.external.values import Asserted, ProviderRefused

GITHUB_API = "https://api.github.com"
GetJson = Callable[[str, dict[str, str]], Awaitable[Any]]


async def github_user(get_json: GetJson, access_token: str) -> Asserted:
    headers = {
        "Authorization": f"Bearer {access_token}",
        "Accept": "application/vnd.github+json",
    }
    user = await get_json(f"{GITHUB_API}/user", headers)
    emails = await get_json(f"{GITHUB_API}/user/emails", headers)
    if not isinstance(user, dict) or not isinstance(user.get("id"), int):
        raise ProviderRefused("invalid_user")
    primary = (
        next((e for e in emails if isinstance(e, dict) and e.get("primary")), None)
        if isinstance(emails, list)
        else None
    )
    name = str(user.get("name") or "").split(" ", 1)
    return Asserted(
        subject=str(user["id"]),
        email=str(primary["email"]) if primary and primary.get("email") else None,
        email_verified=bool(primary and primary.get("verified") is True),
        given_name=name[0] or None,
        family_name=name[1] if len(name) > 1 else None,
        preferred_username=str(user.get("login") or "") or None,
    )
