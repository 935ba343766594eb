"""The benchmark's figures, its targets, and how they are printed (one JSON object or a table).

Every figure is a ``Spread`` (p50/p95 over repetitions) or a single number; ``targets`` turns the
figures into pass/fail lines. Nothing here measures: see the sibling modules.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Spread:
    p50: float
    p95: float
    n: int
    """How many timings the percentiles are taken over."""


def spread(values: Sequence[float]) -> Spread:
    """p50 and p95 by the nearest-rank method (no interpolation between two timings)."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no timings to summarise")

    def rank(q: float) -> float:
        return ordered[max(0, math.ceil(q * len(ordered)) - 1)]

    return Spread(round(rank(0.50), 3), round(rank(0.95), 3), len(ordered))


@dataclass(frozen=True)
class Target:
    name: str
    rule: str
    """The target in words, with the figures it compares."""
    value: float
    limit: float
    passed: bool


@dataclass(frozen=True)
class Report:
    figures: dict[str, Spread | float | int]
    """Every measured figure by name: latencies in ms (Spread), rates, seconds, megabytes."""
    faults: dict[str, dict] = field(default_factory=dict)
    """Per fault scenario: turns served in each mode, and crisis turns given resources."""
    notes: tuple[str, ...] = ()
    """How each figure was measured, in a sentence each."""
    machine: dict = field(default_factory=dict)

    @property
    def targets(self) -> list[Target]:
        return targets(self.figures)

    def as_dict(self) -> dict:
        return {
            "machine": self.machine,
            "figures": {name: asdict(v) if isinstance(v, Spread) else v
                        for name, v in self.figures.items()},
            "targets": {t.name: asdict(t) for t in self.targets},
            "faults": self.faults,
            "notes": list(self.notes),
        }


def targets(figures: dict) -> list[Target]:
    """The issues' targets, for the figures that were measured."""

    def p50(name: str) -> float | None:
        value = figures.get(name)
        return value.p50 if isinstance(value, Spread) else None

    found: list[Target] = []

    def check(name: str, rule: str, value, limit, ok) -> None:
        if value is not None and limit is not None:
            found.append(Target(name, rule, round(value, 3), round(limit, 3), ok(value, limit)))

    turn, embed, base = p50("turn_ms"), p50("embed_query_ms"), p50("baseline_turn_ms")
    check("turn_vs_embed", "turn_ms p50 <= 1.5 x embed_query_ms p50", turn,
          embed and 1.5 * embed, lambda v, lim: v <= lim)
    check("turn_vs_baseline", "turn_ms p50 < baseline_turn_ms p50", turn, base,
          lambda v, lim: v < lim)
    ingest, raw = figures.get("ingest_chunks_per_s"), figures.get("raw_encode_chunks_per_s")
    check("ingest_vs_encode", "ingest_chunks_per_s >= 0.9 x raw_encode_chunks_per_s", ingest,
          raw and 0.9 * raw, lambda v, lim: v >= lim)
    check("cold_start", "cold_start_s < 8", figures.get("cold_start_s"), 8.0,
          lambda v, lim: v < lim)
    check("serving_rss", "rss_mb < 900", figures.get("rss_mb"), 900.0, lambda v, lim: v < lim)
    scale = figures.get("scale_query_ms")
    check("scale_query", "scale_query_ms p95 < 30 (index of scale_chunks)",
          scale.p95 if isinstance(scale, Spread) else None, 30.0, lambda v, lim: v < lim)
    check("llm_overhead", "llm_overhead_ms p50 < 50", p50("llm_overhead_ms"), 50.0,
          lambda v, lim: v < lim)
    return found


def render_table(report: Report) -> str:
    """The report as text a person reads: figures, then targets, faults and method notes."""
    lines = [f"companion bench  ({_machine_line(report.machine)})", "",
             f"{'figure':<26}{'p50':>10}{'p95':>10}{'n':>6}"]
    for name, value in report.figures.items():
        if isinstance(value, Spread):
            lines.append(f"{name:<26}{value.p50:>10.2f}{value.p95:>10.2f}{value.n:>6}")
        else:
            lines.append(f"{name:<26}{value:>10.2f}" if isinstance(value, float)
                         else f"{name:<26}{value:>10}")
    lines += ["", f"{'target':<58}{'value':>10}{'limit':>10}  result"]
    for t in report.targets:
        lines.append(f"{t.rule:<58}{t.value:>10.2f}{t.limit:>10.2f}  "
                     + ("pass" if t.passed else "FAIL"))
    if report.faults:
        lines += ["", f"{'fault scenario':<16}{'turns':>6}{'llm':>6}{'offline':>8}"
                      f"{'llm share':>11}{'crisis with resources':>23}"]
        for name, row in report.faults.items():
            lines.append(f"{name:<16}{row['turns']:>6}{row['llm']:>6}{row['offline']:>8}"
                         f"{row['llm_share']:>11.2f}"
                         f"{str(row['crisis_with_resources']) + '/' + str(row['crisis']):>23}")
    lines += ["", "How it was measured:", *(f"- {note}" for note in report.notes)]
    return "\n".join(lines)


def _machine_line(machine: dict) -> str:
    return ", ".join(f"{key} {value}" for key, value in machine.items())
