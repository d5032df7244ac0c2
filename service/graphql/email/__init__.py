"""The account flows by email: one module per operation, their types and inputs."""
