"""The safety classifier at run time: its fitted heads as numpy arrays, without scikit-learn.

scikit-learn fits the classifier (``classifier.fit_models``). What a turn needs from the fit is
small: a vocabulary of character n-grams with their idf weights, and the linear heads'
coefficients. Held as arrays they score one message in about 0.1 ms, where sklearn's
``transform`` and ``predict_proba`` spend about 2 ms validating input and building sparse
matrices; and a serving process loads them from an ``.npz`` file without importing sklearn and
scipy, which took over a second of its start.

The maths is sklearn's for the settings ``fit_models`` uses: ``char_wb`` n-grams of the
lower-cased text, sublinear term frequency times the fitted idf, L2 norm, then a softmax over the
levels and a logistic for the method and screen heads. ``from_models`` refuses other settings, and
``tests/test_speed_paths.py`` holds the probabilities to sklearn's within 1e-9.

Left out: fitting, and every other analyzer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

COPIED = {"analyzer": "char_wb", "lowercase": True, "strip_accents": None, "preprocessor": None,
          "binary": False, "use_idf": True, "sublinear_tf": True, "norm": "l2"}
"""The vectorizer settings whose maths ``Heads`` copies."""


def char_wb_grams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams within words, each word padded with a space on both sides.

    A padded word shorter than an n-gram size counts once, whole, and no larger size is tried."""
    grams: list[str] = []
    for word in text.lower().split():
        padded = f" {word} "
        for size in range(low, high + 1):
            grams.extend(padded[start:start + size]
                         for start in range(max(1, len(padded) - size + 1)))
            if len(padded) <= size:
                break
    return grams


class Heads:
    """The level, method and screen heads over tf-idf n-grams (and, for two of them, a vector)."""

    def __init__(self, grams: np.ndarray, idf: np.ndarray, ngram_range: Sequence[int],
                 classes: np.ndarray, weights: np.ndarray, bias: np.ndarray,
                 screen_weights: np.ndarray, screen_bias: float) -> None:
        self.grams, self.idf = grams, idf
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.classes = classes
        """The level labels, in the order of the probabilities."""
        self.weights, self.bias = weights, bias
        """One column per level, then the method head's; rows: n-grams, then the vector."""
        self.screen_weights, self.screen_bias = screen_weights, float(screen_bias)
        self._columns = {gram: column for column, gram in enumerate(grams.tolist())}
        self._gram_weights = np.ascontiguousarray(weights[: len(grams)])
        self._dense_weights = np.ascontiguousarray(weights[len(grams):])

    @classmethod
    def from_models(cls, vectorizer, levels_model, method_model, screen_model) -> Heads:
        """The arrays of a fit made by ``fit_models``; ValueError for settings not copied here."""
        settings = vectorizer.get_params()
        different = {k: settings[k] for k, v in COPIED.items() if settings[k] != v}
        if different or len(method_model.classes_) != 2 or len(screen_model.classes_) != 2:
            raise ValueError(f"Heads does not copy this fit: {different or 'head classes'}")
        grams = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
        weights = np.vstack([levels_model.coef_, method_model.coef_]).T
        return cls(np.array(grams, dtype=str), np.asarray(vectorizer.idf_, dtype=np.float64),
                   settings["ngram_range"], np.asarray(levels_model.classes_),
                   np.ascontiguousarray(weights, dtype=np.float64),
                   np.concatenate([levels_model.intercept_, method_model.intercept_]),
                   np.asarray(screen_model.coef_[0], dtype=np.float64),
                   float(screen_model.intercept_[0]))

    def save(self, path: Path) -> None:
        with open(path, "wb") as file:  # a file object: savez would add ".npz" to a bare name
            np.savez(file, grams=self.grams, idf=self.idf, ngram_range=np.array(self.ngram_range),
                     classes=self.classes, weights=self.weights, bias=self.bias,
                     screen_weights=self.screen_weights, screen_bias=np.array(self.screen_bias))

    @classmethod
    def load(cls, path: Path) -> Heads:
        with np.load(path, allow_pickle=False) as saved:
            return cls(saved["grams"], saved["idf"], saved["ngram_range"], saved["classes"],
                       saved["weights"], saved["bias"], saved["screen_weights"],
                       float(saved["screen_bias"]))

    def probabilities(self, text: str, vector: np.ndarray) -> tuple[np.ndarray, float]:
        """Each level's probability (in ``classes`` order) and the method head's.

        ``text`` is already normalised; ``vector`` is the dense part of the features, weighted
        as in fitting."""
        columns, tfidf = self.tfidf(text)
        scores = self.bias + np.asarray(vector, dtype=np.float64) @ self._dense_weights
        if len(columns):
            scores += tfidf @ self._gram_weights[columns]
        levels = np.exp(scores[:-1] - scores[:-1].max())
        return levels / levels.sum(), float(1.0 / (1.0 + np.exp(-scores[-1])))

    def screen(self, text: str) -> float:
        """Probability of elevated or worse, from the n-grams alone."""
        columns, tfidf = self.tfidf(text)
        score = self.screen_bias + (tfidf @ self.screen_weights[columns] if len(columns) else 0.0)
        return float(1.0 / (1.0 + np.exp(-score)))

    def tfidf(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The known n-grams' columns and weights: sublinear tf times idf, L2-normalised."""
        counts: dict[int, int] = {}
        for gram, count in Counter(char_wb_grams(text, *self.ngram_range)).items():
            column = self._columns.get(gram)
            if column is not None:
                counts[column] = count
        columns = np.fromiter(counts, dtype=np.intp, count=len(counts))
        weights = np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        weights += 1.0
        weights *= self.idf[columns]
        norm = np.sqrt(weights @ weights)
        return columns, (weights / norm if norm else weights)
