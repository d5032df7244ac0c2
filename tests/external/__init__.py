"""Sign-in with external identity providers, against a real OpenID provider."""
