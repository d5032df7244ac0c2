"""The kinds of value settings take, each with how it is read from an environment variable.

Environment variables are strings: durations come as plain seconds (``3600``) or ISO 8601
(``PT1H``), lists as comma-separated items, an empty value means "unset" where a setting may
be unset. Each kind also says, in words, what it accepts (``allowed``), for error messages.
"""

from __future__ import annotations

import ipaddress
import re
from datetime import timedelta
from typing import Annotated

from limits import parse
from pydantic import AfterValidator, BeforeValidator
from pydantic_settings import NoDecode

PLAIN_SECONDS = re.compile(r"\d+(\.\d+)?")


def plain_seconds(value: object) -> object:
    """``3600`` as well as ``PT1H``: pydantic reads only the latter from a string."""
    if isinstance(value, str) and PLAIN_SECONDS.fullmatch(value.strip()):
        return float(value)
    return value


def positive(value: timedelta) -> timedelta:
    if value <= timedelta(0):
        raise ValueError("must be longer than 0 seconds")
    return value


def empty_is_unset(value: object) -> object:
    return None if value == "" else value


def split_commas(value: object) -> object:
    if isinstance(value, str):
        return [item.strip() for item in value.split(",") if item.strip()]
    return value


def check_limit(value: str) -> str:
    try:
        parse(value)
    except ValueError:
        raise ValueError("is not a rate limit such as 5/15 minutes or 20/hour") from None
    return value


def check_networks(value: list[str]) -> list[str]:
    for item in value:
        try:
            ipaddress.ip_network(item, strict=False)
        except ValueError:
            raise ValueError(
                f"{item!r} is not an address or network such as 10.0.0.5 or 10.0.0.0/8"
            ) from None
    return value


def upper(value: object) -> object:
    return value.upper() if isinstance(value, str) else value


Duration = Annotated[timedelta, BeforeValidator(plain_seconds)]
PositiveDuration = Annotated[timedelta, BeforeValidator(plain_seconds), AfterValidator(positive)]
RateLimit = Annotated[str, AfterValidator(check_limit)]
CommaList = Annotated[list[str], NoDecode, BeforeValidator(split_commas)]
Networks = Annotated[
    list[str], NoDecode, BeforeValidator(split_commas), AfterValidator(check_networks)
]
