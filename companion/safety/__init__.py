"""The safety layer: assess risk, find human support, shape replies by level, guard the output.

Independent of the LLM and the UI. Read in this order: ``assessment`` (levels), ``rules`` and
``detect`` (how a level is reached), ``resources`` (the vetted directory), ``policy`` (what a level
asks of a reply), ``guard`` (what no reply may say).
"""

from .assessment import CATEGORIES, Assessment, Level
from .detect import assess
from .guard import SAFE_FALLBACK, StreamGuard, check, guard
from .policy import SCREENING_QUESTION, crisis_reply, support_block
from .resources import Support, known_numbers, load_directory, support_for

__all__ = [
    "CATEGORIES", "Assessment", "Level", "assess", "SAFE_FALLBACK", "StreamGuard", "check",
    "guard", "SCREENING_QUESTION", "crisis_reply", "support_block", "Support", "known_numbers",
    "load_directory", "support_for",
]
