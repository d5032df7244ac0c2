"""The caller's security events: the query and its connection types."""
