"""The caller's sessions: one module per operation, ``Session`` and the logout answer."""
