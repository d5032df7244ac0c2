"""Tests that hold the documentation (README.md and docs/) to its word, one promise at a time."""
