"""Transport: Strawberry types, resolvers, the context getter and schema assembly.

One package per area (``auth``, ``users``, ``sessions``, ``email``, ``events``,
``two_factor``, ``passkeys``), each with one module per operation and the types and inputs
of its operations; ``results`` holds the union members every area answers with. Each resolver
runs its service call through ``Context.run`` and maps the outcome with ``present``;
authorisation is declared on the field (``permissions``). ``policy`` holds the request rules
and the prepared-document path. Nothing here holds a business rule.
"""
