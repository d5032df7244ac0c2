"""The one pattern of an attempt budget (``limits.budget``): reserve, refused, spend, clear."""

from __future__ import annotations

import pytest

from service.accounts.limits.budget import Budgets, address_key, key
from service.accounts.limits.memory_store import MemoryStorage
from service.accounts.outcomes import RateLimited


def budget(enabled: bool = True, limit: str = "2/hour"):
    return Budgets(MemoryStorage(), enabled=enabled).budget("test", limit)


async def test_reserve_counts_until_the_budget_is_spent_and_says_how_long_to_wait():
    spent = budget()
    assert await spent.reserve("a") is None
    assert await spent.reserve("a") is None
    refused = await spent.reserve("a")
    assert isinstance(refused, RateLimited) and 3590 < refused.retry_after_seconds <= 3600
    assert await spent.reserve("b") is None  # another key, another budget
    assert await spent.reserve("a", "b") is None  # every part is part of the key


async def test_refused_tests_without_counting_and_spend_counts_whatever_it_says():
    spent = budget()
    for _ in range(5):
        assert await spent.refused("a") is None  # nothing counted
    await spent.spend("a")
    await spent.spend("a")
    await spent.spend("a")  # past the limit too
    assert isinstance(await spent.refused("a"), RateLimited)
    assert isinstance(await spent.reserve("a"), RateLimited)


async def test_clear_forgets_what_was_counted_for_that_key_only():
    spent = budget()
    for part in ("a", "a", "b", "b"):
        await spent.spend(part)
    await spent.clear("a")
    assert await spent.refused("a") is None
    assert isinstance(await spent.refused("b"), RateLimited)


async def test_budgets_of_one_limit_under_two_names_count_apart():
    budgets = Budgets(MemoryStorage(), enabled=True)
    one, other = budgets.budget("one", "1/hour"), budgets.budget("other", "1/hour")
    assert await one.reserve("a") is None
    assert await other.reserve("a") is None
    assert isinstance(await one.reserve("a"), RateLimited)


async def test_switched_off_nothing_is_counted_or_refused():
    off = budget(enabled=False, limit="1/hour")
    for _ in range(3):
        await off.spend("a")
        assert await off.reserve("a") is None
        assert await off.refused("a") is None
    await off.clear("a")
    assert off._budgets.storage.events == {}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("ip", "same_as"),
    [
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2:ffff::1"),  # one /64
        ("::ffff:198.51.100.7", "198.51.100.7"),  # an IPv4-mapped address is the IPv4 one
    ],
)
def test_addresses_are_keyed_per_ipv4_address_and_per_ipv6_64(ip, same_as):
    assert address_key(ip) == address_key(same_as)
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key(None) == "unknown"
    assert address_key("not an address") == key("raw:not an address")
    assert len(key("anything")) == 32 and key("a") != key("b")
