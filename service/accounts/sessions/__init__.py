"""Sessions: opaque tokens issued, found (token → caller), listed, revoked and purged."""
