"""One exception hierarchy for everything Orbiter raises."""

from __future__ import annotations


class OrbiterError(Exception):
    """Base class of every error Orbiter raises on purpose."""


class ConfigurationError(OrbiterError, ValueError):
    """Something in how Orbiter was set up cannot work: an agent, a tool, a provider, a URL or
    an ``ORBITER_*`` setting. It is also a ``ValueError``, so code that caught the bare
    ``ValueError`` some of these used to be keeps working."""


class ProviderNotFoundError(ConfigurationError):
    """The prefix of a model string matches no installed provider."""


class SerializationError(OrbiterError):
    """An agent, swarm or value cannot be turned into JSON or rebuilt from it."""


class ModelError(OrbiterError):
    """A model call failed.

    Args:
        provider: the provider prefix, e.g. ``"openai"``.
        model: the model name as sent to the provider.
        status_code: the HTTP status, when the failure came from an HTTP response.
        retryable: whether trying the same request again could succeed.
        request_id: the provider's id of the failed request, which its support asks for.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str = "",
        model: str = "",
        status_code: int | None = None,
        retryable: bool = False,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.provider = provider
        self.model = model
        self.status_code = status_code
        self.retryable = retryable
        self.request_id = request_id


class AuthenticationError(ModelError):
    """The provider rejected the credentials, or none were configured."""


class RateLimitError(ModelError):
    """The provider asked us to slow down (HTTP 429)."""


class ContextLengthExceededError(ModelError):
    """The request was longer than the model's context window."""


class InvalidRequestError(ModelError):
    """The provider refused the request as malformed or unsupported; retrying will not help."""


class ServerError(ModelError):
    """The provider failed on its side (HTTP 5xx)."""


class ModelTimeoutError(ModelError):
    """The provider did not answer, or a stream stalled, within the configured time."""


class ResponseFormatError(ModelError):
    """The provider's response could not be understood (bad JSON, truncated stream, ...)."""


class ToolError(OrbiterError):
    """A tool could not be defined or called."""


class MaxStepsExceeded(OrbiterError):
    """The run used all of its steps without producing a final answer."""

    def __init__(self, message: str, *, max_steps: int) -> None:
        super().__init__(message)
        self.max_steps = max_steps


class OutputValidationError(OrbiterError):
    """The model's final answer did not match the agent's ``output_type``."""


class OutputTruncatedError(OutputValidationError):
    """The model hit its output token limit before finishing the answer ``output_type`` asks for.

    Args:
        max_tokens: the agent's ``max_tokens`` (None: the provider's default limit applied).
        finish_reason: the provider's own word for it (``"length"``, ``"MAX_TOKENS"``, ...).
    """

    def __init__(self, message: str, *, max_tokens: int | None, finish_reason: str | None) -> None:
        super().__init__(message)
        self.max_tokens = max_tokens
        self.finish_reason = finish_reason


class RunCancelledError(OrbiterError):
    """The run was cancelled before it finished."""


class RunInterruptedError(RunCancelledError):
    """A run on a thread was stopped for a newer run on the thread (``on_busy="interrupt"``,
    which keeps the turns it finished on the thread, or ``"rollback"``, which keeps nothing).

    Args:
        kept: how many of the run's messages were added to the thread.
    """

    def __init__(self, message: str, *, kept: int = 0) -> None:
        super().__init__(message)
        self.kept = kept


class ThreadBusyError(OrbiterError):
    """A run was started on a thread another run of this process is using, with the ``reject``
    policy; wait for the first run, or pass ``on_busy="enqueue"`` to queue behind it."""


class ThreadConflictError(OrbiterError):
    """A run's messages could not be added to its thread because the thread changed meanwhile
    (it was deleted, or another process wrote to it). Nothing was added.

    Args:
        result: the run's RunResult, when the run itself finished, so its answer is not lost.
    """

    result: object = None


class ResumeError(ConfigurationError):
    """A paused run cannot be resumed as asked: the state is from another agent, or the
    decisions name unknown calls or leave a pending call undecided."""
