"""Retrieval over the real corpus index: right document in the top 3, nothing for off-topic."""

import pytest

from companion.retrieval import retrieve

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
]
OFF_TOPIC = ["what's the capital of Peru", "fix my printer", "best pasta recipe",
             "how do I reset my router"]


def _ids(companion, text):
    vector = list(companion.embed(text))
    s = companion.settings
    return [p.doc_id for p in retrieve(companion.collection, vector, 3, s.min_score)]


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
