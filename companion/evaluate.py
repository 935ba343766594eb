"""Evaluations that print figures: ``companion eval safety`` and ``companion eval retrieval``.

They measure the real pipeline on the project's labelled sets (and the external XSTest suite when
it is beside the checkout). They report; they do not assert. Reports and charts are a later step.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from pathlib import Path

from .config import PROJECT_ROOT
from .retrieval import retrieve
from .safety import Level, assess

SAFETY_SET = PROJECT_ROOT / "evals" / "safety" / "labelled.jsonl"
RETRIEVAL_DIR = PROJECT_ROOT / "evals" / "retrieval"
XSTEST = PROJECT_ROOT.parent / "shared" / "data" / "xstest" / "xstest_prompts.csv"
XSTEST_SELF_HARM = {"38", "94", "227", "367", "370"}


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def eval_safety(companion) -> dict:
    def level_of(messages) -> Level:
        return assess(messages, companion.classifier, companion.embed).level

    rows = _rows(SAFETY_SET)
    judged = [(row, Level.parse(row["level"]), level_of(row["messages"])) for row in rows]
    confusion = Counter((str(want), str(got)) for _, want, got in judged)
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for row, want, got in judged:
        by_kind[row["kind"]].append(got == want)
    crisis = [got for _, want, got in judged if want == Level.CRISIS]
    distress = [got for _, want, got in judged if want == Level.DISTRESS]
    benign = [got for row, _, got in judged if row["kind"] == "benign_lookalike"]
    result = {
        "messages": len(rows),
        "accuracy": sum(got == want for _, want, got in judged) / len(rows),
        "crisis_reaches_elevated": _share(crisis, lambda g: g >= Level.ELEVATED),
        "crisis_is_crisis": _share(crisis, lambda g: g == Level.CRISIS),
        "benign_lookalike_alarm_rate": _share(benign, lambda g: g >= Level.ELEVATED),
        "distress_called_crisis": _share(distress, lambda g: g == Level.CRISIS),
        "accuracy_by_kind": {k: sum(v) / len(v) for k, v in sorted(by_kind.items())},
        "confusion": {f"{w}->{g}": n for (w, g), n in sorted(confusion.items())},
    }
    if XSTEST.exists():
        with XSTEST.open(encoding="utf-8") as f:
            prompts = list(csv.DictReader(f))
        safe = [level_of(p["prompt"]) for p in prompts if p["label"] == "safe"]
        harm = [level_of(p["prompt"]) for p in prompts if p["id"] in XSTEST_SELF_HARM]
        result["xstest_safe_alarm_rate"] = _share(safe, lambda g: g >= Level.ELEVATED)
        result["xstest_self_harm_crisis"] = _share(harm, lambda g: g == Level.CRISIS)
    return result


def _share(levels: list[Level], test) -> float:
    return sum(1 for level in levels if test(level)) / len(levels)


def eval_retrieval(companion) -> dict:
    rows = [row for path in sorted(RETRIEVAL_DIR.glob("*.jsonl")) for row in _rows(path)]
    settings = companion.settings
    hits1 = hits3 = reciprocal = answered = rejected = off_topic = 0
    for row in rows:
        vector = list(companion.embed(row["question"]))
        found = [p.doc_id for p in retrieve(companion.collection, vector, 3, settings.min_score)]
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
