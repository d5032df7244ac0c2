"""GraphQL of external identity providers: sign-in, linking, the providers offered."""
