"""The service layer, one package per area (the transport's areas, one layer down):

- ``signin``: the one sign-in pipeline every proof ends in (``pipeline``, ``proofs``),
  password login, password changes, devices, the password check of a signed-in caller;
- ``sessions``: sessions issued, found by token (``callers``), listed, ended (``logouts``);
- ``email``: codes, verification, password reset, email change, the mail queued, pacing;
- ``two_factor``: TOTP, recovery codes, sign-in challenges and completing them, setup;
- ``passkeys``: registration, sign-in, challenges, budgets, the relying party;
- ``profile``: registration, lookups, profile updates, validation, images, deletion;
- ``limits`` (attempt budgets) and ``passwords`` (hashing and the new-password rules), which
  every area uses, with the shared core beside them: ``services`` (the process's container),
  ``outcomes``, ``values``, ``events`` (the security log), ``tokens``, ``maintenance``.

Plain async functions taking a ``db.unit_of_work.UnitOfWork``, the process's ``Services``
and plain values, returning outcomes. Whoever opened the unit of work (the request context,
the CLI) commits or rolls it back; a service undoes its own writes by raising
``outcomes.Rejected`` with its outcome. Nothing here knows about Starlette or Strawberry: the
import-linter contract in ``make lint`` holds it.
"""
