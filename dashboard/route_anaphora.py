"""Which named route an unnamed "the corridor", "the route", "the line" stands for: the last
one the text named before it ("Cargo on the Trans-Caspian International Transport Route
totalled 2.8 mt. ... He said the corridor now offers a delivery time of 12 days": the days
are the route's, not those of the railway whose officer said so); and the tonnes an oil
pipeline so meant carried are oil ("16.9% of the 22.665 mln t the line carried", the line
BTC: `oil_carried`, read by `describe`); a length in a story whose headline names a cable is
the cable's ("the line will stretch 370 kilometres": `about_the_document_cable`).

Pure: no pandas, no dash. Read by `subject`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from dashboard.claim import Topic
from dashboard.scanning import CLAUSE_TIMEOUT
from dashboard.vocab.classes import METRIC_BY_UNIT_CLASS
from dashboard.vocab.entities import CABLES, ENTITIES, FREIGHT_ROUTES, OIL_PIPELINES, PORTS

if TYPE_CHECKING:
    from dashboard.claim import Located
    from dashboard.context import SentenceIndex
    from dashboard.facts import Facts

# Corridors: an entity one of whose names says "corridor" (the Middle Corridor, the Southern
# Gas Corridor, the North-South corridor ...); routes: these, the freight routes, pipelines.
CORRIDORS: Final[frozenset[str]] = frozenset(
    name for name, aliases in ENTITIES.items()
    if any("orridor" in alias for alias in (name, *aliases))
)
ROUTES: Final[frozenset[str]] = CORRIDORS | FREIGHT_ROUTES | OIL_PIPELINES | frozenset(
    name for name in ENTITIES if name.lower().endswith("pipeline")
)

# "the corridor", "the route", "the 1,768-km route", "the line" (no named one: "the Middle
# Corridor" is read as a name); not the countries, ends or way of a route ("the corridor
# countries", "the route from Poti to Baku", "the line to Dostyk", "the route through
# Russia", "the line ministry"), nor an idiom ("in the pipeline", "held the line").
_RE_THE_ROUTE: Final = regex.compile(
    r"(?<!\b(?i:hold|holds|held|holding|toe|toed|toes|toeing)[\s\u00a0]++)"
    r"\b[Tt]he[\s\u00a0]++(?P<figure>[\w.,]*\d[\w.,-]*[\s\u00a0-]++)?"
    r"(?P<noun>corridor|route|line|pipeline)\b(?<!\bin[\s\u00a0]++the[\s\u00a0]++pipeline)"
    r"(?!['’]s[\s\u00a0]+(?:countries|members))"
    r"(?![\s\u00a0]++(?:(?:countries|states|nations|members|partners|between|linking|"
    # its ends ("the route from Poti"), not its figures ("the corridor from the current 10 bcm")
    r"from(?![\s\u00a0]++(?:the[\s\u00a0]++)?(?:current|present|previous|[$€£]?[0-9]))|"
    r"connecting|of|through|via|across|around|for|ministry|ministries|managers?|operators?)\b"
    r"|to[\s\u00a0]++(?:the[\s\u00a0]++)?\p{Lu}))"
)
# What each noun may stand for: a corridor a corridor, a pipeline a pipeline, a line or a
# route any route ("22.665 mln t the line carried": the BTC pipeline named before).
_PIPELINES: Final[frozenset[str]] = frozenset(name for name in ROUTES if "ipeline" in name
                                             or name in OIL_PIPELINES)
_KINDS: Final[dict[str, frozenset[str]]] = {
    "corridor": CORRIDORS, "pipeline": _PIPELINES, "line": ROUTES, "route": ROUTES,
}
# A railway company in the clause: "the line" is its own ("Georgian Railway said the line
# carried 12 million tonnes").
_OPERATOR_WORDS: Final = ("Railway", "Temir Zholy", "Railroad")
_RE_SHARE_OF: Final = regex.compile(r"\bof[\s\u00a0]++(?:the[\s\u00a0]++)?[$€£]?\d")
_NOUNS: Final = ("corridor", "route", " line", "pipeline")


def route_meant(
    claim: Located, facts: Facts, clause: tuple[int, int], index: SentenceIndex, i: int
) -> tuple[str, bool] | None:
    """The named route an unnamed one in the claim's clause stands for (the last named before
    it in the text, no further back than the clause names one itself), and whether it is the
    claim's own head ("the 1,768-km route": the figure inside it, whose parts are others').
    None when the clause says no such thing, names its route, or none was named before."""
    lo, hi = clause
    text = index.text
    if all(text.find(noun, lo, hi) < 0 for noun in _NOUNS):
        return None  # the common case
    found = _RE_THE_ROUTE.search(text, lo, hi, timeout=CLAUSE_TIMEOUT)
    if found is None:
        return None
    own = found["figure"] is not None
    if own and not found.start("figure") <= claim.start < found.end("figure"):
        return None  # "The 1,768-km route runs 443 km through Azerbaijan": the 443 km not
    if _RE_SHARE_OF.search(text, claim.end, found.start(), timeout=CLAUSE_TIMEOUT):
        return None  # "16.9% of the 22.665 mln t the line carried": the share is its part's
    kinds = _KINDS[found["noun"]]
    named_here = facts.subjects(lo, hi)
    if any(name in kinds for name in named_here) or (found["noun"] == "line" and any(
            word in name for name in named_here for word in _OPERATOR_WORDS)):
        return None  # "the route" of a clause naming its own, "the line" of a railway
    named = _last_named(facts, found.start(), index, i, kinds)
    return (named, own) if named is not None else None


# Sentences back an unnamed route may stand for a named one: a story's few paragraphs, and a
# bound that keeps parsing linear (unbounded, "The line carried 5 tonnes. " x 8,000 took 11 s).
_REACH: Final = 12


# (cargo an oil pipeline carries, and its room: "capacity")
_CARGO_OR_ROOM: Final = frozenset({"cargo volume", "transit cargo volume", "capacity"})


# Another carrier or cargo in the sentence: "Construction cargo shipped along the pipeline",
# "Trucks using the service road along the line carried 200,000 tonnes", "mostly pipes".
_RE_OTHER_CARRIER: Final = regex.compile(
    r"(?i:\b(?:trucks?|lorr(?:y|ies)|rail|railways?|wagons?|roads?|construction|pipes|"
    r"ferr(?:y|ies)|vessels?|ships?|containers?|grain)\b)")


# Another facility whose room a capacity may be: "The line runs next to the new Kars logistics
# centre, designed for 5 mt a year" (the centre's, not the pipeline's).
_RE_OTHER_ROOM: Final = regex.compile(
    r"(?i:\b(?:centres?|centers?|terminals?|storage|tanks?|hubs?|depots?|warehouses?|plants?|"
    r"refiner(?:y|ies)|parks?|zones?)\b)")


def oil_carried(metric: str | None, topic: Topic, entities: tuple[str, ...], uclass: str,
                sentence: str) -> tuple[str | None, Topic]:
    """Tonnes of cargo whose route is an oil pipeline and no port (BTC named, or meant by "the
    line" or "the pipeline") are oil, as `refine.through_oil_pipeline` reads them where the
    sentence names the pipeline itself: "the 22.665 mln t the line carried in total"; so is
    such a pipeline's capacity in tonnes energy's ("designed for 50 million tonnes a year", as
    its barrels a day are)."""
    if (metric in _CARGO_OR_ROOM and uclass == "mass" and not OIL_PIPELINES.isdisjoint(entities)
            and PORTS.isdisjoint(entities) and _RE_OTHER_CARRIER.search(sentence) is None):
        if metric == "capacity":
            return metric, (topic if _RE_OTHER_ROOM.search(sentence) else Topic.ENERGY)
        flow, flow_topic = METRIC_BY_UNIT_CLASS["oil"]
        return flow, Topic(flow_topic)
    return metric, topic


# A one-way count's direction: "Services heading to Europe numbered 10,546 and those returning
# to China 8,846" (the ends of the China-Europe route named before).
_RE_HEADED: Final = regex.compile(
    r"\b(?i:heading|headed|bound|going|returning|travelling|traveling|coming)[\s\u00a0]++"
    r"(?:back[\s\u00a0]++)?(?:to|for)[\s\u00a0]++(?:the[\s\u00a0]++)?(?=\p{Lu})"
)
_HEADED_WORDS: Final = ("head", "bound", "going", "returning", "travel", "coming")


def with_route(
    facts: Facts, clause: tuple[int, int], index: SentenceIndex, i: int,
    found: tuple[str, ...], metric: str | None,
) -> tuple[str, ...]:
    """`found` with the freight route a one-way count heads along (`route_headed`), else the
    route alone for a train count carrying only its ends (`route_of_carried_ends`)."""
    headed = route_headed(facts, clause, index, i, found) if metric in _ROUTE_COUNTS else None
    if headed is not None:  # "trains heading to Europe": the China-Europe route named before
        return (headed, *found)
    carried = route_of_carried_ends(facts, clause, index, i, found, metric)
    return found if carried is None else (carried,)  # "3,849 trips" after the ends


# What a one-way count along a freight route measures: its trains and boxes (not "trucks
# heading to China", "exports bound for Europe", "flights bound for Europe").
_ROUTE_COUNTS: Final = frozenset({"train count", "container count", "container volume"})


def route_headed(
    facts: Facts, clause: tuple[int, int], index: SentenceIndex, i: int, found: tuple[str, ...]
) -> str | None:
    """The freight route a one-way count's clause heads along to one of its ends ("trains
    heading to Europe numbered 9,500" after "China-Europe freight trains made 17,000 trips":
    China-Europe rail), the last named before it; None when the clause names a route, heads
    for no end of the route named before, or says no direction."""
    lo, hi = clause
    text = index.text
    if all(text.find(word, lo, hi) < 0 for word in _HEADED_WORDS) or not ROUTES.isdisjoint(found):
        return None  # the common case
    heads = _RE_HEADED.finditer(text, lo, hi, timeout=CLAUSE_TIMEOUT)
    ends = {name for m in heads for pos, name in facts.entities if pos == m.end()}
    if not ends:
        return None
    return _route_of_ends(facts, lo, index, i, ends)


def route_of_carried_ends(
    facts: Facts, clause: tuple[int, int], index: SentenceIndex, i: int,
    found: tuple[str, ...], metric: str | None,
) -> str | None:
    """The freight route a train count whose clause names nothing and whose names carried from
    before are all ends of that route stands for ("Services heading to Europe numbered 10,546
    and those returning to China 8,846. Xi'an led all cities with 3,849 trips": China-Europe
    rail); None otherwise."""
    lo, hi = clause
    if metric != "train count" or len(set(found)) < 2 or not ROUTES.isdisjoint(found) or (
            facts.subjects(lo, hi)):
        return None  # (both ends carried: "China" alone is no China-Europe route)
    return _route_of_ends(facts, lo, index, i, set(found), every=True)


def _route_of_ends(facts: Facts, lo: int, index: SentenceIndex, i: int, ends: set[str],
                   every: bool = False) -> str | None:
    """The last freight route named before `lo` (within `_REACH` sentences) whose name holds
    one of `ends` (all of them when `every`)."""
    named = _last_named(facts, lo, index, i, FREIGHT_ROUTES)
    if named is None:
        return None
    parts = regex.split(r"[\s-]", named)
    held = [end in parts for end in ends]
    return named if (all(held) if every else any(held)) else None


def _last_named(facts: Facts, upto: int, index: SentenceIndex, i: int,
                kinds: frozenset[str]) -> str | None:
    """The last name of `kinds` sentence `i` names before `upto`, else the sentences before
    it name (at most `_REACH` back)."""
    named = [name for name in facts.subjects(facts.lo, upto) if name in kinds]
    j = i
    while not named and j > max(0, i - _REACH):
        j -= 1
        named = [name for name in index.subjects(j) if name in kinds]
    return named[-1] if named else None


def about_the_document_cable(
    metric: str | None, topic: Topic, entities: tuple[str, ...], headline: list[str]
) -> tuple[str | None, Topic, tuple[str, ...]]:
    """ "the line will stretch 370 kilometres" in a story whose headline names a cable: the
    length (and a data capacity) is the cable's."""
    cables = [e for e in headline if e in CABLES]
    if metric not in ("route length", "cable length", "data capacity") or not cables:
        return metric, topic, entities
    # the cable, not the ports at its ends ("from Aktau in Kazakhstan to Siyazan"); its
    # capacity too ("between Sumgayit and Aktau, offering up to 400 terabits per second")
    others = [e for e in entities if e not in PORTS and e not in CABLES]
    if metric == "data capacity":
        return metric, topic, (cables[0], *others)
    return "cable length", Topic.DIGITAL, (cables[0], *others)
