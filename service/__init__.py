"""accounts: a self-hosted GraphQL account service."""

__version__ = "0.1.0"
