"""``Settings``: every knob of the service, read from ``ACCOUNTS_*`` environment variables (and
a ``.env`` file), assembled from one group of settings per area.

Each group is a module of its own (its fields, their descriptions, their checks);
``docs/configuration.md`` is generated from them (``python -m service.config.reference``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import ClassVar, Literal

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.config.admin import AdminSettings
from service.config.database import DatabaseSettings
from service.config.external import ExternalSettings
from service.config.factors import EmailCodeSettings, SecondFactorSettings
from service.config.integration import IntegrationSettings
from service.config.limits import RateLimitSettings, RequestBoundSettings
from service.config.mail import MailSettings
from service.config.passwords import PasswordSettings, SessionSettings
from service.config.web import MediaSettings, OperationSettings, WebSettings


class GeneralSettings(BaseModel):
    """Development by default: everything on, SQLite, mail as files. `production` turns off
    what strangers should not see unless it is switched on explicitly."""

    TITLE: ClassVar[str] = "General"

    env: Literal["development", "production"] = Field(
        "development",
        description="`production` turns GraphiQL, the web app, introspection, field "
        "suggestions, queries over GET and metrics off unless set explicitly, requires "
        "`ACCOUNTS_SECRET_KEY`, and keeps `accounts serve` from choosing the public URL and "
        "passkey origins itself",
    )


# The order of the sections in docs/configuration.md.
GROUPS: tuple[type[BaseModel], ...] = (
    GeneralSettings,
    DatabaseSettings,
    MailSettings,
    WebSettings,
    SecondFactorSettings,
    EmailCodeSettings,
    ExternalSettings,
    AdminSettings,
    IntegrationSettings,
    PasswordSettings,
    SessionSettings,
    RateLimitSettings,
    RequestBoundSettings,
    MediaSettings,
    OperationSettings,
)


class Settings(
    OperationSettings,
    MediaSettings,
    RequestBoundSettings,
    RateLimitSettings,
    SessionSettings,
    PasswordSettings,
    IntegrationSettings,
    AdminSettings,
    ExternalSettings,
    EmailCodeSettings,
    SecondFactorSettings,
    WebSettings,
    MailSettings,
    DatabaseSettings,
    GeneralSettings,
    BaseSettings,
):
    model_config = SettingsConfigDict(
        env_prefix="ACCOUNTS_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    def _by_env(self, explicit: bool | None) -> bool:
        return explicit if explicit is not None else not self.is_production

    @property
    def graphiql_enabled(self) -> bool:
        return self._by_env(self.graphiql) and not self.trusted_documents_only

    @property
    def web_ui_enabled(self) -> bool:
        return self._by_env(self.web_ui)

    @property
    def introspection_enabled(self) -> bool:
        return self._by_env(self.introspection) and not self.trusted_documents_only

    @property
    def metrics_enabled(self) -> bool:
        return self._by_env(self.metrics)

    @property
    def get_queries_enabled(self) -> bool:
        return self._by_env(self.get_queries)

    @property
    def registered_emails_hidden(self) -> bool:
        return (
            self.hide_registered_emails
            if self.hide_registered_emails is not None
            else (self.is_production)
        )

    @property
    def breached_passwords(self) -> str:
        """``off``, ``warn`` or ``enforce``: the explicit choice, else by environment."""
        if self.breached_password_check is not None:
            return self.breached_password_check
        return "enforce" if self.is_production else "off"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
