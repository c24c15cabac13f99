"""The feature table of docs/providers.md against the adapters' declared capabilities, and what a
missing capability does on the wire (DeepSeek: no images, no JSON-schema output)."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from providers_wire import WireServer, cassette, recorded_reply

from orbiter import Agent, ConfigurationError, ImagePart, get_model, run
from orbiter.providers._http import FEATURES, HTTPModel

DOC = Path(__file__).resolve().parents[3] / "docs" / "providers.md"


def _doc_table() -> tuple[list[str], dict[str, dict[str, bool]]]:
    """The header features and, per model-string prefix, yes/no per feature."""
    text = DOC.read_text()
    section = text.split("## What each adapter supports", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    header = [c.strip().strip("`") for c in rows[0].strip("|").split("|")]
    table: dict[str, dict[str, bool]] = {}
    for line in rows[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        assert set(cells[1:]) <= {"yes", "no"}, f"a cell is not yes/no: {line}"
        table[cells[0].strip("`")] = {
            f: c == "yes" for f, c in zip(header[1:], cells[1:], strict=True)
        }
    return header[1:], table


def test_the_table_names_every_feature_and_every_provider() -> None:
    features, table = _doc_table()
    assert features == list(FEATURES)
    from importlib.metadata import entry_points

    prefixes = {ep.name for ep in entry_points(group="orbiter.providers")} - {"scripted"}
    assert set(table) == prefixes


def test_the_table_matches_each_adapters_capabilities() -> None:
    _, table = _doc_table()
    for prefix, row in table.items():
        model = get_model(f"{prefix}:some-model", {})
        assert isinstance(model, HTTPModel)
        declared = {f: f in type(model).capabilities for f in FEATURES}
        assert declared == row, f"docs/providers.md and {type(model).__name__} disagree"
        assert type(model).capabilities <= set(FEATURES)


def test_strict_tools_is_an_option_only_where_declared() -> None:
    get_model("openai:gpt-4o", {"strict_tools": True})
    get_model("azure:dep", {"strict_tools": True})
    with pytest.raises(ConfigurationError, match="unknown model_options"):
        get_model("vllm:qwen", {"strict_tools": True})


class City(msgspec.Struct):
    city: str
    country: str


async def test_deepseek_gets_the_schema_in_the_prompt_and_refuses_images(
    wire: WireServer,
) -> None:
    (it,) = cassette("openai", "chat_json_schema_response_format")[1:]
    wire.add(recorded_reply(it))
    options = {"base_url": wire.url, "api_key": "k", "retry_base_delay": 0}
    agent = Agent("geo", model="deepseek:deepseek-chat", instructions="Be exact.",
                  output_type=City, model_options=options)  # fmt: skip
    result = await run(agent, "Largest city in Mexico?")
    assert result.structured_output == City(city="Mexico City", country="Mexico")
    sent = wire.requests[0].json
    assert "response_format" not in sent
    system = sent["messages"][0]
    assert system["role"] == "system"
    assert system["content"].startswith("Be exact.\n\n")
    assert '"required":["city","country"]' in system["content"]
    with pytest.raises(ConfigurationError, match="deepseek:deepseek-chat does not take images"):
        await run(agent, ["What is this?", ImagePart.from_url("https://x.org/a.png")])
    assert len(wire.requests) == 1  # refused before any request
