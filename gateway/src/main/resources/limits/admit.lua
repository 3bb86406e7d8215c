-- One atomic step per request: check every limit, and only if all pass, count them all.
-- A rejected request consumes nothing. Time is Redis's own, so every gateway node agrees.
-- Tier limits are spliced in at start from vizzor.gateway.limits.tiers (see LimitScript).
--
-- KEYS: 1 minute log (zset), 2 concurrency leases (zset), 3 account tier, 4 key revoked marker
-- ARGV: 1 mode (user|ip), 2 tier known to the node, 3 own per-minute limit (0 = the tier's),
--       4 daily quota applies (1|0), 5 request id, 6 lease ms, 7 daily counter prefix,
--       8 ip limit, 9.. released leases as (key, member) pairs
-- Returns: outcome, tier, minute limit, remaining, reset ms, day limit, remaining, reset ms,
--          concurrency limit, remaining   (-1 where a policy does not apply)
local TIERS = {
--TIERS--
}
local DAY = 86400000
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

for i = 9, #ARGV, 2 do
  redis.call('ZREM', ARGV[i], ARGV[i + 1])
end

local function minute_window(key, limit)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - 60000)
  local used = redis.call('ZCARD', key)
  local reset = 60000
  if used > 0 then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    reset = tonumber(oldest[2]) + 60000 - now
  end
  return used, reset
end

if ARGV[1] == 'ip' then
  local limit = tonumber(ARGV[8])
  local used, reset = minute_window(KEYS[1], limit)
  if used >= limit then
    return {'minute', '', limit, 0, reset, -1, -1, -1, -1, -1}
  end
  redis.call('ZADD', KEYS[1], now, ARGV[5])
  redis.call('PEXPIRE', KEYS[1], 60000)
  return {'ok', '', limit, limit - used - 1, reset, -1, -1, -1, -1, -1}
end

if redis.call('EXISTS', KEYS[4]) == 1 then
  return {'revoked', '', -1, -1, -1, -1, -1, -1, -1, -1}
end
local tier = redis.call('GET', KEYS[3])
if not tier or not TIERS[tier] then
  tier = ARGV[2]
end
local limits = TIERS[tier]
local daily = ARGV[4] == '1'
if daily and limits.api == 0 then
  return {'tier', tier, -1, -1, -1, -1, -1, -1, -1, -1}
end

local m_limit = limits.rpm
if ARGV[3] ~= '0' then
  m_limit = tonumber(ARGV[3])
end
local m_used, m_reset = minute_window(KEYS[1], m_limit)

local d_limit, d_used, d_reset, d_key = -1, 0, -1, nil
if daily and limits.daily >= 0 then
  local day = math.floor(now / DAY)
  d_key = ARGV[7] .. day
  d_limit = limits.daily
  d_used = tonumber(redis.call('GET', d_key) or '0')
  d_reset = (day + 1) * DAY - now
end

redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local c_used = redis.call('ZCARD', KEYS[2])
local c_limit = limits.conc

local function result(outcome, admitted)
  local d_left = -1
  if d_limit >= 0 then
    d_left = d_limit - d_used - admitted
  end
  return {outcome, tier, m_limit, m_limit - m_used - admitted, m_reset,
          d_limit, d_left, d_reset, c_limit, c_limit - c_used - admitted}
end

if m_used >= m_limit then
  return result('minute', 0)
end
if d_limit >= 0 and d_used >= d_limit then
  return result('day', 0)
end
if c_used >= c_limit then
  return result('concurrency', 0)
end

redis.call('ZADD', KEYS[1], now, ARGV[5])
redis.call('PEXPIRE', KEYS[1], 60000)
if d_key then
  redis.call('INCR', d_key)
  redis.call('PEXPIREAT', d_key, (math.floor(now / DAY) + 1) * DAY + 3600000)
end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[6]), ARGV[5])
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[6]))
return result('ok', 1)
