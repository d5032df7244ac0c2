"""Settings of password hashing, password rules and session lifetimes."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Annotated, ClassVar, Literal

import argon2
from pydantic import BaseModel, BeforeValidator, Field
from pydantic.config import JsonDict

from service.config.types import Duration, PositiveDuration, empty_is_unset

ARGON2_DEFAULT: JsonDict = {"default_note": "argon2-cffi default"}


class PasswordSettings(BaseModel):
    """Passwords are argon2id hashes made off the event loop in a bounded pool of threads.
    How the pool and the speed paths work: [Performance](development.md#performance)."""

    TITLE: ClassVar[str] = "Passwords and hashing"

    argon2_time_cost: int = Field(
        argon2.DEFAULT_TIME_COST,
        ge=1,
        description="argon2id iterations",
        json_schema_extra=ARGON2_DEFAULT,
    )
    argon2_memory_cost: int = Field(
        argon2.DEFAULT_MEMORY_COST,
        ge=8,
        description="argon2id memory in KiB",
        json_schema_extra=ARGON2_DEFAULT,
    )
    argon2_parallelism: int = Field(
        argon2.DEFAULT_PARALLELISM,
        ge=1,
        description="argon2id lanes",
        json_schema_extra=ARGON2_DEFAULT,
    )
    hash_concurrency: int = Field(
        default_factory=lambda: os.cpu_count() or 1,
        ge=1,
        description="hashes running at once per process (worker threads), and the cores they "
        "share: a hash running alone uses up to this many lane threads (at most "
        "`ACCOUNTS_ARGON2_PARALLELISM`), hashes running together split them",
        json_schema_extra={"default_text": "number of CPUs (÷ workers under `serve --workers N`)"},
    )
    hash_queue_limit: int = Field(
        32,
        ge=1,
        description="hashes running or waiting per process beyond which `login`, "
        "`registerUser` and `changePassword` answer `RateLimited` (retry in 1 s), as does "
        "`updateUser` when it must check the password",
    )
    hash_nice: int = Field(
        10,
        ge=0,
        le=19,
        description="CPU niceness of the hashing threads (Linux), so a login flood cannot "
        "starve the event loop; `0` keeps the normal priority",
    )
    hash_idle_scheduling: bool = Field(
        False,
        description="also run the hashing threads under Linux's `SCHED_IDLE` policy, so that "
        "a thread answering a request takes a core from them as soon as it wakes",
    )
    argon2_keep_memory: bool = Field(
        False,
        description="`true` hashes on memory each hashing thread keeps between hashes "
        "(`service/accounts/passwords/argon2_kept.py`: 17-27 % less CPU per verify, measured "
        "on 2 cores) instead of argon2-cffi's `PasswordHasher`; the same hashes either way",
    )
    fast_token_lookup: bool = Field(
        True,
        description="run the token lookup on the driver connection with SQLAlchemy's compiled "
        "SQL and type processors (`service/db/driver_query.py`, about half the cost per "
        "lookup); `false` runs it through SQLAlchemy's `Connection.execute`. Dead connections "
        "are retried and the pool renewed either way",
    )
    fast_request_policy: bool = Field(
        True,
        description="one extension parses, limits, validates (off the event loop), caches by "
        "query text, masks and labels (`service/graphql/policy/prepared.py`); `false` uses "
        "Strawberry's own extensions (MaxTokensLimiter, ParserCache, AddValidationRules, "
        "MaskErrors) with the same budget, rules and masking, validating uncached on the event "
        "loop",
    )
    planned_documents: bool = Field(
        True,
        description="trusted query documents that need no variables, directives or abstract "
        "types run on a plan made at start-up, their resolvers called straight "
        "(`service/graphql/plans.py`); `false` runs them through Strawberry's and graphql-core's "
        "execution like any other document. Only with `ACCOUNTS_FAST_REQUEST_POLICY`",
    )
    password_require_character_classes: bool = Field(
        True,
        description="the lowercase + uppercase + digit rule; `false` for NIST/ASVS-style "
        "length-and-guessability only",
    )
    password_min_score: int = Field(3, ge=0, le=4, description="minimum zxcvbn score (0-4)")
    breached_password_check: Literal["off", "warn", "enforce"] | None = Field(
        None,
        description="new passwords (registration, change, reset, `setPassword`) looked up in "
        "Have I Been Pwned's range API, sending only the first 5 hex digits of their SHA-1: "
        "`enforce` refuses a breached password, `warn` accepts it and logs, `off` asks "
        "nothing. An unreachable API lets the password through (logged and counted)",
        json_schema_extra={
            "default_text": "by environment: `enforce` in production, `off` in development"
        },
    )
    breached_password_url: str = Field(
        "https://api.pwnedpasswords.com/range/",
        description="the range API (the 5 hex digits are appended)",
    )
    breached_password_timeout: PositiveDuration = Field(
        timedelta(seconds=2),
        description="how long a lookup may take before the password is let through",
    )


class SessionSettings(BaseModel):
    """Sessions are opaque tokens (or the `__Host-accounts-session` cookie of the web app) of
    which only a digest is stored."""

    TITLE: ClassVar[str] = "Sessions"

    session_idle_ttl: Duration = Field(
        timedelta(days=7), description="a session unused this long expires"
    )
    session_max_ttl: Duration = Field(
        timedelta(days=30), description="no session lives longer, however active"
    )
    session_refresh_interval: Duration = Field(
        timedelta(seconds=60),
        description="the idle expiry is written at most this often per session",
    )
    max_sessions_per_user: Annotated[int | None, BeforeValidator(empty_is_unset)] = Field(
        100,
        ge=1,
        description="beyond it a login evicts the user's oldest session (empty: no cap)",
    )
