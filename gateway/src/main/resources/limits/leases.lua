-- Releases or renews concurrency leases in one step.
-- ARGV: 1 action (release|renew), 2 lease ms, 3.. (key, member) pairs
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease = tonumber(ARGV[2])
for i = 3, #ARGV, 2 do
  if ARGV[1] == 'release' then
    redis.call('ZREM', ARGV[i], ARGV[i + 1])
  else
    redis.call('ZADD', ARGV[i], 'XX', now + lease, ARGV[i + 1])
    redis.call('PEXPIRE', ARGV[i], lease)
  end
end
return #ARGV
