-- login -> me -> logout, per connection: each step uses the token the login returned.
dofile(os.getenv("BENCH_LUA_DIR") .. "/common.lua")
local login_body = '{"query":"mutation { login(input: {identifier: \\"' .. os.getenv("IDENTIFIER") ..
  '\\", password: \\"' .. os.getenv("PASSWORD") .. '\\"}) { ... on AuthSuccess { token } } }"}'
local step = 0
local token = nil
function request()
  if step == 0 or token == nil then
    return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, login_body)
  elseif step == 1 then
    return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token},
      '{"query":"{ me { id username } }"}')
  else
    return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token},
      '{"query":"mutation { logout { __typename } }"}')
  end
end
function response(status, headers, body)
  if step == 0 then
    token = string.match(body, '"token":"(acct_[^"]+)"')
    step = token and 1 or 0
  elseif step == 1 then
    step = 2
  else
    step = 0
    token = nil
  end
end
