"""The semantic layer: logistic regression over the MiniLM embedding the turn already computes.

Trained on ``training.jsonl`` (messages the project wrote and labelled), fitted on first use and
cached as plain weights beside the index, keyed by a hash of the training file. Prediction is a
matrix product in numpy, so serving never imports scikit-learn. It only ever raises a level (see
``detect``); it is a net for wording the rules miss, not the judge.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .assessment import Level

TRAINING = Path(__file__).with_name("training.jsonl")
log = logging.getLogger(__name__)


class EmbeddingClassifier:
    def __init__(self, weights: np.ndarray, bias: np.ndarray, levels: Sequence[Level]) -> None:
        self.weights, self.bias, self.levels = weights, bias, list(levels)

    def classify(self, vector: Sequence[float]) -> tuple[Level, float]:
        scores = self.weights @ np.asarray(vector, dtype=np.float32) + self.bias
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        best = int(probabilities.argmax())
        return self.levels[best], float(probabilities[best])


def read_training(path: Path = TRAINING) -> tuple[list[str], list[Level]]:
    texts, levels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts.append(row["text"])
            levels.append(Level.parse(row["level"]))
    return texts, levels


def fit(embedder, path: Path = TRAINING) -> EmbeddingClassifier:
    from sklearn.linear_model import LogisticRegression

    texts, levels = read_training(path)
    vectors = np.asarray(embedder.embed_documents(texts), dtype=np.float32)
    model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
    model.fit(vectors, [int(level) for level in levels])
    order = [Level(int(c)) for c in model.classes_]
    return EmbeddingClassifier(model.coef_.astype(np.float32),
                               model.intercept_.astype(np.float32), order)


def load_classifier(cache_dir: Path, embedder, path: Path = TRAINING) -> EmbeddingClassifier:
    """The fitted classifier from the cache, fitting (and caching) it when the data changed."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cache = Path(cache_dir) / f"safety-classifier-{digest}.npz"
    if cache.exists():
        try:
            saved = np.load(cache)
            return EmbeddingClassifier(saved["weights"], saved["bias"],
                                       [Level(int(x)) for x in saved["levels"]])
        except (OSError, ValueError, KeyError):
            log.warning("safety classifier cache %s is unreadable; refitting", cache)
    classifier = fit(embedder, path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, weights=classifier.weights, bias=classifier.bias,
                 levels=np.array([int(x) for x in classifier.levels]))
    except OSError:
        log.warning("could not cache the safety classifier at %s", cache)
    return classifier
