-- Authenticated `me`: the hot path. TOKEN comes from the environment.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"query":"{ me { id username email firstName lastName status } }"}'
