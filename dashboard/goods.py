"""What goods a trade figure is of, when its cue alone would say trade at large: the goods
word right before "exports" ("raw cotton fibre exports" are agricultural exports), the verb
or noun whose "of" phrase holds the goods ("the harvest of fruit and vegetables" is a
harvest), exports that "earned" money (the exports, not a revenue), an imports cue before
a figure (not exports), and vehicles counted where a trade noun names them ("car exports
fell to 9,000 cars": exports, not a vehicle count), and goods kept at home ("350,000 tonnes
for the home market": not exports). Read by `measures`, which picks the cue;
rows are of `METRICS`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.facts import Facts
from dashboard.scanning import match_at
from dashboard.vocab.classes import GOODS_EXPORTS
from dashboard.vocab.entities import COUNTRIES
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import METRICS, rows_of

Cue = tuple[int, int]  # (distance from the claim, row of METRICS)

# Verbs whose figure is not the goods' trade: "designed to carry 33 bcm of natural gas",
# "produced 1.8 million barrels of oil per day"; nor their export: "imported 1.1 million
# tonnes of wheat" (the goods rows are exports).
BEATS_GOODS: Final = frozenset({"capacity", "production", "oil production", "gas production",
                                 "harvest", "imports",
                                 # "the mill will draw on 200,000 tonnes of wheat": its intake
                                 "consumption",
                                 # "divert 10 cubic km of water", "the reservoir held 13.1
                                 # billion cubic metres of water": what the water is
                                 "water allocation", "reservoir volume", "water flow",
                                 # "put the field's reserves at 27.4 tcm of gas": what lies
                                 # in the ground, not gas exported
                                 "reserves"})


_IMPORTS_ROWS: Final = rows_of("imports")
EXPORTS_ROWS: Final = rows_of("exports")
_GOODS_ROWS: Final = rows_of(*GOODS_EXPORTS)
# "cotton fibre exports", "raw cotton exports": the goods word and "exports" with at most one
# word between them, no preposition nor conjunction ("the share of grain in exports" is a
# share of all exports; "cotton and textile exports" not cotton's alone)
_RE_GOODS_GAP: Final = regex.compile(
    r"[\s\u00a0]++(?:(?!(?:in|of|to|from|for|by|with|as|at|on|and|or|the|its|their)"
    r"[\s\u00a0])[a-z]++[\s\u00a0]++)?"
)


def goods_of_exports(cue_end: int, facts: Facts, text: str) -> int | None:
    """The row of a goods word right before the "exports" cue that ends at `cue_end` ("Raw
    cotton fibre exports halved" are agricultural exports, not trade in general); else None."""
    k = next((k for k, c in enumerate(facts.cues) if c[1] == cue_end), None)
    if not k:
        return None
    _, end, row = facts.cues[k - 1]
    if row in _GOODS_ROWS and _RE_GOODS_GAP.fullmatch(text, end, facts.cues[k][0]):
        return row
    return None


# "3.7 mln t of raw ": a goods word that is an earlier figure's "of" phrase
_RE_FIGURE_OF: Final = regex.compile(
    r"[0-9][^0-9,;]{0,20}?[\s\u00a0]of[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}+\Z"
)


# "The harvest of fruit and vegetables": the goods in a verb's or noun's "of" phrase
_RE_NOUN_OF: Final = regex.compile(r"[\s\u00a0]++of[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,3}+")


def verb_of_goods(
    goods_end: int, facts: Facts, lo: int, text: str, uclass: str
) -> Cue | None:
    """The verb cue ("harvested", "produced", "imported") whose figure the goods word ending
    at `goods_end` belongs to, as the nearest cue of a later figure: "harvested 3.7 mln t of
    raw cotton, 0.3 mln t short of the 4 mln t target" is the harvest's target; or the noun
    whose "of" phrase holds the goods: "The harvest of fruit and vegetables reached 4.7
    million tonnes" is a harvest, "production of sunflower oil" production; else None."""
    goods = next((c for c in facts.cues if c[1] == goods_end), None)
    if goods is None:
        return None
    verbs = [(start, end, row) for start, end, row in facts.cues
             if lo <= start and end <= goods[0] and METRICS[row][0] in BEATS_GOODS
             and uclass in METRICS[row][3]]
    if not verbs or (
        _RE_FIGURE_OF.search(text, max(lo, goods[0] - 40), goods[0]) is None
        and _RE_NOUN_OF.fullmatch(text, verbs[-1][1], goods[0]) is None
    ):
        return None
    return goods_end - verbs[-1][1], verbs[-1][2]


# A part of a total opening its clause: "harvested 18.9 mt of grain, including 14.2 mt of
# wheat", "produced 3.1 mt of fruit, of which 1.2 mt of grapes".
_RE_PART_OPENS: Final = regex.compile(
    rf",[\s\u00a0]*+(?i:including|of[\s\u00a0]++which)[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z")


def verb_of_whole(
    claim: Located, before: Cue | None, facts: Facts, lo: int, text: str, uclass: str
) -> Cue | None:
    """The verb of a total ("harvested", "produced", "imported") whose part the claim is, the
    whole's goods the nearest cue before it (`before`): the part's own goods after it name
    which part, not an export ("harvested 18.9 mt of grain, including 14.2 mt of wheat")."""
    if before is None or METRICS[before[1]][0] not in GOODS_EXPORTS or (
            _RE_PART_OPENS.search(text, max(lo, claim.start - 40), claim.start) is None):
        return None
    goods_end = claim.start - before[0]
    whole = verb_of_goods(goods_end, facts, lo, text, uclass)
    if whole is None or _verb_not_the_wholes(goods_end - whole[0], goods_end, claim, facts,
                                             text):
        return None
    return (before[0] + whole[0], whole[1])


def _verb_not_the_wholes(
    verb_end: int, goods_end: int, claim: Located, facts: Facts, text: str
) -> bool:
    """Is the verb not the whole's, or not the part's: another cue stands between the verb
    and the whole's goods ("harvested a record crop and exported 11 mt of grain"; not goods in
    the whole's own "of" phrase: "17 mt of grain and oilseeds"), or the part's goods have their
    own flow after them ("including 70 mt of crude exported")?"""
    of = text.rfind(" of ", verb_end, goods_end)
    if any(verb_end < start and end < goods_end
           and not (0 <= of < start and METRICS[row][0] in GOODS_EXPORTS)
           for start, end, row in facts.cues):
        return True
    part = next((k for k, c in enumerate(facts.cues) if c[0] >= claim.end), None)
    if part is None or part + 1 >= len(facts.cues):
        return False
    flow = facts.cues[part + 1]
    return flow[0] - facts.cues[part][1] <= 1 and METRICS[flow[2]][0].endswith(
        ("exports", "imports"))


EARN_ROWS: Final = rows_of("revenue")  # (the "generated" row too)
# A verb of money taken in (a revenue cue): "earned", "brought in", "generated" ("earned $40
# million in net profit": it gives way to the money's own noun right after the figure)
_BRING_IN: Final = r"(?:brought|brings|bringing)\s+in|generat(?:e|es|ed|ing)"
_RE_TOOK_IN: Final = regex.compile(rf"(?i:\b(?:earn(?:s|ed)?|bring\s+in|{_BRING_IN}))\Z")


# "will invest a further $3 billion in gas processing", "invested $2 billion in oil": money
# put into the goods' business, not their sale (the verb beats the goods after the figure)
_RE_INVESTED: Final = regex.compile(r"(?i:\binvest(?:s|ed|ing)?)\Z")


def invested(cue_end: int, text: str) -> bool:
    """Is the cue ending at `cue_end` a verb of investing ("invested $2 billion in oil")?"""
    return _RE_INVESTED.search(text, max(0, cue_end - 12), cue_end) is not None


def took_in(cue_end: int, text: str) -> bool:
    """Does a verb of money taken in end at `cue_end` ("brought in $40 million")?"""
    return _RE_TOOK_IN.search(text, max(0, cue_end - 14), cue_end) is not None


# (not "earn" nor "bring in", `took_in`'s own: "may bring in 3 litres duty-free")
_RE_BRING: Final = regex.compile(rf"(?i:{_BRING_IN})\Z")
# ... the verb right before the money, a hedge at most between ("generated about $65
# million"), and no money saved, bid, asked for or ordered named after it
_RE_RIGHT_BEFORE_MONEY: Final = regex.compile(
    rf"[\s\u00a0]++(?:(?i:{HEDGE_WORDS}|a[\s\u00a0]+total[\s\u00a0]+of|a[\s\u00a0]+record)"
    r"[\s\u00a0]++)?")
_RE_NOT_TAKEN_IN_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:in|of|worth[\s\u00a0]+of)[\s\u00a0]++(?:(?i:new|fresh|additional|annual"
    r"|budget|cost)[\s\u00a0]++)?(?i:savings|bids|demand|orders|jobs|pledges|commitments)\b")


def no_money_taken_in(claim: Located, cue: tuple[int, int, int], text: str) -> bool:
    """Does a revenue cue "brought in" or "generated" say nothing of the money: after it ("the
    farm, built for $300 million, will generate 1 billion kWh"), or goods carried in ("brought
    in $300 million of machinery"; "were brought in" is an imports cue)?"""
    start, end, row = cue
    if row not in EARN_ROWS or not _RE_BRING.search(text, max(0, end - 16), end):
        return False
    if claim.end <= start or _RE_RIGHT_BEFORE_MONEY.fullmatch(text, end, claim.start) is None:
        return True  # "the tender brought in bids worth $700 million": the bids' money
    if _RE_NOT_TAKEN_IN_AFTER.match(text, claim.end) is not None:
        return True  # "generated $2 billion in savings": money kept, asked for or promised
    return text[end - 2 : end].lower() == "in" and text.startswith((" of ", " worth of "),
                                                                   claim.end)


def exports_that_earned(verb_end: int, facts: Facts, text: str, uclass: str) -> Cue | None:
    """The exports cue just before an "earned" cue ending at `verb_end`: "aluminium exports
    earned $420 million" measures the exports, not a revenue ("Georgia earned ..." is one)."""
    verb = next((c for c in facts.cues if c[1] == verb_end), None)
    if verb is None or not (text.startswith(("earn", "Earn"), verb[0])
                            or took_in(verb_end, text)):
        return None
    subject = next((c for c in facts.cues if 0 < verb[0] - c[1] <= 2
                    and "exports" in METRICS[c[2]][0] and uclass in METRICS[c[2]][3]), None)
    if subject is None or text[subject[1] : verb[0]].strip():
        return None
    return (verb_end - subject[1], subject[2])


def imported_before(claim: Located, facts: Facts, lo: int, text: str) -> bool:
    """Does an imports cue stand before the claim in its clause, with no word of export
    after it ("imports rose, and oil exports reached $12 billion")? Or was it bought from a
    country (`bought_from`)?"""
    last = max((end for start, end, row in facts.cues
                if lo <= start and end <= claim.start and row in _IMPORTS_ROWS), default=-1)
    return (last >= 0 and "export" not in text[last : claim.start].lower()) or bought_from(
        claim, facts, text)


# "Kazakhstan bought 1.2 billion kWh of electricity from Russia", "will purchase about 300,000
# tonnes of wheat from Russia": a buyer's verb right before the figure, and the country the
# goods came "from" after it in the clause: brought in, as "imported" says (not "households
# bought 12 billion kWh": no country sold it).
_RE_BOUGHT_BEFORE: Final = regex.compile(
    r"(?i:\b(?:bought|purchased|buys|buy|purchases|buying|purchasing)[\s\u00a0]++"
    rf"(?:(?:{HEDGE_WORDS})[\s\u00a0]++)?+)\Z")
# A middleman as the buyer: whose trade it is, the clause does not say (but "Georgian millers
# bought ... from Russia": a nation's, its imports).
_RE_MIDDLEMAN_BEFORE: Final = regex.compile(
    r"(?<!\b\p{Lu}\p{L}*[\s\u00a0]+)(?i:\b(?:traders?|merchants?|dealers?|resellers?"
    r"|intermediar(?:y|ies)|middlem[ae]n|brokers?|millers?|processors?|buyers?)\b"
    r"[^.;:,()!?]{0,40}\Z)")
_RE_FROM_BEFORE: Final = regex.compile(
    r"[^.;:,()0-9]{0,60}?[\s\u00a0](?i:from)[\s\u00a0]++(?:the[\s\u00a0]++)?\Z")


def bought_from(claim: Located, facts: Facts, text: str) -> bool:
    """Was the figure bought (the verb right before it) from a country named after it, by
    no middleman ("The government bought 500,000 tonnes of wheat from Kazakhstan"; not
    "Traders bought 200,000 tonnes of cotton from Uzbekistan for export": whose trade it is,
    the clause does not say)?"""
    verb = _RE_BOUGHT_BEFORE.search(text, max(0, claim.start - 40), claim.start)
    if verb is None or _RE_MIDDLEMAN_BEFORE.search(text, max(0, verb.start() - 60),
                                                   verb.start()):
        return False
    return any(name in COUNTRIES and claim.end < at < claim.end + 80
               and _RE_FROM_BEFORE.match(text, claim.end, at) is not None
               for at, name in facts.entities)


_TRADE_ROWS: Final = EXPORTS_ROWS | _IMPORTS_ROWS
# Vehicles and machines counted in a clause whose trade noun names them as the goods: "Car
# exports from Georgia fell 12% to 9,000 cars", "China's car exports reached 5.86 mln units",
# "Imports of trucks doubled to 24,000 units"; not "exports travel on 12,000 trucks" (no
# vehicle word joined to the trade noun: the trucks carry the goods).
TRADED_MACHINES: Final = frozenset({"car", "truck", "lorry", "vehicle", "unit", "bus",
                                     "tractor", "combine harvester"})
_MACHINES: Final = (r"(?:cars?+|vehicles?+|trucks?+|lorry|lorries|bus(?:es)?+|tractors?+"
                    r"|automobiles?+)")
_RE_MACHINES_BEFORE: Final = regex.compile(rf"(?i:\b{_MACHINES}[\s\u00a0-]++)\Z")
_RE_MACHINES_OF: Final = regex.compile(
    rf"[\s\u00a0]++(?i:of)[\s\u00a0]++(?:[A-Za-z-]++[\s\u00a0]++){{0,3}}?(?i:{_MACHINES})\b")


def machines_traded(facts: Facts, lo: int, start: int, text: str, *,
                    goods: bool = False) -> str | None:
    """The trade metric ("exports", "imports") of a trade noun before `start` in the clause that
    names vehicles or machines as its goods (see `TRADED_MACHINES`), if any; any trade noun
    when the count is of goods sold by the piece (`goods`: bottles, smartphones)."""
    for cue_start, cue_end, row in facts.cues:
        if row not in _TRADE_ROWS or cue_start < lo or cue_end > start or not (
                text[cue_start:cue_end].lower().startswith(("export", "import", "re-"))):
            continue
        if (goods and _RE_NOT_GOVERNED.search(text, cue_end, start) is None) or (
                _RE_MACHINES_BEFORE.search(text, max(lo, cue_start - 16), cue_start)) or (
                _RE_MACHINES_OF.match(text, cue_end, min(start, cue_end + 40))):
            return METRICS[row][0]
    return None


# Between a trade noun and a count of goods by the piece, what stops the noun governing the
# count: another clause ("Smartphone imports rose 12%, and local assemblers produced 450,000
# smartphones") or goods kept at home ("Despite weak exports Georgian shops sold at home").
_RE_NOT_GOVERNED: Final = regex.compile(
    r"[,;:]|(?i:\b(?:and|while|but|as|whereas|although|though|domestic|domestically|local"
    r"|locally|home)\b)")


# "350,000 tonnes for the home market", "15 mt to the domestic market", "793,000 tonnes were
# moved inside the country": where the goods went, right after the figure, no other figure
# between but a bracketed aside ("793,000 tonnes (+29%) were relocated inside the country").
_RE_AT_HOME_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]*+\([^()]{0,24}+\))?+[^,;:()0-9]{0,40}?\b(?i:(?:for|to|on|in|into)"
    r"[\s\u00a0]++the[\s\u00a0]++(?:domestic|home|local|internal)[\s\u00a0]++market|"
    r"(?:inside|within)[\s\u00a0]++the[\s\u00a0]++country|domestically)\b"
)
# "Domestic shipments of wheat rose 12% to 2.1 million tonnes": the clause's subject.
_RE_AT_HOME_BEFORE: Final = regex.compile(
    r"(?i:\b(?:domestic|home-market|internal)[\s\u00a0]++(?:shipments|supplies|deliveries|"
    r"sales|hauls)\b[^,;:()]{0,60}\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def kept_at_home(claim: Located, lo: int, text: str) -> bool:
    """Were the goods of the figure (in the clause from `lo`) sold or moved at home, not
    abroad, by the words right beside it, no word of export between?"""
    near = text[claim.end : claim.end + 80].lower()
    after = match_at(_RE_AT_HOME_AFTER, text, claim.end) if (
        "market" in near or "countr" in near or "domestic" in near) else None
    if after is not None:  # (the pattern only where its words are: 1,000 figures a MB)
        return "export" not in after.group().lower()
    start = max(lo, claim.start - 90)
    if "omestic" not in text[start : claim.start] and "nternal" not in text[start : claim.start]:
        return False  # the common case, told without the pattern
    before = _RE_AT_HOME_BEFORE.search(text, start, claim.start)
    return before is not None and "export" not in before.group().lower()


# A total that counts what stays at home with what went abroad is goods moved, no exports:
# "Counting domestic hauls, the railway moved 3.7 million tonnes of grain", "a record of 1.4
# million tonnes, including 350,000 tonnes for the home market and one million for export"
# (not "With domestic supplies assured, Kazakhstan exported 9 mt": a clause of its own).
_RE_HOME_COUNTED_BEFORE: Final = regex.compile(
    r"(?i:\b(?:counting|including)[\s\u00a0]++(?:domestic|internal|home-market)"
    r"[\s\u00a0]++(?:hauls|shipments|supplies|deliveries|traffic|sales)\b[^;:()]{0,80}\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
_RE_HOME_PART_AFTER: Final = regex.compile(
    r"[\s\u00a0]*+,[\s\u00a0]*+(?i:including|of[\s\u00a0]++which)[^;:()]{0,60}?\b(?i:for|to)"
    r"[\s\u00a0]++the[\s\u00a0]++(?i:domestic|home|local|internal)[\s\u00a0]++market\b"
)


def home_and_abroad(claim: Located, lo: int, text: str) -> bool:
    """Does the figure (in the clause from `lo`) count goods kept at home with those sent
    abroad (see above)?"""
    start = max(lo, claim.start - 100)
    window = text[start : claim.start].lower()
    if ("domestic" in window or "internal" in window or "home-market" in window) and (
            _RE_HOME_COUNTED_BEFORE.search(text, start, claim.start) is not None):
        return True
    return ("market" in text[claim.end : claim.end + 90]
            and match_at(_RE_HOME_PART_AFTER, text, claim.end) is not None)

