"""A port as the subject of a verb of moving: "Poti moved 7.9 mln t, a rise of 36.2%, while
Batumi Sea Port slipped 15% to 2.9 mln t" is what the ports handled, their throughput, not
cargo at large (read by `metric_rules.by_place`). Not "Trucks leaving the port of Poti moved
...", nor "KTZ moved 3 mt through the port of Aktau": there the port is no subject.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.asked_boxes import box_sized
from dashboard.claim import Located
from dashboard.facts import Facts
from dashboard.patterns_around import RE_HANDLING_PRICED, handling_at_a_port
from dashboard.scanning import CLAUSE_TIMEOUT
from dashboard.vocab.entities import PORTS
from dashboard.vocab.units import TIME_PERS

# A port as the subject of a verb of moving: "Poti moved 7.9 mln t", "In 2024 the port of
# Batumi shipped ...": before it only a time and a determiner; after it, its own name's words
# and the verb (not "Trucks leaving the port of Poti moved", "KTZ moved ... through Aktau").
_RE_BEFORE_PORT: Final = regex.compile(
    r"[\s,;:\u2013\u2014-]*+(?:(?i:in|during|over|last|this)\b[^,;\d]{0,20}?(?:[0-9]{4})?,?"
    r"[\s\u00a0]++)?(?:(?i:the|its)[\s\u00a0]++)?(?:(?i:sea)?port[\s\u00a0]++of[\s\u00a0]++)?\Z")
_MOVED: Final = ("moved", "shipped", "carried", "transported")
_RE_PORT_VERB: Final = regex.compile(
    r"[\p{L}'\u2019 .-]{0,30}?\b(?:" + "|".join(_MOVED) + r")\b")
# A second port, subject of its own clause after the first's: "..., while Batumi Sea Port
# slipped 15% to 2.9 mln t" (its own words up to the figure, no other figure between).
_RE_JOINT_BEFORE: Final = regex.compile(
    r"[,;][\s\u00a0]*+(?:(?:while|and|whereas|but)[\s\u00a0]++)?(?:the[\s\u00a0]++)?\Z")
_RE_OWN_WORDS: Final = regex.compile(r"[^\d;,]{0,40}+\Z")
# A flow on a route, not the port's throughput: "The port of Aktau carried 2.1 mt of cargo by
# ferry to Baku", "Baku port shipped 500,000 t to Turkmenbashi": a destination or a mode of
# transport after the verb in the clause (not a source or a comparison: "according to the
# Ministry", "compared to January-June 2023", "due to Armenian cargo").
_RE_ON_A_ROUTE: Final = regex.compile(
    r"\b(?:(?<!\b(?i:according|compared|due|thanks|owing|prior|relative|close|next|equal"
    r"|similar|addition)[\s\u00a0]++)to[\s\u00a0]++(?:the[\s\u00a0]++)?\p{Lu}|by[\s\u00a0]++(?:(?i:the)[\s\u00a0]++)?"
    r"(?:ferry|ferries|rail|railway|train|trains|sea|ship|ships|truck|trucks|road|barge|barges"
    r"|tanker|tankers|air)\b)")
TONNES_OR_SIZE: Final = frozenset({"mass", "share", "factor"})  # (a port's TEU: containers)


def port_moved(claim: Located, facts: Facts, clause: tuple[int, int], text: str) -> bool:
    """Is the claim's clause a port's moving of it, the port its subject (not a flow to a
    place or by a mode of transport, `_RE_ON_A_ROUTE`)?"""
    lo, hi = clause
    if not any(verb in text[lo : claim.start] for verb in _MOVED):
        return False
    ports = [p for p, name in facts.entities if lo <= p < claim.start and name in PORTS]
    if not ports or ports[0] - lo > 40 or _RE_BEFORE_PORT.match(text, lo, ports[0]) is None:
        return False
    first, last = ports[0], ports[-1]
    verb = _RE_PORT_VERB.match(text, first, claim.start)
    if verb is None or _RE_ON_A_ROUTE.search(text, verb.end(), min(hi, claim.end + 120)):
        return False
    if last == first:  # "Poti moved 7.9 mln t, a rise of 36.2%" (not "..., and trucks carried")
        return not any(word in text[verb.end() : claim.start] for word in _MOVED)
    return (_RE_OWN_WORDS.match(text, last, claim.start) is not None
            and _RE_JOINT_BEFORE.search(text, max(lo, last - 12), last) is not None)


# Handling priced at a port (`RE_HANDLING_PRICED`: "handling at each terminal is $120-180",
# "Terminal handling in Batumi is $85") is a port charge when the place is a port's (a port
# word before "handling" or in the place, or a port's name) and the money one box's: a rate
# per box or tonne, or no rate and a box's size (not "handling at Baku port was $12 million
# last year", "Container handling at Poti costs $25 million a year", "handling at the border
# station runs about $90").


def handling_priced(claim: Located, facts: Facts, text: str) -> bool:
    """Is the money at a port handling's price, its subject (see above)?"""
    lo = max(0, claim.start - 90)
    if "andling" not in text[lo : claim.start] or claim.per in TIME_PERS or (
            claim.per is None and not box_sized(claim.value, claim.unit)):
        return False
    found = RE_HANDLING_PRICED.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT)
    if found is None:
        return False
    return handling_at_a_port(found) or any(found.start("place") <= pos < found.end("place")
                                            and name in PORTS for pos, name in facts.entities)
