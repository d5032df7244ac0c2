"""The caller and signing in and out: one module per operation, their types and inputs."""
