"""The request policy: what a GraphQL document may ask for (depth, aliases, tokens, one
sensitive mutation), and the prepared-document fast path that checks a known document once."""
