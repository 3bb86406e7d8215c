#!/usr/bin/env python3
"""Writes a wrk Lua script that cycles through N x-hmac-sha256-signed watcher inserts, ids
FIRST..FIRST+N-1 (each a real change: the service acknowledges an exact replay without writing,
so a measured run must not wrap around).

wrk's Lua has no HMAC, so the bodies are signed here, ahead of the run, exactly as Supabase A
would sign them (lowercase hex HMAC-SHA256 of the raw body bytes)."""
import hashlib
import hmac
import sys
import uuid

count, first, secret, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
with open(out, "w") as lua:
    lua.write("local bodies = {}\nlocal sigs = {}\n")
    # LuaJIT allows 65536 constants per function: fill the tables in blocks of small functions.
    block = 2000
    for n, i in enumerate(range(first, first + count), start=1):
        if n % block == 1:
            lua.write(";(function()\n")
        body = (
            '{"type":"INSERT","table":"user_symbols","schema":"public","record":{"id":%d,'
            '"user_id":"%s","symbol":"BENCH%d/USDT","timeframe":"1h","strategy":{"type":"momentum",'
            '"params":{"period":14}},"active":true,"created_at":"2025-09-30T12:00:00Z"},"old_record":null}'
        ) % (i, uuid.UUID(int=i), i % 50)
        sig = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
        lua.write("bodies[%d] = '%s'\nsigs[%d] = '%s'\n" % (n, body, n, sig))
        if n % block == 0 or n == count:
            lua.write("end)()\n")
    lua.write(
        """
local n = %d
-- Each wrk thread has its own Lua state: thread k of T sends bodies k, k+T, k+2T, ... so no
-- two threads send the same change. T comes after "--" on the wrk command line.
local threads = 0
setup = function(thread)
  thread:set("tid", threads)
  threads = threads + 1
end
local step, i
init = function(args)
  step = tonumber(args[1]) or 1
  i = tid - step
end
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + step
  local k = i %% n + 1
  wrk.headers["x-hmac-sha256"] = sigs[k]
  return wrk.format(nil, "/functions/v1/watchers-upsert", nil, bodies[k])
end
done = function(summary, latency, requests)
  io.write(string.format("non2xx=%%d\\n", summary.errors.status))
end
"""
        % count
    )
