"""Budgets whose key is easy to get wrong: each client address's external sign-ins, each
address's cap on codes staff send, and a code check refused for its client before it is
counted for the address."""

from __future__ import annotations

import time

from tests.accounts.limits.test_attempts import limiter_alone, passes


async def test_external_sign_ins_are_counted_per_client_address():
    limiter = limiter_alone(rate_limit_external_flows_per_ip="2/hour")
    begin = limiter.external_flow
    assert await passes(begin, *[("198.51.100.1",)] * 3) == [True, True, False]
    assert await passes(begin, ("198.51.100.2",), ("2001:db8::1",)) == [True, True]


async def test_staff_codes_are_capped_per_address():
    limiter = limiter_alone(rate_limit_code_mails_per_address="2/hour")
    mails = [("email:ada@example.com",)] * 3 + [("email:grace@example.com",)]
    assert await passes(limiter.staff_code_mail, *mails) == [True, True, False, True]


async def test_a_code_check_refused_for_its_client_is_not_counted_for_the_address(monkeypatch):
    """Refused by the client's budget across addresses first: once that budget's window has
    passed, the client still has its whole budget for the address."""
    now = [time.time()]  # the windows' clock (the wall clock), moved on by hand
    monkeypatch.setattr(time, "time", lambda: now[0])
    limiter = limiter_alone(
        rate_limit_code_checks_per_ip="1/2 seconds", rate_limit_code_checks_per_address="2/hour"
    )
    check, ip = limiter.code_check, "198.51.100.1"
    assert await passes(check, *[("email:ada@example.com", ip)] * 3) == [True, False, False]
    now[0] += 3  # the client's window has passed, the address's has not
    assert await passes(check, *[("email:ada@example.com", ip)] * 2) == [True, False]
