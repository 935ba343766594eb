"""The index on disk: rebuilt when missing, a clear sentence when damaged."""

import pytest

from companion.build import sync_index
from companion.config import Settings
from companion.store import StoreError, open_collection


def test_missing_index_is_built_from_the_corpus(tmp_path, embedder):
    settings = Settings(data_dir=tmp_path / "never-made")
    collection = open_collection(settings, embedder)
    report, problems = sync_index(settings, embedder, collection)
    assert problems == [] and report.added == report.chunks > 0
    assert (tmp_path / "never-made" / "chroma").is_dir()


def test_damaged_index_names_the_path_and_the_fix(tmp_path, embedder):
    index = tmp_path / "chroma"
    index.mkdir()
    (index / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as caught:
        open_collection(Settings(data_dir=tmp_path), embedder)
    message = str(caught.value)
    assert str(index) in message and "delete" in message and "rebuilt" in message
