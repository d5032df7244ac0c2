"""Tables, engine and session factory."""
