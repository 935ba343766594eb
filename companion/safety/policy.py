"""What each level asks of a reply: the fixed crisis template and the human-support lines.

The crisis reply is short, warm and fixed: acknowledge, say their safety matters, the emergency
number and crisis line first, ask if they can reach out now, stay present. It is built only from
the directory; no corpus passage, exercise or advice list. Other levels get a support block only
when they call for it, so everyday sadness gets warmth, not a hotline every turn.
"""

from __future__ import annotations

import re

from .assessment import Assessment, Level
from .resources import Line, Support

SCREENING_QUESTION = (
    "Sometimes when people feel this way, they have thoughts of ending their life. "
    "Are you having thoughts like that right now?"
)

_ABUSE = re.compile(r"violence|abuse|domestic|women|refuge", re.I)
_OPENINGS = {
    "abuse_danger": "Thank you for telling me. What you're describing sounds frightening, "
    "and your safety matters right now.",
    "harm_to_others": "Thank you for telling me this. It sounds like things feel out of control "
    "right now, and everyone's safety matters, including yours.",
    "medical_emergency": "Thank you for telling me. This sounds like it needs urgent help "
    "right now.",
}
_DEFAULT_OPENING = "Thank you for telling me. I'm really glad you said it, and your safety " \
    "matters right now."


_AGAIN_OPENING = "I'm still here with you, and I'm still worried about your safety."
_ASK_NOW = "Can you reach out to one of them now? I'm still here to talk while you do."
_ASK_AGAIN = "Would you be willing to contact one of them right now, while we keep talking?"


def crisis_reply(assessment: Assessment, support: Support, previous_reply: str = "") -> str:
    """The fixed crisis message for this person's country.

    When the previous reply was a crisis message too, the same lines come first again, with an
    opening and a question worded differently, so it never reads as a copy.
    """
    again = _ASK_NOW in previous_reply
    opening = _AGAIN_OPENING if again else next(
        (_OPENINGS[c] for c in ("medical_emergency", "abuse_danger", "harm_to_others")
         if c in assessment.categories and c in _OPENINGS),
        _DEFAULT_OPENING,
    )
    if "third_party" in assessment.categories and not again:
        # Said of whoever it is: a mum who has collapsed, a flatmate who won't wake, a friend.
        opening = "Thank you for telling me. They need urgent help right now, " \
            "and you don't have to handle this alone."
    return "\n\n".join([
        opening,
        support_lines(support, urgent=True, categories=assessment.categories),
        _ASK_AGAIN if again else _ASK_NOW,
    ])


def support_lines(support: Support, urgent: bool = False, categories: tuple[str, ...] = ()) -> str:
    """Markdown bullets: the emergency number first, then the crisis lines (call, text, chat)."""
    bullets = []
    if support.emergency:
        when = "now" if urgent else "if you are in danger"
        note = f" ({support.emergency_note})" if support.emergency_note else ""
        bullets.append(f"- **Emergency services:** call **{support.emergency}** {when}{note}")
    else:
        bullets.append("- **Emergency services:** call your local emergency number if you are in "
                       "danger")
    bullets.extend(f"- {describe(line)}" for line in lines_for(support, categories))
    return "\n".join(bullets)


def lines_for(support: Support, categories: tuple[str, ...] = ()) -> list[Line]:
    """The first two lines (the crisis line and its text line), plus an abuse line when relevant."""
    chosen = list(support.lines[:2])
    if "abuse_danger" in categories:
        chosen += [line for line in support.lines[2:] if _ABUSE.search(line.name)][:1]
    return chosen


def describe(line: Line) -> str:
    ways = []
    if line.phone:
        ways.append(f"call **{line.phone}**")
    if line.text:
        keyword = f" {line.text_keyword} to" if line.text_keyword else ""
        ways.append(f"text{keyword} **{line.text}**")
    if line.chat:
        ways.append(f"chat at {line.chat}")
    elif line.url and not ways:
        ways.append(f"see {line.url}")
    hours = f" ({line.hours})" if line.hours else ""
    return f"**{line.name}:** {' or '.join(ways)}{hours}"


def support_block(assessment: Assessment, support: Support) -> str:
    """The human-support note added below a non-crisis reply, or "" when none is called for."""
    if not assessment.needs_support or assessment.level >= Level.CRISIS:
        return ""
    if not assessment.supported:
        intro = "I can only read English well so far. If you need someone to talk to, these can " \
            "help you find support in your language:"
    elif "third_party" in assessment.categories and assessment.level < Level.ELEVATED:
        intro = "If you think they might be in danger, these are there for both of you, and you " \
            "can share them:"
    else:
        intro = "You don't have to carry this alone. If you'd like to talk to a person, now or " \
            "later:"
    return f"{intro}\n\n{support_lines(support, categories=assessment.categories)}"
