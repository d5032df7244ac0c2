"""The passkey operations (WebAuthn): one module per operation, their types and inputs."""
