"""Tables, engine and session factory, and the hot-path row lookup. Imports nothing above it."""
