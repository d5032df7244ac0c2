"""Speed paths that lean on a library's internals, fenced off behind settings.

Each module here does one job the stock library path also does, faster, by reaching below the
library's public surface; each has a setting that restores the stock path, and a test that
both paths give the same results:

- ``driver_query``: the token lookup compiled once and run on the driver connection with
  SQLAlchemy's cached type processors (``ACCOUNTS_FAST_TOKEN_LOOKUP``, on by default; off:
  ``Connection.execute``).
- ``documents``: one Strawberry extension doing the parse cache, token limit, cached
  validation, error masking and operation labels, keyed by the query text
  (``ACCOUNTS_FAST_REQUEST_POLICY``, on by default; off: Strawberry's own extensions).
- ``argon2_kept``: Argon2id on memory each hashing thread keeps between hashes, through
  argon2-cffi's hazardous-materials ``argon2.low_level`` API
  (``ACCOUNTS_ARGON2_KEEP_MEMORY``, off by default: password hashing uses
  ``argon2.PasswordHasher``).

The security checks (the query budget, the sensitive-mutation rule, hidden suggestions, the
hash queue) are not speed paths and apply on both. A module here imports only libraries and
the modules of the layer it serves that sit below the one that selects it.
"""
