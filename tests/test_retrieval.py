"""Retrieval over the real corpus index: right document in the top 3, nothing for off-topic.

Also the pieces of hybrid retrieval: the lexical (BM25) index, its fusion with the dense order, and
the spelling check. They live here because they exist to serve retrieval.
"""

import shutil

import pytest

from companion import lexical as lexical_module
from companion.config import Settings
from companion.corpus import load_corpus
from companion.ingest import ingest
from companion.lexical import LexicalIndex, tokenize
from companion.retrieval import Passage, fuse, retrieve
from companion.store import open_collection
from conftest import ROOT

QUESTIONS = [
    ("What are the components of self-compassion?", "self-compassion-three-components"),
    ("why am I so mean to myself", "self-criticism-and-shame"),
    ("my mate's gone quiet, what do I say", "presence-without-fixing"),
    ("what is the difference between empathy and compassion", "compassion-empathy-sympathy"),
    ("isn't self-compassion just being selfish?", "self-compassion-myths"),
    ("how do I find a therapist", "finding-a-therapist"),
    ("what happens in a first counselling session", "first-therapy-session"),
    ("I'm a nurse and I feel numb from caring for everyone",
     "compassion-fatigue caring-for-a-carer compassion-as-everyday-medicine"),
    ("my grandmother died and I can't stop crying", "grief"),
    ("5-4-3-2-1 grounding exercise", "grounding-and-breathing"),
    ("I failed my exam and feel like an idiot", "failure-and-exams"),
    ("what is compassion focused therapy", "compassion-focused-therapy"),
    ("what is MSC", "mindful-self-compassion"),
    ("I feel so lonley at university", "loneliness"),
    ("breathing exercize for panic", "grounding-and-breathing"),
]
OFF_TOPIC = ["what's the capital of Peru", "fix my printer", "best pasta recipe",
             "how do I reset my router", "lasagne recipe"]


def _ids(companion, text):
    """The turn's own retrieval path: spelling, dense candidates, BM25 fusion, the floor."""
    return [p.doc_id for p in companion._retrieve(text, k=3)]


@pytest.mark.parametrize("question, relevant", QUESTIONS, ids=[d.split()[0] for _, d in QUESTIONS])
def test_finds_the_right_document(companion, question, relevant):
    """``relevant`` lists every document that answers the question; one must be in the top 3."""
    assert set(relevant.split()) & set(_ids(companion, question))


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_gets_nothing(companion, question):
    assert _ids(companion, question) == []


def test_passages_carry_what_the_page_shows(companion):
    passages = retrieve(companion.collection, list(companion.embed("self-compassion break")), 3)
    best = passages[0]
    assert best.title and best.section and best.text and best.sources
    assert 0 < best.score <= 1 and passages == sorted(passages, key=lambda p: -p.score)


def test_the_floor_gates_the_question_and_bounds_every_passage(companion):
    floor = companion.settings.min_score
    for question, _ in QUESTIONS:
        passages = companion._retrieve(question, k=3)
        assert passages and all(p.score >= floor / 2 for p in passages)
    vector = list(companion.embed("self-compassion break"))
    assert retrieve(companion.collection, vector, 3, min_score=0.99) == []


def test_fusion_lifts_a_passage_that_shares_the_words():
    a, b, c = (Passage(name, name, "", "", 0.5, "") for name in "abc")
    assert fuse(["a", "b", "c"], [a, b, c], {}) == [a, b, c]
    assert fuse(["a", "b", "c"], [a, b, c], {"c": 0}) == [c, a, b]


def test_lexical_ranks_literal_words_and_is_reused_between_queries(companion):
    snapshot = companion.lexical.current()
    ranks = companion.lexical.ranks("MSC")
    assert min(ranks, key=ranks.get).startswith("mindful-self-compassion:")
    assert companion.lexical.ranks("quantum chromodynamics") == {}
    assert companion.lexical.current() is snapshot, "no rebuild when the store is unchanged"
    assert tokenize("The Breathing exercises") == ["breath", "exercis"]


@pytest.mark.parametrize("word, mended", [
    ("compasion", "compassion"), ("lonley", "lonely"), ("exercize", "exercise"),
    ("theripist", "therapist"),
    ("lasagne", "lasagne"),  # a real word the corpus lacks: the model's vocabulary knows it
    ("replying", "replying"),  # a form of a known word
    ("slep", "slep"),  # too short to guess
    ("brake", "brake"),  # a real-word error is out of reach
], ids=lambda value: value)
def test_spelling_mends_only_unknown_words(companion, word, mended):
    assert companion.lexical.correct(f"about {word} please") == f"about {mended} please"


@pytest.mark.parametrize("exact", [True, False], ids=["exact-in-memory", "store-query"])
def test_lexical_index_follows_the_store(tmp_path, embedder, monkeypatch, exact):
    # In memory, the search follows the store as the lexical index does (here: every question);
    # through the store, an unknown passage in its answer is noticed at once.
    if not exact:
        monkeypatch.setattr(lexical_module, "EXACT_SEARCH_LIMIT", 0)
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ["grief", "loneliness"]:
        shutil.copy(ROOT / "corpus" / f"{name}.md", folder / f"{name}.md")
    collection = open_collection(Settings(data_dir=tmp_path / "data"), embedder)
    ingest(load_corpus(folder).documents, embedder, collection)
    lexical = LexicalIndex(collection, recheck_seconds=0 if exact else 3600)
    before = lexical.current()
    assert lexical.ranks("grounding") == {}
    assert (before.vectors is not None) == exact

    shutil.copy(ROOT / "corpus" / "grounding-and-breathing.md", folder)
    ingest(load_corpus(folder).documents, embedder, collection)
    question = "a 5-4-3-2-1 grounding exercise"
    found = retrieve(collection, embedder.embed_query(question), 3, 0.3, query=question,
                     lexical=lexical)
    after = lexical.current()
    assert after is not before, "the store has passages the index lacked: read again"
    assert found[0].doc_id == "grounding-and-breathing"
    assert any(pid.startswith("grounding-and-breathing:") for pid in lexical.ranks("grounding"))

    (folder / "loneliness.md").unlink()
    ingest(load_corpus(folder).documents, embedder, collection)
    question = "I feel so alone"
    found = retrieve(collection, embedder.embed_query(question), 3, 0.0, query=question,
                     lexical=lexical)
    assert "loneliness" not in {p.doc_id for p in found}, "a deleted passage is never returned"


def test_the_lexical_index_rechecks_the_store_at_most_every_few_seconds(companion):
    from companion.lexical import LexicalIndex

    lexical = LexicalIndex(companion.collection, recheck_seconds=3600)
    first = lexical.fresh()
    companion.collection.add(ids=["probe-x"], documents=["a probe passage about zyzzyva"],
                             embeddings=[[0.0] * 383 + [1.0]], metadatas=[{"doc_id": "probe"}])
    try:
        assert lexical.fresh() is first, "no second read within the interval"
        lexical.recheck_seconds = 0
        assert "probe-x" in lexical.fresh().members
    finally:
        companion.collection.delete(ids=["probe-x"])
