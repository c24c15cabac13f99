"""Every Redis key, channel and default of the distributed runtime, defined once.

Keys all start with a prefix (``orbiter`` unless ``ORBITER_KEY_PREFIX`` says otherwise), so
several deployments can share one server. Pub/Sub channels are not scoped to a database, so
channel names carry the task id (unique everywhere) rather than relying on the database number.

On a Redis Cluster every script must touch keys of one slot only. So the keys are split into
*shards*: a task belongs to the shard its id hashes to, and its record, events and live
channel sit under that shard's hash tag (``orbiter:{s3.12}:task:<id>``) beside the shard's part
of each queue (stream, due set, dead letters), of the task index and of the paused set. The
shards' tags are picked so that they fall in evenly spaced slots, so a cluster whose primaries
hold even slot ranges serves an even share of them each. ``shards=0`` (the default on a single
server) keeps one shard under the plain names, ``orbiter:task:<id>``.

Three features have state beyond one task that a task's script must change together with the
task's own keys: cron schedules, a queue's gate (priorities and tenants) and threads. Their keys
sit in one shard (the schedules in shard 0, a gate in the shard its queue's name hashes to, a
thread in the one its id hashes to), and the ids of the tasks they queue are pinned to that
shard (:meth:`Keys.pin`), so each such step stays one script in one slot, with the same
guarantees as on one server.
"""

from __future__ import annotations

import functools
import hashlib
import zlib
from dataclasses import dataclass
from urllib.parse import urlsplit

from redis.crc import REDIS_CLUSTER_HASH_SLOTS, key_slot

# The defaults of settings a user can change live with the settings; named here too, beside
# the fixed ones, for the modules that use them.
from orbiter.distributed.settings import DEFAULT_LEASE as DEFAULT_LEASE
from orbiter.distributed.settings import DEFAULT_MAX_ATTEMPTS as DEFAULT_MAX_ATTEMPTS
from orbiter.distributed.settings import DEFAULT_MAX_PAYLOAD_BYTES as DEFAULT_MAX_PAYLOAD_BYTES
from orbiter.distributed.settings import DEFAULT_PREFIX, VARIABLES, read
from orbiter.distributed.settings import DEFAULT_QUEUE as DEFAULT_QUEUE

GROUP = "workers"
DEFAULT_PENDING_TTL = 7 * 24 * 3600
"""Seconds an unfinished task's record lives (refreshed when a worker starts it)."""
DEFAULT_INDEX_MAX = 10_000
"""Task ids kept in the task index (newest first)."""
DEFAULT_DEAD_MAXLEN = 10_000
DEFAULT_TIMEOUT = 300.0
DEFAULT_DRAIN_TIMEOUT = 30.0
DUE_CHECK_SECONDS = 0.25
"""How often each worker looks for delayed tasks and retries whose time has come."""
DUE_BATCH = 100
"""Due tasks one look queues at most (it looks again at once when it found that many)."""
MAX_AGENTS_PER_TASK = 64
"""Agents (Swarm members and handoff targets together) one task may describe."""
MAX_TOOLS_PER_AGENT = 256
MAX_MCP_SERVERS_PER_AGENT = 16
"""MCP servers (``toolsets``) one agent of a task may name: each is a connection or a process."""

TERMINAL = frozenset({"COMPLETED", "FAILED", "CANCELLED"})

DEFAULT_CLUSTER_SHARDS = 6
"""Shards of each queue on a Redis Cluster unless ``ORBITER_QUEUE_SHARDS`` says otherwise."""
CLUSTER_SCHEMES = ("redis+cluster", "rediss+cluster")
SCHEDULE_SHARD = 0
"""The shard of every schedule key and of the tasks of their ticks."""
SERVER_SHARD = 0
"""The shard of the HTTP server's API keys and webhooks."""


def is_cluster_url(url: object) -> bool:
    """Whether ``url`` names a Redis Cluster (``redis+cluster://`` or ``rediss+cluster://``).

    Anything but a string is not: the URL check says what is wrong with it.
    """
    return isinstance(url, str) and url.split("://", 1)[0].lower() in CLUSTER_SCHEMES


def resolve_redis_url(url: str | None) -> str:
    """The given URL, else ``ORBITER_REDIS_URL``, checked; else a clear error."""
    from orbiter.distributed.errors import RedisUrlError

    resolved = read("redis_url", url or None)
    if not resolved:
        raise RedisUrlError(
            f"no Redis URL: pass redis_url=... or set {VARIABLES['redis_url'][0]} "
            "(for example redis://localhost:6379)"
        )
    return check_redis_url(resolved)


URL_FORMS = (
    "redis://[user:password@]host:port[/db], rediss://... (TLS), unix:///path, "
    "redis+sentinel://[user:password@]host1:port1,host2:port2/<master name>[/db] "
    "or redis+cluster://host:port (any node of a Redis Cluster)"
)


def check_redis_url(url: object) -> str:
    """``url`` if it has the form of a Redis URL, else a RedisUrlError saying what is wrong."""
    if not isinstance(url, str):
        from orbiter.distributed.errors import RedisUrlError

        raise RedisUrlError(
            f"the Redis URL must be a string like redis://localhost:6379/0, got {url!r}"
        )
    return _checked_url(url)


@functools.lru_cache(maxsize=64)  # a process uses a few URLs, checked on every submit
def _checked_url(url: str) -> str:
    from orbiter.distributed.errors import RedisUrlError
    from orbiter.distributed.outage import safe_url
    from orbiter.distributed.sentinel import FORM as SENTINEL_FORM
    from orbiter.distributed.sentinel import is_sentinel_url, parse_sentinel_url

    try:
        parts = urlsplit(url)
        shown = safe_url(url)
    except ValueError as exc:
        raise RedisUrlError(f"not a valid Redis URL: {exc}; expected {URL_FORMS}") from None
    if is_sentinel_url(url):
        try:
            parse_sentinel_url(url)
        except ValueError as exc:
            raise RedisUrlError(
                f"not a valid Sentinel URL {shown!r}: {exc}; expected {SENTINEL_FORM}"
            ) from None
        return url
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise RedisUrlError(
            f"not a valid Redis URL {shown!r}: {exc}; expected {URL_FORMS}"
        ) from None
    if parts.scheme not in ("redis", "rediss", "unix", *CLUSTER_SCHEMES):
        raise RedisUrlError(
            f"not a Redis URL: {shown!r} (scheme {parts.scheme or 'missing'!r}); "
            f"expected {URL_FORMS}"
        )
    if parts.scheme != "unix" and not parts.hostname:
        raise RedisUrlError(f"Redis URL {shown!r} names no host; expected {URL_FORMS}")
    db = parts.path.strip("/")
    if parts.scheme in CLUSTER_SCHEMES and db not in ("", "0"):
        raise RedisUrlError(
            f"Redis URL {shown!r}: a Redis Cluster has database 0 only; leave out /{db}"
        )
    if parts.scheme != "unix" and db and not db.isdigit():
        raise RedisUrlError(
            f"Redis URL {shown!r}: database {db!r} is not a number (e.g. redis://host:6379/0)"
        )
    return url


@functools.cache
def shard_tag(shard: int, shards: int) -> str:
    """The hash tag of shard ``shard`` of ``shards``: a short text whose slot lies in the
    shard's even part of the 16384 slots."""
    low = shard * REDIS_CLUSTER_HASH_SLOTS // shards
    high = (shard + 1) * REDIS_CLUSTER_HASH_SLOTS // shards
    n = 0
    while not low <= key_slot(f"s{shard}.{n}".encode()) < high:
        n += 1
    return f"s{shard}.{n}"


@dataclass(frozen=True, slots=True)
class Keys:
    """Names of the Redis keys under one prefix.

    Args:
        shards: 0 for one shard under the plain key names (a single server); else how many
            shards each queue has, every key under its shard's hash tag (a cluster). Every
            client and worker of a deployment must use the same number.
    """

    prefix: str = DEFAULT_PREFIX
    shards: int = 0

    @classmethod
    def from_env(
        cls,
        prefix: str | None = None,
        redis_url: str | None = None,
        shards: int | None = None,
        *,
        cluster: bool = False,
    ) -> Keys:
        """Keys under ``prefix``, else ``ORBITER_KEY_PREFIX``, else ``orbiter``; sharded as
        ``shards``, else ``ORBITER_QUEUE_SHARDS``, else as suits ``redis_url`` (or a cluster
        client, with ``cluster``)."""
        count: int = read("queue_shards", shards)
        if count == 0 and (cluster or (redis_url is not None and is_cluster_url(redis_url))):
            count = DEFAULT_CLUSTER_SHARDS
        return cls(read("key_prefix", prefix or None), count)

    @property
    def all_shards(self) -> range:
        return range(max(1, self.shards))

    def shard(self, task_id: str) -> int:
        """The shard a task belongs to."""
        if self.shards <= 1:
            return 0
        return zlib.crc32(task_id.encode()) % self.shards

    def at(self, shard: int) -> str:
        """The start of the names of one shard's keys."""
        if not self.shards:
            return self.prefix
        return f"{self.prefix}:{{{shard_tag(shard, self.shards)}}}"

    def _of(self, task_id: str) -> str:
        return self.at(self.shard(task_id))

    def pin(self, task_id: str, shard: int) -> str:
        """``task_id`` if it belongs to ``shard``, else the first id of a fixed series made
        from it that does (the same one every time, so a derived id stays reproducible).

        A task whose script must also touch one shard's queue-wide keys (a schedule, a
        queue's gate) gets an id pinned to that shard; without shards every id is kept.
        """
        pinned, n = task_id, 0
        while self.shard(pinned) != shard:
            n += 1
            pinned = hashlib.sha256(f"{task_id}\n{n}".encode()).hexdigest()[:32]
        return pinned

    def task_prefix(self, shard: int) -> str:
        """The start of the record names of one shard's tasks (scripts add the id)."""
        return f"{self.at(shard)}:task:"

    def task(self, task_id: str) -> str:
        """Hash: the task record (status, attempt, worker, timestamps, result, error)."""
        return self.task_prefix(self.shard(task_id)) + task_id

    def events(self, task_id: str) -> str:
        """Stream: the task's events, ending with one terminal marker entry."""
        return f"{self._of(task_id)}:events:{task_id}"

    def live(self, task_id: str) -> str:
        """Pub/Sub channel: every batch appended to the task's events stream."""
        return f"{self._of(task_id)}:live:{task_id}"

    def queue(self, name: str, shard: int = 0) -> str:
        """Stream: submitted tasks waiting for (or held by) a worker; consumer group ``workers``."""
        return f"{self.at(shard)}:queue:{name}"

    def due(self, name: str, shard: int = 0) -> str:
        """Sorted set: ids of the queue's delayed tasks and retries, by when they are due (ms)."""
        return f"{self.at(shard)}:due:{name}"

    def dead(self, name: str, shard: int = 0) -> str:
        """Stream: tasks a worker could not run (poison, forged, out of attempts)."""
        return f"{self.at(shard)}:dead:{name}"

    def index_at(self, shard: int) -> str:
        """Sorted set: task ids by submit time (milliseconds), trimmed to the newest."""
        return f"{self.at(shard)}:tasks"

    @property
    def index(self) -> str:
        """The task index of shard 0 (the only one without shards)."""
        return self.index_at(0)

    def paused_at(self, shard: int) -> str:
        """Sorted set: ids of tasks paused for approval, by when they expire (milliseconds)."""
        return f"{self.at(shard)}:paused"

    @property
    def paused(self) -> str:
        """The paused set of shard 0 (the only one without shards)."""
        return self.paused_at(0)

    # The queue-wide keys of a task's shard, for scripts that also touch the task's keys.

    def queue_for(self, name: str, task_id: str) -> str:
        return self.queue(name, self.shard(task_id))

    def due_for(self, name: str, task_id: str) -> str:
        return self.due(name, self.shard(task_id))

    def dead_for(self, name: str, task_id: str) -> str:
        return self.dead(name, self.shard(task_id))

    def index_for(self, task_id: str) -> str:
        return self.index_at(self.shard(task_id))

    def paused_for(self, task_id: str) -> str:
        return self.paused_at(self.shard(task_id))

    def stray(self, shard: int) -> str:
        """A record name in ``shard`` that no task has: the record key of a script run for a
        queue entry that names no task of that shard."""
        return self.task_prefix(shard) + "-"

    @property
    def workers(self) -> str:
        """Sorted set: worker ids by last heartbeat (milliseconds)."""
        return f"{self.prefix}:workers"

    def worker(self, worker_id: str) -> str:
        """Hash: one worker's host, pid, queue, concurrency and in-flight count (expires)."""
        return f"{self.prefix}:worker:{worker_id}"

    def rate_limit(self, model: str) -> str:
        """Hash: one model string's rate-limit schedule (next request, tokens paid off, held
        until), in milliseconds of the server's clock (expires once passed)."""
        return f"{self.prefix}:ratelimit:{model}"

    @property
    def control(self) -> str:
        """Pub/Sub channel: cancel requests (message = task id) for every worker."""
        return f"{self.prefix}:control"

    # -- threads (conversations kept between runs) ------------------------------------------
    # A thread belongs to the shard its id hashes to, as a task does; its tasks' ids are pinned
    # to that shard too, so a thread's keys, its tasks' records and their part of the queue
    # share one slot. The thread id stays between braces after the shard's
    # tag, so the names of two threads never meet (``{a}:owner`` is not ``{a:owner}``).

    def thread(self, thread_id: str) -> str:
        """List: a thread's transcript, one entry per run (``<start> <count> <time> <run id>``,
        a newline, then the run's messages as JSON)."""
        return f"{self._of(thread_id)}:thread:{{{thread_id}}}"

    def thread_owner(self, thread_id: str) -> str:
        """String: the id of the task that holds the thread (runs on it, or is queued to)."""
        return f"{self.thread(thread_id)}:owner"

    def thread_waiting(self, thread_id: str) -> str:
        """List: ids of the tasks parked until the thread is free, the next one first."""
        return f"{self.thread(thread_id)}:waiting"

    def threads_waiting_at(self, shard: int) -> str:
        """Sorted set: the shard's threads with parked tasks, by when one was parked (ms), for
        the sweep."""
        return f"{self.at(shard)}:threads:waiting"

    def threads_waiting_for(self, thread_id: str) -> str:
        return self.threads_waiting_at(self.shard(thread_id))

    # -- cron schedules (orbiter schedule) -------------------------------------------------
    # Every schedule key sits in shard 0, and so do the tasks of the ticks (their ids are
    # pinned there), so firing a tick is one script in one slot (see orbiter.distributed.ticker).

    @property
    def schedules(self) -> str:
        """Hash: schedule name -> its JSON record (cron, timezone, queue, the task to submit)."""
        return f"{self.at(SCHEDULE_SHARD)}:schedules"

    def schedules_due(self, queue: str) -> str:
        """Sorted set: names of one queue's schedules by the time of their next tick (ms)."""
        return f"{self.at(SCHEDULE_SHARD)}:schedules:due:{queue}"

    # -- the gate: priorities and tenants (see orbiter.distributed.policy) -------------------
    # A queue's gate sits in one shard, the one the queue's name hashes to, and so do the tasks
    # it holds (their ids are pinned there) and the part of the queue it lets them out onto.

    def gate_shard(self, queue: str) -> int:
        """The shard of ``queue``'s gate and of every task held at it."""
        return self.shard(queue)

    def gate(self, queue: str) -> str:
        """Hash: one queue's gate: ``window`` (tasks it lets out at once), ``cap`` (per tenant),
        ``turn`` (releases so far). Every other gate key is this name plus a suffix, below."""
        return f"{self.at(self.gate_shard(queue))}:gate:{queue}"

    def gate_held(self, queue: str) -> str:
        """Hash: ``p:<task id>`` -> payload and ``s:<task id>`` -> signature of held tasks."""
        return f"{self.gate(queue)}:held"

    def gate_ring(self, queue: str, level: int) -> str:
        """List: tenants with tasks held at one priority level, in their round-robin order."""
        return f"{self.gate(queue)}:ring:{level}"

    def gate_waiting(self, queue: str, level: int, tenant: str) -> str:
        """List: ids of one tenant's tasks held at one priority level, oldest first."""
        return f"{self.gate(queue)}:wait:{level}:{tenant}"

    def gate_out(self, queue: str) -> str:
        """Sorted set: ``<tenant>|<task id>`` of released tasks not ended yet, by when checked."""
        return f"{self.gate(queue)}:out"

    def gate_out_tenant(self, queue: str, tenant: str) -> str:
        """Sorted set: one tenant's released tasks not ended yet (what its cap counts)."""
        return f"{self.gate(queue)}:out:{tenant}"

    def gate_slots(self, queue: str) -> str:
        """Sorted set: ``<worker id>|<concurrency>`` of live workers, by expiry (ms)."""
        return f"{self.gate(queue)}:slots"

    # -- the HTTP server (orbiter serve) ----------------------------------------------------
    # What a server changes together in one MULTI (an API key's two hashes; a webhook and the
    # set of webhooks to deliver) shares shard 0's hash tag, so a cluster runs it in one slot.

    @property
    def _server(self) -> str:
        return f"{self.at(SERVER_SHARD)}:server"

    @property
    def api_keys(self) -> str:
        """Hash: SHA-256 of an API key -> its JSON record (name, scope, rate limit)."""
        return f"{self._server}:keys"

    @property
    def api_key_names(self) -> str:
        """Hash: API key name -> the SHA-256 of the key (for list and revoke)."""
        return f"{self._server}:key-names"

    @property
    def server_secret(self) -> str:
        """String: the random secret every server process signs stream tokens with."""
        return f"{self.prefix}:server:secret"

    def rate(self, key_name: str, window: int) -> str:
        """Counter: requests of one API key in one minute window (expires)."""
        return f"{self.prefix}:server:rate:{key_name}:{window}"

    def owner(self, task_id: str) -> str:
        """String: the name of the API key that created a run through the server."""
        return f"{self.prefix}:server:owner:{task_id}"

    def owned(self, key_name: str) -> str:
        """Sorted set: ids of the runs one API key created, by submit time (milliseconds)."""
        return f"{self.prefix}:server:runs:{key_name}"

    def idempotency(self, key_name: str, token: str) -> str:
        """String: the run an ``Idempotency-Key`` created (``<body hash> <task id>``; expires)."""
        return f"{self.prefix}:server:idem:{key_name}:{token}"

    @property
    def webhooks(self) -> str:
        """Sorted set: runs with a webhook still to deliver, by when to look at them next (ms)."""
        return f"{self._server}:webhooks"

    def webhook(self, task_id: str) -> str:
        """Hash: one run's webhook (url, attempts, last error)."""
        return f"{self._server}:webhook:{task_id}"
