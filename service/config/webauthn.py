"""The passkey relying party's settings checked as browsers will check them."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

RP_ID_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")


def check_rp_id(value: str) -> str:
    """A WebAuthn relying party ID is a registrable domain (or ``localhost``): lower case, no
    scheme, port, path or IP address."""
    rp_id = value.strip()
    labels = rp_id.split(".")
    if not rp_id or len(rp_id) > 253 or not all(RP_ID_LABEL.fullmatch(x) for x in labels):
        raise ValueError(
            "must be a lower-case domain name such as example.com or localhost "
            "(no scheme, port or path)"
        )
    try:
        ipaddress.ip_address(rp_id)
    except ValueError:
        return rp_id
    raise ValueError("an IP address cannot be a relying party ID; use a domain or localhost")


def check_origins(value: str, rp_id: str) -> list[str]:
    """Each origin is ``https://host[:port]`` (``http://`` only for localhost) whose host is
    the RP ID or a subdomain of it, as browsers require."""
    origins = [item.strip().rstrip("/") for item in value.split(",") if item.strip()]
    if not origins:
        raise ValueError("at least one origin is required, e.g. https://example.com")
    for origin in origins:
        parts = urlsplit(origin)
        try:
            parts.port  # noqa: B018 - raises on a malformed port
        except ValueError as exc:
            raise ValueError(f"{origin!r}: the port must be a number") from exc
        host = parts.hostname or ""
        if parts.scheme not in ("https", "http") or not host or parts.path or parts.query:
            raise ValueError(f"{origin!r} is not an origin such as https://example.com:8443")
        if parts.username is not None or parts.fragment:
            raise ValueError(f"{origin!r} is not an origin such as https://example.com:8443")
        if host != rp_id and not host.endswith("." + rp_id):
            raise ValueError(f"{origin!r} is not on the relying party ID {rp_id!r}")
        local = host == "localhost" or host.endswith(".localhost")
        if parts.scheme == "http" and not local:
            raise ValueError(f"{origin!r}: browsers allow passkeys over http:// only on localhost")
    return origins
