"""Signing in: the one pipeline every proof goes through, password login, devices, and the
password checks of a signed-in caller."""
