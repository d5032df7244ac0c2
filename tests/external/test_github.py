"""GitHub's preset: who signed in, from its user and emails API answers."""

from __future__ import annotations

import pytest

from service.accounts.external.github import GITHUB_API, github_user
from service.accounts.external.values import ProviderRefused


def answers(user, emails):
    asked = []

    async def get_json(url, headers):
        assert headers["Accept"] == "application/vnd.github+json"
        asked.append((url, headers["Authorization"]))
        return {f"{GITHUB_API}/user": user, f"{GITHUB_API}/user/emails": emails}[url]

    return get_json, asked


async def test_the_primary_verified_address_and_the_account_id():
    get_json, asked = answers(
        {"id": 583231, "login": "octocat", "name": "Mona Lisa Octocat"},
        [
            {"email": "other@example.com", "primary": False, "verified": True},
            {"email": "octocat@example.com", "primary": True, "verified": True},
        ],
    )
    found = await github_user(get_json, "gho_token")
    assert found.subject == "583231" and found.preferred_username == "octocat"
    assert found.email == "octocat@example.com" and found.email_verified is True
    assert (found.given_name, found.family_name) == ("Mona", "Lisa Octocat")
    assert asked == [(f"{GITHUB_API}/user", "Bearer gho_token")] * 1 + [
        (f"{GITHUB_API}/user/emails", "Bearer gho_token")
    ]


async def test_an_unverified_or_missing_primary_address_is_not_verified():
    get_json, _ = answers(
        {"id": 1, "login": "x", "name": None},
        [{"email": "x@example.com", "primary": True, "verified": False}],
    )
    found = await github_user(get_json, "t")
    assert found.email == "x@example.com" and found.email_verified is False
    assert found.given_name is None and found.family_name is None
    get_json, _ = answers({"id": 1, "login": "x"}, [])
    found = await github_user(get_json, "t")
    assert found.email is None and found.email_verified is False
    get_json, _ = answers({"id": 1, "login": "x"}, {"message": "Bad credentials"})
    assert (await github_user(get_json, "t")).email is None


async def test_an_answer_without_an_account_id_is_refused():
    for user in ({"login": "x"}, {"id": "1"}, []):
        get_json, _ = answers(user, [])
        with pytest.raises(ProviderRefused) as refused:
            await github_user(get_json, "t")
        assert refused.value.reason == "invalid_user"
    # emails that are not a list (an error object) name no address, and no login no username
    get_json, _ = answers({"id": 7}, {"primary": True, "email": "x@example.com"})
    found = await github_user(get_json, "t")
    assert found.email is None and found.preferred_username is None


async def test_emails_answered_with_nothing_name_no_address():
    for nothing in (None, 0, "none"):
        get_json, _ = answers({"id": 7, "login": "x"}, nothing)
        found = await github_user(get_json, "t")
        assert found.email is None and found.email_verified is False, nothing
