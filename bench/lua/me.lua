-- Authenticated `me`: the hot path. TOKENS (comma-separated) come from the environment; each
-- request takes the next one, so concurrent requests carry different sessions as real
-- clients do. TOKEN (a single one) also works.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local tokens = {}
for token in string.gmatch(os.getenv("TOKENS") or os.getenv("TOKEN"), "[^,]+") do
  table.insert(tokens, "Bearer " .. token)
end
-- BODY (from the environment) replaces the request body: `make bench` sends the same document
-- by its trusted-document id that way.
local body = os.getenv("BODY") or '{"query":"{ me { id username email firstName lastName status } }"}'
local counter = 0
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("offset", thread_id * 7)
end
function request()
  counter = counter + 1
  local auth = tokens[((counter + (offset or 0)) % #tokens) + 1]
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = auth}, body)
end
