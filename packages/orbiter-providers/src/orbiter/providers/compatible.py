"""Presets for servers that speak the OpenAI Chat Completions API.

Each preset is the OpenAI adapter with its own base URL and key variable. ``<NAME>_BASE_URL``
overrides the base URL of every preset; ``model_options['base_url']`` overrides it per agent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from orbiter.errors import ConfigurationError
from orbiter.providers._options import env_first
from orbiter.providers.openai import OpenAIModel

# A generally available Azure OpenAI API version; newer ones are chosen with api_version.
AZURE_API_VERSION = "2024-10-21"


class CompatibleModel(OpenAIModel):
    """An OpenAI-compatible server (``max_tokens`` is sent as ``max_tokens``)."""

    max_tokens_field: ClassVar[str] = "max_tokens"
    # Organization and project headers mean something to OpenAI only; strict tools to OpenAI's
    # own servers only.
    extra_options: ClassVar[frozenset[str]] = OpenAIModel.extra_options - {
        "organization",
        "project",
        "strict_tools",
    }
    # These servers stream reasoning text (reasoning_content or reasoning) where the model has it.
    capabilities: ClassVar[frozenset[str]] = (OpenAIModel.capabilities - {"strict_tools"}) | {
        "reasoning"
    }

    def __init_subclass__(
        cls, *, prefix: str = "", url: str = "", key_required: bool = True, **kwargs: Any
    ) -> None:
        """A preset: its model-string prefix, default base URL, and whether it needs a key.

        Its variables are named after the prefix: ``<PREFIX>_API_KEY`` and ``<PREFIX>_BASE_URL``.
        """
        super().__init_subclass__(**kwargs)
        if prefix:
            cls.provider = prefix
            cls.key_env = (f"{prefix.upper()}_API_KEY",)
            cls.key_required = key_required
            cls.base_url_env = (f"{prefix.upper()}_BASE_URL",)
            cls.default_base_url = url


class OllamaModel(
    CompatibleModel, prefix="ollama", url="http://localhost:11434/v1", key_required=False
):
    def base_url(self) -> str:
        if self.options.base_url or env_first(self.base_url_env):
            return super().base_url()
        # OLLAMA_HOST is what the Ollama server and CLI read: host:port, scheme optional.
        found = env_first(("OLLAMA_HOST",))
        if found:
            host = found[1].rstrip("/")
            if "://" not in host:
                host = "http://" + host
            return host + "/v1"
        return self.default_base_url


class OpenRouterModel(CompatibleModel, prefix="openrouter", url="https://openrouter.ai/api/v1"):
    pass


class GroqModel(CompatibleModel, prefix="groq", url="https://api.groq.com/openai/v1"):
    pass


class DeepSeekModel(CompatibleModel, prefix="deepseek", url="https://api.deepseek.com/v1"):
    # DeepSeek's API takes text only, and JSON output only as json_object (no schema): the
    # schema goes in the system prompt instead.
    capabilities = CompatibleModel.capabilities - {"images", "tool_images", "native_output"}


class TogetherModel(CompatibleModel, prefix="together", url="https://api.together.xyz/v1"):
    pass


class VLLMModel(CompatibleModel, prefix="vllm", url="http://localhost:8000/v1", key_required=False):
    pass


class AzureOpenAIModel(OpenAIModel):
    """Azure OpenAI: ``azure:<deployment>``, on the resource's endpoint with its ``api-key``.

    Options, beyond those of ``openai:``: ``api_version`` (default ``AZURE_API_VERSION``, or the
    ``AZURE_OPENAI_API_VERSION`` / ``OPENAI_API_VERSION`` variable).
    """

    provider = "azure"
    key_env = ("AZURE_OPENAI_API_KEY",)
    base_url_env = ("AZURE_OPENAI_ENDPOINT",)
    default_base_url = ""
    extra_options = OpenAIModel.extra_options - {"organization", "project"} | {"api_version"}

    def __init__(self, model: str, options: Mapping[str, Any] | None = None) -> None:
        super().__init__(model, options)
        self.api_version = self.options.get_str("api_version")

    def base_url(self) -> str:
        url = super().base_url()
        if not url:
            raise ConfigurationError(
                f"{self.name} needs the Azure OpenAI endpoint: set AZURE_OPENAI_ENDPOINT (e.g. "
                "https://my-resource.openai.azure.com) or model_options['base_url']"
            )
        return url.removesuffix("/openai")

    def endpoint(self, base_url: str, *, stream: bool) -> str:
        version = (
            self.api_version
            or (env_first(("AZURE_OPENAI_API_VERSION", "OPENAI_API_VERSION")) or ("", ""))[1]
            or AZURE_API_VERSION
        )
        # The model name of the string is the deployment, which picks the model on Azure.
        return f"{base_url}/openai/deployments/{self.model}/chat/completions?api-version={version}"

    def auth_headers(self, api_key: str | None) -> dict[str, str]:
        return {"api-key": api_key} if api_key else {}


# The entry points of the presets (``azure:<deployment>``, ``ollama:<model>``, ...): a model
# class is its own factory, called with the model name and the agent's model options.
azure = AzureOpenAIModel
ollama = OllamaModel
openrouter = OpenRouterModel
groq = GroqModel
deepseek = DeepSeekModel
together = TogetherModel
vllm = VLLMModel
