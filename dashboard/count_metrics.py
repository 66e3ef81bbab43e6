"""What a counted figure measures (its `item` in `COUNT_METRICS`): its own metric ("19,392 train
services" are trains), unless the words around it make it a ceiling ("Dostyk can handle 20
trains a day"), people staff, trainees or residents, trips passengers' or trucks', crossings
voyages, units a power plant's, or goods traded ("Georgia exported 63,000 cars"). Read by
`measures`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.hedges import sentence_tail
from dashboard.patterns_around import RE_PART_OF_IT
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.vocab.classes import COUNT_METRICS, JOB_CUES, POSTED_ITEMS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import METRICS, rows_of
from dashboard.vocab.units import COUNT_NOUNS

# The gap from a capacity cue to the count it governs: "can handle 20 trains", "a capacity of
# up to 300 wagons", "raise capacity to 14 million passengers a year", "capacity for 56
# railcars" (an "of", "to" or "for" and a hedge at most: "whose capacity was doubled, received
# 300 wagons" is a tally; counts listed before the count: `_RE_LISTED_COUNTS`).
_RE_CEILING_GAP: Final = regex.compile(
    r"[\s\u00a0]++(?:(?:of|to|for)[\s\u00a0]++)?"
    # "raises capacity from 52 to 56 wagons": both levels are the capacity
    r"(?:from[\s\u00a0]++(?:[0-9][0-9,.]*+[\s\u00a0]++to[\s\u00a0]++)?)?"
    # "the capacity to assemble 90,000 cars a year": what a plant could make
    r"(?:(?<=to[\s\u00a0]++)(?:assemble|produce|manufacture|make|build)[\s\u00a0]++)?"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?"
)
_CAPACITY_ROWS: Final = rows_of("capacity")
# Counts listed before a count, joined by a comma, "and", "or", "plus": "can take 100 passengers
# and 56 rail wagons", "56 railcars or 50 trucks, plus 100 passengers" (the cue governs the
# list); not "20 trains and employs 300" (no list), nor ", and" (opens a clause).
_RE_LISTED_COUNTS: Final = regex.compile(
    r"(?:[0-9][0-9,.]*+(?:[\s\u00a0]++(?!(?:and|or|plus)\b)[A-Za-z-]++){1,4}+"
    r"(?:,(?:[\s\u00a0]++plus)?|[\s\u00a0]++(?:and|or|plus))[\s\u00a0]++)++"
)


def count_metric(claim: Located, facts: Facts, lo: int, text: str) -> tuple[str, Topic]:
    """The metric of a counted thing (`claim.item` in COUNT_METRICS) in the clause from `lo`:
    its own ("19,392 train services" are trains), unless the words before it make the people
    staff, the trips passengers' or the count a capacity."""
    item = claim.item or ""
    if item == "unit" and _RE_POWER_WORDS.search(text, lo, claim.end + 80) is not None:
        return "generating unit count", Topic.ENERGY  # "Rogun's two operating units have a
        # combined 600 MW": a plant's turbines and generators, no vehicles
    if item in _PEOPLE and (_speaks_of_staff(text[lo : claim.start])
                            or match_at(_RE_WORK_AFTER, text, claim.end) is not None
                            or _part_of_staff(claim, text)):
        return "job count", Topic.ECONOMY  # "the seaports employ some 4,300 people", "About
        # 450 people work at the park"
    if item in _PEOPLE and _RE_TRAINING.search(text, lo, claim.end + _TRAINED_REACH,
                                               timeout=CLAUSE_TIMEOUT) is not None:
        return "trainee count", Topic.ECONOMY  # "the academy trained 640 seafarers"
    if item == "person" and _RE_POPULATION.search(text, lo, claim.start,
                                                  timeout=CLAUSE_TIMEOUT) is not None:
        return "population", Topic.ECONOMY  # "Aktau, a city of roughly 270,000 people"
    if item in ("trip", "journey"):
        folded = text[lo : claim.start].lower()
        if any(word in folded for word in _PEOPLE_WORDS):
            return "passenger count", Topic.LOGISTICS  # "Passenger traffic grew to 1.2
            # million trips": people's trips, not trains
        if any(word in folded for word in _ROAD_WORDS):
            return "vehicle count", Topic.LOGISTICS  # "Turkish hauliers made 95,000 trips"
    if item == "crossing" and any(w in text[lo : claim.start].lower() for w in _VESSEL_WORDS):
        return "vessel count", Topic.LOGISTICS  # "its ferries made 1,140 crossings": voyages,
        # not border crossings (a facility)
    if _after_ceiling(claim, facts, lo, text):
        return "capacity", Topic.LOGISTICS  # "can handle 20 trains a day": what it could take
    traded = None if item in POSTED_ITEMS else _governing_cue(claim, facts, lo, text, _TRADE_ROWS)
    if traded is None and item == "unit":  # "imports of bulldozers doubled to 1,450 units":
        # units of the goods the clause trades, wherever its trade word stands
        traded = next((cue for cue in facts.cues if cue[2] in _TRADE_ROWS
                       and lo <= cue[0] and cue[1] <= claim.start), None)
    if traded is not None and text[traded[0] : traded[1]].lower().startswith(_TRADE_VERBS):
        # "Georgia exported 63,000 cars", "imports of 12,000 trucks": goods sold across a
        # border, counted, not vehicles on the road ("shipments of 40 trains" stay trains)
        return METRICS[traded[2]][0], Topic.TRADE
    label, topic = COUNT_METRICS[item]
    return label, Topic(topic)


_VESSEL_WORDS: Final = ("ferr", "vessel", "ship", "tanker", "boat")
# Words of a power plant, near "units": its generating units, not vehicles.
_RE_POWER_WORDS: Final = regex.compile(
    r"\b(?:[0-9.,]+\s?[MG]W\b|(?i:megawatts?|gigawatts?|turbines?|hydropower|power\s+plant"
    r"|power\s+station|generating|HPP|TPP)\b)"
)


# Trips of people are passengers' trips: "Ridership on the metro rose 14% to 146 million trips".
_PEOPLE_WORDS: Final = ("passenger", "ridership", "rider", "commuter", "tourist")
# Trips by road are trucks' trips, not trains': "Turkish hauliers made some 95,000 trips".
_ROAD_WORDS: Final = ("truck", "lorr", "haulier", "hauler", "haulage", "trucking", "by road",
                       "tir ")  # "TIR trips": under carnets, by road


# People counted by their trade or role: staff, trainees or residents as the clause says.
_PEOPLE: Final = frozenset({"person", "worker", "employee", "seafarer", "driver", "specialist",
                            "engineer", "trainee", "graduate"})
# Training said by its verb ("will train", "were trained", "training"), never the noun "train"
# ("the train carried 1,200 people" counts passengers); read up to a few words after the count
# too ("3,000 specialists will be trained by 2027").
_RE_TRAINING: Final = regex.compile(
    r"(?i:\b(?:(?:will|to|would|can|could|shall)\s++train|trained|training|retrain\w*+"
    r"|graduat\w*+)\b)"
)
_TRAINED_REACH: Final = 24
# A place's people: "a city of 270,000 people", "home to 41,000 people", "population", "two
# countries of 60 million people", "a market of 80 million people" (a speaker's selling point).
_RE_POPULATION: Final = regex.compile(
    r"(?i:\b(?:(?:city|town|region|province|country|countries|nation|nations|market)\s++of"
    r"|home\s++to|populat\w*+|inhabit\w*+)\b)"
)


def _after_ceiling(claim: Located, facts: Facts, lo: int, text: str) -> bool:
    """Does a capacity cue govern the count: right before it ("can handle 20 trains"), or, for
    a bare number that took its unit from a count before it, right before that count ("can
    handle 5,000 vehicles a day, against 1,800 before": both are the capacity)?"""
    if _governing_cue(claim, facts, lo, text, _CAPACITY_ROWS) is not None:
        return True
    return any(row in _CAPACITY_ROWS and lo <= start and end <= claim.start
               and text[start:end].lower().endswith("capacity")
               and _RE_CAPACITY_IS.fullmatch(text, end, claim.start) is not None
               for start, end, row in facts.cues)


# The noun "capacity" as the subject of a verb of level whose object is the count: "Annual
# capacity on the route will reach 60,000 trailers", "The capacity of each ferry is 56
# railcars" (a place or vessel of a few words between, no figure; not "capacity was doubled,
# and the port received 300 wagons").
_RE_CAPACITY_IS: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:of|on|at|in|for)(?:[\s\u00a0]++[^\s\u00a00-9,;:.()]++){1,5}?)?"
    r"[\s\u00a0]++(?:(?:will|would|could|should|is[\s\u00a0]++(?:set|expected)[\s\u00a0]++to)"
    r"[\s\u00a0]++)?"
    r"(?:reach(?:es|ed)?+|be|is|was|are|were|(?:stands?|stood)[\s\u00a0]++at|totals?+"
    r"|totall?ed|(?:rises?|rose|grows?|grew|increased?)[\s\u00a0]++to)[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?"
)


def _governing_cue(
    claim: Located, facts: Facts, lo: int, text: str, rows: frozenset[int]
) -> tuple[int, int, int] | None:
    """The cue of one of `rows` that governs the count (see `_after_ceiling`), if any."""
    for cue in facts.cues:
        start, end, row = cue
        if row not in rows or start < lo or end > claim.start:
            continue
        gap = _RE_CEILING_GAP.match(text, end, claim.start)
        if gap is not None and (gap.end() == claim.start or (
                text[gap.end()].isdigit()
                and ((not any(ch.isalpha() for ch in text[claim.start : claim.end])
                      and _counts_things(text, gap.end()))
                     or _RE_LISTED_COUNTS.fullmatch(text, gap.end(), claim.start)))):
            return cue
    return None


# A figure's first two words after its number, one of them a counted noun: "5,000 vehicles",
# "56 rail wagons" (not "7,000 tonnes": "Tankers of up to 7,000 tonnes ..., and 11 of them
# were waiting" counts no ceiling of tankers).
_RE_FIGURE_WORDS: Final = regex.compile(
    r"[0-9][0-9,.]*+[\s\u00a0]++([A-Za-z-]++)(?:[\s\u00a0]++([A-Za-z-]++))?")


def _counts_things(text: str, at: int) -> bool:
    """Does the figure at `at` count things (a counted noun in its first two words)?"""
    words = _RE_FIGURE_WORDS.match(text, at)
    if words is None:
        return False
    first, second = words[1].lower(), (words[2] or "").lower()
    return first in COUNT_NOUNS or (bool(second) and (
        second in COUNT_NOUNS or f"{first} {second}" in COUNT_NOUNS))


# Trade cues that govern a count of goods: the verbs and nouns of exporting and importing.
_TRADE_ROWS: Final = rows_of("exports", "imports")
_TRADE_VERBS: Final = ("export", "import", "re-export", "re-import")


# People whose verb, right after them, is working: "450 people work at the park now", "some
# 1,200 people are employed there" (not "people worked on the ship's repair", a task done:
# the present "work", and "employed", with an adverb of time at most).
_RE_WORK_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:(?:now|currently|already|still)[\s\u00a0]++)?+"
    r"(?:work|works|(?:are|were|will[\s\u00a0]++be)[\s\u00a0]++(?:employed|working))\b"
)


def _speaks_of_staff(before: str) -> bool:
    """Whether the clause before a count of people speaks of staff: "KTZ's workforce was
    reduced by 3,200 people"; not a part after a comma ("..., and 20,000 people crossed")."""
    folded = before[-80:].rsplit(", ", 1)[-1].lower()
    return any(cue in folded for cue in JOB_CUES)


# A figure that may be the whole: no year, no places counted ("9,400 people in 12 countries").
_RE_DIGITS: Final = regex.compile(
    r"\b(?!(?:19|20)[0-9]{2}\b)[0-9][0-9,.]*+(?![\s\u00a0]++(?:countries|regions|cities|"
    r"provinces|terminals|ports|berths|offices|sites|branches|depots|locations|markets)\b)")


def _part_of_staff(claim: Located, text: str) -> bool:
    """Is the count a part "of them" of staff counted right before it, in its sentence ("The
    company employs 9,400 people, 1,100 of them in its rail division")? The staff word must
    be in the whole's own clause, past the figure before the whole ("which employs 120,000
    people, carried 18 million people, 2 million of them": passengers)."""
    if match_at(RE_PART_OF_IT, text, claim.end) is None:
        return False  # the common case: no part "of them"
    before = sentence_tail(text[max(0, claim.start - 80) : claim.start]).lower()
    numbers = list(_RE_DIGITS.finditer(before))
    if len(numbers) > 1:  # the whole's own clause: past the figure before it and its words
        own = before[numbers[-2].end() : numbers[-1].start()]
        before = own[own.rfind(",") + 1 :]  # ("12,000 employees, moved 3.1 million people")
    elif numbers:
        before = before[: numbers[-1].start()]
    return any(cue in before for cue in JOB_CUES)
