-- The floor: a bare Starlette JSON endpoint.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
