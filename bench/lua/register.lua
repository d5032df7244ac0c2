-- `registerUser` with a unique email and username on every request.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local counter = 0
local prefix = os.getenv("PREFIX") or "b"
local thread_id = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end
function request()
  counter = counter + 1
  local name = string.format("%s%d_%d_user", prefix, tid or 0, counter)
  local body = '{"query":"mutation { registerUser(input: {email: \\"' .. name ..
    '@example.com\\", username: \\"' .. name .. '\\", password: \\"Correct-Horse-9-battery\\", ' ..
    'passwordConfirmation: \\"Correct-Horse-9-battery\\", firstName: \\"Bench\\", lastName: \\"User\\"}) ' ..
    '{ __typename } }"}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, body)
end
