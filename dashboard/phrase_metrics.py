"""Metrics a short phrase around the figure says, where the nearest cue word misleads.

Pure: no pandas, no dash. Read by `metric_rules.by_goods_or_price`
(`by_phrase`):
- a length or a weight written as a train's adjective is the train's ("740-metre trains",
  "9,000-tonne trains"), not a route's length or cargo carried;
- a bare "deficit" or "surplus" right before a sum, in a clause whose cue is exports or
  imports, is the difference of the two ("exports $12.4bn; imports $19.9bn; deficit $7.5bn");
- a multiple of things counted is their count ("33 times as many container trains");
- a multiplier of how long something takes ("can take three times longer", "take three
  times as long to cross") is a journey's time, not the capacity "can take" names;
- time spent at a named place is time standing there, not travelling ("Trains spent 48 hours
  on average at the Khorgos crossing", "halved the time a container train spends at Dostyk");
- a bare "quota" in a clause that names no oil is no OPEC+ production quota ("raising the
  quota for Kazakh trucks by one and a half times"), read by `metric_rules` after a quota
  for exports or imports;
- metres a sea rose or fell by, or on its level (`sea_level`, read by `metric_rules.by_place`);
- a bare "growth" of a country, a region or a forecaster's is the economy's (`economy_grows`,
  read by `measures`: "The EBRD projects growth of 5.0% for Uzbekistan");
- a rate a facility "is planned to handle" is its capacity ("is planned to handle 17-18 mt of
  cargo a year"), as "designed to handle" is;
- a cue in a clause of cause after the figure is no measure of it (`in_cause_after`, read by
  `measures`: "The figure rose 5% as oil prices climbed");
- money per box or tonne handed to shippers is a subsidy, no freight rate nor price
  (`paid_back`, read by `freight_cues` and `metric_rules`: "a subsidy of $1,000 per
  container").
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.numbers import fold
from dashboard.patterns_around import RE_COUNT_NOUN
from dashboard.scanning import CLAUSE_TIMEOUT, match_at, may_contain
from dashboard.vocab.classes import COUNT_METRICS
from dashboard.vocab.entities import COUNTRIES, FORECASTERS, REGIONS, SEAS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import ECONOMY_FORECASTER_WORDS
from dashboard.vocab.units import COUNT_NOUNS


def by_phrase(
    label: str | None, claim: Located, clause: tuple[int, int], text: str, uclass: str
) -> tuple[str | None, Topic] | None:
    """The metric the phrase around the figure says (see the module), or None."""
    if uclass in ("length", "mass") and _is_train_adjective(claim, text):
        return ("train length" if uclass == "length" else "train weight"), Topic.LOGISTICS
    if uclass == "money" and label in _TRADE_SIDES and _after_bare_balance(claim, clause, text):
        return "trade balance", Topic.TRADE
    if uclass == "factor" and _takes_longer(claim, clause, text):
        return "transit time", Topic.LOGISTICS
    if uclass in ("time", "factor") and _spent_at_a_place(claim, clause, text, uclass):
        return "waiting time", Topic.LOGISTICS
    water = None if claim.unit != "m" else _water_at(text, max(clause[0], claim.start - 80), claim)
    if water is not None:
        return water, Topic.LOGISTICS
    if claim.unit == "m" and _names_a_channel(text, max(clause[0], claim.start - 60), claim.start):
        return "depth", Topic.LOGISTICS
    if claim.per in _DESIGN_RATES and uclass in _DESIGN_UNITS and _RE_PLANNED_TO_HANDLE.search(
            text, max(clause[0], claim.start - 50), claim.start):
        return "capacity", Topic.LOGISTICS
    return _as_many_things(claim, text) if uclass == "factor" else None


# "The port, opened in 2018, is planned to handle 17-18 mt of cargo a year": a rate a
# facility is planned to take is its design's room, as "designed to handle" (not "had
# planned to handle 4 mt in 2024": no rate, a year's plan; not "plans to handle")
_RE_PLANNED_TO_HANDLE: Final = regex.compile(
    r"(?i:\b(?:is|are|was|were|be|been|being)[\s\u00a0]++(?:[a-z]++[\s\u00a0]++)?planned"
    r"[\s\u00a0]++to[\s\u00a0]++(?:handle|process|transship|tranship))"
    rf"[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?+\Z")
_DESIGN_RATES: Final = frozenset({"year", "day", "month", "hour"})
_DESIGN_UNITS: Final = frozenset({"mass", "teu", "count", "oil", "gas"})


# "33 times as many container trains came in", "twice as many trucks": a multiple of things
# counted, which the counted noun names (`COUNT_METRICS`: trains, not the "container" cue).
_RE_AS_MANY: Final = regex.compile(r"[\s\u00a0]++(?:as[\s\u00a0]++many|more)(?=[\s\u00a0])")


def _as_many_things(claim: Located, text: str) -> tuple[str, Topic] | None:
    """The count metric of the things a multiple counts ("as many container trains", the
    counted noun read as after a number: `RE_COUNT_NOUN`), or None."""
    m = match_at(_RE_AS_MANY, text, claim.end)
    noun = None if m is None else RE_COUNT_NOUN.match(text[m.end() : m.end() + 80])
    item = None if noun is None else COUNT_NOUNS.get(fold(noun.group("noun")))
    if item is None or item not in COUNT_METRICS:
        return None
    label, topic = COUNT_METRICS[item]
    return label, Topic(topic)


def _names_a_channel(text: str, lo: int, start: int) -> bool:
    """Is text[lo:start] a channel set "at" or dredged "to" the figure (`_RE_CHANNEL_AT`),
    with no level before it and, where it "has fallen to", as the subject?"""
    window = text[lo:start].lower()
    if "channel" not in window and "fairway" not in window:
        return False
    m = _RE_CHANNEL_AT.search(text, lo, start)
    if m is None or _RE_LEVEL_BEFORE.search(text, lo, m.start()) is not None:
        return False
    return _RE_FALLEN.search(m.group()) is None or (
        _RE_PLACE_BEFORE.search(text, lo, m.start()) is None)


# The water somewhere fallen "to" or standing "at" metres is how deep it is: "The water in
# the channel has dropped to 3.9 metres", "water at the Aktau berths is now at 4.1 metres"
# (not a level: "water levels in the channel dropped to 1.8 metres", `_RE_LEVEL_BEFORE`).
_RE_WATER_AT: Final = regex.compile(
    r"(?i:\bwater[\s\u00a0]++(?:(?:in|at|off|along|near|on)[\s\u00a0]++(?:the[\s\u00a0]++)?"
    r"(?:[\w'\u2019-]++[\s\u00a0]++){0,3}?)?(?:(?:has|had|have|is|was|now|been|down|fell"
    r"|fallen|dropped|sunk|sank|stands|stood)[\s\u00a0]++)+(?:at|to)[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?)\Z",
    flags=regex.REVERSE,
)
# ... but "fallen to 4.2 metres below the level of 2005", "28.9 metres below the ocean level",
# "below sea level", "minus 29.3 metres" is an elevation of the water's surface
_RE_NEGATIVE: Final = regex.compile(r"(?i:minus\b|[-\u2212\u2013])")
_RE_LEVEL_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:below|above|under)[\s\u00a0]++(?:[\w'\u2019-]++[\s\u00a0]++){0,3}?levels?\b")


def _water_at(text: str, lo: int, claim: Located) -> str | None:
    """"depth" when text[lo:claim.start] is the water somewhere fallen to or standing at the
    figure (`_RE_WATER_AT`) with no level named before it; "water level" when the figure is
    an elevation (negative, or "below/above ... level" after it: `_RE_LEVEL_AFTER`); else
    None."""
    start = claim.start
    if "water" not in text[lo:start].lower():
        return None  # the common case, told without the pattern
    m = _RE_WATER_AT.search(text, lo, start)
    if m is None or _RE_LEVEL_BEFORE.search(text, lo, start) is not None:
        return None
    if (match_at(_RE_NEGATIVE, text, claim.start) is not None
            or match_at(_RE_LEVEL_AFTER, text, claim.end) is not None):
        return "water level"
    return "depth"


# A channel set "at" or dredged "to" metres is its depth: "with the channel now at 12.5
# metres", "dredged the approach channel to 14 metres", "the channel is down to 4.7 metres"
# (not "a 9-km channel": a length).
_RE_CHANNEL_AT: Final = regex.compile(
    r"(?i:\b(?:channel|fairway)s?[\s\u00a0]+(?:(?:is|was|now|will[\s\u00a0]+be|stands|has"
    r"|had|been|down|fell|fallen|dropped)"
    rf"[\s\u00a0]+)*(?:at|to)[\s\u00a0]+(?:{HEDGE_WORDS}[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)
# ... but "Sea level at the channel has fallen to minus 29 metres", "water levels in the
# channel dropped to 1.8 metres" are the water's level: a level named before the channel, or
# a channel after a preposition (no subject) that "has fallen to" the figure
_RE_LEVEL_BEFORE: Final = regex.compile(r"(?i:\blevels?\b)")
_RE_FALLEN: Final = regex.compile(r"(?i:\b(?:down|fell|fallen|dropped)\b)")
_RE_PLACE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:in|at|of|through|via|along|on|into)[\s\u00a0]++(?:the[\s\u00a0]++)?"
    r"(?:[\w-]++[\s\u00a0]++){0,2}+)\Z")


# "740-metre", "9,000-tonne": the unit hyphened to its number, as an adjective
_RE_HYPHENED_UNIT: Final = regex.compile(r"[0-9]-[^\W\d_]++\Z")
# the train it qualifies, perhaps after one word saying which trains
_RE_TRAINS_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:(?i:container|freight|cargo|block|heavy|long|heavy-haul|grain|coal|"
    r"conventional|new)[\s\u00a0]++)?(?i:trains?)\b"
)


def _is_train_adjective(claim: Located, text: str) -> bool:
    """Is the figure a length or weight hyphened to its unit before "train(s)"?"""
    if "rain" not in text[claim.end : claim.end + 30].lower():
        return False  # the common case, told without the patterns
    return (_RE_HYPHENED_UNIT.search(text, claim.start, claim.end) is not None
            and match_at(_RE_TRAINS_AFTER, text, claim.end) is not None)


_TRADE_SIDES: Final = frozenset({"exports", "imports"})
_BALANCE_REACH: Final = 30
# "; the deficit, $8.3 bn", "; deficit $7.5bn", "a surplus at $1 billion": nothing but the bare
# word (no "budget" or "current account" before it) and a link to the sum
_RE_BARE_BALANCE: Final = regex.compile(
    r"(?:^|[;,:(]|\band)[\s\u00a0]*+(?i:(?:the|a)[\s\u00a0]++)?(?i:deficit|surplus)"
    r"(?:[\s\u00a0]*+[,:–—-]|[\s\u00a0]++(?i:of|at|was|is|stood[\s\u00a0]++at|reached))?"
    r"[\s\u00a0]*+\Z"
)


def _after_bare_balance(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Does a bare "deficit" or "surplus" lead straight to the sum?"""
    lo = max(clause[0], claim.start - _BALANCE_REACH)
    window = text[lo : claim.start].lower()
    if "deficit" not in window and "surplus" not in window:
        return False
    return _RE_BARE_BALANCE.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None


_RE_LONGER_AFTER: Final = regex.compile(r"[\s\u00a0]++(?i:longer|as[\s\u00a0]++long)\b")
# "can take up to three times longer", "takes three times as long": a verb of taking time
_RE_TAKE_BEFORE: Final = regex.compile(
    rf"\b(?i:take|takes|took|taking|taken)[\s\u00a0]++(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z"
)


def _takes_longer(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Is a multiplier how many times longer something takes?"""
    if match_at(_RE_LONGER_AFTER, text, claim.end) is None:
        return False
    lo = max(clause[0], claim.start - 30)
    return _RE_TAKE_BEFORE.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None


_SPENT_REACH: Final = 60
# "spent 48 hours on average at the Khorgos crossing", "the time a train spends at Dostyk"
_RE_SPENT_AT: Final = regex.compile(
    r"\b(?i:spen(?:d|ds|t|ding))(?:[\s\u00a0]++[\w,'’-]++){0,6}?[\s\u00a0]++at"
    r"[\s\u00a0]++(?:the[\s\u00a0]++)?[A-Z]"
)


def _spent_at_a_place(
    claim: Located, clause: tuple[int, int], text: str, uclass: str
) -> bool:
    """Is a duration (or a multiple of "the time ... spends at") time spent at a place?"""
    lo = max(clause[0], claim.start - _SPENT_REACH)
    hi = min(clause[1], claim.end + _SPENT_REACH)
    window = text[lo:hi]
    if "spen" not in window and "SPEN" not in window:
        return False  # the common case, told without the pattern
    if uclass == "factor":  # "halved the time a container train spends at Dostyk"
        lo = claim.end
        if "time" not in text[claim.end : claim.end + 12]:
            return False
    return _RE_SPENT_AT.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None


_RE_QUOTA: Final = regex.compile(r"\b(?i:quotas?)\b")
_RE_OIL_WORD: Final = regex.compile(
    r"\b(?i:oil|crude|opec\+?|condensate|barrels?|bpd|petroleum|production|output)(?!\w)"
)


def quota_of_no_oil(clause: tuple[int, int], text: str) -> bool:
    """Is the clause's oil production cue a bare "quota", with no oil or output named?"""
    lo, hi = clause
    return (_RE_QUOTA.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None
            and _RE_OIL_WORD.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is None)


def sea_level(claim: Located, facts: Facts, text: str) -> bool:
    """Metres or centimetres a sea rose or fell by, or in a sentence on its level: "the
    Caspian's level fell by another 31 cm", "is now below minus 29 metres" (not a ferry
    "150 metres long on the Caspian", nor "a distance of 2 meters" with no sea)."""
    if sea_moves(claim, facts, text):
        return True
    return any(name in SEAS for _, name in facts.entities) and (
        claim.change is not None or "level" in text[facts.lo : facts.hi].lower())


def sea_moves(claim: Located, facts: Facts, text: str) -> bool:
    """Metres a sea or a level moved by, or below zero, with no sea's name: "the sea has
    dropped by more than 2 metres", "the level was recorded at minus 29.4 metres" (which no
    quay nor route does)."""
    if claim.change is None and not text.startswith(("minus", "-", "\u2212"), claim.start):
        return False
    said = text[facts.lo : facts.hi].lower()
    return ("sea" in said or "level" in said) and _RE_SEA_OR_LEVEL.search(
        text, facts.lo, facts.hi, timeout=CLAUSE_TIMEOUT) is not None


_RE_SEA_OR_LEVEL: Final = regex.compile(
    r"\b(?i:the[\s\u00a0]++sea|(?:sea|water)[\s\u00a0]++level|the[\s\u00a0]++level)\b")


def economy_grows(claim: Located, facts: Facts, clause: tuple[int, int], text: str) -> bool:
    """Is a change with no cue word the growth of an economy, told by a bare "growth" right
    before it: "The EBRD projects growth of 5.0% for Uzbekistan", "the ADB raised its forecast
    for Georgia's growth to 7.3%", "China's 2025 growth"? Only in a clause that names a country,
    a region or a forecaster of economies (`ECONOMY_FORECASTER_WORDS` too) and nothing else
    (no port, company or railway), with "growth" unqualified (not "traffic growth", "growth in
    lending"): as a cue it would take any growth ("The port forecasts growth of 10% in
    container traffic" keeps its cue, which `measures` reads first)."""
    lo, hi = clause
    start = max(lo, claim.start - _GROWTH_REACH)
    window = text[start : claim.start]
    if "rowth" not in window and "ROWTH" not in window:
        return False  # the common case, told without the pattern
    said = _RE_BARE_GROWTH.search(text, start, claim.start, timeout=CLAUSE_TIMEOUT)
    names = [(pos, name) for pos, name in facts.entities if lo <= pos < hi]
    if said is None or any(name not in _ECONOMIES for _, name in names) or match_at(
            _RE_IN_A_SECTOR, text, claim.end):  # "growth of 9% in agriculture": a sector's
        return False
    if said.group("name") is not None:  # "Georgia's growth", "Central Asian growth": a name's
        return any(said.start() <= pos < said.start("name") + len(said.group("name"))
                   for pos, _ in names)
    return bool(names) or _RE_ECONOMY_FORECASTER.search(
        text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None


_RE_IN_A_SECTOR: Final = regex.compile(
    r"[\s\u00a0]++in[\s\u00a0]++(?:the[\s\u00a0]++)?(?i:agricultur|farm|industr|construction|services"
    r"|manufacturing|mining|retail)")
_GROWTH_REACH: Final = 90  # "forecast for Georgia's growth to 7.3%", with room for a hedge
_ECONOMIES: Final = COUNTRIES | REGIONS | FORECASTERS
_RE_ECONOMY_FORECASTER: Final = regex.compile(
    r"\b(?i:" + "|".join(regex.escape(w).replace(r"\ ", r"[\s\u00a0]++")
                         for w in ECONOMY_FORECASTER_WORDS) + r")\b")
# A bare "growth": after a name (possessive or a demonym: "Georgia's", "Central Asian"), a
# forecaster's verb or "its", perhaps with a year ("China's 2025 growth"); then only the words
# that set it to the figure or its pace, hedges, names and years ("of about", "at", "for
# Uzbekistan in", "is projected to slow to").
_RE_BARE_GROWTH: Final = regex.compile(
    r"(?:(?:(?P<name>(?:[A-Z][\w-]*+[\s\u00a0]++)?[A-Z][\w-]*+(?:'s|’s)?)"
    r"|\b(?i:its|their|forecasts?|forecasted|projects?|projected|expects?|expected|sees?|saw"
    r"|predicts?|predicted|for|of))"
    r"(?:[\s\u00a0]++(?:19|20)[0-9]{2})?+[\s\u00a0]++"
    r"|(?<![\s\S])|(?<=\n)|(?<=[.!?][\s\u00a0]))"  # or a sentence's first word: "Growth in
    r"(?i:growth)"  # Caucasus and Central Asia to slow to 4.8%"
    r"(?:[\s\u00a0]++(?:(?i:of|at|to|for|in|and|is|was|will|be|seen|forecast|projected|expected"
    r"|estimated|put|pegged|reached|this|next|last|year|the|about|around|roughly|some|nearly"
    r"|almost|approximately|revised|up|down|slow|slows|slowed|ease|eases|eased|accelerate"
    r"|accelerates|accelerated|moderate|moderates|moderated|pick|picks|picked)"
    r"|[A-Z][\w-]*+(?:'s|’s)?|(?:19|20)[0-9]{2})"
    r"(?![\w-]))*+[\s\u00a0]*+\Z"
)


# A clause of cause after a figure: "as", "because" or "since", maybe an article and one
# word, then the cue ("rose 5% as oil prices climbed", "to ease to 4.6% in 2026 as oil output
# plateaus"); not "as" of a comparison or a list ("twice as much as exports", "such as oil",
# "as well as").
_RE_CAUSE_BEFORE_CUE: Final = regex.compile(
    r"(?<!\b(?:such|well|much|many|same|twice|times|high|low|far|long|soon|just|so|known"
    r"|classified|counted|registered|recorded|listed|treated|booked|described))"
    r"[\s\u00a0]++(?:as|because|since)[\s\u00a0]++(?:(?:the|its|their)[\s\u00a0]++)?"
    r"(?:[a-z-]++[\s\u00a0]++)?\Z"
)
# ... and the clause's verb after the cue, a word or two on: "oil prices climbed", "coal
# deliveries slowed", "oil output plateaus" (without one, "as" names what the figure is
# counted as: "booked 5% as oil exports").
# (its own irregular verbs, not `PAST_IRREGULAR_WORDS`: "as oil sales made through its
# trading arm", "as grain exports sold to Afghanistan" are participles, no cause's verb)
_RE_CAUSE_VERB_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++[a-z-]++){0,2}?[\s\u00a0]++(?:was|were|is|are|has|have|had|kept"
    r"|[a-z]{2,}ed|rose|fell|grew|shrank|sank|slid|stood|held|ran|began|came"
    r"|(?:rise|fall|grow|climb|slow|ease|plateau|recover|weaken|strengthen|decline|increase"
    r"|drop|pick|surge|soar|jump|dip|slip|stall|improve|remain|stay|continue|lag|shrink|sink"
    r"|slide|tumble|rebound|peak|hover)s)\b"
)
_CAUSE_WORDS: Final = (" as ", "because", "since")  # one is in every cause before a cue


def in_cause_after(text: str, figure_end: int, cue: tuple[int, int]) -> bool:
    """Is the cue at text[cue[0]:cue[1]], after a figure ending at `figure_end`, in a clause of
    cause that follows it ("exports rose 5% as oil prices climbed": no oil's figure)?"""
    start, end = cue
    if start - figure_end >= 60 or not any(word in text[figure_end:start] for word in _CAUSE_WORDS):
        return False
    # (searched from a word before the gap: the figure's own "times" in "33 times as many")
    cause = _RE_CAUSE_BEFORE_CUE.search(text, max(0, figure_end - 12), start)
    return (cause is not None and cause.start() >= figure_end
            and match_at(_RE_CAUSE_VERB_AFTER, text, end) is not None)


# Money handed to whoever ships the box, not charged for moving it: "a subsidy of $1,000 per
# container", "compensates exporters $500 per container", "subsidises grain carriage at 4,000
# tenge per tonne", "Subsidies for reefer transport will rise to KZT 15,000 per tonne", "$800
# per container in subsidies". The subsidy word must govern the money: its noun or its verb
# in the figure's own clause, no comma nor a rate's or a price's noun between ("The carrier
# refunded clients after rates spiked to $6,000"); a subsidy elsewhere ("Despite the subsidy
# programme, freight rates rose to", "Grant Thornton estimates", "the grant-funded terminal
# charges") is none; a capitalised "Grant" before a name is a firm's ("Grant Thornton").
_PAID_BACK: Final = r"subsid(?:y|ies)|grants?|compensation|refunds?|reimbursements?"
_PAID_BACK_VERB: Final = (r"subsidi[sz](?:e[sd]?|ing)|compensat(?:es?|ed|ing)"
                          r"|refund(?:s|ed|ing)?|reimburs(?:es?|ed|ing)")
_RATE_NOUN: Final = r"rates?|tariffs?|prices?|charges?|costs?|fees?|freight"
_PRICE_NOUN: Final = _RATE_NOUN + r"|charged|paid|pays?|paying"
# (a rate's noun is the subsidy's object after "of" or "for": "subsidise half of the rail
# tariff ..., up to $1,500 per container", the first one of that phrase only, no "and" nor
# "paid" before it: "subsidies for freight and rates climbed to" is a rate; a comma only
# before a cap: "up to", "capped at")
_PHRASE_WORDS: Final = rf"(?:(?!(?:and|or|{_PRICE_NOUN})\b)[\w-]++[\s\u00a0]++){{0,3}}"
_RE_PAID_BACK: Final = regex.compile(
    rf"(?i:(?:(?<![\w-])(?!(?-i:Grants?)[\s\u00a0]++(?-i:[A-Z]))(?:{_PAID_BACK})(?![\w-])"
    rf"|\b(?:{_PAID_BACK_VERB})\b)(?:(?!\b(?:{_PRICE_NOUN})\b)[^,;:.!?\n]"
    rf"|(?<=\b(?:of|for)[\s\u00a0]++{_PHRASE_WORDS})(?:{_RATE_NOUN})\b"
    # the subsidy verb's object ("will subsidise rail freight at $300 per container"), or
    # the rate those its phrase names pay ("Subsidies for exporters paying freight rates")
    rf"|(?<=\b(?:{_PAID_BACK_VERB})[\s\u00a0]++{_PHRASE_WORDS})(?:{_RATE_NOUN})\b"
    rf"|(?<=\b(?:of|for)[\s\u00a0]++{_PHRASE_WORDS})(?:paying|(?:who|that)[\s\u00a0]++pay)"
    rf"(?:[\s\u00a0]++(?:{_RATE_NOUN})\b){{1,2}}"
    r"|,(?=[\s\u00a0]*+(?:up[\s\u00a0]++to|capped[\s\u00a0]++at|at[\s\u00a0]++most"
    rf"|no[\s\u00a0]++more[\s\u00a0]++than)\b)){{0,64}}?"
    rf"[\s\u00a0]++(?:(?:{HEDGE_WORDS})[\s\u00a0]++)?\Z)")
# one of them is in every match of _RE_PAID_BACK and _RE_PAID_BACK_AFTER
_PAID_BACK_STEMS: Final = ("subsid", "grant", "compensat", "refund", "reimburs")
_RE_PAID_BACK_AFTER: Final = regex.compile(  # (right after the rate's noun)
    r"(?:[\s\u00a0]++(?i:per|a|an|each)[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?[\w-]++"
    r"|[\s\u00a0]*+/[\s\u00a0]*+[\w-]++)?"
    rf"[\s\u00a0]++(?i:(?:in|as)[\s\u00a0]++(?:a[\s\u00a0]++)?(?:{_PAID_BACK})\b)")
# ... but the rate those who pay it pay, joined straight to the figure, is the figure's:
# "Subsidies for exporters paying freight rates of $2,000 per container will be cut".
_RE_PAYING_RATE_OF: Final = regex.compile(
    rf"(?i:\b(?:paying|(?:who|that)[\s\u00a0]++pay)(?:[\s\u00a0]++(?:{_RATE_NOUN})\b){{1,2}}"
    r"[\s\u00a0]++(?:of|above|at|over|below|under|exceeding|(?:more|higher|less|lower)"
    rf"[\s\u00a0]++than)[\s\u00a0]++(?:(?:{HEDGE_WORDS})[\s\u00a0]++)?)\Z")
# (before money told paid back after it, no verb "pay": "The state pays fruit exporters $500
# per container as compensation")
_RE_PRICE_NOUN: Final = regex.compile(rf"(?i:\b(?:{_RATE_NOUN}|charged)\b)")


def paid_back(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Is money per a box or a tonne handed to whoever ships it (a subsidy, a grant, a
    refund: "will subsidise rail transport of grain at 4,000 tenge per tonne"), no price?
    Not where a rate or a price names it ("Spot rates fell to $1,800 per container as
    subsidies kicked in")."""
    lo = max(clause[0], claim.start - 80)
    if not may_contain(text[lo : clause[1]], _PAID_BACK_STEMS):
        return False  # (most prices name no subsidy: told without the patterns)
    if _RE_PAYING_RATE_OF.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT):
        return False
    if _RE_PAID_BACK.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT):
        return True
    return bool(_RE_PAID_BACK_AFTER.match(text, claim.end, clause[1], timeout=CLAUSE_TIMEOUT)
                and not _RE_PRICE_NOUN.search(text, clause[0], claim.start))


# Farming named beside a change with no cue of its own is what changed: "Growth of 9% in
# agriculture lifted the economy", "Agriculture grew 3.2% last year" (its topic; the house has
# no metric of farm output).
_RE_FARMING: Final = regex.compile(
    r"(?i:\b(?:agricultur(?:e|al)|farming|farm[\s\u00a0]++sector|agrarian[\s\u00a0]++sector)\b)")
_RE_SHARES: Final = regex.compile(r"(?i:\b(?:shares|stocks?|bonds|share[\s\u00a0]++price)\b)")


def farming_changes(claim: Located, clause: tuple[int, int], text: str) -> bool:
    """Does farming stand near the change (in its clause)?"""
    lo, hi = max(clause[0], claim.start - 60), min(clause[1], claim.end + 40)
    return claim.change is not None and _RE_FARMING.search(
        text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None and _RE_SHARES.search(
        text, clause[0], claim.start, timeout=CLAUSE_TIMEOUT) is None  # (a firm's shares)
