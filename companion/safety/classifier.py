"""The semantic layer: a linear classifier over the message's MiniLM embedding and its characters.

Trained on ``training.jsonl`` (messages the project wrote and labelled: a level each, and a
``method`` flag on questions that seek means or methods; rows with a ``source`` are the single
messages of ten blind evaluation sets, ``evals/safety/fresh`` and ``third`` to ``eleventh``,
taken in after they were scored once and read; the last 2,764 rows were written by six helpers
who saw no set, for the fresh wording the rules miss: preparations and farewells told through a
person's own work, hobbies, family or online life, the innocent messages that share their
surface, and heavy pain that is not a crisis), fitted on first use and cached beside the index,
keyed by a hash of the training file. Two kinds of feature go side by side: the embedding the
turn already computed (meaning) and character n-grams of the normalised text (slang, typos,
spellings the embedding blurs); in 5-fold cross-validation on the training set the pair beat
either alone. It only ever raises a level (see ``detect``): a net for wording the rules miss.

A third head reads the characters alone: ``screen`` scores many windows of a long message for
risk without embedding them, so only the few it flags need an embedding (see ``windows``).
scikit-learn fits the heads; a turn scores them with numpy (``heads``), and the cache holds only
their arrays, so a serving process never imports scikit-learn unless it has to fit.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .assessment import Level
from .heads import Heads
from .normalize import normalize

TRAINING = Path(__file__).with_name("training.jsonl")
FEATURES = "char_wb-2-5+minilm-x1.5+screen+normalize-8+tol-1e-6"
"""Part of the cache key: a change of features (or of ``normalize``, which they read) refits."""
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
    """Two linear heads on the same features: the level, and whether the message seeks a method;
    and a third, ``screen``, on the characters alone. Scored with numpy (``heads``).

    Votes are remembered by text, so earlier turns cost nothing when a conversation is re-read.
    """

    cache_size = 4096

    def __init__(self, heads: Heads) -> None:
        self.heads = heads
        self.levels = [Level(int(c)) for c in heads.classes]
        self._crisis = self.levels.index(Level.CRISIS)
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
        return self.heads.probabilities(normalize(text), dense_part(vector))

    def screen(self, texts: Sequence[str]) -> list[float]:
        """Probability that each text is elevated or worse, from its characters alone (cheap).

        Texts are only lower-cased, not fully normalised: thousands of windows are screened, and
        the few that rank highest are voted on properly."""
        return [self.heads.screen(text) for text in texts]


def dense_part(vectors) -> np.ndarray:
    """The embedding as it enters the features: float32, weighted against the n-grams."""
    return np.asarray(vectors, dtype=np.float32) * EMBEDDING_WEIGHT


def features(vectorizer, texts: Sequence[str], vectors):
    from scipy.sparse import csr_matrix, hstack

    grams = vectorizer.transform([normalize(t) for t in texts])
    dense = csr_matrix(dense_part(vectors))
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
    return EmbeddingClassifier(Heads.from_models(*fit_models(texts, vectors, levels, methods)))


def fit_models(texts: Sequence[str], vectors, levels: Sequence[Level], methods: Sequence[bool]):
    """sklearn's vectorizer and the level, method and screen models, fitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                                 sublinear_tf=True)
    vectorizer.fit([normalize(t) for t in texts])
    x = features(vectorizer, texts, vectors)
    # A tolerance far below sklearn's default (1e-4): at the default the fit stops where noise of
    # 1e-6 in the embeddings (batching) moved weights by 0.15 and flipped borderline messages;
    # at 1e-6 by 0.002, for twice the fitting time (about 26 s, once per training change).
    settings = {"C": 8.0, "max_iter": 3000, "class_weight": "balanced", "tol": 1e-6}
    levels_model = LogisticRegression(**settings)
    levels_model.fit(x, [int(level) for level in levels])
    method_model = LogisticRegression(**settings)
    method_model.fit(x, [int(m) for m in methods])
    screen_model = LogisticRegression(**settings)
    screen_model.fit(x[:, : len(vectorizer.vocabulary_)],
                     [int(level >= Level.ELEVATED) for level in levels])
    return vectorizer, levels_model, method_model, screen_model


def load_classifier(cache_dir: Path, embedder, path: Path = TRAINING) -> EmbeddingClassifier:
    """The fitted classifier from the cache, fitting (and caching) it when the data changed; the
    caches of earlier training files are then removed."""
    digest = hashlib.sha256(path.read_bytes() + FEATURES.encode()).hexdigest()[:16]
    cache = Path(cache_dir) / f"safety-classifier-{digest}.npz"
    if cache.exists():
        try:
            return EmbeddingClassifier(Heads.load(cache))
        except Exception:  # a damaged cache is refitted, never fatal
            log.warning("safety classifier cache %s is unreadable; refitting", cache)
    classifier = fit(embedder, path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed: processes sharing a data folder never read half a file.
        partial = cache.with_name(f"{cache.name}.{os.getpid()}.partial")
        classifier.heads.save(partial)
        os.replace(partial, cache)
        for stale in cache.parent.glob("safety-classifier-*.npz"):
            if stale != cache:  # fits of earlier training files: never read again
                stale.unlink(missing_ok=True)
    except OSError:
        log.warning("could not cache the safety classifier at %s", cache)
    return classifier
