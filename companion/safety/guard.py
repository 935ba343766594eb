"""The output guard: checks composed or generated text before a person sees it.

It catches phone numbers that are not in the vetted directory, method/means/dose/height details,
places to fall or jump from, diagnoses, medication advice, and promises of secrecy or permanence.
In a risk context (``risky``: the person showed distress or risk) it is stricter about places:
naming a high place together with how to reach it, or a place known for suicides, fails too.
``check`` judges a whole text; ``StreamGuard`` judges streamed text sentence by sentence, so the
generative mode can use it, and once anything fails, the rest is replaced with a safe reply.

The safe reply names no support panel or line: the turn attaches human support by level, and a
surface without a panel (the command line, the API) must not point at one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

SAFE_FALLBACK = (
    "I want to be careful with what I say here, so I'll keep it simple: I'm glad you're talking "
    "with me, and how you're feeling matters. If things feel like too much, please reach out to "
    "someone you trust, or a person trained to help, right now."
)

_PHONE = re.compile(r"(?<![\w/.-])\+?\(?\d[\d\s().-]{4,}\d(?![\w/])")
_CALL_SHORT = re.compile(
    r"\b(call|dial|text|ring|phone|number is|contact)\s+(on\s+)?(\+?\d[\d -]*\d)\b", re.I
)
_YEAR = re.compile(r"^(19|20)\d\d$")
_HIGH_PLACE = (r"(bridge|viaduct|overpass|cliff|cliff edge|roof|rooftop|ledge|car park|parking "
               r"(garage|structure)|multi-storey|tower block|balcony|railway|train tracks|tracks|"
               r"train line|platform edge|quarry|dam)")
_LOCATION_RISK: list[tuple[str, re.Pattern[str]]] = [
    # In a risk context, what a means does to a body is method information too.
    ("method_dose", re.compile(
        r"\b(taking|swallowing|take|swallow) (the whole|a whole|all|an entire|every) (of )?(your |"
        r"the |my |those )?(packet|box|bottle|pills|tablets|meds|medication|strip)|\b(stockpil\w*|"
        r"hoard\w*|sav(e|ing) up) (your |the |some )?(pills|tablets|meds|medication)|\b(an )?"
        r"overdose of \w+ (causes|leads to|results in|would|will|can)\b", re.I)),
    ("method_location", re.compile(
        rf"\b{_HIGH_PLACE}s?\b.{{0,50}}\b(reach|get (up|onto|on to|to|into|past)|access|climb|"
        r"open|unlocked|unfenced|no (fence|barrier|nets?)|nearest|closest|near you|where|height"
        r"|high|tall)\b|\b(reach|get (up|onto|on to|past)|access|climb|nearest|closest)\b.{0,40}"
        rf"\b{_HIGH_PLACE}s?\b", re.I)),
    ("method_location", re.compile(
        r"\b(golden gate|beachy head|aokigahara|prince edward viaduct|jacques cartier|"
        r"clifton suspension|sunshine skyway|gap park|the gap\b|nanjing yangtze|mapo bridge|"
        r"humber bridge|coronado bridge|niagara)", re.I)),
]

_CHECKS: list[tuple[str, re.Pattern[str]]] = [
    ("method_dose", re.compile(
        r"\b\d+(\.\d+)?\s*(mg|milligrams?|g|grams?|ml|pills|tablets|capsules)\b.{0,40}\b(lethal|"
        r"fatal|kill|die|overdose|deadly|enough)\b|\b(lethal|fatal|deadly|toxic) (dose|amount|"
        r"quantity)\b.{0,30}\d|\b\d+\s*(mg|g|pills|tablets)\b.{0,20}\b(would|will|could) "
        r"(kill|be fatal|be lethal)", re.I)),
    ("method_height", re.compile(
        r"\b\d+\s*(feet|ft|foot|metres|meters|m|storeys|stories|floors)\b.{0,40}\b(fatal|lethal|"
        r"kill|die|survive|death|jump|fall)\b|\b(jump|fall)(ing)? from\b.{0,40}\b\d+\s*(feet|ft|"
        r"metres|meters|m|storeys|stories|floors)\b", re.I)),
    ("method_location", re.compile(
        rf"\b{_HIGH_PLACE}s?\b.{{0,50}}\b(jump\w*|fall\w*|drop\w*|leap\w*)\b|\b(jump\w*|"
        rf"fall\w*|drop\w*|leap\w*) (off|from|in front of)\b.{{0,40}}\b{_HIGH_PLACE}s?\b",
        re.I)),
    ("method_how", re.compile(
        r"\b(the (best|easiest|quickest|most painless|surest) way to (die|kill yourself|end your "
        r"life)|how to (tie a noose|hang yourself|overdose|kill yourself)|you could (jump|hang|"
        r"overdose|cut)|noose|(slit|cut) your (wrists?|throat))\b|\b(step\w*|walk\w*|jump\w*|"
        r"lie|lying|lay\w*) (out )?in front of (an? |the )?(trains?|lorr(y|ies)|trucks?|bus(es)?|"
        r"traffic|cars?)\b|\byou could (take|swallow) (all|every|the whole) (of )?(your |the )?"
        r"(pills|tablets|meds|medication|packet|box|bottle)\b|\b(hanging|an overdose|overdosing|"
        r"drowning|suffocation|jumping|cutting|carbon monoxide|gassing|bleeding out|poison(ing)?) "
        r"(is|would be|are|can be) "
        r"(quick|painless|easy|fast|peaceful|certain|reliable|effective|the (easiest|quickest|"
        r"best|surest))\b|\b(quick|painless|peaceful|easy|sure) (way|method) (to die|of dying|"
        r"to go)\b", re.I)),
    ("diagnosis", re.compile(
        r"\b(you (have|'ve got|probably have|likely have|might have|may have|clearly have|are "
        r"suffering from|suffer from|sound like you have|seem to have)|i (diagnose|think you "
        r"have))\s+(clinical |major |severe |an? )?(depression|depressive disorder|bipolar|bpd|"
        r"borderline|ptsd|c-ptsd|anxiety disorder|gad|adhd|ocd|schizophrenia|psychosis|"
        r"eating disorder|anorexia|bulimia|personality disorder|autism|insomnia disorder)\b|"
        r"\byou('re| are) ((clearly|probably|definitely|obviously|likely) )?(clinically "
        r"depressed|bipolar|schizophrenic|psychotic|a narcissist|autistic|borderline)\b|"
        r"\bsounds like (you have )?(borderline|bpd|bipolar|ptsd|clinical depression|schizophrenia|"
        r"psychosis|an? (eating|personality|anxiety) disorder|borderline personality disorder)\b",
        re.I)),
    ("medication_advice", re.compile(
        r"\b(you should|try|start|stop|increase|decrease|double|skip|come off|switch) (taking )?"
        r"(your |some |an? )?(antidepressants?|ssris?|sertraline|fluoxetine|citalopram|"
        r"escitalopram|paroxetine|venlafaxine|mirtazapine|lithium|benzodiazepines?|benzos|xanax|"
        r"diazepam|valium|melatonin|sleeping pills|meds|medication|dose)\b|\b(take|taking) "
        r"\d+\s*(mg|milligrams)\b|\b(up|upping|raise|raising|increase|increasing|lower|lowering|"
        r"reduce|reducing|double|doubling|halve|halving) (your|the) (dose|dosage)\b", re.I)),
    ("secrecy_permanence", re.compile(
        r"\b(i('ll| will) always be (here|there)|i('ll| will) never leave|i('m| am) always here"
        r"|i('ll| will) (keep|keep this) (it |this )?(a )?secret|(this|it) (stays|will stay) "
        r"between us|i won't tell anyone|i will not tell anyone|your secret is safe|i promise "
        r"(not to tell|to keep)|(it|this)('ll| will) stay between (you and me|us)|no ?(one|body)( "
        r"else)? will (ever )?know|i won't tell a soul|i will not tell a soul|i('ll| will) never "
        r"tell|i('ll| will) be (here|there) (for you )?(forever|for ever|always)|i('ll| will) be "
        r"with you (forever|always))\b", re.I)),
]


@dataclass(frozen=True)
class Verdict:
    ok: bool
    violations: tuple[str, ...] = ()


def check(text: str, allowed_numbers: Iterable[str] = (), risky: bool = False) -> Verdict:
    """Judge one text. ``allowed_numbers`` are the directory's numbers (digits only)."""
    allowed = set(allowed_numbers)
    checks = _CHECKS + _LOCATION_RISK if risky else _CHECKS
    found = list(dict.fromkeys(name for name, pattern in checks if pattern.search(text)))
    for number in _numbers(text):
        if number not in allowed:
            found.append("unknown_number")
            break
    return Verdict(not found, tuple(found))


def _numbers(text: str) -> list[str]:
    numbers = []
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) >= 6 and not _YEAR.match(digits):
            numbers.append(digits)
    for match in _CALL_SHORT.finditer(text):
        digits = re.sub(r"\D", "", match.group(3))
        if len(digits) >= 3 and not _YEAR.match(digits):
            numbers.append(digits)
    return numbers


def guard(text: str, allowed_numbers: Iterable[str] = (), risky: bool = False
          ) -> tuple[str, Verdict]:
    """The text if it passes, else the safe fallback; with the verdict for the record."""
    verdict = check(text, allowed_numbers, risky)
    return (text if verdict.ok else SAFE_FALLBACK), verdict


_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")


class StreamGuard:
    """Releases streamed text a sentence at a time, once each sentence has passed ``check``."""

    def __init__(self, allowed_numbers: Iterable[str] = (), risky: bool = False) -> None:
        self._allowed = set(allowed_numbers)
        self._risky = risky
        self._pending = ""
        self.violations: tuple[str, ...] = ()

    @property
    def tripped(self) -> bool:
        return bool(self.violations)

    def feed(self, piece: str) -> str:
        """Add streamed text; return what is now safe to show (possibly "")."""
        if self.tripped:
            return ""
        self._pending += piece
        parts = _SENTENCE_END.split(self._pending)
        if len(parts) == 1:
            return ""
        complete, self._pending = parts[:-1], parts[-1]
        return self._release(" ".join(complete) + " ")

    def finish(self) -> str:
        """Flush the last sentence; after a violation, the safe fallback instead."""
        if self.tripped:
            return ""
        rest, self._pending = self._pending, ""
        return self._release(rest) if rest.strip() else ""

    def _release(self, text: str) -> str:
        verdict = check(text, self._allowed, self._risky)
        if verdict.ok:
            return text
        self.violations = verdict.violations
        return "\n\n" + SAFE_FALLBACK
