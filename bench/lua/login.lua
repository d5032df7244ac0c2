-- `login` with the right password: argon2 at the configured (production) parameters.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"query":"mutation { login(input: {identifier: \\"' .. os.getenv("IDENTIFIER") ..
  '\\", password: \\"' .. os.getenv("PASSWORD") .. '\\"}) { __typename ... on AuthSuccess { token } } }"}'
