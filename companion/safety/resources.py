"""Human support: the vetted directory of emergency numbers and crisis lines, per country.

Numbers shown to a person come only from ``helplines.yaml`` (each entry with its source and the
date it was verified) or from a deployer's override file with the same schema, merged per country.
A country the directory lacks falls back to the international entry. No number is ever generated.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

PACKAGED = Path(__file__).with_name("helplines.yaml")
FALLBACK = "INTL"


@dataclass(frozen=True)
class Line:
    name: str
    phone: str = ""
    text: str = ""
    """SMS number or short code."""
    text_keyword: str = ""
    chat: str = ""
    url: str = ""
    hours: str = ""
    languages: tuple[str, ...] = ()
    source: str = ""
    verified: str = ""

    def as_resource(self) -> dict:
        return {"name": self.name, "phone": self.phone, "text": self.text,
                "url": self.chat or self.url}


@dataclass(frozen=True)
class Support:
    """What to show a person in one country: the emergency number first, then crisis lines."""

    code: str
    country: str
    emergency: str
    emergency_note: str
    emergency_source: str
    emergency_verified: str
    lines: tuple[Line, ...]

    @property
    def first_line(self) -> Line | None:
        return self.lines[0] if self.lines else None

    def as_resources(self) -> list[dict]:
        """The stable ``resources`` list: emergency services first, then the lines in order."""
        found = []
        if self.emergency:
            found.append({"name": f"Emergency services ({self.country})", "phone": self.emergency,
                          "text": "", "url": ""})
        return found + [line.as_resource() for line in self.lines]


class DirectoryError(ValueError):
    """The directory file breaks the schema; the message names the entry."""


def load_directory(override: str | Path = "") -> dict[str, Support]:
    """The packaged directory, with a deployer's file merged over it per country."""
    return _load(str(override))


@lru_cache(maxsize=4)
def _load(override: str) -> dict[str, Support]:
    raw = _read(PACKAGED)
    if override:
        raw.update(_read(Path(override)))
    directory = {code.upper(): _support(code.upper(), entry) for code, entry in raw.items()}
    if FALLBACK not in directory:
        raise DirectoryError(f"the directory has no {FALLBACK} entry")
    return directory


def support_for(country: str, override: str | Path = "") -> Support:
    directory = load_directory(override)
    return directory.get((country or "").strip().upper()) or directory[FALLBACK]


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise DirectoryError(f"cannot read the helpline directory {path}: {err}") from None
    if not isinstance(data, dict):
        raise DirectoryError(f"{path} is not a mapping of country codes")
    return data


def _support(code: str, entry: dict) -> Support:
    if not isinstance(entry, dict) or not entry.get("country"):
        raise DirectoryError(f"{code}: needs a 'country' name")
    emergency = entry.get("emergency") or {}
    if emergency and not (emergency.get("number") and emergency.get("source")
                          and emergency.get("verified")):
        raise DirectoryError(f"{code}: emergency needs number, source and verified")
    lines = []
    for item in entry.get("lines") or []:
        name = item.get("name") if isinstance(item, dict) else None
        if not name:
            raise DirectoryError(f"{code}: every line needs a name")
        if not (item.get("source") and item.get("verified")):
            raise DirectoryError(f"{code}/{name}: needs source and verified")
        if not any(item.get(k) for k in ("phone", "text", "chat", "url")):
            raise DirectoryError(f"{code}/{name}: needs a phone, text, chat or url")
        lines.append(Line(
            name=str(name), phone=str(item.get("phone") or ""), text=str(item.get("text") or ""),
            text_keyword=str(item.get("text_keyword") or ""), chat=str(item.get("chat") or ""),
            url=str(item.get("url") or ""), hours=str(item.get("hours") or ""),
            languages=tuple(item.get("languages") or ()), source=str(item["source"]),
            verified=str(item["verified"]),
        ))
    return Support(
        code=code, country=str(entry["country"]), emergency=str(emergency.get("number") or ""),
        emergency_note=str(emergency.get("note") or ""),
        emergency_source=str(emergency.get("source") or ""),
        emergency_verified=str(emergency.get("verified") or ""), lines=tuple(lines),
    )


def known_numbers(override: str | Path = "") -> set[str]:
    """Every phone and text number in the directory, digits only: what the guard allows."""
    numbers = set()
    for support in load_directory(override).values():
        values = [support.emergency]
        values += [x for line in support.lines for x in (line.phone, line.text)]
        for value in values:
            digits = "".join(ch for ch in value if ch.isdigit())
            if digits:
                numbers.add(digits)
    return numbers
