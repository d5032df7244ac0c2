"""Trusted documents: requests that name a document the service knows by its SHA-256.

A client sends ``{"documentId": "sha256:<hex>", "variables": …}`` instead of a query text. The
manifests are graphql-codegen's persisted-documents output (``{"<hex>": "<document>"}``, the
id being the SHA-256 of the document's text): the bundled clients' in
``service/graphql/documents/``, and the operator's own file (``ACCOUNTS_TRUSTED_DOCUMENTS``).
Every document is checked against its id and validated against the endpoint's schema once, at
start-up; with ``ACCOUNTS_TRUSTED_DOCUMENTS_ONLY=true`` any other document is refused.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson
from graphql import build_schema as schema_from_sdl
from starlette.responses import Response
from strawberry.schema import BaseSchema

from service.config import Settings
from service.graphql.policy.prepared import DocumentCache

BUNDLED = Path(__file__).parent / "documents"
logger = logging.getLogger("service.graphql")
PREFIX = "sha256:"
ID_PATTERN = re.compile(r"(?:sha256:)?([0-9a-f]{64})")


class ManifestError(Exception):
    """A manifest that cannot be trusted: unreadable, not an object of ids, or an id that is
    not its document's SHA-256."""


class DocumentRefused(Exception):
    """The request names no document this endpoint runs: answered with a 400 and its code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def document_id(text: str) -> str:
    return PREFIX + hashlib.sha256(text.encode()).hexdigest()


def read_manifest(path: Path) -> dict[str, str]:
    """The documents of one persisted-documents file, by ``sha256:<hex>`` id."""
    try:
        entries = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        raise ManifestError(f"{path}: not a readable JSON file ({exc})") from None
    if not isinstance(entries, dict):
        raise ManifestError(f"{path}: must be a JSON object of document ids and documents")
    documents: dict[str, str] = {}
    for key, text in entries.items():
        match = ID_PATTERN.fullmatch(key)
        if match is None or not isinstance(text, str):
            raise ManifestError(f"{path}: {key!r} is not a SHA-256 id of a document text")
        if document_id(text) != PREFIX + match.group(1):
            raise ManifestError(f"{path}: {key} is not the SHA-256 of its document")
        documents[PREFIX + match.group(1)] = text
    return documents


def bundled_manifest(name: str) -> dict[str, str]:
    """The documents of the bundled clients for one endpoint (``users`` or ``admin``)."""
    documents: dict[str, str] = {}
    for path in sorted(BUNDLED.glob(f"{name}-*.json")):
        documents.update(read_manifest(path))
    return documents


class TrustedDocuments:
    """The documents one endpoint runs by id, and whether it runs any other."""

    def __init__(self, documents: Mapping[str, str], *, only: bool) -> None:
        self.by_id = dict(documents)
        self.texts = frozenset(self.by_id.values())
        self.only = only

    def __len__(self) -> int:
        return len(self.by_id)

    def resolve(self, data: Any) -> Any:
        """The request's JSON object with the named document as its query.

        A request without ``documentId`` passes unchanged, unless only trusted documents run:
        then its query text must be one of them. Anything but an object (a batch) passes on to
        be refused as such.
        """
        if not isinstance(data, dict):
            return data
        requested = data.get("documentId")
        if requested is None:
            query = data.get("query")
            if self.only and not (isinstance(query, str) and query in self.texts):
                raise DocumentRefused(
                    "Only trusted documents run here: send a documentId.",
                    "TRUSTED_DOCUMENT_REQUIRED",
                )
            return data
        if not isinstance(requested, str) or (match := ID_PATTERN.fullmatch(requested)) is None:
            raise DocumentRefused(
                "documentId must be sha256: and the 64 hex digits of the document's SHA-256"
                " (the prefix may be left out).",
                "BAD_REQUEST",
            )
        if data.get("query") is not None:
            raise DocumentRefused("Send a query or a documentId, not both.", "BAD_REQUEST")
        text = self.by_id.get(PREFIX + match.group(1))
        if text is None:
            raise DocumentRefused("No trusted document has this id.", "UNKNOWN_DOCUMENT")
        return {**data, "query": text}


def refused_document(refused: DocumentRefused) -> Response:
    body = {"errors": [{"message": refused.message, "extensions": {"code": refused.code}}]}
    return Response(orjson.dumps(body), status_code=400, media_type="application/json")


def trusted_documents(
    schema: BaseSchema, settings: Settings, bundled: Mapping[str, str], extra: Mapping[str, str]
) -> tuple[TrustedDocuments, dict[str, str]]:
    """The endpoint's trusted documents, each parsed and validated once against its schema,
    and the operator's documents that are not for this endpoint (by id, with the reason).

    On the fast request path they are kept prepared (validated and labelled) for the requests
    that send them, against the schema requests run on (Strawberry's ``_schema``, fenced by
    ``ACCOUNTS_FAST_REQUEST_POLICY`` like the rest of that path); on the stock path they are
    checked against a schema built from the SDL, and Strawberry's caches take over on first use.
    """
    cache = getattr(schema, "document_cache", None)
    assert isinstance(cache, DocumentCache)
    fast = settings.fast_request_policy
    checked = schema._schema if fast else schema_from_sdl(schema.as_str())  # type: ignore[attr-defined]
    kept: dict[str, str] = {}
    foreign: dict[str, str] = {}
    for document_id, text in {**extra, **bundled}.items():
        errors = cache.prepare_trusted(checked, text, keep=fast)
        if not errors:
            kept[document_id] = text
        elif document_id in bundled:
            # this service's own limits refuse it (ACCOUNTS_MAX_QUERY_DEPTH and the like): it
            # would be refused by id as by text, so the client's page that sends it fails
            logger.warning("bundled document %s refused: %s", document_id, errors[0].message)
        else:
            foreign[document_id] = errors[0].message
    return TrustedDocuments(kept, only=settings.trusted_documents_only), foreign
