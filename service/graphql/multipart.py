"""GraphQL multipart requests (the upload spec), read strictly: anything malformed is a 400.

Starlette's form parser reads a field of up to 1 MB and decodes one that is not UTF-8 as
Latin-1; Strawberry's placeholder replacement assumes well-formed ``operations`` and ``map``
and fails with a 500 otherwise. Here form fields are bounded by the JSON body limit and must be
UTF-8, ``operations`` must be a JSON object sent as a field, and each ``map`` path must lead to
a place in it.
"""

from __future__ import annotations

from contextlib import aclosing
from typing import Any

from cross_web import HTTPException
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

MAX_FILES = 4
MAX_FIELDS = 8


class StrictMultiPartParser(MultiPartParser):
    """Starlette's parser, refusing a form field that is not UTF-8 instead of guessing."""

    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is not None:
            super().on_part_end()
            return
        try:
            value = bytes(part.data).decode("utf-8")
        except UnicodeDecodeError:
            raise MultiPartException("Multipart form fields must be UTF-8.") from None
        self.items.append((part.field_name, value))


async def read_form(request: Request, max_field_bytes: int) -> FormData:
    """Parse the body; the caller closes the form (its files are spooled to disk)."""
    async with aclosing(request.stream()) as stream:
        parser = StrictMultiPartParser(
            request.headers,
            stream,
            max_files=MAX_FILES,
            max_fields=MAX_FIELDS,
            max_part_size=max_field_bytes,
        )
        try:
            return await parser.parse()
        except MultiPartException as exc:
            raise HTTPException(400, exc.message) from None


def bad_request(message: str) -> HTTPException:
    return HTTPException(400, message)


def operations_text(form: FormData) -> str:
    operations = form.get("operations")
    if operations is None:
        raise bad_request("A multipart request needs an `operations` field.")
    if not isinstance(operations, str):
        raise bad_request("`operations` must be a form field holding JSON, not a file.")
    return operations


def map_text(form: FormData) -> str:
    files_map = form.get("map", "{}")
    if not isinstance(files_map, str):
        raise bad_request("`map` must be a form field holding JSON, not a file.")
    return files_map


def attach_files(operations: object, files_map: object, form: FormData) -> dict[str, Any]:
    """Put each uploaded file where ``map`` says, in ``operations`` (parsed JSON, ours)."""
    if not isinstance(operations, dict):
        raise bad_request("`operations` must be a JSON object (batching is not supported).")
    if not isinstance(files_map, dict):
        raise bad_request("`map` must be a JSON object of file field names to lists of paths.")
    for name, paths in files_map.items():
        upload = form.get(name)
        if not isinstance(upload, UploadFile):
            raise bad_request(f"`map` names a file the request does not carry: {name[:100]!r}.")
        if not isinstance(paths, list) or not all(isinstance(path, str) for path in paths):
            raise bad_request("Each `map` entry must be a list of paths like `variables.image`.")
        for path in paths:
            _place(operations, path, upload)
    return operations


def _place(operations: dict[str, Any], path: str, upload: UploadFile) -> None:
    *parents, last = path.split(".")
    node: Any = operations
    for key in parents:
        if isinstance(node, dict) and key in node:
            node = node[key]
        elif isinstance(node, list):
            node = node[_index(node, key, path)]
        else:
            raise _no_such_place(path)
    if isinstance(node, dict):
        node[last] = upload
    elif isinstance(node, list):
        node[_index(node, last, path)] = upload
    else:
        raise _no_such_place(path)


def _index(node: list[Any], key: str, path: str) -> int:
    if not (key.isascii() and key.isdigit()) or int(key) >= len(node):
        raise _no_such_place(path)
    return int(key)


def _no_such_place(path: str) -> HTTPException:
    return bad_request(f"The `map` path {path[:100]!r} does not lead to a value in `operations`.")
