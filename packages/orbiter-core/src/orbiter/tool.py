"""Tools: Python functions a model may call, with schemas from their type hints."""

from __future__ import annotations

import asyncio
import functools
import inspect
import math
import re
from collections.abc import Callable
from typing import Any, overload

import msgspec

from orbiter._schema import arguments_type
from orbiter.errors import SerializationError, ToolError
from orbiter.messages import ImagePart, TextPart, check_image_size, image_type_of
from orbiter.models import ToolSpec

_decoder = msgspec.json.Decoder()
_VALID_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


_JSON_FORMS = (
    "return JSON data (str, int, float, bool, None, dict, list) or what has a JSON form (a "
    "msgspec Struct, a dataclass, datetime, Enum, UUID, Decimal...), or give the tool a "
    "serializer: @tool(serializer=to_json_data)"
)


class _NoJsonForm(Exception):
    def __init__(self, what: str) -> None:
        self.what = what


def _enc_hook(obj: Any) -> Any:
    dump = getattr(obj, "model_dump", None)  # pydantic-style objects, without importing pydantic
    if callable(dump):
        return dump(mode="json")
    kind = type(obj)
    raise _NoJsonForm(f"a {kind.__module__}.{kind.__qualname__}")


def _check_finite(data: Any) -> None:
    """Refuse NaN and infinities, which JSON cannot hold (msgspec would write null)."""
    todo = [("$", data)]
    while todo:
        where, value = todo.pop()
        if isinstance(value, float) and not math.isfinite(value):
            raise _NoJsonForm(f"the float {value} at {where}")
        if isinstance(value, dict):
            todo.extend((f"{where}.{k}", v) for k, v in value.items())
        elif isinstance(value, list | tuple):
            todo.extend((f"{where}[{i}]", v) for i, v in enumerate(value))


def result_to_text(value: Any) -> str:
    """What the model reads for a tool's return value: strings as they are, the rest as JSON.

    Raises ToolError naming what has no faithful JSON form (an arbitrary object, NaN).
    """
    if isinstance(value, str):
        return value
    try:
        data = msgspec.to_builtins(value, enc_hook=_enc_hook, str_keys=True)
        _check_finite(data)
    except _NoJsonForm as exc:
        raise ToolError(
            f"the result holds {exc.what}, which has no JSON form; {_JSON_FORMS}"
        ) from None
    return msgspec.json.encode(data).decode()


def _image_of(item: Any) -> ImagePart | None:
    """``item`` as an image: an ImagePart, or bytes that start with an image signature."""
    if isinstance(item, ImagePart):
        return item
    if isinstance(item, bytes) and image_type_of(item) is not None:
        return ImagePart.from_bytes(item)
    return None


def result_to_content(value: Any) -> tuple[str, list[ImagePart]]:
    """What the model reads for a tool's return value: its text and its images.

    An image (an ImagePart, or PNG/JPEG/GIF/WebP bytes), or a list or tuple holding at least one,
    gives the images apart; the text then has strings and TextParts as they are, other items as
    JSON, and a label such as ``[image image/png, 1,234 bytes]`` where each image stood. Any
    other value is converted by :func:`result_to_text`, with no images.
    """
    single = _image_of(value)
    if single is not None:
        items: list[Any] = [single]
    elif isinstance(value, list | tuple) and value:
        items = [_image_of(v) or v for v in value]
        if not any(isinstance(v, ImagePart) for v in items):
            return result_to_text(value), []
    else:
        return result_to_text(value), []
    texts: list[str] = []
    images: list[ImagePart] = []
    for item in items:
        if isinstance(item, ImagePart):
            try:
                check_image_size(item)
            except SerializationError as exc:
                raise ToolError(str(exc)) from None
            images.append(item)
            texts.append(item.label)
        elif isinstance(item, TextPart):
            texts.append(item.text)
        else:
            texts.append(result_to_text(item))
    return "\n".join(texts), images


class Tool:
    """A callable the model can ask for.

    Build one with the :func:`tool` decorator, or pass a plain function in ``Agent(tools=[...])``.
    """

    server: str | None = None
    """The MCP server that provides this tool (None for Python tools)."""

    needs_approval: bool | Callable[[dict[str, Any]], bool] = False
    """Whether a call must wait for a person's decision (see :meth:`approval_needed`)."""

    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        name: str | None = None,
        description: str | None = None,
        serializer: Callable[[Any], Any] | None = None,
        needs_approval: bool | Callable[[dict[str, Any]], bool] = False,
    ) -> None:
        if not callable(fn):
            raise ToolError(f"tool expects a function, got {fn!r}")
        if serializer is not None and not callable(serializer):
            raise ToolError(f"serializer must be a function, got {serializer!r}")
        if not isinstance(needs_approval, bool) and not callable(needs_approval):
            raise ToolError(
                f"needs_approval must be True, False or a function of the arguments, got "
                f"{needs_approval!r}"
            )
        self.fn = fn
        self.serializer = serializer
        self.needs_approval = needs_approval
        self.name = name or fn.__name__
        if not _VALID_NAME.fullmatch(self.name):
            raise ToolError(
                f"tool name {self.name!r} must be 1-64 letters, digits, '_' or '-' (providers "
                "reject other names); pass name='...' to choose another"
            )
        try:
            self._args_type, summary, self.parameters = arguments_type(fn, self.name)
        except TypeError as exc:
            raise ToolError(str(exc)) from exc
        self.description = description if description is not None else summary
        self.is_async = inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
            type(fn).__call__
        )
        # Lets import_path_of() find the function this tool wraps.
        self.__orbiter_target__ = fn
        functools.update_wrapper(self, fn)

    @property
    def spec(self) -> ToolSpec:
        return ToolSpec(name=self.name, description=self.description, parameters=self.parameters)

    def arguments_object(self, arguments: str | dict[str, Any]) -> dict[str, Any]:
        """The model's arguments as a JSON object, before any check of their fields."""
        try:
            raw = _decoder.decode(arguments or "{}") if isinstance(arguments, str) else arguments
        except msgspec.DecodeError as exc:
            raise ToolError(f"arguments for {self.name!r} are not valid JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise ToolError(f"arguments for {self.name!r} must be a JSON object, got {raw!r}")
        return raw

    def validate(self, arguments: str | dict[str, Any]) -> dict[str, Any]:
        """Parse and convert the model's arguments; raise ToolError saying what is wrong."""
        raw = self.arguments_object(arguments)
        try:
            converted = msgspec.convert(raw, self._args_type, strict=False)
        except msgspec.ValidationError as exc:
            raise ToolError(f"invalid arguments for {self.name!r}: {exc}") from None
        return {f: getattr(converted, f) for f in converted.__struct_fields__}

    def approval_needed(self, arguments: str) -> bool:
        """Whether this call waits for a person: ``needs_approval``, or its answer for these
        arguments. Arguments that do not validate need none: the call fails without running."""
        check = self.needs_approval
        if isinstance(check, bool):
            return check
        try:
            kwargs = self.validate(arguments)
        except ToolError:
            return False
        return bool(check(kwargs))

    async def call(self, arguments: str | dict[str, Any]) -> Any:
        """Validate ``arguments`` and run the function (sync functions run in a thread)."""
        kwargs = self.validate(arguments)
        if self.is_async:
            return await self.fn(**kwargs)
        # Sync tools block, so they run in a thread and other tool calls (and the event loop)
        # keep going.
        result = await asyncio.to_thread(self.fn, **kwargs)
        if inspect.isawaitable(result):  # a sync wrapper that returned a coroutine
            result = await result
        return result

    def result_content(self, result: Any) -> tuple[str, list[ImagePart]]:
        """What the model reads for ``result`` (its text and images): passed through
        ``serializer`` when the tool has one, then as :func:`result_to_content` says. Raises
        ToolError when there is no JSON form or an image is too large."""
        if self.serializer is not None:
            try:
                result = self.serializer(result)
            except Exception as exc:
                raise ToolError(
                    f"the serializer of tool {self.name!r} failed: {type(exc).__name__}: {exc}"
                ) from exc
        try:
            return result_to_content(result)
        except ToolError as exc:
            raise ToolError(
                f"tool {self.name!r} returned something the model cannot read: {exc}"
            ) from None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)

    def __repr__(self) -> str:
        return f"Tool(name={self.name!r})"


@overload
def tool(fn: Callable[..., Any], /) -> Tool: ...
@overload
def tool(
    *,
    name: str | None = None,
    description: str | None = None,
    serializer: Callable[[Any], Any] | None = None,
    needs_approval: bool | Callable[[dict[str, Any]], bool] = False,
) -> Callable[[Callable[..., Any]], Tool]: ...
def tool(
    fn: Callable[..., Any] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    serializer: Callable[[Any], Any] | None = None,
    needs_approval: bool | Callable[[dict[str, Any]], bool] = False,
) -> Tool | Callable[[Callable[..., Any]], Tool]:
    """Turn a function into a :class:`Tool`: ``@tool`` or ``@tool(name=..., description=...)``.

    ``serializer`` turns what the function returns into a string, JSON data or images for the
    model, for results that have no JSON form of their own (see :func:`result_to_content`).
    ``needs_approval`` (True, or a function of the validated arguments returning True) pauses
    the run when the model calls the tool, until a person approves, rejects or edits the call.
    """
    if fn is not None:
        return Tool(
            fn,
            name=name,
            description=description,
            serializer=serializer,
            needs_approval=needs_approval,
        )

    def wrap(f: Callable[..., Any]) -> Tool:
        return Tool(
            f,
            name=name,
            description=description,
            serializer=serializer,
            needs_approval=needs_approval,
        )

    return wrap


def as_tool(obj: Tool | Callable[..., Any]) -> Tool:
    return obj if isinstance(obj, Tool) else Tool(obj)
