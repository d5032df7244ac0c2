"""Two-factor sign-in: one module per operation, their types and inputs."""
