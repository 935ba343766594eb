"""The semantic layer: a linear classifier over the message's MiniLM embedding and its characters.

Trained on ``training.jsonl`` (messages the project wrote and labelled: a level each, and a
``method`` flag on questions that seek means or methods), fitted on first use and cached beside the
index, keyed by a hash of the training file. Two kinds of feature go side by side: the embedding
the turn already computed (meaning) and character n-grams of the normalised text (slang, typos,
spellings the embedding blurs); in 5-fold cross-validation on the training set the pair beat
either alone. It only ever raises a level (see ``detect``): a net for wording the rules miss.

A third head reads the characters alone: ``screen`` scores many windows of a long message for
risk without embedding them, so only the few it flags need an embedding (see ``windows``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import Counter, OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .assessment import Level
from .normalize import normalize

TRAINING = Path(__file__).with_name("training.jsonl")
FEATURES = "char_wb-2-5+minilm-x1.5+screen"
"""Part of the cache key: a change of features refits."""
EMBEDDING_WEIGHT = 1.5

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Vote:
    """The classifier's reading of one message."""

    level: Level
    probability: float
    """Of ``level``, the most likely one."""
    crisis: float
    """Probability of crisis, even when another level is more likely."""
    method: float
    """Probability that the message asks about means, methods, doses, heights or places."""


class EmbeddingClassifier:
    """Two linear heads on the same features: the level, and whether the message seeks a method.

    Votes are remembered by text, so earlier turns cost nothing when a conversation is re-read.
    """

    cache_size = 4096

    def __init__(self, vectorizer, levels_model, method_model, screen_model) -> None:
        self._vectorizer = vectorizer
        self._levels = levels_model
        self._method = method_model
        self._screen = screen_model
        self.levels = [Level(int(c)) for c in levels_model.classes_]
        self._crisis = self.levels.index(Level.CRISIS)
        self._heads = LinearHeads.of(vectorizer, levels_model, method_model)
        self._votes: OrderedDict[str, Vote] = OrderedDict()

    def vote(self, text: str, vector: Sequence[float]) -> Vote:
        if text in self._votes:
            self._votes.move_to_end(text)
            return self._votes[text]
        probabilities, method = self.probabilities(text, vector)
        best = int(probabilities.argmax())
        vote = Vote(self.levels[best], float(probabilities[best]),
                    float(probabilities[self._crisis]), method)
        self._votes[text] = vote
        if len(self._votes) > self.cache_size:
            self._votes.popitem(last=False)
        return vote

    def probabilities(self, text: str, vector: Sequence[float]) -> tuple[np.ndarray, float]:
        """Each level's probability (in ``levels`` order) and the method head's, for one text."""
        if self._heads is not None:
            return self._heads.probabilities(text, vector)
        x = features(self._vectorizer, [text], [vector])
        return self._levels.predict_proba(x)[0], float(self._method.predict_proba(x)[0][1])

    def screen(self, texts: Sequence[str]) -> list[float]:
        """Probability that each text is elevated or worse, from its characters alone (cheap).

        Texts are only lower-cased, not fully normalised: thousands of windows are screened, and
        the few that rank highest are voted on properly."""
        grams = self._vectorizer.transform([t.lower() for t in texts])
        return [float(p) for p in self._screen.predict_proba(grams)[:, 1]]


class LinearHeads:
    """The level and method heads as plain numpy arrays, to score one message at a time.

    Why it exists: for one short message sklearn's ``transform`` and ``predict_proba`` spend about
    2 ms validating input and building sparse matrices around a few hundred multiplications. This
    is the same tf-idf, dot products, softmax and logistic: equal to sklearn's ``predict_proba``
    to about 1e-15 (``tests/test_speed_paths.py`` holds it to 1e-9). Fitting still uses sklearn.
    """

    def __init__(self, vectorizer, levels_model, method_model) -> None:
        self._analyze = vectorizer.build_analyzer()
        self._vocabulary = vectorizer.vocabulary_
        self._idf = vectorizer.idf_
        grams = len(self._vocabulary)
        coef = np.vstack([levels_model.coef_, method_model.coef_])  # one row per output
        self._gram_weights = np.ascontiguousarray(coef[:, :grams].T)
        self._dense_weights = np.ascontiguousarray(coef[:, grams:].T)
        self._bias = np.concatenate([levels_model.intercept_, method_model.intercept_])

    @classmethod
    def of(cls, vectorizer, levels_model, method_model) -> LinearHeads | None:
        """The heads, or None for a fit whose maths they do not copy (sklearn then scores)."""
        settings = vectorizer.get_params()
        copied = (settings["analyzer"] == "char_wb" and settings["sublinear_tf"]
                  and settings["use_idf"] and settings["norm"] == "l2"
                  and not settings["binary"] and np.dtype(settings["dtype"]) == np.float64
                  and len(levels_model.classes_) > 2 and len(method_model.classes_) == 2)
        return cls(vectorizer, levels_model, method_model) if copied else None

    def probabilities(self, text: str, vector: Sequence[float]) -> tuple[np.ndarray, float]:
        columns, weights = self.tfidf(normalize(text))
        dense = np.asarray(vector, dtype=np.float32) * EMBEDDING_WEIGHT  # as ``features`` does
        scores = self._bias + dense.astype(np.float64) @ self._dense_weights
        if len(columns):
            scores += weights @ self._gram_weights[columns]
        levels = np.exp(scores[:-1] - scores[:-1].max())
        return levels / levels.sum(), float(1.0 / (1.0 + np.exp(-scores[-1])))

    def tfidf(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The known n-grams' columns and weights: sublinear tf times idf, L2-normalised."""
        counts: dict[int, int] = {}
        for gram, count in Counter(self._analyze(text)).items():
            column = self._vocabulary.get(gram)
            if column is not None:
                counts[column] = count
        columns = np.fromiter(counts, dtype=np.intp, count=len(counts))
        weights = np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        weights += 1.0
        weights *= self._idf[columns]
        norm = np.sqrt(weights @ weights)
        return columns, (weights / norm if norm else weights)


def features(vectorizer, texts: Sequence[str], vectors):
    from scipy.sparse import csr_matrix, hstack

    grams = vectorizer.transform([normalize(t) for t in texts])
    dense = csr_matrix(np.asarray(vectors, dtype=np.float32) * EMBEDDING_WEIGHT)
    return hstack([grams, dense]).tocsr()


def read_training(path: Path = TRAINING) -> tuple[list[str], list[Level], list[bool]]:
    """Texts, their levels, and whether each seeks a method (``"method": true``)."""
    texts, levels, methods = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            texts.append(row["text"])
            levels.append(Level.parse(row["level"]))
            methods.append(bool(row.get("method")))
    return texts, levels, methods


def fit(embedder, path: Path = TRAINING) -> EmbeddingClassifier:
    texts, levels, methods = read_training(path)
    return fit_texts(texts, embedder.embed_documents(texts), levels, methods)


def fit_texts(texts: Sequence[str], vectors, levels: Sequence[Level], methods: Sequence[bool]
              ) -> EmbeddingClassifier:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                 sublinear_tf=True)
    vectorizer.fit([normalize(t) for t in texts])
    x = features(vectorizer, texts, vectors)
    levels_model = LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced")
    levels_model.fit(x, [int(level) for level in levels])
    method_model = LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced")
    method_model.fit(x, [int(m) for m in methods])
    screen_model = LogisticRegression(C=8.0, max_iter=3000, class_weight="balanced")
    screen_model.fit(x[:, : len(vectorizer.vocabulary_)],
                     [int(level >= Level.ELEVATED) for level in levels])
    return EmbeddingClassifier(vectorizer, levels_model, method_model, screen_model)


def load_classifier(cache_dir: Path, embedder, path: Path = TRAINING) -> EmbeddingClassifier:
    """The fitted classifier from the cache, fitting (and caching) it when the data changed."""
    import joblib

    digest = hashlib.sha256(path.read_bytes() + FEATURES.encode()).hexdigest()[:16]
    cache = Path(cache_dir) / f"safety-classifier-{digest}.joblib"
    if cache.exists():
        try:
            return EmbeddingClassifier(*joblib.load(cache))
        except Exception:  # a damaged cache is refitted, never fatal
            log.warning("safety classifier cache %s is unreadable; refitting", cache)
    classifier = fit(embedder, path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed: processes sharing a data folder never read half a file.
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.partial")
        joblib.dump((classifier._vectorizer, classifier._levels, classifier._method,
                     classifier._screen), partial)
        os.replace(partial, cache)
    except OSError:
        log.warning("could not cache the safety classifier at %s", cache)
    return classifier
