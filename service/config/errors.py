"""Configuration errors as operators read them: one line per problem, naming the variable
they set (``ACCOUNTS_CODE_TTL``), the value it has and what it may be.

Values that may hold a secret are never repeated: the secret key and the metrics token are
shown as ``(hidden)``, URLs with their password masked.
"""

from __future__ import annotations

import json
import types
import typing
from datetime import timedelta
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel, SecretStr, ValidationError
from pydantic_core import ErrorDetails

HIDDEN = {"secret_key", "metrics_token"}
URLS = {"database_url", "redis_url", "smtp_url"}
MAX_VALUE_CHARS = 120


class ConfigurationError(ValueError):
    """A setting the service cannot run with; the message names the variable."""


def env_name(field: str) -> str:
    return f"ACCOUNTS_{field.upper()}"


def shown_value(field: str, value: object) -> str:
    """The value as the operator wrote it, quoted, with anything secret hidden."""
    if field in HIDDEN or isinstance(value, SecretStr):
        return "(hidden)"
    text = value if isinstance(value, str) else str(value)
    if field in URLS:
        text = _mask_password(text)
    if len(text) > MAX_VALUE_CHARS:
        text = text[:MAX_VALUE_CHARS] + "…"
    return json.dumps(text, ensure_ascii=False)


def _mask_password(url: str) -> str:
    scheme, sep, rest = url.partition("://")
    if not sep or "@" not in rest.split("/", 1)[0]:
        return url
    credentials, _, location = rest.partition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{location}" if ":" in credentials else url


def _plain(annotation: Any) -> Any:
    """``int | None`` → ``int``; ``Annotated[...]`` is already unwrapped by pydantic."""
    if get_origin(annotation) in (typing.Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        return members[0] if len(members) == 1 else annotation
    return annotation


def allowed(model: type[BaseModel], field: str) -> str | None:
    """What a setting accepts, in words; ``None`` when pydantic's own message says it best."""
    info = model.model_fields[field]
    kind = _plain(info.annotation)
    bounds = {type(m).__name__: m for m in info.metadata}
    if get_origin(kind) is Literal:
        return "one of " + ", ".join(str(choice) for choice in get_args(kind))
    if kind is bool:
        return "true or false"
    if kind is timedelta:
        return "a duration in seconds (600) or ISO 8601 (PT10M, P7D)"
    if kind in (int, float):
        noun = "a whole number" if kind is int else "a number"
        parts = []
        if "Ge" in bounds:
            parts.append(f"≥ {bounds['Ge'].ge}")
        if "Gt" in bounds:
            parts.append(f"> {bounds['Gt'].gt}")
        if "Le" in bounds:
            parts.append(f"≤ {bounds['Le'].le}")
        return noun + (" " + " and ".join(parts) if parts else "")
    return None


def problem_lines(error: ValidationError, model: type[BaseModel]) -> list[str]:
    """One line per failing setting: ``ACCOUNTS_X="value": reason (allowed: …)``."""
    lines = []
    for detail in error.errors(include_url=False):
        lines.append(_line(detail, model))
    return lines


def _line(detail: ErrorDetails, model: type[BaseModel]) -> str:
    location = detail["loc"]
    field = str(location[0]) if location else ""
    if field not in model.model_fields:
        return f"configuration: {detail['msg']}"
    value = shown_value(field, detail.get("input"))
    message = detail["msg"]
    if detail["type"] == "value_error":
        # Our own validators explain themselves ("must start with http:// or https://").
        return f"{env_name(field)}={value}: {message.removeprefix('Value error, ')}"
    expected = allowed(model, field)
    if expected is None:
        return f"{env_name(field)}={value}: {message[:1].lower()}{message[1:]}"
    return f"{env_name(field)}={value}: expected {expected}"


def describe(error: BaseException, model: type[BaseModel]) -> list[str]:
    """The lines to print for a configuration problem of any kind."""
    if isinstance(error, ValidationError):
        return problem_lines(error, model)
    return [str(error)]
