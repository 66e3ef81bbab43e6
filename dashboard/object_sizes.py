"""Sizes of things, not of routes: a length that measures a piece of equipment, a vessel or
a building, and cubic metres that name no gas.

Pure: no pandas, no dash. Read by `measures`:
- a length the thing it measures names as that thing's own size is no route's length: "a
  62-metre reactor", "a crane with a 64-metre boom", "a distillation column 45 m long",
  "Each tanker is 141 metres long" (`sizes_a_thing`); a route's noun keeps the route length
  ("a 600-metre section of the line", "The new line will be 152 km long"), and so does a
  name ("the 826-km Baku-Tbilisi-Kars railway"), a pronoun ("It is 62 km long") or any noun
  but a thing's (`THING_NOUNS`: "a new 3.2-km causeway");
- a length in metres, feet or nautical miles with no cue is a route's only where its clause
  names track, rail or a sea route beside it (`names_a_route`): "waves of up to 5.5 metres",
  "sank 40 nautical miles off Aktau" are none;
- cubic metres with no cue are gas exports only where the sentence names gas or the unit
  is gas's own ("bcm"): "laid 12,000 m3 of asphalt" is no gas (`names_gas`).
Read by `metric_rules` too: TEU or tonnes written before a ship's noun are its size, no boxes
or cargo moved ("400-TEU feeders", "a 7,000-tonne tanker": `sizes_a_vessel`); a length that
says how far a place lies from another is no quay's or route's ("Kuryk, 70 km to the south":
`lies_away`). Read by `rates`: the one thing a figure in an aside after counted things is per
("Six ferries, each able to carry 56 wagons": per ferry; `each_aside`).
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import COUNT_NOUNS

# Nouns of what a route length measures: lines, roads and their parts, crossings, journeys;
# and places whose length has a cue of its own (a quay, a train, a queue).
ROUTE_NOUNS: Final[frozenset[str]] = frozenset({
    "line", "railway", "railroad", "rail", "road", "highway", "motorway", "expressway",
    "freeway", "bypass", "route", "corridor", "section", "stretch", "segment", "track",
    "branch", "spur", "siding", "link", "connection", "bridge", "tunnel", "viaduct",
    "overpass", "pipeline", "canal", "channel", "fairway", "waterway", "cable", "journey",
    "trip", "haul", "leg", "distance", "path", "belt", "network", "extension", "ring", "loop",
    "lane", "crossing", "border", "frontier", "boundary", "street", "avenue", "runway",
    "quay", "berth", "pier", "jetty", "train", "queue", "tailback", "convoy", "grid",
    "interconnector", "transmission", "trail",
    # a length a project or a phase of works is measured by is its line's: "a 836-km
    # project worth 1.3 trillion tenge", "the second 177-km phase" of a canal
    "project", "phase", "stage", "programme", "program", "scheme", "upgrade",
})
# Nouns of things whose own size a length is: equipment, vessels and vehicles, buildings
# and structures, and places measured end to end ("an area about ten miles long"). Any other
# noun keeps the route length its cue gave ("a new 3.2-km causeway", "a 14-km metro").
THING_NOUNS: Final[frozenset[str]] = frozenset({
    "reactor", "column", "vessel", "boom", "crane", "blade", "tower", "tank", "ship", "tanker",
    "ferry", "barge", "boat", "hull", "module", "turbine", "rotor", "wing", "aircraft",
    "airship", "plane", "jet", "rocket", "rope", "ladder", "net", "beam", "girder", "building",
    "warehouse", "hall", "chimney", "mast", "rig", "platform", "spool", "transformer",
    "locomotive", "wagon", "truck", "trailer", "dash", "sprint", "race", "pool", "country",
    "area", "island", "lake", "field", "site", "dam", "wall", "fence", "statue", "screen",
})
# Words between a size and the noun before it ("blades, each 45 m long", "The line will be
# 152 km long", "the road, which is about 62 km long"): passed over to reach the noun.
_PASSED: Final[frozenset[str]] = frozenset({
    "each", "is", "are", "was", "were", "be", "been", "being", "will", "would", "should",
    "could", "can", "may", "might", "must", "shall", "about", "some", "nearly", "almost",
    "around", "roughly", "approximately", "over", "under", "up", "to", "only", "just", "at",
    "least", "more", "than", "less", "all", "now", "also", "measures", "measure",
    "measuring", "new", "whole", "entire", "total", "reportedly",
})
_RE_WORD: Final = regex.compile(r"[A-Za-z][\w'’-]*+")
# A size said after the figure: "45 m long", "60 metres tall", "12 m in diameter".
_RE_DIMENSION_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:long|tall|high|wide|in[\s\u00a0]++(?:length|diameter|height|width))\b")
# The words a size written as an adjective ("a 62-metre reactor") modifies, up to three,
# stopping at a preposition or a verb's "is": "a 600-metre section of the line".
_RE_WORDS_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++(?!(?:of|for|in|on|at|to|from|with|by|and|or|is|are|was|were|will|has"
    r"|have)\b)(?P<word>[A-Za-z(][\w'’()-]*+)){1,3}+")
RE_HYPHENED: Final = regex.compile(r"[0-9]-[A-Za-z]")  # "62-metre", "152-km"


def _noun(word: str) -> str:
    """A word lower-cased, a plural's "s" taken off ("sections" -> "section")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def sizes_a_thing(claim: Located, text: str, lo: int) -> bool:
    """Does the length (a route length by its cue or its unit) measure a thing's own size:
    the noun a hyphened size modifies ("a 62-metre reactor") or the noun before a size said
    "long" ("a column 45 m long", with no route's noun in the clause before it), neither a
    route's noun? Only a thing's noun (`THING_NOUNS`) makes it one. `lo`: the start of the
    claim's clause."""
    if RE_HYPHENED.search(text, claim.start, claim.end):
        after = match_at(_RE_WORDS_AFTER, text, claim.end)
        if after is None:
            return False
        words = after.captures("word")
        return not words[0][:1].isupper() and any(
            _noun(word) in THING_NOUNS for word in words) and not any(
            _noun(word) in ROUTE_NOUNS for word in words)
    words = _RE_WORD.findall(text, max(lo, claim.start - 80), claim.start,
                             timeout=CLAUSE_TIMEOUT)
    if match_at(_RE_DIMENSION_AFTER, text, claim.end) is None:
        return _thing_of(words)
    if any(_noun(word) in ROUTE_NOUNS for word in words):
        return False  # "The hiking trail above the Medeu dam is 7 km long": the trail's
    for word in reversed(words):
        if word.lower() not in _PASSED:
            return word.islower() and _noun(word) in THING_NOUNS
    return False


def _thing_of(words: list[str]) -> bool:
    """Is a size said after "of" a vehicle's or a part's: "an accompanied truck of up to 16.5
    metres", "vessels of up to 140 metres" (not "a section of 60 km", a route's noun, nor "the
    country of about 2,700 km", a place's)?"""
    kept = [word for word in words if word.lower() not in _PASSED]
    return (len(kept) >= 2 and kept[-1] == "of" and kept[-2].islower()
            and _noun(kept[-2]) in _CARRIER_NOUNS)


# What a size after "of" may be of: vehicles, vessels and their parts.
_CARRIER_NOUNS: Final = frozenset({
    "truck", "trailer", "lorry", "vessel", "ship", "ferry", "tanker", "barge", "beam", "wagon",
    "railcar", "locomotive", "train", "crane", "container", "bulker", "carrier", "draught",
    "draft", "hull"})


# Words of gas in a sentence (read by `measures` too), and units that are gas's own ("bcm").
RE_GAS_WORD: Final = regex.compile(r"\b(?i:gas|lng|cng|pipelines?|condensate|methane)\b")
_GAS_UNITS: Final = ("bcm", "tcm", "bcf", "tcf", "mcm", "feet", "ft")


def names_gas(claim: Located, text: str, lo: int, hi: int) -> bool:
    """Do cubic metres with no cue measure gas: a unit of gas's own ("16 bcm"), or a word of
    gas in text[lo:hi] (the claim's sentence)?"""
    surface = text[claim.start : claim.end].lower()
    return any(unit in surface for unit in _GAS_UNITS) or RE_GAS_WORD.search(
        text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None


# Lengths in metres, feet and nautical miles are a route's only when the clause says so
# (`measures` gives them no metric else).
SHORT_LENGTHS: Final = frozenset({"m", "ft", "nmi"})
_RE_TRACK_WORD: Final = regex.compile(
    r"\b(?i:tracks?|rails?|sidings?|spurs?|railway|road|section|line)\b")
# ... but not a height or a depth beside one: "the railway's bridge stands 45 metres above the
# river", "the section's embankment is 12 metres high".
_RE_HEIGHT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:high|tall|deep|above|below|wide|thick|in[\s\u00a0]++diameter)(?![\w-])"
)  # (not "high-speed")


def is_a_height(claim: Located, text: str) -> bool:
    """Is a length a height, a depth or a width ("piers up to 72 metres high", "stands 62
    metres above the gorge", "12 metres wide")?"""
    return match_at(_RE_HEIGHT_AFTER, text, claim.end) is not None


# Piers of a bridge are its supports, no quays: "The viaduct rests on 46 piers of 30 metres
# each", "the overpass piers", "piers of the new bridge". The bridge must own the piers (a
# compound, "piers of" it, or a bridge standing on plural piers), not merely be named in the
# clause: "A new 400-metre pier at Alat will be linked to the shore by a road bridge" keeps its
# quay length, as a harbour's, a ferry's or a berth's word keeps it ("The port's new pier").
# Piers that carry or hold a bridge, a bridge's builder named, and a figure sizing the bridge
# itself ("the new 900-metre bridge") are a bridge's too.
# (a conveyor's, a loader's or a gangway's bridge is a pier's gear, no bridge it holds up:
# "will carry two cranes and a conveyor bridge to the shore")
_BRIDGE: Final = (r"(?:(?<!\b(?i:conveyor|loading|loader|gangway|boarding|link-?span|crane)"
                  r"[\s\u00a0-]++)(?:bridges?|viaducts?|overpass(?:es)?|flyovers?|aqueducts?))")
_RE_BRIDGE_PIERS: Final = regex.compile(
    rf"(?i:\b{_BRIDGE}(?:['’]s)?[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){{0,2}}?piers?\b"
    r"|\bpiers?[\s\u00a0]++(?:of|for|under|beneath|supporting)[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++)"
    rf"{{0,4}}?{_BRIDGE}\b"
    rf"|\b{_BRIDGE}\b[^.;!?]{{0,60}}?\b(?:rests?|rested|resting|stands?|stood|standing|sits?"
    r"|supported|carried|built|mounted|has|have|had|needs?|requires?|uses?|includes?)\b"
    r"[^.;!?]{0,40}?\bpiers\b"
    # "The piers ... will carry the new bridge", "the bridge builder said"
    r"|\bpiers?\b[^.;!?]{0,80}?\b(?:carry|carries|carried|carrying|support|supports|supported"
    rf"|supporting|hold|holds|held|bear|bears)\b[^.;!?]{{0,40}}?\b{_BRIDGE}\b"
    rf"|\b{_BRIDGE}[\s\u00a0]++(?:builders?|contractors?|engineers?|designers?)\b)")
# A figure that sizes the bridge itself: "the new 900-metre bridge", "a 2-km road bridge".
_RE_SIZES_A_BRIDGE: Final = regex.compile(
    rf"(?i:[\s\u00a0]++(?:(?!(?:and|or)\b)[\w-]++[\s\u00a0]++){{0,2}}?{_BRIDGE}\b)")
_RE_HARBOUR_WORD: Final = regex.compile(
    r"(?i:\b(?:ports?|seaports?|quays?|berths?|jett(?:y|ies)|harbou?rs?|terminals?|wharf"
    r"|wharves|moorings?|marinas?|docks?|ferry|ferries|ro-ro|tankers?|vessels?"
    r"|bulk[\s\u00a0]++carriers?)\b)")


def holds_up_a_bridge(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Does a quay's length (its cue a pier) measure a bridge's support: piers a bridge, a
    viaduct or an overpass owns in the clause (`clause`: its start and end), no harbour?"""
    if match_at(_RE_SIZES_A_BRIDGE, text, claim.end) is not None:
        return True
    lo, hi = max(clause[0], claim.start - 200), min(clause[1], claim.end + 120)
    return _RE_BRIDGE_PIERS.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None and (
        _RE_HARBOUR_WORD.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is None)


# A sea route nautical miles measure, said right beside them: "250 nautical miles between Alat
# and Turkmenbashi", "the crossing is 170 nautical miles" (not "wait 2 nautical miles off
# Aktau before they sail into port").
_RE_SEA_ROUTE_AFTER: Final = regex.compile(r"[\s\u00a0]++(?i:between|apart|across)\b")
_RE_SEA_ROUTE_BEFORE: Final = regex.compile(
    r"\b(?i:routes?|crossings?|voyages?|journey|passage|lanes?|sail(?:s|ed|ing)?)"
    # "the crossing from Alat to Turkmenbashi covers about 160 nautical miles"
    r"(?:[\s\u00a0]++from[\s\u00a0]++\p{Lu}[\w'’-]*+[\s\u00a0]++to[\s\u00a0]++\p{Lu}[\w'’-]*+)?"
    rf"[\s\u00a0]++(?:(?i:is|are|was|of|covers?|spans?|runs?)[\s\u00a0]++)?"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z")


def names_a_route(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Does the clause (`clause`: its start, the window's end) say a length in metres, feet or
    nautical miles is a route's (metres of track, rail, a siding or a line; a sea route's
    miles beside them)?"""
    lo, hi = clause
    if claim.unit == "nmi":
        return (match_at(_RE_SEA_ROUTE_AFTER, text, claim.end) is not None
                or _RE_SEA_ROUTE_BEFORE.search(text, max(lo, claim.start - 80), claim.start)
                is not None)
    return (_RE_TRACK_WORD.search(text, lo, min(claim.end + 40, hi),
                                  timeout=CLAUSE_TIMEOUT) is not None
            and not is_a_height(claim, text))


# A ship named by its size: "will deploy 400-TEU feeders", "a 24,000 TEU vessel", "700-TEU
# ships", "a 7,000-tonne tanker" (the room on board, not boxes or cargo moved); not a ship's
# noun that qualifies the cargo after it: "a 3,000-tonne barge shipment of wheat", "each
# 30,000-tonne tanker cargo", "a 5,000-tonne ship-to-ship transfer", "barge-borne containers".
_RE_VESSEL_AFTER: Final = regex.compile(
    r"[\s\u00a0-]?+(?:(?i:feeder|container|oil|product|dry-cargo|bulk|river-sea|lng|bunkering)"
    r"[\s\u00a0]++)?"
    r"(?i:vessels?|ships?|feeders?|boxships?|containerships?|tankers?|barges?|bulkers?"
    r"|(?:bulk|lng|gas)[\s\u00a0]++carriers?)\b"
    r"(?!-(?i:to-|borne\b)|[\s\u00a0]++(?i:cargo(?:es)?|loads?|shipments?|consignments?"
    r"|parcels?|transfers?)\b)"
)


def sizes_a_vessel(claim: Located, text: str) -> bool:
    """Is the figure the size of a ship written before its noun (`_RE_VESSEL_AFTER`)?"""
    return _RE_VESSEL_AFTER.match(text, claim.end, claim.end + 30) is not None


# How far one place lies from another is no length along a quay or a route: "Kuryk, 70
# kilometres to the south, ...", "a depot 12 km north-east of Aktau" (not "the line runs
# 120 km south to Kuryk": a verb of extent keeps the route's length).
_COMPASS: Final = r"(?:north|south|east|west)(?:[-\s]?(?:east|west))?(?:ward)?"
_RE_AWAY_AFTER: Final = regex.compile(
    rf"[\s\u00a0]++(?:away[\s\u00a0]++)?(?i:to[\s\u00a0]++the[\s\u00a0]++{_COMPASS}\b"
    rf"|{_COMPASS}[\s\u00a0]++(?:of|from)\b)")
_RE_EXTENT_BEFORE: Final = regex.compile(
    r"(?i:\b(?:runs?|running|ran|stretch(?:es|ed|ing)?|extend(?:s|ed|ing)?|continu(?:es|ed|ing)"
    rf"|goes|went|built|laid|line|road|railway|track|pipeline))[\s\u00a0]++(?:(?:{HEDGE_WORDS})"
    r"[\s\u00a0]++)?+\Z")


def lies_away(claim: Located, text: str) -> bool:
    """Is a length how far a place lies from another ("70 km to the south", "12 km north of
    Aktau"), with no verb or noun of a route's extent right before it?"""
    return match_at(_RE_AWAY_AFTER, text, claim.end) is not None and (
        _RE_EXTENT_BEFORE.search(text, max(0, claim.start - 60), claim.start) is None)


# An aside after counted things gives each one's load or room: "Six ferries, each able to
# carry 56 wagons", "four tankers, each carrying 8,000 tonnes", "two cranes, each with room for
# 40 containers" (the things' noun is a `COUNT_NOUNS` plural).
_RE_EACH_ASIDE: Final = regex.compile(
    r"\b(?P<things>[A-Za-z-]++)(?:[\s\u00a0]++\([^()]{1,40}\))?,[\s\u00a0]++(?i:each)[\s\u00a0]++"
    r"(?i:(?:able|designed|built)[\s\u00a0]++to[\s\u00a0]++(?:carry|hold|take|transport|handle)"
    r"|capable[\s\u00a0]++of[\s\u00a0]++(?:carrying|holding|taking|handling)"
    r"|carrying|holding|taking|handling|of"
    r"|with[\s\u00a0]++(?:(?:room|space)[\s\u00a0]++for|a[\s\u00a0]++capacity[\s\u00a0]++of))"
    rf"(?:[\s\u00a0]++(?i:{HEDGE_WORDS}))?[\s\u00a0]*+\Z")


def each_aside(near: str) -> str | None:
    """The one thing a figure after "<things>, each carrying" is per ("ferry"), or None."""
    aside = _RE_EACH_ASIDE.search(near) if "ach " in near else None
    return COUNT_NOUNS.get(aside["things"].lower()) if aside is not None else None
