"""Sign-in with identities at other providers (OpenID Connect, GitHub)."""
