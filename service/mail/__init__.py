"""Email: the transactional outbox services write to, and its delivery.

``outbox`` (enqueue in the unit of work of the change), ``courier`` (claims and delivers
queued rows), ``transport`` (SMTP or .eml files), ``render`` (templates per locale),
``admin`` (what ``accounts outbox`` and ``/metrics`` read and change).
"""
