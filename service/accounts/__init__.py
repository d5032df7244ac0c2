"""The service layer: registration, authentication, sessions, profiles and passwords.

Plain async functions taking a ``UnitOfWork`` (``unit_of_work``), the process's ``Services``
(``services``) and plain values (``values``), returning outcomes (``outcomes``). Services only
flush: whoever opened the unit of work (the request context, the CLI) commits or rolls it back.
A write refused after the fact raises ``outcomes.Rejected`` with its outcome. Nothing here
knows about Starlette or Strawberry.
"""
