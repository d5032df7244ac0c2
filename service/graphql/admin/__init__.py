"""The admin API (``POST /admin/graphql``): a schema of its own for staff and admin keys."""
