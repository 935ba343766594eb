from pathlib import Path

import pytest

from companion.config import Settings, SettingsError


def test_defaults_serve_on_loopback():
    settings = Settings.from_env({})
    assert (settings.host, settings.port) == ("127.0.0.1", 7860)
    assert not settings.llm_enabled
    assert settings.index_dir == Path("data") / "chroma"


def test_environment_overrides_and_openai_fallbacks():
    settings = Settings.from_env({
        "COMPANION_PORT": "9000", "COMPANION_COUNTRY": "gb", "COMPANION_DATA_DIR": "/tmp/x",
        "OPENAI_API_KEY": "k", "OPENAI_BASE_URL": "http://127.0.0.1:1/v1",
    })
    assert settings.port == 9000 and settings.country == "GB"
    assert settings.data_dir == Path("/tmp/x")
    assert settings.llm_api_key == "k" and settings.llm_base_url == "http://127.0.0.1:1/v1"
    own = Settings.from_env({"OPENAI_API_KEY": "k", "COMPANION_LLM_API_KEY": "mine"})
    assert own.llm_api_key == "mine"


def test_bad_number_names_the_variable():
    with pytest.raises(SettingsError, match="COMPANION_PORT"):
        Settings.from_env({"COMPANION_PORT": "eighty"})


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings().port = 1  # type: ignore[misc]
