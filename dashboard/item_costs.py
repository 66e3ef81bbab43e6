"""What one item costs: money after the verb "cost" whose subject is a thing bought one at a
time or a good a shop sells ("A new truck costs $120,000, while used ones cost $40,000",
"Locally made drugs cost on average 14,200 soums", "a sack of flour costs 410 somoni") is
its price, not a project's cost ("The new terminal costs $300 million", "the railway will
cost $2 billion" keep theirs). So is what an auction lot sells for, and a share named a
discount is the cut of a freight rate or of a price.

Pure: no pandas, no dash. Read by `refine.cost_metric` and `metric_rules`.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.patterns_around import RE_FREIGHT
from dashboard.scanning import CLAUSE_TIMEOUT, alternation, match_at
from dashboard.vocab.classes import GOODS_EXPORTS
from dashboard.vocab.entities import OIL_CARRIER_WORDS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import METRICS, PRICED_ITEMS
from dashboard.vocab.units import TIME_PERS

_ITEMS: Final = alternation(PRICED_ITEMS)
# The head of the subject right before the verb, past adverbs and modals ("A new truck now
# costs", "a tractor will cost", "the wagons each cost").
_RE_HEAD_BEFORE: Final = regex.compile(
    r"(?i:\b(?P<head>[a-z][a-z-]*+)(?:[\s\u00a0]++(?:now|still|typically|usually|currently"
    r"|already|each|also|often|normally|generally|will|would|could|can|may|might|should"
    r"|to))*+[\s\u00a0]++\Z)"
)
# Between the verb and the figure: nothing but a hedge or an average ("cost on average").
_RE_VERB_TO_FIGURE: Final = regex.compile(
    r"(?i:costs?(?:[\s\u00a0]++(?:on[\s\u00a0]++average|an?[\s\u00a0]++average[\s\u00a0]++of"
    rf"|as[\s\u00a0]++(?:much|little)[\s\u00a0]++as|only|just|{HEDGE_WORDS}))*+[\s\u00a0]*+)\Z"
)
_RE_ITEM: Final = regex.compile(rf"(?i:\b(?:{_ITEMS})\b)")
# "an unaccompanied trailer will cost EUR 68 per metre": a ferry's tariff by length, no price
_BY_LENGTH: Final = frozenset({"m", "km", "ft", "mi", "nmi"})
_ONES: Final = frozenset({"one", "ones"})
_ONES_REACH: Final = 120  # characters back from "used ones" to the item it stands for


def is_item_cost(claim: Located, facts: Facts, lo: int, verb: int, text: str) -> bool:
    """Is the money right after the verb "cost" at `verb` (in the clause from `lo`) what one
    item its subject names costs (see above)?"""
    if claim.per in _BY_LENGTH or _RE_VERB_TO_FIGURE.fullmatch(text, verb, claim.start) is None:
        return False  # "Fuel costs rose to $2 billion": the noun, not the verb
    head = _RE_HEAD_BEFORE.search(text, max(lo, verb - 60), verb)
    if head is None:
        return False
    word = head["head"].lower()
    if (word in PRICED_ITEMS or word in _ONES) and _a_fleet(head, claim, lo, text):
        return False  # "The 500 new wagons will cost $400 million": the fleet's total
    if word in PRICED_ITEMS or any(  # "a sack of flour costs": a good's cue, its head
            end == head.end("head") and METRICS[row][0] in GOODS_EXPORTS
            for _, end, row in facts.cues):
        return True
    if word not in _ONES:
        return False
    # "..., while used ones cost $40,000": the item named before in the sentence (not past a
    # semicolon)
    back = max(facts.lo, head.start() - _ONES_REACH)
    back = max(back, text.rfind(";", back, head.start()) + 1)
    return _RE_ITEM.search(text, back, head.start()) is not None


# ", each costing about $90,000" after the things bought ("400 new wagons, each costing",
# "12 locomotives, each worth", "50 buses, each priced at"): what one of them costs.
_RE_EACH_PRICED: Final = regex.compile(
    r"(?i:\b(?P<head>[a-z-]++),[\s\u00a0]*+each[\s\u00a0]++(?:costing|worth|priced[\s\u00a0]++at"
    r"|valued[\s\u00a0]++at|selling[\s\u00a0]++for)[\s\u00a0]++"
    rf"(?:(?:{HEDGE_WORDS}|an?[\s\u00a0]++average[\s\u00a0]++of)[\s\u00a0]++)?\Z)")


# A deal the things are the object of ("two contracts for new wagons", "orders of trucks"):
# "each worth" is each deal's value, not one thing's price.
_RE_DEAL_FOR: Final = regex.compile(
    r"(?i:\b(?:contracts|orders|deals|tenders|tranches|packages|agreements)"  # (plural: "a
    # contract for new locomotives, each costing $4.2 million" is each locomotive's price)
    r"[\s\u00a0]++(?:for|of)[\s\u00a0]++(?:[a-z-]++[\s\u00a0]++){0,3}?\Z)")


def is_each_priced(claim: Located, text: str) -> bool:
    """Is the money what each of the things bought named right before it costs (see
    above)? Not a terminal's or a plant's ("three terminals, each costing $200 million"), not
    a deal's ("two contracts for new wagons, each worth"), not a rate ("leased 300 wagons,
    each costing $1,200 a month": a lease)."""
    lo = max(0, claim.start - 60)
    if "each " not in text[lo : claim.start].lower() or claim.per in TIME_PERS:
        return False
    found = _RE_EACH_PRICED.search(text, lo, claim.start)
    return found is not None and found["head"].lower() in PRICED_ITEMS and (
        _RE_DEAL_FOR.search(text, max(0, found.start() - 50), found.start("head")) is None)


# A number or a definite article in a plural head's phrase makes it a fleet, whose cost is a
# total ("the 500 new wagons", "the locomotives", "120 trucks"), unless "each" or "apiece"
# tells one's ("The wagons each cost", "cost $25,000 each"); a generic plural ("Second-hand
# wagons cost") or a singular ("a new truck") names what one costs.
# The determiner heads the plural's own phrase, not a place's or a time's after a preposition
# ("Across the region used trucks cost", "On the secondary market wagons cost": what one
# costs); "ones" is a fleet only after a number ("the 20 new ones", not "the used ones").
_RE_FLEET_BEFORE: Final = regex.compile(
    r"(?i:(?<!\b(?:across|on|in|at|of|for|from|into|throughout|around|over|under|by|within)"
    r"[\s\u00a0]++)\b(?:(?P<det>the|these|those|its|their|our)|[0-9][0-9,]*+|two|three|four"
    r"|five|six|seven|eight|nine|ten|dozens|hundreds)[\s\u00a0]++(?:[a-z-]++[\s\u00a0]++){0,3}?)\Z")
_RE_EACH_AFTER: Final = regex.compile(r"(?i:[\s\u00a0]++(?:each|apiece|a[\s\u00a0]++piece))\b")


def _a_fleet(head: regex.Match[str], claim: Located, lo: int, text: str) -> bool:
    """Is the plural head (`_RE_HEAD_BEFORE`) a counted or a definite fleet (see above)?"""
    word = head["head"].lower()
    if not word.endswith("s") or word.endswith("us") or "each" in head.group().lower():
        return False
    if match_at(_RE_EACH_AFTER, text, claim.end) is not None:
        return False
    fleet = _RE_FLEET_BEFORE.search(text, max(lo, head.start("head") - 40), head.start("head"))
    return fleet is not None and (fleet["det"] is None or word not in _ONES)


# An auction or exchange lot that sells for money, before the figure: "lots of milling wheat
# from Kostanay sold for 96,000 tenge", "A lot of 60 tonnes sold for ...", "Each lot fetched
# about ...", "The first lot was sold at ..." (not "a lot of wheat", much of it). The lot is
# the sale's subject: no comma, conjunction or other clause verb between ("Farmers had lots
# of wheat left over and sold ..."); a bare "lots" (also "many") only after a determiner or a
# number ("the lots", "40 lots"), opening its clause ("while lots in Akmola sold for") or
# with an exchange or an auction in the sentence, and never "lots of" talk, traders, interest.
_RE_LOT_SOLD_BEFORE: Final = regex.compile(
    r"(?i:(?P<lot>\blots\b|\blot[\s\u00a0]++(?:of[\s\u00a0]++)?[0-9]|\b(?:the|each|every|one"
    r"|this|that|first|last|second|third|final|a[\s\u00a0]++single)[\s\u00a0]++lot\b)"
    r"(?P<mid>[^.;:!?]{0,80}?)\b(?:(?:was|were|is|are)[\s\u00a0]++)?(?:sold|sells?|fetched"
    r"|fetch(?:es)?|went|changed[\s\u00a0]++hands|traded)(?:[\s\u00a0]++(?:for|at))?[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z)"
)
_RE_LOT_MID_BLOCK: Final = regex.compile(
    r"[,(]|(?i:\b(?:and|but|while|who|which|had|has|have|did|does|do|said|says|left|kept"
    r"|despite|although|though)\b)")
# A comma-closed aside between the lot and "sold" is skipped ("The lot, which held 5,000
# tonnes of barley, sold for"): the lot stays the sale's subject.
_RE_LOT_MID_ASIDE: Final = regex.compile(r",(?:[^,]|(?<=[0-9]),(?=[0-9]))*+,")
_RE_LOTS_COUNTED: Final = regex.compile(
    r"(?i:\b(?:the|these|those|all|its|their|such|[0-9][0-9,]*+|two|three|four|five|six|seven"
    r"|eight|nine|ten|dozens?|hundreds)[\s\u00a0]++"
    r"|(?:^|[,;]|\b(?:while|whereas|and|but))[\s\u00a0]*+)\Z")  # or opening its clause
_RE_LOTS_OF_ABSTRACT: Final = regex.compile(
    r"(?i:[\s\u00a0]++of[\s\u00a0]++(?:talk|traders|interest|people|buyers|sellers|firms"
    r"|companies|money|time|questions|problems|attention|demand|work)\b)")
_RE_EXCHANGE: Final = regex.compile(
    r"(?i:\b(?:exchanges?|auctions?|bidding|tenders?|trading[\s\u00a0]++sessions?|bourse"
    r"|UzEx|KazEx)\b)")
_LOT_REACH: Final = 130  # characters back from the figure to "lots"


def is_lot_sold(claim: Located, facts: Facts, text: str) -> bool:
    """Is the money what an auction or exchange lot sold for (see above): a price, no exports?
    `facts` is the claim's sentence."""
    lo = max(0, claim.start - _LOT_REACH)
    if "lot" not in text[lo : claim.start].lower():
        return False
    found = _RE_LOT_SOLD_BEFORE.search(text, lo, claim.start)
    if found is None or _RE_LOT_MID_BLOCK.search(
            _RE_LOT_MID_ASIDE.sub(" ", found["mid"])) is not None:
        return False
    if found["lot"].lower() != "lots":
        return True
    if match_at(_RE_LOTS_OF_ABSTRACT, text, found.end("lot")) is not None:
        return False
    return _RE_LOTS_COUNTED.search(text, max(0, found.start() - 24), found.start()) is not None or (
        _RE_EXCHANGE.search(text, facts.lo, facts.hi, timeout=CLAUSE_TIMEOUT) is not None)


# A share named a discount: "a discount of 15% on block trains", "discounts of up to 30% for
# transit containers", "a 7% discount" (what carrying the trains or the boxes costs, cut; no
# count nor volume of them).
_DISCOUNTED: Final = frozenset({"container volume", "cargo volume", "transit cargo volume",
                               "train count", "wagon count", "vessel count", "truck count"})
_RE_DISCOUNT_OF_BEFORE: Final = regex.compile(
    r"(?i:\bdiscounts?[\s\u00a0]++of[\s\u00a0]++(?:up[\s\u00a0]++to[\s\u00a0]++)?)\Z")
_RE_DISCOUNT_AFTER: Final = regex.compile(r"[\s\u00a0]*+(?i:discounts?)\b")


# A sale or a supply in the clause: the discount cuts the price of goods sold, no carriage's
# ("sold 2,000 containers to the operator at a 15% discount", "transit gas supplied to").
_RE_SALE: Final = regex.compile(
    r"(?i:\b(?:sold|sells?|selling|sales?|bought|buys?|buying|purchased?|purchases|supplied"
    r"|supplies|supply|retail|wholesale)\b)")


# ... unless the discount is on the carriage itself: "a 20% discount on freight rates for
# grain sold to Armenia".
_RE_ON_CARRIAGE: Final = regex.compile(
    r"(?i:\b(?:discounts?|rebates?)[\s\u00a0]++(?:of[\s\u00a0]++\S++[\s\u00a0]++)?on"
    r"[\s\u00a0]++(?:(?:the|its|their)[\s\u00a0]++)?(?:[\w-]++[\s\u00a0]++){0,2}?"
    r"(?:freight|tariffs?|rates?|carriage|haulage|shipping|transport(?:ation)?)\b)")


def _is_a_discount(claim: Located, text: str) -> bool:
    """Is the share named a discount, right before or right after it? Told first by the word
    (most shares have none near)."""
    if "iscount" not in text[max(0, claim.start - 24) : claim.end + 16].lower():
        return False
    return (match_at(_RE_DISCOUNT_AFTER, text, claim.end) is not None
            or _RE_DISCOUNT_OF_BEFORE.search(text, max(0, claim.start - 24), claim.start)
            is not None)


def discount_metric(
    label: str | None, topic: Topic, claim: Located, clause: tuple[int, int], text: str
) -> tuple[str | None, Topic] | None:
    """What a share named a discount (`_is_a_discount`) measures, when its cue's `label` is a
    carriage's volume or count or a freight rate: the freight rate it cuts ("a discount of 15%
    on block trains"), or no metric when the clause sells goods at it ("sold 2,000 containers
    at a 15% discount": a price's cut); None when it is no discount."""
    if not (label in _DISCOUNTED or label == "freight rate") or not _is_a_discount(claim, text):
        return None
    if (_RE_SALE.search(text, clause[0], clause[1]) is not None
            and _RE_ON_CARRIAGE.search(text, clause[0], clause[1]) is None):
        return None, topic
    return "freight rate", Topic.LOGISTICS


# "CPC Blend traded at a discount of $4.10 to Brent", "Wheat traded at $230", "Urals traded
# $12 below Brent": what goods changed hands at, no trade between countries ("Kazakhstan and
# China traded $44 billion worth of goods" stays their trade).
_RE_TRADED_AT: Final = regex.compile(
    r"\b(?i:trad(?:ed|ing|es))[\s\u00a0]++(?P<at>(?i:at)[\s\u00a0]++(?:(?i:an?)[\s\u00a0]++"
    r"(?i:discount|premium)[\s\u00a0]++(?i:of)[\s\u00a0]++)?)?"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z")
_RE_BELOW_OR_ABOVE: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:a|per)[\s\u00a0]++[a-z]++)?[\s\u00a0]++(?i:below|above|under|over)\b")
_RE_OIL_NAMED: Final = regex.compile(
    r"\b(?:(?i:oil|crude)|Brent|WTI|" + alternation(OIL_CARRIER_WORDS) + r")\b")

_RE_GAS_NAMED: Final = regex.compile(r"\b(?:LNG|LPG|(?i:gas))\b")
# Where the clause of "traded" starts: after a comma, a semicolon or "while", "whereas"
# ("Despite the oil slump, Kazakh wheat traded at $210": wheat's price, no oil price).
_RE_CLAUSE_MARK: Final = regex.compile(r"(?r)(?:[,;:](?![0-9])|\b(?:while|whereas)\b)")


def traded_at(claim: Located, text: str) -> tuple[str, Topic] | None:
    """The price money is when goods "traded at" it (an oil price where oil or a crude grade is
    named before it in its clause, an energy price for gas), or None."""
    lo = max(0, claim.start - 50)
    if "rad" not in text[lo : claim.start]:
        return None  # the common case, told without the pattern
    found = _RE_TRADED_AT.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT)
    if found is None or (found["at"] is None
                         and match_at(_RE_BELOW_OR_ABOVE, text, claim.end) is None):
        return None
    lo = max(0, found.start() - 80)
    mark = _RE_CLAUSE_MARK.search(text, lo, found.start())
    lo = lo if mark is None else mark.end()  # the goods of the clause that "traded"
    if claim.per == "bbl" or _RE_OIL_NAMED.search(
            text, lo, found.start(), timeout=CLAUSE_TIMEOUT) is not None:
        return "oil price", Topic.ENERGY
    if _RE_GAS_NAMED.search(text, lo, found.start(), timeout=CLAUSE_TIMEOUT) is not None:
        return "energy price", Topic.ENERGY
    return "price", Topic.ECONOMY


# "is now 25-30% cheaper", "became 15% more expensive", "twice as expensive": a comparison of
# what a thing costs, right after the figure.
_RE_COSTS_MORE_OR_LESS: Final = regex.compile(
    r"[\s\u00a0]++(?:(?i:cheaper|dearer|costlier|pricier)|(?i:more|less|as)[\s\u00a0]++"
    r"(?i:expensive|costly|dear))\b")
# A route, a mode or a delivery compared: moving goods is what costs more or less ("The
# corridor is seven days longer but 20% cheaper", "Sea freight is three times cheaper than
# rail", "Delivery via Poti is now 10% cheaper").
_RE_ROUTE_OR_MODE: Final = regex.compile(
    r"(?i:\b(?:corridors?|routes?|segments?|sections?|legs?|rail|railways?|road|roads"
    r"|ferry|ferries|sea|ocean|overland|delivery|deliveries|shipments?)\b)")
# A project's overrun: "turned out 20% more expensive than planned (than the original
# estimate)", or a project or its works compared ("Construction of the second track ...").
_RE_THAN_PLANNED: Final = regex.compile(
    r"[^.;!?]{0,50}?\b(?i:than)[\s\u00a0]++(?:(?i:was|had[\s\u00a0]++been)[\s\u00a0]++)?"
    r"(?i:planned|budgeted|(?:the[\s\u00a0]++|its[\s\u00a0]++)?(?:original[\s\u00a0]++|initial"
    r"[\s\u00a0]++)?(?:estimate|budget|plan|cost[\s\u00a0]++estimate)s?)\b")
_RE_PROJECT: Final = regex.compile(
    r"(?i:\b(?:construction|project|building|upgrade|upgrading|works|bypass|bridge|tunnel)\b)")
# Goods "shipped via the corridor", "delivered by rail": the route or mode of a participle's
# phrase after the goods is no subject moved at the cost compared (those goods' price is).
_RE_MOVED_BY: Final = regex.compile(
    r"\b(?i:shipped|delivered|sent|carried|moved|transported|trucked|railed|brought|exported"
    r"|imported|supplied)[\s\u00a0]++(?i:via|by|through|over|across|along|on|from|to)\b")
# What a cue already names as a cost stays: "War-risk cover ... ten times more expensive".
_COST_LABELS: Final = frozenset({
    "insurance", "price", "freight rate", "energy price", "oil price", "port charges", "fares",
    "rent", "customs duty", "project cost", "operating expenses", "wage", "fine"})


def costs_more_or_less(
    label: str | None, claim: Located, clause: tuple[int, int], text: str
) -> tuple[str, Topic] | None:
    """What a share or a multiplier a cost is compared by measures, when the cue's `label`
    names no cost: the freight rate when its clause speaks of moving goods, a route or a mode
    ("Shipping via the Caspian is now 25% cheaper than via the northern route", "Rail freight
    became 15% more expensive"), else a price ("Flour is 10% dearer than a year ago"); None
    when the figure compares no cost."""
    if label in _COST_LABELS or match_at(_RE_COSTS_MORE_OR_LESS, text, claim.end) is None:
        return None
    lo = clause[0]
    if (_RE_THAN_PLANNED.match(text, claim.end, min(len(text), claim.end + 90)) is not None
            or _RE_PROJECT.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None):
        return "project cost", Topic.INVESTMENT
    moved = _RE_MOVED_BY.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT)
    hi = claim.start if moved is None else moved.start()  # the subject, before its verb
    if (RE_FREIGHT.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None
            or _RE_ROUTE_OR_MODE.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None
            or match_at(_RE_THAN_BY_ROUTE, text, claim.end) is not None):
        return "freight rate", Topic.LOGISTICS
    return "price", Topic.ECONOMY


# Routes compared ("15% cheaper than via Russia", "than by sea"): what moving goods costs.
_RE_THAN_BY_ROUTE: Final = regex.compile(
    r"[\s\u00a0]++[\w-]++(?:[\s\u00a0]++[\w-]++)?[\s\u00a0]++than[\s\u00a0]++"
    r"(?:via|by|through|over|on[\s\u00a0]++the)\b")


def priced_by_phrase(
    label: str | None, claim: Located, clause: tuple[int, int], text: str, uclass: str
) -> tuple[str, Topic] | None:
    """The cost a phrase right around the figure says it measures: a share or a multiplier of
    "cheaper" (`costs_more_or_less`), a share that tariffs on goods are (`duty_on_goods`),
    money goods "traded at" (`traded_at`); else None."""
    if uclass in ("share", "factor"):
        return costs_more_or_less(label, claim, clause, text) or (
            duty_on_goods(label, claim, clause, text))
    if uclass == "money" and label == "trade turnover":
        return traded_at(claim, text)
    return None


# "Tariffs on Chinese cars will rise to 15% from 5%", "a tariff on imported wheat of 20%": a
# tariff on goods, in per cent of their value, is a customs duty (not "tariffs on grain
# transit", "rail tariffs on the route": what moving them costs).
_RE_TARIFF_ON_GOODS: Final = regex.compile(
    r"(?i:\btariffs?[\s\u00a0]++on[\s\u00a0]++"
    r"(?![^.;:!?]{0,40}?\b(?:transit|transport\w*+|carriage|freight|haulage|shipping|rail\w*+"
    r"|routes?|containers?|wagons?|cargo|berths?|ports?|ferr(?:y|ies)|trucks?|lorr(?:y|ies))\b))")


def duty_on_goods(
    label: str | None, claim: Located, clause: tuple[int, int], text: str
) -> tuple[str, Topic] | None:
    """A customs duty: a share level (no change) the clause's tariffs on goods are."""
    if label != "freight rate" or claim.unit != "%" or claim.change is not None:
        return None
    lo = max(clause[0], claim.start - 100)
    if "ariff" not in text[lo : claim.start]:
        return None  # the common case, told without the pattern
    found = _RE_TARIFF_ON_GOODS.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT)
    return None if found is None else ("customs duty", Topic.TRADE)
