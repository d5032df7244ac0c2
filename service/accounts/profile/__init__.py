"""Accounts themselves: registration, lookups, profile updates, validation, images, deletion."""
