"""The safety layer's vocabulary: levels, categories, and the ``Assessment`` that explains
a decision."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Level(IntEnum):
    """Ordered, so ``max`` raises and comparisons read naturally (``level >= Level.ELEVATED``)."""

    NONE = 0
    DISTRESS = 1
    ELEVATED = 2
    CRISIS = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Level:
        return cls[name.strip().upper()]


CATEGORIES = (
    "suicide_self_harm",
    "harm_to_others",
    "abuse_danger",
    "medical_emergency",
    "third_party",
)


@dataclass(frozen=True)
class Assessment:
    level: Level
    categories: tuple[str, ...] = ()
    """Which kinds of risk, from ``CATEGORIES``; empty for none and most distress."""
    signals: tuple[str, ...] = ()
    """The evidence that fired (rule names, classifier, context), so a decision can be explained."""
    supported: bool = True
    """False when the text is in a script the detector cannot read: show international support."""

    @property
    def needs_support(self) -> bool:
        """Whether human support (the directory's lines) belongs in this reply."""
        return (
            self.level >= Level.ELEVATED
            or "third_party" in self.categories
            or not self.supported
        )

    def as_dict(self) -> dict:
        return {
            "level": str(self.level),
            "categories": list(self.categories),
            "signals": list(self.signals),
        }
