"""``companion eval retrieval``: recall@1, recall@3, MRR and off-topic rejection.

It runs the turn's own retrieval path over ``evals/retrieval/*.jsonl`` and reports; it never
asserts. The safety scorecard lives in ``scorecard``.
"""

from __future__ import annotations

import json
from pathlib import Path

from .config import PROJECT_ROOT

RETRIEVAL_DIR = PROJECT_ROOT / "evals" / "retrieval"


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def eval_retrieval(companion) -> dict:
    rows = [row for path in sorted(RETRIEVAL_DIR.glob("*.jsonl")) for row in _rows(path)]
    settings = companion.settings
    hits1 = hits3 = reciprocal = answered = rejected = off_topic = 0
    for row in rows:
        # The turn's own retrieval path, so the figures are what a person gets.
        found = [p.doc_id for p in companion._retrieve(row["question"], k=3)]
        if not row["relevant"]:
            off_topic += 1
            rejected += not found
            continue
        answered += 1
        relevant = set(row["relevant"])
        ranks = [i for i, doc in enumerate(found, 1) if doc in relevant]
        hits1 += bool(ranks and ranks[0] == 1)
        hits3 += bool(ranks)
        reciprocal += 1 / ranks[0] if ranks else 0
    return {
        "questions": answered, "off_topic": off_topic,
        "recall@1": hits1 / answered, "recall@3": hits3 / answered, "mrr": reciprocal / answered,
        "off_topic_rejection": rejected / off_topic if off_topic else None,
        "min_score": settings.min_score,
    }
