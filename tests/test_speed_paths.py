"""The turn's fast paths give exactly what the plain paths they replace give.

Each fast path (see its docstring for why it exists) is checked against a reference: sklearn's own
``transform`` + ``predict_proba`` for the classifier's heads, a Python sort for the BM25 ranks,
building every candidate passage for retrieval, and a Unicode name lookup per letter for the
readable share. These tests prove equivalence; they never time anything.
"""

from __future__ import annotations

import copy
import json
import re
import unicodedata

import numpy as np
import pytest

from companion.bench.stages import bench_messages
from companion.evaluate import RETRIEVAL_DIR, SETS
from companion.lexical import build_snapshot, tokenize
from companion.retrieval import CANDIDATES, Passage, fuse, one_per_document, retrieve
from companion.safety.classifier import LinearHeads, features, read_training
from companion.safety.normalize import readable_share

EDGE_TEXTS = ["", "   ", "?!", "zzzz qqqq", "🔪💊 tonight", "I can't do this anymore",
              "ÇA NE VA PAS", "ich kann nicht mehr", "死にたい", "x" * 3000, "a\tb\nc  d"]


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def _safety_texts() -> list[str]:
    texts, _, _ = read_training()
    for path in SETS.values():
        for row in _lines(path) if path.exists() else []:
            texts += [m["content"] for m in row["messages"] if m.get("role") == "user"]
    return texts + bench_messages() + EDGE_TEXTS


def _questions() -> list[str]:
    rows = [row for path in sorted(RETRIEVAL_DIR.glob("*.jsonl")) for row in _lines(path)]
    return [row["question"] for row in rows] + bench_messages()


def test_the_heads_give_sklearns_probabilities(companion):
    classifier = companion.classifier
    assert classifier._heads is not None, "the fitted classifier should take the fast path"
    rng = np.random.default_rng(7)
    worst = 0.0
    for text in _safety_texts():
        vector = rng.normal(size=384)
        vector = (vector / np.linalg.norm(vector)).tolist()
        x = features(classifier._vectorizer, [text], [vector])
        levels, method = classifier._heads.probabilities(text, vector)
        worst = max(worst, np.abs(levels - classifier._levels.predict_proba(x)[0]).max(),
                    abs(method - classifier._method.predict_proba(x)[0][1]))
    assert worst < 1e-9


def test_a_fit_the_heads_do_not_copy_is_scored_by_sklearn(companion):
    classifier = companion.classifier
    for change in ({"norm": None}, {"sublinear_tf": False}, {"dtype": np.float32}):
        vectorizer = copy.deepcopy(classifier._vectorizer).set_params(**change)
        assert LinearHeads.of(vectorizer, classifier._levels, classifier._method) is None


def test_votes_on_real_vectors_match_sklearns(companion):
    classifier = companion.classifier
    for text in bench_messages() + ["I want to end it all tonight", "how many pills is too many"]:
        vector = companion.embed(text)
        x = features(classifier._vectorizer, [text], [vector])
        expected = classifier._levels.predict_proba(x)[0]
        classifier._votes.clear()
        vote = classifier.vote(text, vector)
        best = int(expected.argmax())
        assert vote.level == classifier.levels[best]
        assert abs(vote.probability - expected[best]) < 1e-9
        assert abs(vote.method - classifier._method.predict_proba(x)[0][1]) < 1e-9


def _ranks_by_python_sort(snapshot, query: str) -> dict[str, int]:
    terms = [t for t in tokenize(query) if t in snapshot.bm25.vocab_dict] if snapshot.ids else []
    if not terms:
        return {}
    scores = snapshot.bm25.get_scores(terms)
    matched = sorted((i for i, s in enumerate(scores) if s > 0), key=lambda i: -scores[i])
    return {snapshot.ids[i]: rank for rank, i in enumerate(matched)}


def test_bm25_ranks_match_a_python_sort_ties_included():
    texts = ["grief and loss", "grief and loss", "breathing for panic", "grief", "loss",
             "kindness to myself", "breathing", "grief and loss"]  # repeats tie exactly
    snapshot = build_snapshot((f"p{i}", text) for i, text in enumerate(texts))
    for query in ["grief", "loss and grief", "breathing panic", "kindness", "nothing shared", ""]:
        assert snapshot.ranks(query) == _ranks_by_python_sort(snapshot, query)


def test_bm25_ranks_on_the_store_match_a_python_sort(companion):
    snapshot = companion.lexical.current()
    for question in _questions():
        assert snapshot.ranks(question) == _ranks_by_python_sort(snapshot, question)


def _retrieve_building_every_passage(collection, vector, k, min_score, query, lexical):
    """Retrieval as written before passages were built lazily: every candidate up front."""
    found = collection.query(query_embeddings=[vector], n_results=max(CANDIDATES, k),
                             include=["documents", "metadatas", "distances"])
    ids = found["ids"][0]
    candidates = [
        Passage(doc_id=meta["doc_id"], title=meta["title"], section=meta.get("section", ""),
                text=text, score=1.0 - float(distance), sources=meta.get("sources", ""))
        for text, meta, distance in zip(found["documents"][0], found["metadatas"][0],
                                        found["distances"][0], strict=True)
    ]
    if not candidates or candidates[0].score < min_score:
        return []
    if query and lexical is not None:
        candidates = fuse(ids, candidates, lexical.ranks(query, ids))
    return one_per_document([p for p in candidates if p.score >= min_score / 2], k)


@pytest.mark.parametrize("k, min_score", [(3, 0.3), (5, 0.3), (3, 0.0), (1, 0.5)])
def test_retrieval_matches_building_every_passage(companion, k, min_score):
    for question in _questions():
        query = companion.lexical.correct(question)
        vector = list(companion.embed(query))
        for lexical in (companion.lexical, None):
            got = retrieve(companion.collection, vector, k, min_score, query=query,
                           lexical=lexical)
            assert got == _retrieve_building_every_passage(
                companion.collection, vector, k, min_score, query, lexical), question


def _share_by_name(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    return sum("LATIN" in unicodedata.name(ch, "") for ch in letters) / len(letters)


def test_readable_share_of_ascii_text_is_what_the_names_say():
    for text in _safety_texts()[:500] + EDGE_TEXTS + ["".join(map(chr, range(128)))]:
        assert readable_share(text) == _share_by_name(text)


def _normalize_running_every_rewrite(text: str) -> str:
    from companion.safety import normalize as module

    text = unicodedata.normalize("NFKC", text)
    text = module._INVISIBLE.sub("", text)
    text = module._CONTROL.sub(" ", text)
    for emoji, word in module._EMOJI.items():
        text = text.replace(emoji, word)
    text = text.translate(module._QUOTES).lower()
    for pattern, repl, _ in module._COMPILED:
        text = pattern.sub(repl, text)
    return re.sub(r"\s+", " ", text).strip()


def test_normalize_skipping_absent_words_changes_nothing():
    from companion.safety.normalize import _COMPILED, normalize

    assert sum(bool(needle) for _, _, needle in _COMPILED) > 20, "most rewrites have a needle"
    for text in _safety_texts() + ["Im sure u cant, idk, any more wanna 2day kms CAN NOT"]:
        assert normalize.__wrapped__(text) == _normalize_running_every_rewrite(text)
