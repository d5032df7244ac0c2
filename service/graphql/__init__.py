"""Transport: Strawberry types, resolvers, the context getter and schema assembly."""
