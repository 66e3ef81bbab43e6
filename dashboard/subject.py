"""What a claim measures and whom it is about: its metric, topic and entities.

Pure: no pandas, no dash. The metric comes from the nearest fitting cue word (vocabulary
in `vocab/metrics.py`), the entities from the claim's clause, its sentence, the sentences
before it or the headline (vocabulary in `vocab/entities.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import RE_ENTITY, Facts
from dashboard.patterns import RE_PART_OF_IT
from dashboard.vocab.entities import CABLES, COUNTRIES, PORTS, REGIONS
from dashboard.vocab.metrics import (
    CONTAINER_SIZES,
    COUNT_METRICS,
    JOB_CUES,
    METRIC_BY_UNIT_CLASS,
    METRICS,
    unit_class,
)
from dashboard.vocab.units import ISO_CODES

if TYPE_CHECKING:
    from dashboard.context import SentenceIndex

# "1.7 million tonnes of oil"; not "100,000 TEU of it in containers" (`RE_PART_OF_IT`).
_RE_OF_AFTER: Final = regex.compile(r"\A\s+of\s+(?:[A-Za-z-]+\s+){0,3}\Z")
# "a 20 million-tonne-per-year capacity", "a $500 million loan": a figure that modifies the
# noun after it measures that noun, whatever cue stands before.
# Verbs whose figure is not the goods' trade: "designed to carry 33 bcm of natural gas",
# "produced 1.8 million barrels of oil per day"; nor their export: "imported 1.1 million
# tonnes of wheat" (the goods rows are exports).
_BEATS_GOODS: Final = frozenset({"capacity", "production", "oil production", "gas production",
                                 "harvest", "imports"})
# "pledged 26 bln yuan in grants", "$3 billion in new loans": what the money is.
_RE_IN_MONEY_AFTER: Final = regex.compile(r"\A\s+in\s+(?:[a-z-]+\s+)?\Z")
_RE_MODIFIER_GAP: Final = regex.compile(r"\A(?:-[a-z]+)*\s+(?:[a-z]+\s+)?\Z")
_RE_DETERMINER_BEFORE: Final = regex.compile(r"(?i:\b(?:a|an|the|its|their)\s+)\Z")
_TRADE_METRICS: Final = frozenset({"trade turnover", "exports", "imports"})
_NEAR_AFTER: Final = 25  # a cue this close after the quantity beats the paragraph's metric
_RE_IN_THE: Final = regex.compile(r"(?i:\bin(?:\s+the)?\s+)\Z")
# (label, topic) of each row of METRICS, the topic made a Topic once (Topic() costs 0.3 µs)
_ROW_METRIC: Final = [(row[0], Topic(row[1])) for row in METRICS]
# Rows whose cues are currency names ("the tenge weakened 12%"): such a name right after a
# figure is that figure's unit ("invested 120 billion tenge, of which 38% ..."), no cue.
_CURRENCY_NAME_ROWS: Final = frozenset(
    k for k, row in enumerate(METRICS) if row[0] == "exchange rate"
)
_RE_FIGURE_BEFORE: Final = regex.compile(
    r"(?i:(?:[0-9]|\b(?:thousand|million|billion|trillion|mln|bln|bn|trln|m|k))[\s\u00a0]*)\Z"
)
_RE_THE_REGION: Final = regex.compile(r"(?i:\bthe\s+region\b)")
# Money per tonne, TEU or wagon in a clause about carrying goods is a freight rate ("tanker
# freight across the Caspian costs about $12-14 per tonne"), whatever cost word is nearer.
_FREIGHT_PER: Final = frozenset({"t", "TEU", "wagon", "container"})
# Money per box or wagon is what moving it costs, with no freight word: "The feeder rate fell
# to $1,450 per TEU" (money per tonne may be a price: "wheat sold at $210 per tonne").
_BOX_PER: Final = frozenset({"TEU", "wagon", "container", "railcar", "truck"})
_RE_FREIGHT: Final = regex.compile(
    r"(?i:\b(?:freight|shipping|transport(?:ation|ing)?|tariffs?|haulage|carriage|transit)\b)"
)
_RE_PLACE_TO_PLACE: Final = regex.compile(
    r"\bfrom\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+to\s+[A-Z]"
)
_CLAUSE_TIMEOUT: Final = 0.5  # a clause is at most a few hundred characters


def metric_of(
    claim: Located,
    facts: Facts,
    clause: tuple[int, int],
    text: str,
    inherited: tuple[int, str | None, Topic] | None,
    earlier: tuple[int, str | None, Topic] | None = None,
) -> tuple[str | None, Topic]:
    """`_metric_of`, with production named by what is produced ("produced 1.8 million
    barrels per day" is oil production)."""
    label, topic = _metric_of(claim, facts, clause, text, inherited, earlier)
    if label == "production":
        return _PRODUCTION_BY_CLASS.get(unit_class(claim.unit), (label, topic))
    uclass = unit_class(claim.unit)
    if label == "exports" and uclass == "energy":
        return "electricity exports", Topic.ENERGY  # "exported a combined 2.1 billion kWh"
    if label == "capacity" and uclass == "power" and _RE_GENERATION.search(
            text, clause[0], clause[1], timeout=_CLAUSE_TIMEOUT):
        return "power capacity", Topic.ENERGY  # "with 40 GW of wind and solar capacity"
    if label == "capacity" and uclass == "data":
        return "data capacity", Topic.DIGITAL  # "a design capacity of 400 Tbps": a link's
    if uclass == "money" and claim.per in ("Mbps", "Gbps"):
        return "price", Topic.DIGITAL  # "transit capacity is sold at $2 per Mbps per month"
    if uclass == "money" and claim.per in _ENERGY_PER:
        return "price", Topic.ENERGY  # "4-5 US cents per kWh", "$250 per 1,000 cubic metres"
    if uclass == "money" and label in _PRICED:
        if claim.per == "bbl":
            return "oil price", Topic.ENERGY  # "Brent traded at $64.5 per barrel"
        if claim.per in _PRICE_PER:
            return "price", Topic.ECONOMY  # "wheat sold at $210 per tonne FOB Aktau"
    if label == "project cost" and claim.per == "bbl" and "capacity" not in text[
            claim.end : claim.end + _CAPACITY_REACH]:
        # "production costs between $20 and $25 a barrel": a unit cost, no project's cost
        # (but "$300 per tonne of capacity" is what building it costs)
        return None, Topic.ENERGY
    if label == "route length" and claim.unit in _SHORT_LENGTHS and _RE_DEPTH.search(
            text, clause[0], clause[1], timeout=_CLAUSE_TIMEOUT):
        return None, topic  # "dredged to a depth of 7 meters", "the sea level has dropped by
        # about 2 metres": a depth or a level, no route's length
    if uclass == "length" and claim.per in ("day", "hour"):
        return "speed", Topic.LOGISTICS  # "1,050 km/day"
    return label, topic


# Power that is generated: a capacity in watts beside these words is a power plant's ("40 GW
# of wind and solar capacity"), not a data centre's.
_RE_GENERATION: Final = regex.compile(
    r"(?i:\b(?:wind|solar|hydro\w*|power\s+(?:plants?|stations?)|generat\w+|renewable\w*|"
    r"thermal|nuclear|photovoltaic|CASA-1000)\b)"
)
# Words of depth and height in a clause with a length in metres or feet: no route's length.
_SHORT_LENGTHS: Final = frozenset({"m", "cm", "ft"})
_RE_DEPTH: Final = regex.compile(
    r"(?i:\b(?:depths?|deep|draughts?|drafts?|(?:sea|water)\s+level|heights?|tall|elevation|"
    r"shallow\w*)\b)"
)
_ENERGY_PER: Final = frozenset({"kWh", "MWh", "1000 m3", "MMBtu"})
_PRICE_PER: Final = frozenset({"t", "kg", "MMBtu", "oz", "lb", "gal", "l", "m3", "g"})
_CAPACITY_REACH: Final = 40  # "$20,000 per barrel of daily capacity"
# Metrics a cue word gives money per barrel or per tonne that is a price ("Brent traded at
# $64.5 per barrel", "wheat sold at $210 per tonne"); a cost cue keeps its own.
_PRICED: Final = frozenset({None, "trade turnover", "exports", "imports", "oil exports",
                            "grain exports", "agricultural exports", "revenue", "cargo volume",
                            "oil production"})


_PRODUCTION_BY_CLASS: Final[dict[str, tuple[str, Topic]]] = {
    "oil": ("oil production", Topic.ENERGY), "gas": ("gas production", Topic.ENERGY),
    "energy": ("electricity production", Topic.ENERGY),
}


def _metric_of(
    claim: Located,
    facts: Facts,
    clause: tuple[int, int],
    text: str,
    inherited: tuple[int, str | None, Topic] | None,
    earlier: tuple[int, str | None, Topic] | None = None,
) -> tuple[str | None, Topic]:
    """The nearest fitting cue before the quantity in its clause (`facts.clause` of the
    claim), else the paragraph's last metric, else a cue after it, else what the unit implies,
    else the last metric of an earlier paragraph (`earlier`): "Azerbaijan allocated 2.9 billion
    manats ... / Within infrastructure, highways took 1.525 billion manats" goes on about the
    budget the paragraph before named."""
    uclass = unit_class(claim.unit)
    lo, hi = clause
    if uclass == "count" and claim.item in COUNT_METRICS:
        if claim.item == "person" and _speaks_of_staff(text[lo : claim.start]):
            return "job count", Topic.ECONOMY  # "the seaports employ some 4,300 people"
        label, topic = COUNT_METRICS[claim.item]
        return label, Topic(topic)
    before, after = None, None
    for start, end, row in facts.cues:
        if uclass not in METRICS[row][3] or claim.start <= start < claim.end:
            continue
        if row in _CURRENCY_NAME_ROWS and _RE_FIGURE_BEFORE.search(
                text, max(0, start - 12), start):
            continue  # "236 tenge per litre, an increase of 15.8%": a unit, not the currency
        if lo <= start and end <= claim.start and claim.start - end < 160:
            if before is None or (claim.start - end, row) < before:
                before = (claim.start - end, row)
        elif claim.end <= start < hi:
            gap = text[claim.end : start]
            of_goods = ((_RE_OF_AFTER.match(gap) and not RE_PART_OF_IT.match(text, claim.end))
                        or (uclass == "money" and _RE_IN_MONEY_AFTER.match(gap))
                        or (len(gap) < 30 and _RE_MODIFIER_GAP.match(gap)
                            and _RE_DETERMINER_BEFORE.search(text, max(0, claim.start - 5),
                                                             claim.start)))
            d = 0 if of_goods else start - claim.end + 40
            if after is None or (d, row) < after:
                after = (d, row)
    if uclass == "money" and claim.per in ISO_CODES:
        return "exchange rate", Topic.ECONOMY  # "KZT 470 per dollar"
    if uclass == "money" and (
        (claim.per or "").endswith("container")
        or claim.per in _BOX_PER
        or (claim.per in _FREIGHT_PER
            and _RE_FREIGHT.search(text, lo, claim.start, timeout=_CLAUSE_TIMEOUT) is not None)
        or any(lo <= start < hi and METRICS[row][0] == "freight rate"
               and text[start:end].lower().startswith(CONTAINER_SIZES)
               for start, end, row in facts.cues)
    ):
        return "freight rate", Topic.LOGISTICS  # "$2,500 per 40ft container"
    if after is not None and after[0] == 0 and (
        before is None
        or (METRICS[before[1]][0] not in _BEATS_GOODS
            and (before[0] > 1 or after[1] < before[1]))
    ):  # "1.7 million tonnes of oil"; "carried 3.82 mt of oil": the goods beat a verb, not
        # a capacity ("designed to carry 33 bcm of natural gas")
        before = after  # (rows earlier in METRICS are the more specific)
    governing = _rate_governs(claim, facts, lo, text, before) if before is not None else None
    if governing is not None:
        return _ROW_METRIC[governing]  # "Tariffs for grain transit were cut by 50%"
    if before is not None:
        if _ROW_METRIC[before[1]][0] in _GOODS_EXPORTS and _imported_before(claim, facts, lo, text):
            return "imports", Topic.TRADE  # "imported 1.1 mt of petroleum products, worth $820
            # million": the goods' rows are exports, the verb says which way they went
        return _ROW_METRIC[before[1]]
    if after is not None and after[0] <= 40 + _NEAR_AFTER:  # "4.2 mt would cross the corridor"
        return _ROW_METRIC[after[1]]
    if inherited is not None and inherited[1] is not None and _fits(inherited[1], uclass):
        return inherited[1], inherited[2]
    if after is not None:
        return _ROW_METRIC[after[1]]
    if uclass in METRIC_BY_UNIT_CLASS:
        label, topic = METRIC_BY_UNIT_CLASS[uclass]
        return label, Topic(topic)
    if claim.item:
        return f"{claim.item} count", Topic.OTHER
    if earlier is not None and earlier[1] is not None and _fits(earlier[1], uclass):
        return earlier[1], earlier[2]
    return None, Topic.ECONOMY if uclass == "money" else Topic.OTHER


_GOODS_EXPORTS: Final = frozenset({"oil exports", "gas exports", "grain exports",
                                   "agricultural exports"})
_IMPORTS_ROWS: Final = frozenset(k for k, row in enumerate(METRICS) if row[0] == "imports")


def _imported_before(claim: Located, facts: Facts, lo: int, text: str) -> bool:
    """Does an imports cue stand before the claim in its clause, with no word of export
    after it ("imports rose, and oil exports reached $12 billion")?"""
    last = max((end for start, end, row in facts.cues
                if lo <= start and end <= claim.start and row in _IMPORTS_ROWS), default=-1)
    return last >= 0 and "export" not in text[last : claim.start].lower()


# "Tariffs for grain transit through Kazakhstan were cut by 50%": the cue in a rate's "for"
# phrase says what the rate is for, not what the figure measures.
_RE_FOR_PHRASE: Final = regex.compile(r"\s+(?:for|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")
_RATE_ROWS: Final = frozenset(k for k, row in enumerate(METRICS)
                              if row[0] in ("freight rate", "customs duty"))


def _rate_governs(
    claim: Located, facts: Facts, lo: int, text: str, nearest: tuple[int, int]
) -> int | None:
    """The row of a rate cue ("tariffs", "duties") whose "for/on" phrase holds the nearest
    cue before the claim (`nearest`: distance, row): "tariffs for grain transit", "duties on
    imported cars"; else None."""
    uclass = unit_class(claim.unit)
    if nearest[1] in _RATE_ROWS:
        return None
    near_end = claim.start - nearest[0]
    near = next((c for c in facts.cues if c[1] == near_end and c[2] == nearest[1]), None)
    if near is None:
        return None
    return next((row for start, end, row in facts.cues
                 if lo <= start and end <= near[0] and row in _RATE_ROWS
                 and uclass in METRICS[row][3]
                 and _RE_FOR_PHRASE.fullmatch(text, end, near[0]) is not None), None)


def _fits(metric: str, uclass: str) -> bool:
    return any(row[0] == metric and uclass in row[3] for row in METRICS)


def entities_of(
    claim: Located,
    facts: Facts,
    clause: tuple[int, int],
    index: SentenceIndex,
    i: int,
    metric: str | None,
    headline: list[str],
) -> tuple[str, ...]:
    """Entities of the claim's clause (`facts.clause` of the claim), else its sentence, else
    earlier sentences or the headline (`headline`: what the start of the text names); a trade
    figure naming one country gains the country the story is about."""
    lo, hi = clause
    found = facts.subjects(lo, hi) or facts.subjects()
    if i == 0 and all(e in REGIONS for e in found) and is_headline(index):
        found = list(dict.fromkeys(facts.subjects() + found))  # "Turkmenbashi seaport gains
        # traffic; Caspian hub designed for 17-18 mt": a clause naming only a region goes on
        # about the headline's subject ("Kuryk port expects 2.2 mt; Aktau capacity tops 11
        # million" keeps each port to its clause)
    named = facts.subjects()  # where a trade figure's home country may be named
    at = index.text.find(_OF_WHICH, facts.lo, facts.hi) if len(found) > 1 else -1
    if at >= 0:  # "Trade with China hit $94.8 bln, of which Kazakhstan accounted for $43.8 bln"
        if claim.end <= at:  # the total: not its parts' names
            named = facts.subjects(facts.lo, at)
            found = named or found
        else:
            part = _part_of_the_total(claim, facts, index.text, at)
            if part is not None:
                return part
    if not found and metric == "route length" and _RE_PLACE_TO_PLACE.search(
            index.text, facts.lo, facts.hi, timeout=_CLAUSE_TIMEOUT):
        return ()  # "the trip from Kashgar to Osh covers 280 km": a route of its own
    j = first = _first_row(index, i) if not found else i  # a table row names its own thing,
    item = not found and _is_list_item(index, i)  # or what the text before the table does
    while not found and j > 0 and first - j < (8 if item else 4) and (  # "Key figures / -
            item or index.paragraph_of[j - 1] == index.paragraph_of[i]):  # Imports: $455.7
        j -= 1  # mln": the list goes on about the text before
        found = index.subjects(j)
    if i == 0 and found:
        headline = []
    if not found:
        found = headline
    # "Kazakhstan's trade with the region"
    if _may_name_the_region(index) and _RE_THE_REGION.search(index.text, lo, hi):
        regions = [e for e in facts.subjects() if e in REGIONS]
        if regions:
            return tuple(dict.fromkeys(found + regions[:1]))
    countries = [e for e in found if e in COUNTRIES]
    if len(countries) >= 2:  # "its most important partner in the South Caucasus": context
        context_regions = {
            name for pos, name in facts.entities
            if name in REGIONS and _RE_IN_THE.search(index.text, max(0, pos - 8), pos)
        }
        found = [e for e in found if e not in context_regions]
    listed = _listed_before(claim, facts, index.text)
    if listed is not None:  # "fell on China (19.1%), Russia (17.7%)": each share its partner
        first = _first_bracketed(facts, index.text)  # the subject is named before the list
        own = [name for pos, name in facts.entities if pos < first and name in COUNTRIES]
        return tuple(dict.fromkeys([*own[:1], listed]))
    if (metric in _TRADE_METRICS and len(countries) == 1
            and not _RE_TOTAL_TRADE.search(index.text, lo, claim.start, timeout=_CLAUSE_TIMEOUT)):
        home = [e for e in headline + named if e in COUNTRIES and e != countries[0]]
        found = found + home[:1]
    return tuple(dict.fromkeys(found))


_OF_WHICH: Final = " of which "


def _may_name_the_region(index: SentenceIndex) -> bool:
    """A cheap test before `_RE_THE_REGION` (measured: 11,000 searches a MB, 0.9 µs each): is
    "region" a run of word characters of the text (`Words.runs`; None: it may hide one)?"""
    runs = index.words.runs if index.words is not None else None
    return runs is None or "region" in runs


def _part_of_the_total(
    claim: Located, facts: Facts, text: str, at: int
) -> tuple[str, ...] | None:
    """The entities of a part in an "of which" list: the name just before it, with the
    first country before "of which" ("Trade with China hit $94.8 bln, of which Kazakhstan
    accounted for $43.8 bln, Kyrgyzstan $22.7 bln": $22.7 bln is Kyrgyzstan's with China).
    None when no name stands before the figure in its own item."""
    own = next(((pos, name) for pos, name in reversed(facts.entities)
                if at <= pos < claim.start), None)
    if own is None:
        return None  # "of which $43.8 bln came from Kazakhstan": no name before it
    named = RE_ENTITY.match(text, own[0])
    if named is None or not _RE_ITEM_GAP.match(text, named.end(), claim.start):
        return None  # "23,476 used the Baku-Turkmenbashi line and 15,955 ...": not its name
    head = [e for e in facts.subjects(facts.lo, at) if e in COUNTRIES and e != own[1]]
    return (own[1], *head[:1])


# Between a part's name and its figure: "Kazakhstan accounted for $43.8 bln", "Kyrgyzstan
# $22.7 bln", "Uzbekistan with $13.8 bln", "Tajikistan – $1.2 bln".
_RE_ITEM_GAP: Final = regex.compile(
    r"(?:[\s\u00a0]+(?:accounted[\s\u00a0]+for|made[\s\u00a0]+up|with|at|took|"
    r"received|reached|totall?ed))?[\s\u00a0:–—-]*\Z"
)


def is_headline(index: SentenceIndex) -> bool:
    """Is the text's first sentence a headline (a first line without a full stop)?"""
    lo, hi = index.span(0)
    return "\n" in index.text[lo:hi] and not index.text[lo:hi].rstrip().endswith(
        (".", "!", "?", '"'))


def _first_row(index: SentenceIndex, i: int) -> int:
    """The first sentence of the pipe table whose row sentence `i` is in, else `i`. Kept in
    `index.first_rows`: rows are read in order, so a table costs one walk, not one a row."""
    text, memo = index.text, index.first_rows
    if not text.startswith("|", index.span(i)[0]):
        return i
    first = i
    while first > 0 and first not in memo and text.startswith("|", index.span(first - 1)[0]):
        first -= 1
    first = memo.get(first, first)
    memo[i] = first
    return first


def _is_list_item(index: SentenceIndex, i: int) -> bool:
    """Does sentence `i` start a line with a list marker ("- ", "• ", "* ")?"""
    lo = index.span(i)[0]
    line = index.text.rfind("\n", 0, lo) + 1
    return not index.text[line:lo].strip() and index.text[lo : lo + 2] in _LIST_MARKERS


_LIST_MARKERS: Final = frozenset({"- ", "• ", "* ", "– ", "— "})
# A country's own totals have no partner: "the foreign trade turnover of Turkmenistan",
# "Total Turkish exports reached $126.7 billion" (a nationality between).
_RE_TOTAL_TRADE: Final = regex.compile(
    r"(?i:\b(?:foreign|external|overall|total)\s+(?:(?-i:[A-Z][\w'’-]+)\s+)?"
    r"(?:trade|exports|imports|turnover)\b)"
)
_RE_OPEN_BRACKET: Final = regex.compile(r"[\s\u00a0]*\([\s\u00a0]*\Z")


def _listed_before(claim: Located, facts: Facts, text: str) -> str | None:
    """The entity named right before the bracket the figure stands in ("China (19.1%)",
    "Afghanistan (about 1 million tonnes)")."""
    if "(" not in text[max(0, claim.start - 16) : claim.start] or not _RE_BRACKET_OPENS.search(
            text, max(0, claim.start - 16), claim.start):
        return None
    for pos, name in reversed(facts.entities):
        if pos < claim.start:
            between = text[pos : claim.start]
            if ("(" in between and between.count(" ") <= 4 and ")" not in between
                    and not any(ch.isdigit() for ch in between)):
                return name  # the name itself stands before the bracket
            return None
    return None


def _first_bracketed(facts: Facts, text: str) -> int:
    """Where the first entity followed by a bracketed figure is named ("Uzbekistan (3.2
    million tonnes)", "Afghanistan (about 1 million tonnes)"): the list starts there; its
    subject is named before it. The sentence's end when there is none."""
    for pos, _ in facts.entities:
        named = RE_ENTITY.match(text, pos)
        if named is not None and _RE_BRACKETED_FIGURE.match(text, named.end()):
            return pos
    return facts.hi


# "(19.1%", "(about 1 million", "($5 bn": a figure opens the bracket.
_HEDGE_WORDS: Final = (
    r"(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|up\s+to)\s+)?"
)
_RE_BRACKETED_FIGURE: Final = regex.compile(rf"\s*\(\s*{_HEDGE_WORDS}[0-9$€£₸₼]")
_RE_BRACKET_OPENS: Final = regex.compile(rf"\(\s*{_HEDGE_WORDS}\Z")


def about_the_document_cable(
    metric: str | None, topic: Topic, entities: tuple[str, ...], headline: list[str]
) -> tuple[str | None, Topic, tuple[str, ...]]:
    """ "the line will stretch 370 kilometres" in a story whose headline names a cable: the
    length is the cable's."""
    cables = [e for e in headline if e in CABLES]
    if metric not in ("route length", "cable length") or not cables:
        return metric, topic, entities
    # the cable, not the ports at its ends ("from Aktau in Kazakhstan to Siyazan")
    others = [e for e in entities if e not in PORTS and e not in CABLES]
    return "cable length", Topic.DIGITAL, (cables[0], *others)


def _speaks_of_staff(before: str) -> bool:
    """Whether the clause before a count of people speaks of staff: "KTZ's workforce was
    reduced by 3,200 people"; not a part after a comma ("..., and 20,000 people crossed")."""
    folded = before[-80:].rsplit(", ", 1)[-1].lower()
    return any(cue in folded for cue in JOB_CUES)
