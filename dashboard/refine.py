"""What a count, a length, a duration or a cost measures where its nearest cue word misleads.

Pure: no pandas, no dash. `measures` picks the nearest fitting cue; these rules read the words
around the figure instead, where news about border crossings, checkpoints and facilities
says more than that cue:
- a counted thing right after a capacity word is a ceiling, not a tally ("Dostyk can handle
  20 trains a day", "a capacity of 300 wagons a day"): `count_metrics`;
- a length in a clause about a queue is the queue's ("the queue at Upper Lars stretched for
  12 km"), not a route's;
- a duration after "takes" is the time its subject names ("Customs clearance of a train now
  takes 40 minutes"), not a journey's; weeks a journey takes are its transit time, as days
  are ("Delivery from Xian to Duisburg takes three weeks");
- what moving a load costs is a freight rate ("Moving a 20-tonne load by truck from Istanbul
  to Almaty costs $4,500"), and what a ticket costs a fare, not a project's cost;
- cargo through an oil pipeline, or of a crude grade, is oil ("the Kazakhstan-China oil
  pipeline ... carried 10.9 million tonnes");
- cargo an airport handled is air cargo, not a sea port's throughput ("Almaty airport
  handled 80,000 tonnes");
- a change in per cent after a counted figure may take the count's metric from the paragraph;
- a share of an amount of money is a share of that money, not of the cargo its part names
  ("Transit accounted for 42% of Georgian Railway's freight revenue");
- a duration right before "late" or "overdue" is how far works run behind their schedule
  ("is now expected to finish by the end of 2026, seven years late");
- a cue two rows of the metric table name is the later row's for the unit classes only that
  row takes ("dredging" is a depth in metres, a volume in cubic metres).
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.hedges import SCHEDULED_EVENTS
from dashboard.item_costs import is_item_cost
from dashboard.scanning import CLAUSE_TIMEOUT, match_at, may_contain
from dashboard.vocab.classes import COUNT_METRICS, GOODS_EXPORTS
from dashboard.vocab.entities import (
    AIRPORTS,
    FREIGHT_ROUTES,
    OIL_CARRIER_WORDS,
    OIL_PIPELINES,
    PORTS,
)
from dashboard.vocab.hedging import HEDGE_OR_MORE, HEDGE_WORDS
from dashboard.vocab.metrics import CUE_ROWS, METRICS
from dashboard.week_journeys import a_service_runs, journey_before, off_the_way

# An airport named in a clause by a word: "Tashkent airport handled 45,000 tonnes".
_RE_AIRPORT: Final = regex.compile(r"(?i:\bairports?+\b)")
# A sea port's words: "ports along the Middle Corridor handled 9 million tonnes" is theirs.
_RE_PORT_WORD: Final = regex.compile(r"(?i:\b(?:(?:sea)?ports?+|terminals?+|harbou?rs?+)\b)")
# Border crossings ("Dostyk", "Altynkol"): trains and trucks cross there, no ships call.
_CROSSINGS: Final = frozenset(name for name in PORTS if name.endswith(" crossing"))


def at_airport(facts: Facts, clause: tuple[int, int], text: str) -> bool:
    """Does the clause speak of an airport (by name or by the word), or of a border crossing
    or a freight route and of no sea port? Then what "handled" or "throughput" says is air
    cargo ("Navoi International Airport handled 21,400 tonnes of air cargo"), cargo moved
    across a border ("The Dostyk crossing handled 9.4 million tonnes") or along a route ("The
    Middle Corridor handled 4.5 million tonnes"), not a sea port's throughput."""
    lo, hi = clause
    named = [name for pos, name in facts.entities if lo <= pos < hi]
    return any(name in AIRPORTS for name in named) or (
        _RE_AIRPORT.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None) or (
        any(name in _CROSSINGS for name in named)
        and not any(name.startswith("Port of") for name in named)) or (
        any(name in FREIGHT_ROUTES for name in named) and not any(name in PORTS for name in named)
        and _RE_PORT_WORD.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is None)


# Tonnes or TEU "of capacity" right after the figure are a capacity, whatever verb is before:
# "adds roughly 240 tonnes of capacity per week", "added 2 million tonnes of new capacity"
# ("of capacity" is the utilisation row's cue, for shares: "operated at 65% of capacity").
# Or before it as a modifier: "its 517 ktpa design capacity", "a 2 mtpa nameplate capacity".
# A rate may stand between: "will add 28 million tonnes a year of capacity".
_RE_OF_CAPACITY: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:(?i:a|an|per|each)[\s\u00a0]++(?i:year|annum|week|day|month)"
    r"|(?i:annually|yearly)))?+"
    r"[\s\u00a0]++(?:of[\s\u00a0]++(?:(?i:new|additional|extra|annual|handling|cargo|"
    r"throughput|freight|lift)[\s\u00a0]++)?|(?i:design|nameplate|rated)[\s\u00a0]++)"
    r"(?i:capacity)\b"
)


# A facility expanded "to" a figure: "Expanding the Kuryk ferry complex to 6 mt will cost",
# "expanded the grain terminal to 1.5 million tonnes a year" (its room, not cargo moved).
_RE_EXPANDED_TO: Final = regex.compile(
    r"(?i:\bexpand(?:s|ed|ing)?[\s\u00a0]+(?:the[\s\u00a0]+|its[\s\u00a0]+)?(?:[\w'’–-]+[\s\u00a0]+)"
    r"{0,4}(?:port|terminal|complex|hub|yard|berths?|facility|facilities|plant|warehouse)"
    rf"(?:[\s\u00a0]+(?:at|in)[\s\u00a0]+[A-Z][\w'’-]*)?[\s\u00a0]+to[\s\u00a0]+"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)


def _expanded_to(text: str, start: int) -> bool:
    """Is the figure at `start` what a facility is expanded to (`_RE_EXPANDED_TO`)?"""
    before = text[max(0, start - 90) : start]
    return "xpand" in before and _RE_EXPANDED_TO.search(before) is not None


def of_capacity(text: str, end: int, start: int = -1) -> bool:
    """Is the figure ending at `end` followed by "of capacity" (see `_RE_OF_CAPACITY`), or
    written in deadweight tonnes ("two tankers of 8,000 dwt each": what a ship can carry,
    never cargo moved)? The word first (measured: 3,100 matches a MB, none found, 1.5 µs
    each with the timeout)."""
    if text[max(end - 3, 0) : end] in ("dwt", "DWT") or (start >= 0 and _expanded_to(text, start)):
        return True  # (or a facility expanded to it, from `start`: "expanded the terminal to")
    return may_contain(text[end : end + 40], ("capacity",)) and _RE_OF_CAPACITY.match(
        text, end, end + 40, timeout=CLAUSE_TIMEOUT) is not None


def in_lane_metres(text: str, end: int) -> bool:
    """Is the figure ending at `end` written in lane metres ("1,800 lane metres"): a Ro-Ro
    deck's room for trailers, never a route's length?"""
    return text[max(end - 12, 0) : end].lower().endswith(("lane metres", "lane meters"))


# A queue in the clause: "the queue of lorries", "trucks queued", "the tailback", "a line of
# trucks".
_RE_QUEUE: Final = regex.compile(
    r"(?i:\b(?:queu(?:e[sd]?+|ing|eing)|tailbacks?+|lines?+[\s\u00a0]++of[\s\u00a0]++"
    r"(?:trucks|lorries|vehicles|cars))\b)"
)


# Between the person and the pay verb, no other subject: not "A driver said his company makes
# $40,000 a month" (a report of a firm's takings), "A worker's family receives 300,000 tenge a
# month" (the family's benefits), nor "it", a firm or a household right before the verb ("on
# Kazakhstan's routes earn", "working for the company's terminal are paid" still are); "said
# he earns" and "Drivers, the union said, earn" still are.
_NOT_THE_PERSON: Final = (
    r"\b(?:company|companies|firms?|famil(?:y|ies)|households?|employers?|business(?:es)?"
    r"|fleets?|it)[\s\u00a0]++(?:[a-z]++[\s\u00a0]++)?(?:earn|paid|receive|make|made|take)"
    r"|\b(?:said|says|told|added|noted|claimed)\b"
    r"(?![\s\u00a0]*+,|[\s\u00a0]++(?:that[\s\u00a0]++)?(?:he|she|they|we|i)\b)")
# Money a month, a week or a year that people earn or are paid is their wage ("Truck drivers
# earn around $900 a month", "Crane operators are paid 600,000 tenge a month"), not a revenue.
# one or many: "Truck drivers earn around $900 a month", "A chief engineer earns $5,500 a month";
# one operator only of a machine and with "a" or "each" ("A crane operator earns"; "the port
# operator earns" or "the equipment operator earned $50 million" is a firm's revenue).
_RE_PAID_PEOPLE: Final = regex.compile(
    r"(?i:\b(?:drivers?|workers?|operators|(?:an?|each|every|one)[\s\u00a0]++(?:\w++-)?"
    r"(?:crane|forklift|machine|equipment|excavator|loader|bulldozer|stacker|gantry|winch|pump"
    r"|drill|radio|camera)[\s\u00a0-]++operator|pilots?|seafarers?|sailors?|crews?|dockers?"
    r"|employees?|staff|engineers?|specialists?|migrants?|labou?rers?|builders?|miners?"
    r"|teachers?|doctors?|nurses?|guards?|officers?|inspectors?|captains?|mechanics?)\b"
    r"(?:(?!" + _NOT_THE_PERSON + r")[^.;]){0,60}?\b(?:earn(?:s|ed)?|paid"
    r"|receive[sd]?|make|makes|made|take\s+home|takes\s+home)\b)"
)
_PAY_PER: Final = frozenset({"month", "week", "year", "hour", "day"})


def is_pay(claim: Located, lo: int, text: str) -> bool:
    """Is money per period in the clause from `lo` what people are paid (`_RE_PAID_PEOPLE`)?"""
    return claim.per in _PAY_PER and _RE_PAID_PEOPLE.search(
        text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None


def is_queue(text: str, clause: tuple[int, int]) -> bool:
    """Does the clause speak of a queue? Then a length in it is the queue's ("stretched for
    12 km", "shrank by 8 km"), not a road's."""
    return may_contain(text[clause[0] : clause[1]], _QUEUE_WORDS) and _RE_QUEUE.search(
        text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT) is not None


_QUEUE_WORDS: Final = ("queu", "tailback", "line")  # one is in every match of _RE_QUEUE


# Durations spent standing at a border rather than travelling, that a clause's subject names.
_STANDING: Final = frozenset({"waiting time", "clearance time"})


def time_taken(claim: Located, facts: Facts, lo: int, text: str) -> tuple[str, Topic] | None:
    """The metric a duration right after "takes" takes from the clause's subject: "Customs
    clearance of a freight train at Dostyk now takes 40 minutes" is a clearance time, "the
    wait at Sarpi takes 10 hours" a waiting time; else None (a journey "takes 12 days"). The
    subject stands in the same stretch of words: no figure, comma or semicolon between ("the
    wait fell from 12 days to 3 days, and transit to Europe takes 18 days" is a journey's).
    A duration after "every" is how often a service runs: "trains depart every 50 minutes"."""
    if text[max(0, claim.start - 7) : claim.start].rstrip().lower().endswith("every"):
        return "service interval", Topic.LOGISTICS
    before = [(start, end, row) for start, end, row in facts.cues
              if lo <= start and end <= claim.start]
    if not before or not text.startswith("takes", before[-1][0]):
        return None
    takes = before[-1][0]
    subject = next((row for _, end, row in reversed(before[:-1])
                    if METRICS[row][0] in _STANDING and "time" in METRICS[row][3]
                    and takes - end <= _SUBJECT_REACH
                    and not any(ch in ",;" or ch.isdigit() for ch in text[end:takes])), None)
    return None if subject is None else (METRICS[subject][0], Topic(METRICS[subject][1]))


_SUBJECT_REACH: Final = 80  # characters from a subject to its "takes"


def weeks_metric(claim: Located, facts: Facts, lo: int, text: str) -> tuple[str, Topic] | None:
    """What a duration in weeks measures where days would say it: how often a service runs
    ("sails every two weeks"; "for every 9 weeks you defer" is a ratio's step), else where
    the nearest cue before it in its clause (from `lo`) is a transit time's ("the trip takes
    three weeks") or, with no cue of another duration's, a route and a journey's word or an
    arrival stand before it ("A container from Chongqing reaches Baku in two weeks"), the
    clause's subject's time (`time_taken`: "Customs clearance ... takes two weeks") or a
    journey's; else None."""
    every = text[max(0, claim.start - 11) : claim.start].rstrip().lower()
    if every.endswith("every") and not every.endswith(("for every", "per every")):
        # (a service's noun or verb: "The committee meets every six weeks" is no sailing)
        return ("service interval", Topic.LOGISTICS) if a_service_runs(
            lo, claim.start, facts.hi, text) else None
    if off_the_way(claim, lo, text):
        return None
    before = [row for start, end, row in facts.cues if lo <= start and end <= claim.start]
    if not (before and METRICS[before[-1]][0] == "transit time") and (
            any("time" in METRICS[row][3] or "period" in METRICS[row][3] for row in before)
            or not journey_before(claim, lo, text)):
        return None
    return time_taken(claim, facts, lo, text) or ("transit time", Topic.LOGISTICS)


# A clause that opens with moving a load: "Moving a 20-tonne load by truck ... costs $4,500",
# "Shipping a 40ft box from Shanghai to Poti costs ...".
_RE_MOVING: Final = regex.compile(
    r"[\s\u00a0]*+(?i:moving|shipping|transporting|hauling|trucking|delivering)[\s\u00a0]"
)


# ... or names the mode goods go by: "A round trip from Baku to Istanbul by truck costs
# roughly €3,000" (not "the bridge built by China costs").
_RE_BY_MODE: Final = regex.compile(
    r"\bby[\s\u00a0]++(?i:truck|lorry|road|rail|train|sea|ferry|ship|barge|air)\b"
)


def cost_metric(claim: Located, facts: Facts, lo: int, text: str) -> tuple[str, Topic] | None:
    """What money a clause says something "costs" is the price of: moving a load is a
    freight rate (the clause from `lo` opens with it), and a subject named by a price's cue
    gives its own ("A second-class ticket on the Almaty-Tashkent train costs 18,000 tenge" is
    a fare); else None (a railway "will cost $1.1 billion" to build). The subject stands in
    the same stretch of words, as in `time_taken`."""
    if match_at(_RE_MOVING, text, lo) is not None or (
            "by " in text[lo : claim.start]
            and _RE_BY_MODE.search(text, lo, claim.start) is not None):
        return "freight rate", Topic.LOGISTICS
    before = [(start, end, row) for start, end, row in facts.cues
              if lo <= start and end <= claim.start]
    if not before or not text.startswith(("cost", "Cost"), before[-1][0]):
        return None
    verb = before[-1][0]
    subject = next((row for _, end, row in reversed(before[:-1])
                    if METRICS[row][0] in _PRICES and verb - end <= _SUBJECT_REACH
                    and not any(ch in ",;" or ch.isdigit() for ch in text[end:verb])), None)
    if subject is None and is_item_cost(claim, facts, lo, verb, text):
        return "price", Topic.ECONOMY  # "A new truck costs $120,000": no project
    return None if subject is None else (METRICS[subject][0], Topic(METRICS[subject][1]))


# "built by Masdar for $300 million", "TBEA built the 400 MW Dushanbe-2 plant for $349
# million": what a plant cost, its builder or the works named between ("built for" is a cue)
_RE_BUILT_BY_FOR: Final = regex.compile(
    r"(?i:\b(?:built|constructed)\s++(?:by\s++[^,;:()0-9]{1,40}?|(?:the|a|an)\s++"
    r"[^,;:()]{1,60}?)\s++for\s++"
    rf"(?:{HEDGE_WORDS}\s++)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def is_built_for(claim: Located, text: str) -> bool:
    """Is the money what its builder, named before it, or the works built cost?"""
    lo = max(0, claim.start - 70)
    w = text[lo : claim.start]
    return ("uilt " in w or "onstructed " in w) and _RE_BUILT_BY_FOR.search(
        text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None


# Metrics that are a price of their own: what a subject named by one of them costs is it.
# Imports are a bill too: "Fuel imports cost 120 million manats" is their value, no project.
_PRICES: Final = frozenset({"fares", "freight rate", "port charges", "customs duty",
                            "energy price", "imports"})


_SIZES: Final = frozenset({"share", "factor"})
_COUNTED: Final = frozenset(label for label, _ in COUNT_METRICS.values())


def fits(metric: str, uclass: str, change: str | None = None) -> bool:
    """Can a figure of `uclass` take `metric` from the paragraph? A change in per cent or a
    multiple may take a counted thing's ("412,000 trucks crossed ..., 7.5% more than in 2023");
    a share with no change does not ("expect 5% to 10% improvement")."""
    return (change is not None and uclass in _SIZES and metric in _COUNTED) or (
        metric not in _NAMED_ONLY and uclass in _CLASSES_OF.get(metric, ()))


# Metrics a figure takes only from its own words, never from the paragraph: after "Aktau's
# population is 270,000", "the port handles 4,000 a day" counts no people; after "petrol
# averaged $2.11 per gallon", "expect 5% to 10% improvement" is no price; after "the season
# lasts 6 to 8 weeks", "fruit must arrive within 5 days" is no duration of a ban.
_NAMED_ONLY: Final = frozenset({"population", "job count", "working time", "price", "duration"})


# The unit classes each metric's rows take, joined: one lookup, not a pass over the 85 rows
# (measured: 240 calls a MB, 20,700 rows read).
_CLASSES_OF: Final[dict[str, frozenset[str]]] = {}
for _row in METRICS:
    _CLASSES_OF[_row[0]] = _CLASSES_OF.get(_row[0], frozenset()) | _row[3]


# "of" and up to three words (a possessive among them) between a share and the whole after it.
_RE_OF_WHOLE: Final = regex.compile(r"\s++of\s++(?:[A-Za-z-]++(?:['\u2019]s)?+\s++){0,3}+\Z")


def share_of_money(end: int, part: int, facts: Facts, text: str) -> int | None:
    """The row of METRICS of the money a share (ending at `end`) is measured against, named
    after it, when the cue before it (row `part`) counts no money; else None. "Transit
    accounted for 42% of Georgian Railway's freight revenue" is revenue's share ("freight"
    only says which revenue); "Transit cargo accounted for 65% of Baku port's throughput"
    stays the part's. Goods' shares of a country's exports or imports are the trade's: "Oil
    and gas make up 88% of Azerbaijan's exports" (not its gas exports; but "28% of global
    sunflower oil exports" names the goods in the whole: the goods' exports)."""
    goods = METRICS[part][0] in GOODS_EXPORTS
    money = "money" in METRICS[part][3]
    if money and not goods:
        return None
    cues = [cue for cue in facts.cues if end < cue[0] < end + 60]
    # (a goods' cue in the whole before it: "of global sunflower oil exports")
    first_goods = next((at for at, _, row in cues if METRICS[row][0] in GOODS_EXPORTS), None)
    return next((row for start, _, row in cues
                 if ((goods and row in _TRADE_WHOLES and (first_goods is None
                                                          or first_goods >= start)
                      and _RE_OF_BARE_TRADE.match(text[end:start]) is not None)
                     or (not money and "money" in METRICS[row][3]))
                 and _RE_OF_WHOLE.match(text[end:start]) is not None), None)


# ... a country's bare exports: names, possessives, articles, "total" before them, or a word
# for the whole trade ("merchandise", "foreign", "non-oil") (not "12% of Uzbekistan's textile
# exports": the goods' exports, named by another noun).
_RE_OF_BARE_TRADE: Final = regex.compile(
    r"\s++of\s++(?:(?:[A-Z][\w-]*+|[\w-]++['\u2019]s|the|its|their|total|overall|annual"
    r"|merchandise|goods|foreign[\s-]trade|foreign|external|non-(?:oil|commodity|energy))"
    r"(?:['\u2019]s)?+\s++){0,4}+\Z")
_TRADE_WHOLES: Final = frozenset(k for k, row in enumerate(METRICS)
                                 if row[0] in ("exports", "imports"))


def of_the_budget(text: str, lo: int, start: int, end: int) -> bool:
    """Is a balance read before `start` in its clause, or named right after the sum (ending at
    `end`), the budget's? "The 2026 state budget foresees a deficit of 2.1% of GDP", "the
    Budget Code caps the deficit at 3% of GDP", "the budget posts a 1.2 billion manat
    deficit": a bare deficit or surplus beside the budget is its balance, neither trade's ("a
    deficit of" alone names the trade balance) nor money the budget spends."""
    before = text[lo:start].lower()
    after = text[end : end + 40].lower()
    return (("budget" in before or "fiscal" in before)
            and ("deficit" in before or "surplus" in before
                 or after.startswith((" deficit", " surplus")))
            and not any(word in before or word in after  # "... a $1.2 billion deficit in
                        for word in ("trade", "export", "import", "goods")))  # goods trade"


def through_oil_pipeline(facts: Facts, text: str) -> bool:
    """Does the sentence name an oil pipeline (or a crude grade) and no port? Then the tonnes
    its generic cargo words speak of are oil: "the network carried 27.505 million tonnes, 78.9%
    of it via BTC" (but "Baku port handled 5 mt while BTC pumped 30 mt" keeps the port's; a
    land crossing is no port here: the pipeline to China ends at Alashankou)."""
    names = [name for _, name in facts.entities if name not in _CROSSINGS]
    if not PORTS.isdisjoint(names):
        return False
    if not OIL_PIPELINES.isdisjoint(names):
        return True
    sentence = text[facts.lo : facts.hi]
    return any(word in sentence for word in _OIL_CARRIER_FIRST) and _RE_OIL_CARRIER.search(
        text, facts.lo, facts.hi, timeout=CLAUSE_TIMEOUT) is not None


_RE_OIL_CARRIER: Final = regex.compile(
    r"\b(?:" + "|".join(regex.escape(w).replace(r"\ ", r"[\s\u00a0]++")
                        for w in OIL_CARRIER_WORDS) + r")\b")
# The first words of `OIL_CARRIER_WORDS` ("oil", "crude", "Urals"): the pattern is case-sensitive,
# so it matches only where one of them stands (measured on its 1,300 calls a MB, none of which
# found one: 2.5 -> 1.1 ms; most of the cost was the pattern's timeout, 0.8 µs a call).
_OIL_CARRIER_FIRST: Final = tuple(sorted({w.split()[0] for w in OIL_CARRIER_WORDS}))


# A cue belongs to the first row of METRICS that names it (`facts`); later rows naming it too,
# by cue: "dredging to a depth of 7 metres" is a depth, "dredging has removed 4.5 million cubic
# metres" a dredging volume.
_LATER_ROWS: Final[dict[str, tuple[int, ...]]] = {
    cue: rows[1:] for cue, rows in CUE_ROWS.items() if len(rows) > 1}
_SHARING_ROWS: Final = frozenset(
    k for k, row in enumerate(METRICS) if not _LATER_ROWS.keys().isdisjoint(row[2]))


def shared_cue_row(row: int, cue: str, uclass: str) -> int:
    """The row a cue (`cue`, as written) owned by `row`, which does not take `uclass`, names
    for that class through a later row of METRICS; -1 if none (the common case, told without
    reading the cue)."""
    if row not in _SHARING_ROWS:
        return -1
    later = _LATER_ROWS.get(" ".join(cue.lower().split()), ())
    return next((k for k in later if uclass in METRICS[k][3]), -1)


_RE_LATE_AFTER: Final = regex.compile(r"[\s\u00a0]++(?i:late|overdue)\b")


_RE_SLIPPED_BEFORE: Final = regex.compile(
    r"(?i:\b(?:slipped|slips|has[\s\u00a0]+slipped)[\s\u00a0]+(?:by[\s\u00a0]+)?"
    rf"(?:{HEDGE_OR_MORE}[\s\u00a0]+)?)\Z",
    flags=regex.REVERSE,
)


def runs_late(claim: Located, text: str) -> bool:
    """Is the duration written right before "late" or "overdue" ("seven years late"), or the
    slip of a scheduled event ("Delivery of the second tanker slipped by eight months")?"""
    if _RE_LATE_AFTER.match(text, claim.end, claim.end + 10) is not None:
        return True
    before = text[max(0, claim.start - 80) : claim.start]
    return ("slip" in before and _RE_SLIPPED_BEFORE.search(before) is not None
            and any(word in before.lower() for word in SCHEDULED_EVENTS))
