"""``docs/configuration.md``, written from the settings themselves.

``python -m service.config.reference > docs/configuration.md`` (``make docs``) renders every
group of ``Settings`` as a section: its docstring, then one row per setting with its default
and its description. A test compares the committed page with this output, so the page cannot
drift from the code.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from enum import Enum
from pathlib import Path

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from service.config.settings import GROUPS

INTRO = """\
# Configuration

<!-- Generated from service/config/ by `make docs` (python -m service.config.reference);
tests/test_docs.py fails when this page and the code differ. Edit the code, not this page. -->

[README](../README.md) · **Configuration** · [Operations and scaling](operations.md) ·
[Security](security.md) · [Clients and the web app](clients.md) ·
[Development and testing](development.md)

Every setting is an environment variable with the `ACCOUNTS_` prefix; a `.env` file in the
working directory is read too. Durations take seconds (`3600`) or ISO 8601 (`P7D`, `PT1H`);
lists are comma-separated; an empty value unsets a setting that may be unset.

A value the service cannot use stops every `accounts` command before it does anything, with
one line per problem naming the variable, the value and what it may be, and exit status 2:

```text
accounts: ACCOUNTS_CODE_TTL="ten minutes": expected a duration in seconds (600) or ISO 8601 \
(PT10M, P7D)
```

`accounts --debug serve` (or `ACCOUNTS_LOG_LEVEL=DEBUG`) adds the Python trace behind it.
"""


def _words(name: str) -> str:
    return name.lower().replace(" ", "-").replace(",", "")


def _duration(value: timedelta) -> str:
    seconds = value.total_seconds()
    units = ((86400, "day", "days"), (3600, "hour", "hours"), (60, "minute", "minutes"))
    for size, one, many in units:
        if seconds >= size and seconds % size == 0:
            count = int(seconds // size)
            unit = one if count == 1 else many
            return f"`{count} {unit}` (`{int(seconds)}`)"
    return f"`{seconds:g} s`"


def default_text(info: FieldInfo) -> str:
    extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
    if "default_text" in extra:
        return str(extra["default_text"])
    value = info.default
    if value is PydanticUndefined:
        value = info.get_default(call_default_factory=True)
    if value is None:
        text = "unset"
    elif value == []:
        text = "empty"
    elif isinstance(value, timedelta):
        text = _duration(value)
    elif isinstance(value, bool):
        text = f"`{str(value).lower()}`"
    elif isinstance(value, float):
        text = f"`{value:g}`"
    elif isinstance(value, Path):
        text = f"`{value}`" if value.is_absolute() else f"`./{value}`"
    elif isinstance(value, Enum):
        text = f"`{value.value}`"
    else:
        text = f"`{value}`"
    if "default_note" in extra:
        text += f" ({extra['default_note']})"
    return text


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def section(group: type[BaseModel]) -> str:
    title = str(group.TITLE)  # type: ignore[attr-defined]
    intro = " ".join((group.__doc__ or "").split())
    rows = [
        f"| `ACCOUNTS_{name.upper()}` | {_cell(default_text(info))} | "
        f"{_cell(info.description or '')} |"
        for name, info in group.model_fields.items()
    ]
    rows += [
        f"| `{variable}` | {_cell(default)} | {_cell(meaning)} |"
        for variable, default, meaning in getattr(group, "EXTRA_ROWS", ())
    ]
    return "\n".join(
        [f"## {title}", "", intro, "", "| variable | default | meaning |", "|---|---|---|", *rows]
    )


def render() -> str:
    titles = [str(group.TITLE) for group in GROUPS]  # type: ignore[attr-defined]
    contents = "\n".join(f"- [{title}](#{_words(title)})" for title in titles)
    sections = "\n\n".join(section(group) for group in GROUPS)
    return f"{INTRO}\n{contents}\n\n{sections}\n"


if __name__ == "__main__":
    sys.stdout.write(render())
