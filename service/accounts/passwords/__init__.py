"""Password hashing (argon2id) off the event loop, and the rules a new password meets."""
