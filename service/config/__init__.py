"""Settings: every knob of the service, read from ``ACCOUNTS_*`` environment variables.

``Settings`` (``service.config.settings``) assembles one group per area, each in a module of
its own; ``errors`` turns a refused value into one line naming the variable; ``development``
fits the public URL and passkey origins to the address ``accounts serve`` listens on;
``reference`` writes ``docs/configuration.md`` from the groups.
"""

from service.config.errors import ConfigurationError
from service.config.settings import Settings, get_settings
from service.config.smtp import SmtpEndpoint, parse_smtp_url
from service.config.webauthn import check_origins, check_rp_id

__all__ = [
    "ConfigurationError",
    "Settings",
    "SmtpEndpoint",
    "check_origins",
    "check_rp_id",
    "get_settings",
    "parse_smtp_url",
]
