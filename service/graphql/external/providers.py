"""Query.externalProviders: the providers people may sign in with, as configured."""

from __future__ import annotations

from strawberry.types import Info

from service.graphql.context import Context
from service.graphql.external.types import ExternalProvider


def external_providers(info: Info[Context, None]) -> list[ExternalProvider]:
    """In the order ACCOUNTS_OIDC_PROVIDERS names them."""
    return [
        ExternalProvider(id=name, display_name=client.provider.display_name)
        for name, client in info.context.services.providers.items()
    ]
