"""The email lifecycle: codes, verification, password reset, email change, the mail queued."""
