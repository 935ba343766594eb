"""Settings: one frozen object built from the environment, in one place.

Nothing else in the package reads ``os.environ``. Every knob is a ``COMPANION_*`` variable; the
standard ``OPENAI_API_KEY`` / ``OPENAI_BASE_URL`` are honoured as fallbacks for the LLM settings.
Validation is deliberately light: a bad number is reported with the variable's name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


EMBEDDERS = ("onnx", "torch")


class SettingsError(ValueError):
    """A setting has a value the companion cannot use; the message names the variable."""


def _choice(name: str, value: str, choices: tuple[str, ...]) -> str:
    if value.lower() not in choices:
        raise SettingsError(f"COMPANION_{name}={value!r} is not one of {', '.join(choices)}")
    return value.lower()


@dataclass(frozen=True)
class Settings:
    data_dir: Path = Path("data")
    """Where the Chroma index and other generated files live (git ignores it)."""
    corpus_dir: Path = PROJECT_ROOT / "corpus"
    collection: str = "compassion"
    chroma_url: str = ""
    """When set (http://host:port), the store is a Chroma server instead of the embedded one."""
    host: str = "127.0.0.1"
    port: int = 7860
    country: str = ""
    """ISO country code for human support; empty means the browser's region, else international."""
    helplines_file: str = ""
    """Optional deployer file merged over the packaged helpline directory."""
    embedder: str = "onnx"
    """``onnx`` (ONNX Runtime, exported from the bundled weights on first start) or ``torch``
    (sentence-transformers). Both give the same vectors; ``onnx`` starts and answers faster."""
    top_k: int = 3
    min_score: float = 0.3
    """Relevance floor (cosine similarity): a question whose best passage scores below it is
    off-topic and gets none; other passages must score at least half of it."""
    max_message_chars: int = 4000
    """Longer messages are still assessed whole for safety, but only this much is used for ideas."""
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_first_token_timeout: float = 8.0
    llm_timeout: float = 30.0
    auth: str = ""
    """"user:password" to require a login on the page."""
    log_level: str = "WARNING"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def models_dir(self) -> Path:
        """Where the model's ONNX export is cached."""
        return self.data_dir / "models"

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url or self.llm_api_key)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env

        def get(name: str, default: str = "") -> str:
            return env.get(f"COMPANION_{name}", default).strip()

        def number(name: str, default: float, kind: type = float):
            raw = get(name)
            if not raw:
                return default
            try:
                return kind(raw)
            except ValueError:
                raise SettingsError(f"COMPANION_{name}={raw!r} is not a number") from None

        defaults = cls()
        return cls(
            data_dir=Path(get("DATA_DIR") or defaults.data_dir),
            corpus_dir=Path(get("CORPUS_DIR") or defaults.corpus_dir),
            collection=get("COLLECTION") or defaults.collection,
            chroma_url=get("CHROMA_URL"),
            host=get("HOST") or defaults.host,
            port=number("PORT", defaults.port, int),
            country=get("COUNTRY").upper(),
            helplines_file=get("HELPLINES_FILE"),
            embedder=_choice("EMBEDDER", get("EMBEDDER") or defaults.embedder, EMBEDDERS),
            top_k=number("TOP_K", defaults.top_k, int),
            min_score=number("MIN_SCORE", defaults.min_score),
            max_message_chars=number("MAX_MESSAGE_CHARS", defaults.max_message_chars, int),
            llm_base_url=get("LLM_BASE_URL") or env.get("OPENAI_BASE_URL", "").strip(),
            llm_model=get("LLM_MODEL"),
            llm_api_key=get("LLM_API_KEY") or env.get("OPENAI_API_KEY", "").strip(),
            llm_first_token_timeout=number(
                "LLM_FIRST_TOKEN_TIMEOUT", defaults.llm_first_token_timeout
            ),
            llm_timeout=number("LLM_TIMEOUT", defaults.llm_timeout),
            auth=get("AUTH"),
            log_level=(get("LOG_LEVEL") or defaults.log_level).upper(),
        )
