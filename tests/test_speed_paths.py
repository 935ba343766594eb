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
import subprocess
import sys
import unicodedata

import numpy as np
import pytest

from companion.bench.stages import bench_messages
from companion.evaluate import RETRIEVAL_DIR, SETS
from companion.lexical import build_snapshot, tokenize
from companion.retrieval import (
    CANDIDATES,
    Passage,
    fuse,
    nearest,
    one_per_document,
    retrieve,
)
from companion.safety.classifier import (
    dense_part,
    features,
    fit_models,
    load_classifier,
    read_training,
)
from companion.safety.heads import Heads, char_wb_grams
from companion.safety.normalize import normalize, readable_share

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


@pytest.fixture(scope="module")
def fitted():
    """sklearn's models fitted on part of the training set with random unit vectors (the maths is
    compared here, not the quality), and the heads made from them."""
    texts, levels, methods = read_training()
    rng = np.random.default_rng(7)
    picked = rng.choice(len(texts), size=min(800, len(texts)), replace=False)
    vectors = rng.normal(size=(len(picked), 384))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    models = fit_models([texts[i] for i in picked], vectors, [levels[i] for i in picked],
                        [methods[i] for i in picked])
    return models, Heads.from_models(*models)


def test_the_heads_give_sklearns_probabilities(fitted):
    (vectorizer, levels_model, method_model, screen_model), heads = fitted
    rng = np.random.default_rng(11)
    worst = 0.0
    for text in _safety_texts():
        vector = rng.normal(size=384)
        vector = (vector / np.linalg.norm(vector)).tolist()
        x = features(vectorizer, [text], [vector])
        levels, method = heads.probabilities(normalize(text), dense_part(vector))
        screened = screen_model.predict_proba(vectorizer.transform([text.lower()]))[0][1]
        worst = max(worst, np.abs(levels - levels_model.predict_proba(x)[0]).max(),
                    abs(method - method_model.predict_proba(x)[0][1]),
                    abs(heads.screen(text.lower()) - screened))
    assert worst < 1e-9


def test_the_n_grams_are_sklearns(fitted):
    (vectorizer, *_), _ = fitted
    analyze = vectorizer.build_analyzer()
    for text in _safety_texts() + ["a", "ab", "abc", "abcd", " x  yz\u00a0Q "]:
        assert char_wb_grams(text, 2, 5) == analyze(text), text[:40]


def test_the_heads_are_the_same_after_a_save_and_a_load(fitted, tmp_path):
    _, heads = fitted
    heads.save(tmp_path / "heads.npz")
    loaded = Heads.load(tmp_path / "heads.npz")
    vector = dense_part(np.full(384, 384 ** -0.5))
    for text in bench_messages():
        before, after = heads.probabilities(text, vector), loaded.probabilities(text, vector)
        assert np.array_equal(before[0], after[0]) and before[1] == after[1]
        assert heads.screen(text) == loaded.screen(text)


def test_a_fit_the_heads_do_not_copy_is_refused(fitted):
    (vectorizer, *models), _ = fitted
    for change in ({"norm": None}, {"sublinear_tf": False}, {"analyzer": "char"}):
        with pytest.raises(ValueError, match="does not copy"):
            Heads.from_models(copy.deepcopy(vectorizer).set_params(**change), *models)


def test_a_serving_process_loads_the_classifier_without_sklearn(companion):
    """The cached heads load with numpy alone: scikit-learn's import is a second of a start."""
    script = ("import sys; from companion.safety.classifier import load_classifier; "
              f"c = load_classifier({str(companion.settings.data_dir)!r}, embedder=None); "
              "assert c.levels and 'sklearn' not in sys.modules and 'scipy' not in sys.modules")
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


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
    """Retrieval as written before passages were built lazily: every candidate up front (from
    the same nearest-passage search)."""
    ids, scores, rows = nearest(collection, vector, max(CANDIDATES, k), lexical)
    candidates = [
        Passage(doc_id=meta["doc_id"], title=meta["title"], section=meta.get("section", ""),
                text=text, score=score, sources=meta.get("sources", ""))
        for (text, meta), score in zip((rows[pid] for pid in ids), scores, strict=True)
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


def test_the_exact_search_in_memory_finds_what_the_store_finds(companion):
    """The store's search is approximate (HNSW): the exact one finds every passage it finds, at
    the same score, and is never worse at any rank (now and then it finds one the store missed)."""
    snapshot = companion.lexical.current()
    assert snapshot.vectors is not None, "a corpus this small is searched in memory"
    for question in _questions():
        vector = list(companion.embed(question))
        ids, scores = snapshot.nearest(vector, 10)
        found = companion.collection.query(query_embeddings=[vector], n_results=10,
                                           include=["distances"])
        theirs = dict(zip(found["ids"][0], (1.0 - d for d in found["distances"][0]),
                          strict=True))
        assert all(ours >= their - 1e-5 for ours, their in
                   zip(scores, sorted(theirs.values(), reverse=True), strict=True)), question
        ours = dict(zip(ids, scores, strict=True))
        for pid, score in theirs.items():
            if score > scores[-1] + 1e-5:
                assert abs(ours[pid] - score) < 1e-5, question


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


def test_a_new_fit_replaces_the_caches_of_earlier_training_files(tmp_path):
    class Flat:
        def embed_documents(self, texts):
            return [[float(len(text) % 3), 1.0] for text in texts]

    training = tmp_path / "training.jsonl"
    rows = [("i want to die tonight", "crisis", True), ("where is the bridge", "none", True),
            ("i wish i could sleep forever", "elevated", False), ("hello there", "none", False),
            ("so sad and tired", "distress", False), ("rough week at work", "distress", False),
            ("i have the pills here", "crisis", False), ("nobody would miss me", "elevated", False)]
    training.write_text("".join(json.dumps({"text": t, "level": lv, "method": m}) + "\n"
                                for t, lv, m in rows))
    stale, other = tmp_path / "safety-classifier-0123456789abcdef.npz", tmp_path / "index.db"
    stale.write_bytes(b"an earlier fit")
    other.write_bytes(b"not ours")
    load_classifier(tmp_path, Flat(), training)
    caches = list(tmp_path.glob("safety-classifier-*.npz"))
    assert len(caches) == 1 and caches[0] != stale and other.exists()
