"""Every error the distributed runtime raises; all are :class:`orbiter.errors.OrbiterError`."""

from __future__ import annotations

from orbiter.errors import ConfigurationError, OrbiterError


class TaskFailedError(OrbiterError, RuntimeError):
    """The task ended FAILED; the message is ``Task <id> failed: <error>``.

    Args:
        task_id: the task's id.
        error: the error message the worker recorded.
        error_type: the name of the exception class on the worker (``"ServerError"``, ...).
    """

    def __init__(self, task_id: str, error: str, error_type: str = "") -> None:
        super().__init__(self._message(task_id, error))
        self.task_id = task_id
        self.error = error
        self.error_type = error_type

    @staticmethod
    def _message(task_id: str, error: str) -> str:
        return f"Task {task_id} failed: {error}"


class TaskTimeoutError(TaskFailedError):
    """The task ran longer than its ``timeout`` and was stopped by the worker."""


class TaskCancelledError(TaskFailedError):
    """The task was cancelled before it finished."""

    @staticmethod
    def _message(task_id: str, error: str) -> str:
        return f"Task {task_id} was cancelled" + (f": {error}" if error else "")


class TaskNotFoundError(OrbiterError, LookupError):
    """No task with this id exists (never submitted, or expired after its retention)."""


class RedisUnavailableError(OrbiterError, ConnectionError):
    """Redis cannot be used at the configured URL: nothing answers there (after retrying for a
    few seconds), or the URL names a database the server does not have.

    A ``ConnectionError``, so code catching that keeps working. The message names the URL
    (password hidden) and what to do about it.
    """


class WrongEventLoopError(OrbiterError, RuntimeError):
    """A handle (or subscriber) was used from an event loop other than the one that made it.

    Its connections belong to that loop; get a new one with ``TaskHandle.attach(task_id)``.
    """


class TaskRecordCorruptedError(OrbiterError, ValueError):
    """A task record in Redis holds a value no Orbiter writer puts there (edited by hand or by
    another program); the message names the key, the field and the value."""


class WorkerIdInUseError(OrbiterError, ValueError):
    """A live worker already serves under the worker id this one was given."""


class TemporalUnavailableError(OrbiterError):
    """The Temporal server could not be reached, or the ``temporal`` extra is not installed."""


class RedisUrlError(ConfigurationError, ValueError):
    """No Redis URL was given, or it is not one (wrong scheme, port or database number).

    A ``ValueError``, so code catching that keeps working.
    """
