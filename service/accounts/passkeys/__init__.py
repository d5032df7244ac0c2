"""Passkeys (WebAuthn): registration, sign-in, challenges, budgets and the relying party."""
