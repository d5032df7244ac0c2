"""Email: the transactional outbox services write to (``outbox``) and its delivery."""
