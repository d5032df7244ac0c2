"""Settings of what the service serves to browsers, of stored images, logs and metrics."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, Field, field_validator
from pydantic.config import JsonDict

from service.config.types import CommaList, empty_is_unset, upper

BY_ENV: JsonDict = {"default_text": "on in development"}
LOGO_TYPES = {".svg": "image/svg+xml", ".png": "image/png", ".webp": "image/webp"}
LOGO_MAX_BYTES = 256 * 1024


class WebSettings(BaseModel):
    """The account web app, the GraphQL explorer and what browsers may ask. `ACCOUNTS_ENV=
    production` turns the explorer, the web app, introspection and queries over GET off unless
    their own switch turns them on. See [Clients and the web app](clients.md)."""

    TITLE: ClassVar[str] = "Web app, explorer and browsers"

    product_name: str = Field(
        "Accounts",
        min_length=1,
        max_length=60,
        description="the name the web app shows in its header and page titles",
    )
    product_logo: Annotated[Path | None, BeforeValidator(empty_is_unset)] = Field(
        None,
        description="an SVG, PNG or WebP file (at most 256 KiB) the web app shows beside the "
        "name, served at `/account/logo`; unset: a neutral built-in mark",
    )
    graphiql: bool | None = Field(
        None,
        description="serve the GraphiQL explorer on `GET /graphql`",
        json_schema_extra=BY_ENV,
    )
    web_ui: bool | None = Field(
        None,
        description="serve the account web app (`clients/web`) at `/account/` (and redirect `/` "
        "to it)",
        json_schema_extra=BY_ENV,
    )
    introspection: bool | None = Field(
        None,
        description='allow schema introspection (and "Did you mean" suggestions in error messages)',
        json_schema_extra=BY_ENV,
    )
    get_queries: bool | None = Field(
        None,
        description="accept queries over `GET` (mutations never are)",
        json_schema_extra=BY_ENV,
    )
    cors_origins: CommaList = Field(
        default_factory=list,
        description="comma-separated browser origins allowed to call the API",
    )
    trusted_documents: Annotated[Path | None, BeforeValidator(empty_is_unset)] = Field(
        None,
        description="a JSON manifest of more documents clients may send by id "
        '(`{"documentId": "sha256:<hex>"}`), in graphql-codegen\'s persisted-documents format '
        '(`{"<sha256 hex>": "<document>"}`); each runs on the endpoint whose schema it '
        "validates against. The bundled web app's and TypeScript client's documents are always "
        "known",
    )
    trusted_documents_only: bool = Field(
        False,
        description="run only trusted documents (the bundled clients' and "
        "`ACCOUNTS_TRUSTED_DOCUMENTS`'), sent by id or as their exact text; the explorer and "
        "introspection are then off whatever their own switches say",
    )

    @field_validator("trusted_documents")
    @classmethod
    def _check_manifest(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError("names no readable file")
        return value

    @field_validator("product_logo")
    @classmethod
    def _check_logo(cls, value: Path | None) -> Path | None:
        if value is None:
            return None
        if value.suffix.lower() not in LOGO_TYPES:
            raise ValueError("must be an .svg, .png or .webp file")
        try:
            size = value.stat().st_size
        except OSError:
            raise ValueError("names no readable file") from None
        if size > LOGO_MAX_BYTES:
            raise ValueError("is larger than 256 KiB")
        return value


class MediaSettings(BaseModel):
    """Profile images are decoded, re-encoded as WebP without metadata and stored under the
    hash of their content. Every process must see the same `ACCOUNTS_MEDIA_DIR` (a shared
    volume), or use another storage backend."""

    TITLE: ClassVar[str] = "Profile images"

    media_dir: Path = Field(
        Path("./media"), description="where profile images are stored (created when needed)"
    )
    media_url: str = Field(
        "/media/",
        description="URL prefix of `User.imageUrl` (a CDN or bucket URL when another backend "
        "serves the files)",
    )
    image_max_bytes: int = Field(
        5 * 1024 * 1024,
        ge=1024,
        description="largest accepted upload; multipart bodies may be this plus "
        "`ACCOUNTS_MAX_BODY_BYTES`",
        json_schema_extra={"default_note": "5 MiB"},
    )
    image_max_pixels: int = Field(
        4096 * 4096,
        ge=64,
        description="width x height limit, checked from the header before decoding "
        "(decompression bombs)",
    )
    image_max_edge: int = Field(
        512,
        ge=16,
        description="stored images are downscaled to at most this many pixels wide and high",
    )


class OperationSettings(BaseModel):
    """Logs, metrics and shutdown. See [Operations](operations.md#logs-and-metrics)."""

    TITLE: ClassVar[str] = "Logs, metrics and shutdown"

    log_level: Annotated[
        Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"], BeforeValidator(upper)
    ] = Field(
        "INFO",
        description="log level of `accounts serve`; `DEBUG` also shows the trace behind a "
        "configuration error",
    )
    log_format: Literal["json", "text"] = Field(
        "json",
        description="`json` (one object per line, uvicorn's own lines included) or `text`",
    )
    metrics: bool | None = Field(
        None, description="serve Prometheus metrics on `/metrics`", json_schema_extra=BY_ENV
    )
    metrics_token: Annotated[str | None, BeforeValidator(empty_is_unset)] = Field(
        None, description="when set, `/metrics` requires `Authorization: Bearer <token>`"
    )
    shutdown_timeout: int = Field(
        30,
        ge=0,
        description="seconds `accounts serve` waits for in-flight requests after SIGTERM",
    )

    @property
    def log_level_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level]
