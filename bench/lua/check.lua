-- GET with a bearer token, each request the next of TOKENS: /auth/check, or the bare lookup
-- floor it is measured against.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local tokens = {}
for token in string.gmatch(os.getenv("TOKENS"), "[^,]+") do
  table.insert(tokens, "Bearer " .. token)
end
local counter = 0
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("offset", thread_id * 7)
end
function request()
  counter = counter + 1
  local auth = tokens[((counter + (offset or 0)) % #tokens) + 1]
  return wrk.format("GET", nil, {["Authorization"] = auth}, nil)
end
