"""Long messages, read whole: overlapping windows for the semantic layer.

The rules read every message whole. The embedding model reads only its first 256 tokens (about
1,000 characters), so the turn's one embedding covers the opening of a long message; and the
classifier learned from messages under ``WINDOWED_FROM`` characters, so in a longer one a single
risky sentence is diluted by the rest. Such a message is also cut into short windows the size of
the messages the classifier was trained on: each sentence, and each pair of neighbouring sentences
(so a thought spread over two is whole in one window).
Embedding every window of a 200,000-character message would take many seconds on a CPU, so the
classifier's cheap character head ``screen``s them all and only the few it flags are embedded and
voted on; the strongest vote stands for the message.
What this leaves out: a risk that only shows across two windows far apart (the rules, which read
the whole text, and the conversation context still see it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from .assessment import Level

OPENING = 1000
"""Characters the turn's embedding covers (about the 256 tokens the model reads)."""
WINDOWED_FROM = 160
"""Messages longer than this are read in windows too (no training message is longer)."""
WINDOW = 250
"""Longest sentence read as one: longer runs (chat without full stops) are cut into pieces."""
OVERLAP = 100
"""Shared by neighbouring pieces of a long run, so a phrase shorter than this is whole in one."""
SCREEN_MIN = 0.3
"""The character head's floor for embedding a window. Low on purpose: one risky sentence in a
window scores far below the same sentence alone, and at most ``MAX_EMBEDDED`` are embedded."""
MAX_EMBEDDED = 4
"""At most this many extra windows are embedded per message (the most worrying first)."""
WINDOW_MIN = 0.7
"""How sure a window's vote must be of a worrying level to count. A sentence lifted out of its
message loses the words around it, so a lukewarm vote on it says little; and a long message has
many windows, so counting every weak one would raise false alarms."""

WHOLE_SURE = 0.9
WHOLE_NO_CRISIS = 0.01
"""A window inside the opening read as a crisis counts as elevated when the whole message is read
surely (``WHOLE_SURE``) as less than elevated with almost no chance of a crisis (below
``WHOLE_NO_CRISIS``): the sentence alone lost the words that explain it ("I've been sitting on
his bedroom floor for an hour", in a long message about sorting a late grandad's house). Chosen
over the 280 long messages of the read blind sets: three distress messages stopped being crises
and no crisis was lost (a crisis caught by a window alone had a whole-message crisis probability
of 0.018 at the lowest; the distress messages 0.007 at the highest). The margin is thin."""


SENTENCE_BREAK = re.compile(r"(?<=[.!?\n])\s+")


def split(text: str) -> list[str]:
    """The distinct windows of ``text``: sentences (or pieces of long runs), then pairs of them."""
    units = []
    for sentence in SENTENCE_BREAK.split(text):
        sentence = sentence.strip()
        while len(sentence) > WINDOW:
            units.append(sentence[:WINDOW])
            sentence = sentence[WINDOW - OVERLAP:]
        if sentence:
            units.append(sentence)
    pairs = [f"{a} {b}" for a, b in zip(units, units[1:], strict=False)]
    return list(dict.fromkeys(units + pairs))


def vote_whole(raw: str, classifier: Any, embed: Callable[[str], Sequence[float] | None]):
    """The classifier's vote on the whole of ``raw``: its strongest window's, or None without
    an embedding."""
    vector = embed(raw)  # the turn's embedding, which covers the opening
    if vector is None:
        return None
    whole = classifier.vote(raw[:OPENING], vector)
    votes = [whole]
    explained = whole.level < Level.ELEVATED and whole.probability >= WHOLE_SURE \
        and whole.crisis < WHOLE_NO_CRISIS
    if len(raw) > WINDOWED_FROM:
        rest = [w for w in split(raw) if w != raw.strip()]
        scores = classifier.screen(rest)
        flagged = sorted(range(len(rest)), key=lambda i: scores[i], reverse=True)
        for i in flagged[:MAX_EMBEDDED]:
            if scores[i] < SCREEN_MIN:
                break
            window_vector = embed(rest[i])
            if window_vector is None:
                continue
            vote = classifier.vote(rest[i], window_vector)
            if vote.level >= Level.ELEVATED and vote.probability >= WINDOW_MIN:
                if vote.level == Level.CRISIS and explained \
                        and raw.find(rest[i]) + len(rest[i]) <= OPENING:  # inside the opening
                    vote = replace(vote, level=Level.ELEVATED)
                votes.append(vote)
    return strongest(votes)


def strongest(votes: list) -> Any:
    """The most worrying vote, carrying the highest crisis and method probabilities of any."""
    best = max(votes, key=lambda v: (v.level, v.probability))
    if len(votes) == 1:
        return best
    return replace(best, crisis=max(v.crisis for v in votes),
                   method=max(v.method for v in votes))
