#!/usr/bin/env python3
"""Writes a wrk Lua script that cycles through N x-hmac-sha256-signed watcher upserts.

wrk's Lua has no HMAC, so the bodies are signed here, ahead of the run, exactly as Supabase A
would sign them (lowercase hex HMAC-SHA256 of the raw body bytes)."""
import hashlib
import hmac
import sys
import uuid

count, secret, out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(out, "w") as lua:
    lua.write("local bodies = {}\nlocal sigs = {}\n")
    for i in range(1, count + 1):
        body = (
            '{"type":"INSERT","table":"user_symbols","schema":"public","record":{"id":%d,'
            '"user_id":"%s","symbol":"BENCH%d/USDT","timeframe":"1h","strategy":{"type":"momentum",'
            '"params":{"period":14}},"active":true,"created_at":"2025-09-30T12:00:00Z"},"old_record":null}'
        ) % (i, uuid.UUID(int=i), i % 50)
        sig = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
        lua.write("bodies[%d] = '%s'\nsigs[%d] = '%s'\n" % (i, body, i, sig))
    lua.write(
        """
local n = %d
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i %% n + 1
  wrk.headers["x-hmac-sha256"] = sigs[i]
  return wrk.format(nil, "/functions/v1/watchers-upsert", nil, bodies[i])
end
response = function(status, headers, body)
  if status ~= 200 then
    errors = (errors or 0) + 1
  end
end
done = function(summary, latency, requests)
  io.write(string.format("non2xx=%%d\\n", summary.errors.status))
end
"""
        % count
    )
