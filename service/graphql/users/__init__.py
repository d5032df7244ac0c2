"""Registering and changing an account: one module per operation, ``User``, their types and
inputs."""
