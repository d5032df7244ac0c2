"""The admin API's schema: its own Query and Mutation, the users' request policy."""

from __future__ import annotations

import strawberry
from strawberry.schema.config import StrawberryConfig

from service.config import Settings
from service.graphql.admin.fields import AdminMutation, AdminQuery
from service.graphql.policy.extensions import build_extensions
from service.graphql.schema import AccountsSchema, should_mask


def build_admin_schema(settings: Settings | None = None) -> strawberry.Schema:
    """The admin schema; with ``settings`` it carries the same request limits as the users'."""
    extensions, cache = build_extensions(settings, should_mask) if settings else ([], None)
    schema = AccountsSchema(
        query=AdminQuery,
        mutation=AdminMutation,
        extensions=extensions,
        config=StrawberryConfig(
            disable_field_suggestions=settings is not None and not settings.introspection_enabled
        ),
    )
    schema.document_cache = cache
    return schema


def export_admin_sdl() -> str:
    return build_admin_schema().as_str() + "\n"
