"""The rate limiter's Lua scripts, each beside the Struct of its named arguments.

One hash per model string holds its schedule, in milliseconds of the Redis server's clock (so
the workers' clocks need not agree): ``r`` when the next request may go, ``t`` when the tokens
charged so far are paid off, ``h`` until when a provider's ``Retry-After`` holds every call.
The hash expires once all three have passed.
"""

from __future__ import annotations

import msgspec

from orbiter.distributed._lua import Script

LIMIT_SCRIPTS: list[Script] = []
"""Every script below: loaded together (see ``_lua.load``)."""

_NOW = r"""
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000
local function keep_until(key, last)
  redis.call('PEXPIRE', key, math.max(1, math.ceil(last - now)) + 1000)
end
"""


class ReserveArgs(msgspec.Struct):
    """KEYS: the model's schedule.

    ``request_ms`` and ``token_ms``: how long one request and one token hold the next call
    back (0: that limit is not set). ``tokens``: the estimate per call. A worker takes several
    turns at once: ``free`` of them when the schedule has room now, ``held`` (its calls
    waiting) when it has not. ``owed_ms``: tokens its earlier calls were charged too many
    (negative) or too few, as time.
    """

    request_ms: float
    token_ms: float
    tokens: int
    free: int
    held: int
    owed_ms: float


RESERVE = (
    _NOW
    + r"""
local cur = redis.call('HMGET', KEYS[1], 'r', 't', 'h')
local req, tok, held = tonumber(cur[1]) or 0, tonumber(cur[2]) or 0, tonumber(cur[3]) or 0
local request_ms, token_ms = tonumber(args.request_ms), tonumber(args.token_ms)
if token_ms > 0 then tok = tok + tonumber(args.owed_ms) end
local start, reason = now, ''
if request_ms > 0 and req > start then start, reason = req, 'requests' end
if token_ms > 0 and tok > start then start, reason = tok, 'tokens' end
if held > start then start = held end
if held > now then reason = 'retry_after' end  -- a pause, and the calls queued behind it
local turns = tonumber(args.free)
if start > now then turns = tonumber(args.held) end
if request_ms > 0 then req = start + request_ms * turns end
if token_ms > 0 then tok = start + token_ms * tonumber(args.tokens) * turns end
redis.call('HSET', KEYS[1], 'r', tostring(req), 't', tostring(tok))
keep_until(KEYS[1], math.max(req, tok, held))
-- Whole microseconds from now: Lua numbers come back to Redis clients as integers.
return {math.floor((start - now) * 1000), reason, math.floor(math.max(0, held - now) * 1000),
        turns}
"""
)


class SettleArgs(msgspec.Struct):
    """KEYS: the model's schedule. Milliseconds to move the token turn by (negative: sooner),
    for a worker that took no turn since its calls' tokens were known."""

    shift_ms: float


SETTLE = (
    _NOW
    + r"""
local tok = tonumber(redis.call('HGET', KEYS[1], 't') or '')
if not tok then return 0 end  -- expired: nothing left to correct
tok = tok + tonumber(args.shift_ms)
redis.call('HSET', KEYS[1], 't', tostring(tok))
local cur = redis.call('HMGET', KEYS[1], 'r', 'h')
keep_until(KEYS[1], math.max(tok, tonumber(cur[1]) or 0, tonumber(cur[2]) or 0))
return 1
"""
)


class BackOffArgs(msgspec.Struct):
    """KEYS: the model's schedule. Milliseconds the provider asked every caller to wait."""

    wait_ms: float


BACK_OFF = (
    _NOW
    + r"""
local cur = redis.call('HMGET', KEYS[1], 'r', 't', 'h')
local held = math.max(tonumber(cur[3]) or 0, now + tonumber(args.wait_ms))
redis.call('HSET', KEYS[1], 'h', tostring(held))
keep_until(KEYS[1], math.max(held, tonumber(cur[1]) or 0, tonumber(cur[2]) or 0))
return 1
"""
)

reserve_script = Script(RESERVE, ReserveArgs, together=LIMIT_SCRIPTS, common=False)
settle_script = Script(SETTLE, SettleArgs, together=LIMIT_SCRIPTS, common=False)
back_off_script = Script(BACK_OFF, BackOffArgs, together=LIMIT_SCRIPTS, common=False)
