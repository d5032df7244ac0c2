"""Tests that hold README.md and SECURITY.md to their word, one promise at a time."""
