"""Showing a run's events: readable lines for people, one JSON object per line for scripts."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import msgspec

from orbiter.cli._context import print_json
from orbiter.events import BASIC_EVENT_TYPES, event_to_dict
from orbiter.messages import Usage

if TYPE_CHECKING:
    from rich.console import Console

    from orbiter.events import StreamEvent

_MAX_SHOWN = 160
_RATE_LIMIT_REASONS = {
    "requests": "the requests-per-minute limit",
    "tokens": "the tokens-per-minute limit",
    "retry_after": "the provider's Retry-After",
}


def _short(text: str, limit: int = _MAX_SHOWN) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _arguments(raw: str) -> str:
    """``{"city": "Lisbon"}`` shown as ``city='Lisbon'``; anything else as it came."""
    try:
        value = msgspec.json.decode(raw or "{}")
    except msgspec.DecodeError:
        return _short(raw)
    if isinstance(value, dict):
        return _short(", ".join(f"{k}={v!r}" for k, v in value.items()))
    return _short(raw)


class _Step(msgspec.Struct):
    text: str = ""
    called_tools: bool = False


def format_usage(usage: Usage | dict[str, Any] | None, *, steps: int, seconds: float) -> str:
    """The closing line: tokens, model calls, steps and wall time."""
    if not isinstance(usage, Usage):
        usage = msgspec.convert(usage or {}, Usage)
    parts = [f"{usage.input_tokens} tokens in, {usage.output_tokens} out"]
    if usage.reasoning_tokens:
        parts.append(f"{usage.reasoning_tokens} reasoning")
    parts.append(f"{usage.requests} model call{'s' if usage.requests != 1 else ''}")
    parts.append(f"{steps} step{'s' if steps != 1 else ''}")
    parts.append(f"{seconds:.2f} s")
    return "usage: " + " · ".join(parts)


class EventRenderer:
    """Renders events as they arrive and keeps what a closing summary needs.

    Args:
        detailed: show steps, statuses, reasoning and per-step usage too (people), or every
            event type rather than only text/tool_call/error (JSON).
        json_mode: one JSON object per line on stdout instead of formatted text.
        show_errors: print ``error`` events; commands that report the failure themselves on
            stderr leave this off so the error is shown once.
        started: ``time.monotonic()`` when the run began (the closing line's wall time).
    """

    def __init__(
        self,
        console: Console,
        *,
        detailed: bool = False,
        json_mode: bool = False,
        show_errors: bool = False,
        started: float | None = None,
    ) -> None:
        self.console = console
        self.show_errors = show_errors
        self.detailed = detailed
        self.json_mode = json_mode
        self.started = started if started is not None else time.monotonic()
        self.usage = Usage()
        self.steps = 0
        self.output = ""
        self.final_agent = ""
        self.failed: str | None = None
        self.cancelled = False
        self._agent = ""
        self._attempt: int | None = None
        self._mid_line = False
        self._in_reasoning = False
        self._open_steps: list[_Step] = []

    # -- what a summary needs ------------------------------------------------------------------

    def _track(self, event: Any) -> None:
        kind = event.type
        if kind == "step":
            if event.status == "started":
                self.steps += 1
                self._open_steps.append(_Step())
            elif self._open_steps:
                step = self._open_steps.pop()
                if not step.called_tools:
                    self.output = step.text
                    self.final_agent = event.agent_name
        elif kind == "text":
            if self._open_steps:
                self._open_steps[-1].text += event.text
            else:
                self.output += event.text
                self.final_agent = event.agent_name
        elif kind == "tool_call" and self._open_steps:
            self._open_steps[-1].called_tools = True
        elif kind == "usage":
            self.usage = self.usage + event.usage
        elif kind == "error":
            self.failed = event.error
        elif kind == "retry":
            self.failed = None  # the task goes on with another attempt
        elif kind == "status" and event.status == "cancelled":
            self.cancelled = True

    # -- output --------------------------------------------------------------------------------

    def __call__(self, event: StreamEvent) -> None:
        self._track(event)
        if self.json_mode:
            if self.detailed or event.type in BASIC_EVENT_TYPES:
                print_json(event_to_dict(event))
            return
        self._show(event)

    def _line(self, markup: str) -> None:
        if self._mid_line:
            self.console.print()
            self._mid_line = False
        self.console.print(markup)

    def _header(self, event: Any) -> None:
        attempt = event.attempt
        if attempt is not None and attempt != self._attempt:
            if self._attempt is not None or attempt > 1:
                self._line(f"[yellow]↻ attempt {attempt}[/] [dim](the task was retried)[/]")
            self._attempt = attempt
        name = event.agent_name
        if name and name != self._agent:
            self._agent = name
            self._line(f"[bold cyan]● {_esc(name)}[/]")

    def _show(self, event: Any) -> None:
        kind = event.type
        if kind == "reasoning" and not self.detailed:
            return
        if kind in ("step", "usage", "rate_limit") and not self.detailed:
            return
        if kind == "error" and not self.show_errors:
            return
        if kind == "status" and not self.detailed and event.status != "cancelled":
            return
        self._header(event)
        if kind == "reasoning":
            if not self._in_reasoning:
                self._line("[dim italic]thinking:[/]")
                self._in_reasoning = True
            self._write(event.text, style="dim italic")
            return
        self._in_reasoning = False
        if kind == "text":
            self._write(event.text)
        elif kind == "tool_call":
            args = _arguments(event.arguments)
            self._line(f"  [magenta]→ {_esc(event.tool_name)}[/]({_esc(args)})")
        elif kind == "tool_result":
            self._tool_result(event)
        elif kind == "handoff":
            reason = f" [dim]({_esc(event.reason)})[/]" if event.reason else ""
            self._line(f"  [blue]⇢ hands over to {_esc(event.to_agent)}[/]{reason}")
        elif kind == "error":
            self._line(f"[bold red]✗ {_esc(event.error_type)}:[/] {_esc(event.error)}")
        elif kind == "retry":
            self._line(
                f"[yellow]↻ retry {event.retry} of {event.retries} in {event.delay:.1f}s[/] "
                f"[dim](retry policy, after {_esc(event.error_type)})[/]"
            )
        elif kind == "status":
            message = f" {_esc(event.message)}" if event.message else ""
            style = "yellow" if event.status == "cancelled" else "dim"
            self._line(f"  [{style}]· {event.status}{message}[/]")
        elif kind == "step":
            self._step(event)
        elif kind == "usage":
            u = event.usage
            self._line(f"  [dim]· usage: {u.input_tokens} in, {u.output_tokens} out[/]")
        elif kind == "rate_limit":
            why = _RATE_LIMIT_REASONS.get(event.reason, event.reason)
            self._line(f"  [yellow]⏸ waits {event.wait_seconds:.1f} s for {why}[/]")

    def _tool_result(self, event: Any) -> None:
        took = f" [dim]({event.duration_ms:.0f} ms)[/]" if event.duration_ms else ""
        if event.success:
            shown = _short(event.result or "")
            self._line(f"  [green]← {_esc(event.tool_name)}:[/] {_esc(shown)}{took}")
        else:
            shown = _short(event.error or "failed")
            self._line(f"  [red]✗ {_esc(event.tool_name)} failed:[/] {_esc(shown)}{took}")

    def _step(self, event: Any) -> None:
        if event.status == "started":
            self._line(f"  [dim]· step {event.step_number} started[/]")
        else:
            took = f" in {event.duration_ms:.0f} ms" if event.duration_ms is not None else ""
            self._line(f"  [dim]· step {event.step_number} done{took}[/]")

    def _write(self, text: str, style: str | None = None) -> None:
        if not text:
            return
        self.console.print(text, end="", markup=False, highlight=False, style=style)
        self.console.file.flush()
        self._mid_line = not text.endswith("\n")

    # -- closing -------------------------------------------------------------------------------

    def finish(
        self,
        result: dict[str, Any] | None = None,
        *,
        task_id: str | None = None,
        status: str | None = None,
    ) -> None:
        """Print the closing usage line (people) or a ``{"type": "result"}`` line (JSON).

        Args:
            result: a distributed task's result dict; local runs leave it out and the figures
                come from the events seen.
        """
        seconds = time.monotonic() - self.started
        if result is not None:
            usage: Any = result.get("usage") or {}
            steps = int(result.get("steps") or self.steps)
            output = result.get("output", self.output)
            agent = result.get("agent_name") or self.final_agent
        else:
            usage, steps, output, agent = self.usage, self.steps, self.output, self.final_agent
        if self.json_mode:
            line: dict[str, Any] = {
                "type": "result",
                "output": output,
                "agent_name": agent,
                "steps": steps,
                "usage": msgspec.to_builtins(usage),
                "seconds": round(seconds, 3),
            }
            if result is not None and result.get("structured_output") is not None:
                line["structured_output"] = result["structured_output"]
            if task_id is not None:
                line["task_id"] = task_id
            if status is not None:
                line["status"] = status
            print_json(line)
            return
        if self._mid_line:
            self.console.print()
            self._mid_line = False
        self.console.print(f"[dim]{format_usage(usage, steps=steps, seconds=seconds)}[/]")

    def end_line(self) -> None:
        """End a half-written line of streamed text (before an error is printed, say)."""
        if self._mid_line:
            self.console.print()
            self._mid_line = False


def _esc(text: str) -> str:
    from rich.markup import escape

    return escape(text)
