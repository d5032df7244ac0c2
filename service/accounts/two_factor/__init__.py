"""Two-factor sign-in: TOTP secrets, recovery codes, sign-in challenges and completing them."""
