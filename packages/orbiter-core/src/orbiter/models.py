"""The model protocol every provider implements, and the registry that finds providers.

A provider is found by the prefix of a model string (``"openai:gpt-4o"`` -> ``openai``). Providers
register a factory under the ``orbiter.providers`` entry-point group; the factory is called as
``factory(model_name, options)`` and returns an object implementing :class:`Model`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Literal, Protocol, runtime_checkable

import msgspec

from orbiter._schema import type_schema
from orbiter.errors import ConfigurationError, ProviderNotFoundError, SerializationError
from orbiter.messages import AssistantMessage, Message, Usage

ENTRY_POINT_GROUP = "orbiter.providers"

# Which published package brings which prefix, for the "not installed" message.
KNOWN_PROVIDER_PACKAGES: dict[str, str] = {
    "openai": "orbiter-providers",
    "openai-responses": "orbiter-providers",
    "anthropic": "orbiter-providers",
    "gemini": "orbiter-providers",
    "ollama": "orbiter-providers",
    "openrouter": "orbiter-providers",
    "groq": "orbiter-providers",
    "deepseek": "orbiter-providers",
    "together": "orbiter-providers",
    "vllm": "orbiter-providers",
    "azure": "orbiter-providers",
}

# Options that hold secrets: accepted by providers, never serialized.
SECRET_OPTIONS: frozenset[str] = frozenset({"api_key"})


class ToolSpec(msgspec.Struct, kw_only=True, frozen=True):
    """A tool as the model sees it: name, description and JSON schema of its arguments."""

    name: str
    description: str
    parameters: dict[str, Any]


class OutputSchema(msgspec.Struct, kw_only=True, frozen=True):
    """The JSON schema the final answer must follow (from ``Agent(output_type=...)``)."""

    name: str
    schema: dict[str, Any]


class ModelRequest(msgspec.Struct, kw_only=True):
    """Everything one model call needs.

    Args:
        system: the system prompt, kept apart because providers place it differently.
        agent_name: the agent making the call (for logs and the scripted model).
        messages: the conversation so far (no system messages).
        settings: extra provider parameters passed through as they are.
        tool_choice: ``"auto"``, ``"none"``, ``"required"`` or the name of one of ``tools``
            (None: the provider's default, which is ``"auto"``).
        parallel_tool_calls: whether the model may ask for several tools in one turn (None:
            the provider's default).
    """

    messages: list[Message]
    system: str | None = None
    agent_name: str = ""
    tools: list[ToolSpec] = []
    output_schema: OutputSchema | None = None
    temperature: float | None = None
    max_tokens: int | None = None
    settings: dict[str, Any] = {}
    tool_choice: str | None = None
    parallel_tool_calls: bool | None = None


StopReason = Literal[
    "end_turn", "tool_use", "max_tokens", "stop_sequence", "content_filter", "refusal",
    "pause_turn", "other",
]  # fmt: skip

# Each provider's own word for why a turn ended, in one vocabulary (Anthropic's, which is the
# most precise). OpenAI and the compatible servers, Anthropic, Gemini, the Responses API.
_STOP_REASONS: dict[str, StopReason] = {
    "stop": "end_turn", "end_turn": "end_turn", "STOP": "end_turn", "completed": "end_turn",
    "tool_calls": "tool_use", "function_call": "tool_use", "tool_use": "tool_use",
    "length": "max_tokens", "max_tokens": "max_tokens", "MAX_TOKENS": "max_tokens",
    "max_output_tokens": "max_tokens", "model_context_window_exceeded": "max_tokens",
    "stop_sequence": "stop_sequence",
    "content_filter": "content_filter", "SAFETY": "content_filter",
    "RECITATION": "content_filter", "BLOCKLIST": "content_filter",
    "PROHIBITED_CONTENT": "content_filter", "SPII": "content_filter",
    "IMAGE_SAFETY": "content_filter",
    "refusal": "refusal", "pause_turn": "pause_turn",
}  # fmt: skip


def normalize_stop_reason(raw: str | None, *, tool_calls: bool = False) -> StopReason | None:
    """A provider's finish reason in Orbiter's vocabulary (None when the provider gave none).

    A turn that asked for tools is ``"tool_use"`` even where the provider says only that it
    stopped (Gemini's ``STOP``); a reason no table knows is ``"other"``.
    """
    if not raw:
        return "tool_use" if tool_calls else None
    reason = _STOP_REASONS.get(raw, "other")
    if tool_calls and reason == "end_turn":
        return "tool_use"
    return reason


class ModelResponse(msgspec.Struct, kw_only=True):
    """A complete model turn.

    Args:
        finish_reason: why the turn ended, in the provider's own words (``"length"``,
            ``"MAX_TOKENS"``, ...); :attr:`stop_reason` is the same in Orbiter's vocabulary.
    """

    message: AssistantMessage
    usage: Usage = msgspec.field(default_factory=Usage)
    finish_reason: str | None = None
    model: str = ""

    @property
    def stop_reason(self) -> StopReason | None:
        """Why the turn ended: ``"end_turn"``, ``"tool_use"``, ``"max_tokens"``, ..."""
        return normalize_stop_reason(self.finish_reason, tool_calls=bool(self.message.tool_calls))


TOOL_CHOICE_MODES: frozenset[str] = frozenset({"auto", "none", "required"})


def check_tool_choice(tool_choice: Any, parallel_tool_calls: Any, where: str) -> None:
    """Reject a ``tool_choice`` / ``parallel_tool_calls`` of the wrong type, saying where."""
    if tool_choice is not None and (not isinstance(tool_choice, str) or not tool_choice.strip()):
        raise ConfigurationError(
            f"tool_choice of {where} must be 'auto', 'none', 'required' or a tool's name, got "
            f"{tool_choice!r}"
        )
    if parallel_tool_calls is not None and not isinstance(parallel_tool_calls, bool):
        raise ConfigurationError(
            f"parallel_tool_calls of {where} must be True, False or None, got "
            f"{parallel_tool_calls!r}"
        )


def checked_tool_choice(agent_name: str, choice: str | None, tools: list[ToolSpec]) -> str | None:
    """``choice`` if it can work with these tools, else a ConfigurationError saying why."""
    if choice is None or choice in ("auto", "none"):
        return choice
    names = [t.name for t in tools]
    if not names:
        raise ConfigurationError(
            f"tool_choice={choice!r} asks agent {agent_name!r} to call a tool, but it has none; "
            "give it tools or leave tool_choice unset"
        )
    if choice not in TOOL_CHOICE_MODES and choice not in names:
        raise ConfigurationError(
            f"tool_choice={choice!r} names no tool of agent {agent_name!r}; use 'auto', "
            f"'none', 'required' or one of: {', '.join(names)}"
        )
    return choice


_schemas: dict[Any, OutputSchema] = {}


def output_schema_for(tp: Any) -> OutputSchema | None:
    """The schema sent for ``Agent(output_type=tp)`` (None for plain text), cached per type."""
    if tp is None or tp is str:
        return None
    try:
        return _schemas[tp]
    except (KeyError, TypeError):
        pass
    try:
        schema = OutputSchema(name=getattr(tp, "__name__", "output"), schema=type_schema(tp))
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(
            f"output_type {tp!r} has no JSON schema ({exc}); use a msgspec Struct, dataclass, "
            "TypedDict or a builtin type"
        ) from None
    try:
        _schemas[tp] = schema
    except TypeError:
        pass
    return schema


class TextDelta(msgspec.Struct, kw_only=True, frozen=True):
    text: str


class ReasoningDelta(msgspec.Struct, kw_only=True, frozen=True):
    text: str


StreamChunk = TextDelta | ReasoningDelta | ModelResponse


@runtime_checkable
class Model(Protocol):
    """What the runner needs from a model.

    ``stream`` yields :class:`TextDelta` / :class:`ReasoningDelta` as they arrive and ends with
    exactly one :class:`ModelResponse` holding the whole turn (text, tool calls, usage).
    """

    @property
    def name(self) -> str:
        """The full model string, e.g. ``"openai:gpt-4o"``."""
        ...

    async def complete(self, request: ModelRequest) -> ModelResponse: ...

    def stream(self, request: ModelRequest) -> AsyncIterator[StreamChunk]: ...


ModelFactory = Callable[[str, Mapping[str, Any]], Model]

_factories: dict[str, ModelFactory] = {}
_entry_points_loaded = False


def register_provider(prefix: str, factory: ModelFactory) -> None:
    """Register (or replace) a provider factory for a model-string prefix, in this process."""
    _factories[prefix] = factory


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name not in _factories:
            _factories[ep.name] = _LazyFactory(ep)
    _entry_points_loaded = True


class _LazyFactory:
    """Imports the provider module only when a model of that prefix is first asked for."""

    def __init__(self, ep: Any) -> None:
        self._ep = ep
        self._loaded: ModelFactory | None = None

    def __call__(self, model_name: str, options: Mapping[str, Any]) -> Model:
        if self._loaded is None:
            self._loaded = self._ep.load()
        return self._loaded(model_name, options)


def available_providers() -> list[str]:
    """The prefixes that resolve in this environment, sorted."""
    _load_entry_points()
    return sorted(_factories)


def split_model_string(model: str) -> tuple[str, str]:
    """``"openai:gpt-4o"`` -> ``("openai", "gpt-4o")``; a bare ``"scripted"`` has an empty name."""
    prefix, _, name = model.partition(":")
    return prefix.strip(), name.strip()


def get_model(model: str | Model, options: Mapping[str, Any] | None = None) -> Model:
    """Resolve a model string (or pass a ready :class:`Model` through)."""
    if not isinstance(model, str):
        return model
    prefix, name = split_model_string(model)
    if not prefix:
        raise ProviderNotFoundError(
            f"Model string {model!r} has no provider prefix; write it as 'provider:model', "
            "for example 'openai:gpt-4o'."
        )
    _load_entry_points()
    factory = _factories.get(prefix)
    if factory is None:
        installed = ", ".join(available_providers()) or "none"
        package = KNOWN_PROVIDER_PACKAGES.get(prefix)
        if package:
            hint = f" The {prefix!r} provider comes with {package}: pip install {package}"
        else:
            hint = (
                f" No known package provides {prefix!r}; install one that registers it in the "
                f"{ENTRY_POINT_GROUP!r} entry-point group, or call register_provider()."
            )
        if ":" not in model:
            hint += " Model strings are written 'provider:model', e.g. 'openai:gpt-4o'."
        raise ProviderNotFoundError(
            f"No provider for {prefix!r} (from model {model!r}). Installed providers: "
            f"{installed}.{hint}"
        )
    try:
        return factory(name, dict(options or {}))
    except ImportError as exc:
        package = KNOWN_PROVIDER_PACKAGES.get(prefix, "the package that provides it")
        raise ProviderNotFoundError(
            f"The provider {prefix!r} is registered but cannot be imported ({exc}); reinstall "
            f"{package}."
        ) from exc


# Header names whose values are credentials: never written into a serialized agent as text.
SECRET_HEADERS: frozenset[str] = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "api-key", "x-goog-api-key", "cookie"}
)


# Body field names (lower case, '-' as '_') whose text values are credentials in extra_body.
SECRET_FIELDS: frozenset[str] = frozenset(
    {"api_key", "apikey", "key", "token", "secret", "password", "passwd", "authorization",
     "bearer", "credential", "credentials", "private_key"}
)  # fmt: skip
_SECRET_SUFFIXES = ("_token", "_secret", "_password", "_api_key", "_apikey", "_private_key")


def is_secret_field(name: object) -> bool:
    """True for a body field name that holds a credential (``api_key``, ``access_token``...)."""
    key = str(name).lower().replace("-", "_")
    return key in SECRET_FIELDS or key.endswith(_SECRET_SUFFIXES)


def _check_body(value: Any, where: str) -> None:
    """Refuse a credential written as text anywhere inside ``extra_body``."""
    if isinstance(value, Mapping):
        for name, inner in value.items():
            path = f"{where}[{name!r}]"
            if is_secret_field(name) and isinstance(inner, str):
                raise SerializationError(_secret_hint(path))
            _check_body(inner, path)
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            _check_body(inner, f"{where}[{i}]")


def _secret_hint(where: str) -> str:
    return (
        f"{where} holds a secret, which would be stored in Redis in clear text with the task. "
        'Give the name of an environment variable instead, e.g. {"env": "MY_TOKEN"}: each '
        "worker reads it from its own environment."
    )


def check_secret_headers(headers: Any, where: str) -> None:
    """Refuse a credential header (``Authorization``, ``X-Api-Key``...) given as plain text."""
    if isinstance(headers, Mapping):
        for name, value in headers.items():
            if str(name).lower() in SECRET_HEADERS and isinstance(value, str):
                raise SerializationError(_secret_hint(f"{where}[{name!r}]"))


def url_has_password(url: Any) -> bool:
    """True for a URL that carries a password (``https://user:pw@host``)."""
    from urllib.parse import urlsplit  # only serialization needs it; ~5 ms at import

    if not isinstance(url, str):
        return False
    try:
        return bool(urlsplit(url).password)
    except ValueError:
        return False


def env_value(value: Any, where: str) -> Any:
    """``{"env": NAME}`` becomes the value of that environment variable of this process.

    This is how secrets travel to workers: as the name of a variable each worker sets itself.
    Any other value is returned as it is.
    """
    if not (isinstance(value, Mapping) and set(value) == {"env"}):
        return value
    import os

    name = value["env"]
    found = os.environ.get(name) if isinstance(name, str) else None
    if not found:
        raise ConfigurationError(
            f"{where} names the environment variable {name!r}, which is not set here; set it "
            "where the agent runs (on each worker for distributed runs)"
        )
    return found


def public_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """The provider options with secrets removed, safe to serialize.

    ``api_key`` is left out (workers read their own). A credential header (``Authorization``,
    ``X-Api-Key``, ...), a ``base_url`` with a password, or a credential field inside
    ``extra_body`` (``api_key``, ``access_token``...) must be given as ``{"env": NAME}``; as
    plain text it raises SerializationError rather than travel.
    """
    out = {k: v for k, v in (options or {}).items() if k not in SECRET_OPTIONS}
    check_secret_headers(out.get("headers"), "model_options['headers']")
    if url_has_password(out.get("base_url")):
        raise SerializationError(_secret_hint("model_options['base_url'] (its password)"))
    _check_body(out.get("extra_body"), "model_options['extra_body']")
    return out
