"""The scorecard's charts: safety confusion matrices, recall per kind, recall@k, reply checks.

Each function draws one PNG from figures already computed and returns its path; none computes a
figure or reads an evaluation set. matplotlib is imported on first use, so the CLI starts fast.
"""

from __future__ import annotations

from pathlib import Path

from .evaluate import LEVELS


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def confusion(name: str, matrix: list[list[int]], directory: Path) -> Path:
    """Labelled level (rows) against assessed level (columns) for one safety set."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(4.6, 4))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(LEVELS)), LEVELS)
    ax.set_yticks(range(len(LEVELS)), LEVELS)
    ax.set_xlabel("assessed")
    ax.set_ylabel("labelled")
    ax.set_title(f"Safety levels: {name}")
    peak = max(max(row) for row in matrix) or 1
    for i, row in enumerate(matrix):
        for j, count in enumerate(row):
            ax.text(j, i, str(count), ha="center", va="center",
                    color="white" if count > peak / 2 else "black")
    return _save(fig, directory / f"safety-confusion-{name}.png")


def recall_per_kind(safety: dict, directory: Path) -> Path:
    """Recall per kind (at least the labelled level) for every safety set, side by side."""
    plt = _pyplot()
    sets = {name: result["kinds"] for name, result in safety.items() if "kinds" in result}
    kinds = sorted({kind for per_kind in sets.values() for kind, s in per_kind.items()
                    if s.get("recall") is not None})
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(kinds) + 1.4))
    height = 0.8 / max(len(sets), 1)
    for offset, (name, per_kind) in enumerate(sets.items()):
        values = [(per_kind.get(kind) or {}).get("recall") or 0 for kind in kinds]
        ax.barh([i + offset * height for i in range(len(kinds))], values, height, label=name)
    ax.set_yticks([i + height * (len(sets) - 1) / 2 for i in range(len(kinds))], kinds)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("recall (assessed at least the labelled level)")
    ax.set_title("Safety recall per kind")
    ax.legend(loc="lower right")
    return _save(fig, directory / "safety-recall-per-kind.png")


def recall_at_k(retrieval: dict, directory: Path) -> Path:
    """Retrieval recall@k for k = 1..5."""
    plt = _pyplot()
    ks = sorted(int(key.split("@")[1]) for key in retrieval if key.startswith("recall@"))
    values = [retrieval[f"recall@{k}"] for k in ks]
    fig, ax = plt.subplots(figsize=(4.6, 3.4))
    ax.plot(ks, values, marker="o")
    for k, value in zip(ks, values, strict=True):
        ax.annotate(f"{value:.3f}", (k, value), textcoords="offset points", xytext=(0, -14),
                    ha="center")
    ax.set_xticks(ks)
    ax.set_ylim(min(values + [0.5]) - 0.05, 1.0)
    ax.set_xlabel("k")
    ax.set_ylabel("recall@k")
    ax.set_title(f"Retrieval recall@k ({retrieval['questions']} questions)")
    ax.grid(alpha=0.3)
    return _save(fig, directory / "retrieval-recall-at-k.png")


def reply_checks(replies: dict, directory: Path) -> Path:
    """The share of replies keeping each rule."""
    plt = _pyplot()
    names = list(replies["checks"])
    values = [replies["checks"][name]["pass_rate"] or 0 for name in names]
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(names) + 1.4))
    bars = ax.barh(names, values, color=["tab:green" if v == 1 else "tab:orange" for v in values])
    ax.bar_label(bars, labels=[f"{v:.2f}" for v in values], padding=3)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.1)
    ax.set_xlabel("pass rate")
    ax.set_title(f"Reply checks ({replies['conversations']} conversations)")
    return _save(fig, directory / "reply-checks.png")


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    _pyplot().close(fig)
    return path
