"""Which mode turns are served in when the model fails, and whether crisis turns keep support.

Each scenario points the companion at one endpoint: the healthy local model, a closed port
(connection refused), or a ``companion.faults`` script (a server that never answers in time,
HTTP 500, HTTP 429, a body that is not JSON, a stream cut mid-way). The faulty ones run with
short timeouts (0.5 s to the first token, 3 s in all) so the run is quick; the healthy one keeps
the configured timeouts. Every turn is answered to the end through ``Companion.respond``.

Left out: how good the replies are (see the evaluation), and retries (the app makes none).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, replace
from typing import Any

from ..faults import FaultServer, closed_url
from ..llm import make_chat_model
from ..safety import Level
from ..turn import Companion

FAULTY_TIMEOUTS: dict[str, Any] = {"llm_first_token_timeout": 0.5, "llm_timeout": 3.0}
SCRIPTED = {"timeout": "slow", "http500": "error500", "http429": "limit429",
            "garbage": "garbled", "cut": "cut"}
CRISIS = [
    "I want to kill myself.",
    "I've decided to end my life tonight, I have the pills ready.",
]
COUNTRY = "GB"


@dataclass(frozen=True)
class FaultShare:
    turns: int
    """Non-crisis turns (a crisis turn never reaches the model)."""
    llm: int
    offline: int
    llm_share: float
    crisis: int
    crisis_with_resources: int
    slowest_turn_s: float


def measure_fault_share(companion: Companion, healthy_url: str, messages: list[str],
                        crisis: list[str]) -> dict[str, dict]:
    """Per scenario, the turns served in each mode; crisis turns and whether they had support."""
    with FaultServer() as faults:
        endpoints = {"healthy": healthy_url, "refused": closed_url()}
        endpoints |= {name: faults.base_url(script) for name, script in SCRIPTED.items()}
        return {name: asdict(run_scenario(companion, name, url, messages, crisis))
                for name, url in endpoints.items()}


def run_scenario(companion: Companion, name: str, base_url: str, messages: list[str],
                 crisis: list[str]) -> FaultShare:
    timeouts = {} if name == "healthy" else FAULTY_TIMEOUTS
    settings = replace(companion.settings, llm_base_url=base_url, llm_model="smollm2-135m",
                       llm_api_key="local", **timeouts)
    app = Companion(settings, companion.embedder, companion.collection, companion.classifier,
                    make_chat_model(settings))
    modes, supported, slowest = [], 0, 0.0
    for message in [*messages, *crisis]:
        started = time.perf_counter()
        reply = app.respond([{"role": "user", "content": message}], COUNTRY)
        slowest = max(slowest, time.perf_counter() - started)
        if message in crisis:
            supported += reply.level == Level.CRISIS and bool(reply.resources)
        else:
            modes.append(reply.mode)
    llm = modes.count("llm")
    return FaultShare(len(modes), llm, modes.count("offline"),
                      round(llm / len(modes), 3) if modes else 0.0, len(crisis), supported,
                      round(slowest, 2))
