"""In development, the address ``accounts serve`` listens on decides where people open it.

``make run PORT=8745`` must give mail links to port 8745 and passkeys that work on
``http://localhost:8745``. Browsers refuse passkeys on an IP address (``127.0.0.1``: "This is
an invalid domain"), and keep the session cookie per host name, so the address to open is
the ``localhost`` form whenever the service listens on a loopback or wildcard address.
Settings the operator set (environment or ``.env``) are never changed, nor anything in
production.
"""

from __future__ import annotations

import ipaddress

from service.config.settings import Settings

LOOPBACK_NAMES = {"localhost", "0.0.0.0", "::", "", "*"}  # noqa: S104 - names, not a bind


def browse_host(host: str) -> str:
    """The host name to put in a URL people open: ``localhost`` for a loopback or wildcard
    bind, the host itself otherwise (an IPv6 address in brackets)."""
    bare = host.strip("[]")
    if bare in LOOPBACK_NAMES:
        return "localhost"
    try:
        address = ipaddress.ip_address(bare)
    except ValueError:
        return bare
    if address.is_loopback:
        return "localhost"
    return f"[{bare}]" if address.version == 6 else bare


def browse_url(host: str, port: int) -> str:
    return f"http://{browse_host(host)}:{port}"


def derived_environment(settings: Settings, host: str, port: int) -> dict[str, str]:
    """The ``ACCOUNTS_*`` values ``accounts serve --host --port`` sets for its processes: the
    public URL and the passkey origins of the address it serves, unless set explicitly."""
    if settings.is_production:
        return {}
    explicit = settings.model_fields_set
    url = browse_url(host, port)
    derived = {}
    if "public_url" not in explicit:
        derived["ACCOUNTS_PUBLIC_URL"] = url
    if "webauthn_origins" not in explicit and settings.webauthn_rp_id == "localhost":
        derived["ACCOUNTS_WEBAUTHN_ORIGINS"] = f"http://localhost:{port}"
    return derived
