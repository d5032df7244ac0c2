"""The admin API's switch."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, Field


class AdminSettings(BaseModel):
    """Support staff and automation act on accounts over `POST /admin/graphql`. See
    [Admin API](admin.md)."""

    TITLE: ClassVar[str] = "Admin API"

    admin_api: bool = Field(
        False,
        description="serve the admin API on `/admin/graphql` (its GraphiQL too, where GraphiQL "
        "is on), and the web app's Admin pages",
    )
