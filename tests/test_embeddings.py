"""The two runtimes of the bundled model agree, and the ONNX export is made once and reused."""

from __future__ import annotations

import logging
from dataclasses import replace

import numpy as np
import pytest

from companion import onnx_embedder
from companion.config import Settings, SettingsError
from companion.embeddings import MiniLMEmbedder, load_embedder
from companion.onnx_embedder import OnnxMiniLMEmbedder, onnx_path

TEXTS = [
    "What does self-compassion mean?",
    "i cant sleep and everything feels too much rn",
    "I’m “fine” 🙂 honestly",
    "Ich bin müde. 今日はつらい。",
    "",
    "   ",
    "word " * 400,  # past the model's 256 tokens: truncated the same way
    "A friend of mine has gone quiet. How do I check in without being pushy?",
]


@pytest.fixture(scope="module")
def reference():
    return MiniLMEmbedder()


def test_onnx_vectors_match_sentence_transformers(embedder, reference):
    ours = np.array(embedder.embed_documents(TEXTS))
    theirs = np.array(reference.embed_documents(TEXTS))
    assert ours.shape == theirs.shape == (len(TEXTS), 384)
    assert (ours * theirs).sum(axis=1).min() > 0.9999
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)


def test_a_query_is_the_same_vector_alone_or_in_a_padded_batch(embedder):
    batch = np.array(embedder.embed_documents(TEXTS))  # sorted and padded inside
    for text, row in zip(TEXTS, batch, strict=True):
        assert np.allclose(embedder.embed_query(text), row, atol=1e-5), text[:30]


def test_the_export_is_reused_not_made_again(settings, embedder, monkeypatch):
    path = onnx_path(settings.models_dir)
    made = path.stat().st_mtime_ns

    def no_second_export(target):
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_embedder, "export_onnx", no_second_export)
    assert isinstance(load_embedder(settings), OnnxMiniLMEmbedder)
    assert path.stat().st_mtime_ns == made
    assert not list(path.parent.glob("*.partial"))


def test_a_failed_export_falls_back_to_sentence_transformers(tmp_path, monkeypatch, caplog):
    def broken(target):
        raise RuntimeError("no onnx here")

    monkeypatch.setattr(onnx_embedder, "export_onnx", broken)
    with caplog.at_level(logging.WARNING, logger="companion.embeddings"):
        fallback = load_embedder(Settings(data_dir=tmp_path))
    assert isinstance(fallback, MiniLMEmbedder)
    assert "no onnx here" in caplog.text


def test_the_embedder_is_chosen_in_settings(settings):
    assert Settings.from_env({}).embedder == "onnx"
    assert Settings.from_env({"COMPANION_EMBEDDER": "Torch"}).embedder == "torch"
    assert isinstance(load_embedder(replace(settings, embedder="torch")), MiniLMEmbedder)
    with pytest.raises(SettingsError, match="COMPANION_EMBEDDER"):
        Settings.from_env({"COMPANION_EMBEDDER": "gpu"})
