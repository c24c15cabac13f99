"""A worker's intake: checks delivered queue entries, then starts the good ones.

Each entry is checked here (size, signature, payload) before anything is decoded further; the
ones that fail go to the dead letters, the rest go through the start script, which decides
whether each runs and counts its attempt. All of it is one round trip per batch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence

import msgspec

from orbiter.distributed._lua import Call
from orbiter.distributed.payload import Payload, decode_payload, verify
from orbiter.distributed.queue import Entry, RedisQueue

log = logging.getLogger("orbiter.distributed.worker")


class Start(msgspec.Struct):
    """An entry the start script let run, as its ``attempt``-th attempt, after ``retries``
    retries its retry policy asked for, with the state its record holds to start from (see
    ``checkpoints``)."""

    entry_id: bytes
    task_id: str
    attempt: int
    payload: Payload
    retries: int = 0
    checkpoint: bytes | None = None
    decisions: bytes | None = None
    gated: bool = False  # let out by the gate (priority or tenant): it is told when it ends


class _Named(msgspec.Struct):
    name: str = ""


_named = msgspec.json.Decoder(_Named)


def target_name(payload: Payload | None) -> str:
    """The name of the Agent or Swarm a payload runs, or '' when it does not say."""
    try:
        return _named.decode(payload.target).name if payload is not None else ""
    except msgspec.DecodeError:
        return ""


class Intake:
    """Checks and starts entries delivered to one worker.

    Args:
        on_dead_letter: called with a task's target name each time one is dead-lettered.
        on_gate_skipped: awaited with the id of each task the gate let out that will not run
            here (cancelled meanwhile, out of attempts...), so its place goes to the next.
    """

    def __init__(
        self,
        queue: RedisQueue,
        worker_id: str,
        *,
        max_payload_bytes: int,
        signing_key: bytes | None,
        previous_signing_keys: Sequence[bytes],
        on_dead_letter: Callable[[str], None],
        on_gate_skipped: Callable[[str], Awaitable[None]] | None = None,
    ) -> None:
        self.queue = queue
        self.worker_id = worker_id
        self.max_payload_bytes = max_payload_bytes
        self.signing_key = signing_key
        self.previous_signing_keys = previous_signing_keys
        self.on_dead_letter = on_dead_letter
        self.on_gate_skipped = on_gate_skipped

    async def start(self, entries: list[Entry], owners: dict[bytes, str]) -> list[Start]:
        """Start what may run of ``entries``; ``owners`` says, for entries taken over from
        another worker, whether that worker was still heartbeating (``alive``) or not."""
        calls: list[Call] = []
        checked: list[tuple[bytes, str, Payload | None]] = []
        gated: dict[bytes, str] = {}
        now = repr(time.time())
        queue = self.queue
        for entry_id, fields in entries:
            if not fields:
                continue  # deleted while waiting; nothing to run
            task_id, payload, reason = self.check(fields)
            if b"g" in fields and task_id:
                gated[entry_id] = task_id
            if reason is not None:
                log.error("task entry %s rejected: %s", entry_id.decode(), reason)
                self.on_dead_letter("")
                tid = task_id or "-"
                calls.append(queue.dead_letter_call(entry_id, tid, self.worker_id, reason, now))
                checked.append((entry_id, "", None))
                continue
            assert task_id is not None
            taken_over = owners.get(entry_id, "")
            calls.append(queue.start_call(entry_id, task_id, self.worker_id, now, taken_over))
            checked.append((entry_id, task_id, payload))
        if not calls:
            return []
        results = await queue.run(calls)
        started = [
            start
            for (entry_id, task_id, payload), res in zip(checked, results, strict=True)
            if task_id and (start := self._started(entry_id, task_id, payload, res))
        ]
        for start in started:
            start.gated = gated.pop(start.entry_id, None) is not None
        if self.on_gate_skipped is not None:
            for task_id in gated.values():
                await self.on_gate_skipped(task_id)
        return started

    def _started(
        self, entry_id: bytes, task_id: str, payload: Payload | None, res: object
    ) -> Start | None:
        if isinstance(res, Exception):
            log.error("starting task %s failed: %s", task_id, res)
            return None
        assert isinstance(res, list)
        if res[1] == b"BROKEN":
            log.error("task %s failed: %s", task_id, res[2].decode(errors="replace"))
            return None
        if res[0] != b"run":
            log.debug("task %s not run: %s", task_id, res[1].decode())
            if res[1] == b"FAILED":  # out of attempts
                self.on_dead_letter(target_name(payload))
            return None
        assert payload is not None
        return Start(
            entry_id, task_id, int(res[1]), payload, int(res[2]), res[3] or None, res[4] or None
        )

    def check(self, fields: dict[bytes, bytes]) -> tuple[str | None, Payload | None, str | None]:
        """(task id, payload, None) for a good entry, else the reason it is rejected."""
        raw_id = fields.get(b"t")
        body = fields.get(b"p")
        task_id = raw_id.decode(errors="replace") if raw_id else None
        if task_id is None or body is None:
            return task_id, None, "malformed queue entry: it needs fields 't' (task id) and 'p'"
        if len(body) > self.max_payload_bytes:
            return (
                task_id,
                None,
                f"payload of {len(body):,} bytes is over this worker's limit of "
                f"{self.max_payload_bytes:,} bytes (ORBITER_MAX_PAYLOAD_BYTES); it was not read",
            )
        if not verify(
            self.signing_key, task_id, body, fields.get(b"s", b""), self.previous_signing_keys
        ):
            return (
                task_id,
                None,
                "signature check failed: the task was not signed with this worker's signing key "
                "(forged or altered, or the client uses another ORBITER_SIGNING_KEY)",
            )
        try:
            return task_id, decode_payload(body), None
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            return task_id, None, f"payload cannot be decoded: {exc}"
