"""Transport: Strawberry types, resolvers, the context getter and schema assembly.

Resolvers live in one package per area (``auth``, ``users``, ``sessions``), one module per
operation; each runs its service call through ``Context.run`` and maps the outcome with
``present``. Nothing here holds a business rule.
"""
