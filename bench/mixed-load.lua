-- wrk script for bench/mixed-load: reads of a list (and a by-id read) mixed with creates that carry
-- an Idempotency-Key; counts 2xx, 503 and any other status per thread, printed by done().
local threads = {}
local read_path = os.getenv("READ_PATH")
local write_path = os.getenv("WRITE_PATH") or ""
local write_body = os.getenv("WRITE_BODY") or ""
local write_share = tonumber(os.getenv("WRITE_SHARE") or "20")
local token = os.getenv("TOKEN")

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  ok, unavailable, other, n = 0, 0, 0, 0
  math.randomseed(os.time() * 1000 + id)
end

function request()
  n = n + 1
  local headers = { ["Authorization"] = "Bearer " .. token }
  if write_path ~= "" and math.random(100) <= write_share then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = string.format("bench-%d-%d-%d-%d", os.time(), id, n, math.random(1e9))
    local body = write_body:gsub("{n}", string.format("%d-%d-%d", id, n, math.random(1e9)))
    return wrk.format("POST", write_path, headers, body)
  end
  return wrk.format("GET", read_path, headers)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1
  elseif status == 503 then unavailable = unavailable + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local a, u, o = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("ok"); u = u + t:get("unavailable"); o = o + t:get("other")
  end
  io.write(string.format("RESULT %.0f req/s p50 %.1f ms p99 %.1f ms 2xx %d 503 %d errors %d socket-errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    a, u, o, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
