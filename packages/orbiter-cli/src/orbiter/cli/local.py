"""``orbiter run``: one Agent or Swarm in this process, its events shown as they happen."""

from __future__ import annotations

import asyncio

from orbiter.cli._context import CliError, console
from orbiter.cli.render import EventRenderer
from orbiter.cli.target import load_target, read_input


def run_local(
    target: str, text: str, *, detailed: bool, json_mode: bool, max_steps: int | None
) -> None:
    """Run TARGET on INPUT locally and render the stream; raise CliError when the run fails."""
    from orbiter import run

    runnable = load_target(target)
    prompt = read_input(text)
    renderer = EventRenderer(console(), detailed=detailed, json_mode=json_mode)

    async def go() -> None:
        out = console()
        # A model may take seconds to answer: show that something is happening until it does.
        spinner = (
            out.status("waiting for the model…") if out.is_terminal and not json_mode else None
        )
        if spinner is not None:
            spinner.start()
        try:
            # Always detailed underneath: tool results and usage show even without --detailed.
            async for event in run.stream(runnable, prompt, detailed=True, max_steps=max_steps):
                if spinner is not None and event.type in ("text", "tool_call", "error"):
                    spinner.stop()
                    spinner = None
                renderer(event)
        finally:
            if spinner is not None:
                spinner.stop()

    try:
        asyncio.run(go())
    except BrokenPipeError:
        raise
    except Exception as exc:
        renderer.end_line()
        raise CliError(f"the run failed: {type(exc).__name__}: {exc}") from exc
    except KeyboardInterrupt:
        renderer.end_line()
        raise CliError("interrupted", code=130) from None
    renderer.finish()
