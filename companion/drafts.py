""""Help me find the words": a short message the person can edit, copy and send.

Offline, a draft is a template for the person it is going to (a friend, family, a partner, a
doctor, a therapist or counsellor, a manager) with the person's own words put in where they said
something about what is going on. It is shown in a code block, which the page gives a copy button,
so it can be edited and sent as it is. With a chat model the draft is personalised instead (see
``prompt``), and this one is its fallback.

Left out on purpose: sending anything, and phone numbers (human support comes from the directory).
"""

from __future__ import annotations

_OPENINGS = {
    "friend": "Hey, can I talk to you about something? I haven't been doing so well lately.",
    "family": "Can I talk to you about something that's been hard for me lately?",
    "partner": "There's something I've been finding hard to say, and I'd like to tell you.",
    "doctor": "I'd like to book an appointment to talk about my mental health.",
    "therapist": "I'm looking for some support and wondered whether you're taking on new "
                 "clients.",
    "manager": "Could we find a time to talk privately? I've been struggling a bit lately and "
               "I'd like to be open with you about it.",
    "": "I've been finding things hard lately, and I'd like to talk to someone about it.",
}
_ASKS = {
    "friend": "I don't need you to fix anything. It would just help to talk. Are you free this "
              "week?",
    "family": "I don't need you to fix it. I'd just like you to know, and maybe to talk.",
    "partner": "I don't need you to have answers. I'd just like us to talk about it.",
    "doctor": "It's been hard to say out loud, so I'm writing it down. Could we talk about what "
              "might help?",
    "therapist": "I'm not sure exactly what I need yet, and I'd like to find out. What would a "
                 "first session involve?",
    "manager": "I'm not asking for anything specific yet. I'd just like you to know, and to talk "
               "about what might help me keep working well.",
    "": "I think I might need some help but don't know how to say it, so I'm writing it down.",
}
_PLACEHOLDER = "[a sentence or two about what's been going on, in your own words]"
WHO = {"friend": "a friend", "family": "someone in your family", "partner": "your partner",
       "doctor": "your doctor", "therapist": "a therapist or counsellor", "manager": "your manager",
       "": "someone you trust"}


def draft(recipient: str, words: str) -> str:
    """The message itself, in the person's voice."""
    recipient = recipient if recipient in _OPENINGS else ""
    middle = words or _PLACEHOLDER
    return "\n\n".join([_OPENINGS[recipient], middle, _ASKS[recipient]])


def draft_reply(recipient: str, words: str) -> str:
    """The offline reply for a drafting turn: a lead, the draft to copy, and one question."""
    recipient = recipient if recipient in _OPENINGS else ""
    lead = (f"Here's a short message you could send to {WHO[recipient]}. Change anything that "
            "doesn't sound like you; it's yours.")
    others = [WHO[name] for name in ("friend", "doctor", "manager") if name != recipient][:2]
    follow = (f"Would you like a version for someone else, like {others[0]} or {others[1]}?"
              if recipient else
              "Who would you like to send it to? I can change it for a friend, family, a doctor, "
              "a therapist or your manager.")
    return "\n\n".join([lead, "```text\n" + draft(recipient, words) + "\n```", follow])
