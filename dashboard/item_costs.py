"""What one item costs: money after the verb "cost" whose subject is a thing bought one at a
time or a good a shop sells ("A new truck costs $120,000, while used ones cost $40,000",
"Locally made drugs cost on average 14,200 soums", "a sack of flour costs 410 somoni") is
its price, not a project's cost ("The new terminal costs $300 million", "the railway will
cost $2 billion" keep theirs).

Pure: no pandas, no dash. Read by `refine.cost_metric`.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.facts import Facts
from dashboard.vocab.classes import GOODS_EXPORTS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import METRICS, PRICED_ITEMS

_ITEMS: Final = "|".join(sorted(PRICED_ITEMS, key=len, reverse=True))
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
    if word in PRICED_ITEMS or any(  # "a sack of flour costs": a good's cue, its head
            end == head.end("head") and METRICS[row][0] in GOODS_EXPORTS
            for _, end, row in facts.cues):
        return True
    # "..., while used ones cost $40,000": the item named before in the sentence
    return word in _ONES and _RE_ITEM.search(
        text, max(facts.lo, head.start() - _ONES_REACH), head.start()) is not None


# An auction or exchange lot that sells for money, before the figure: "lots of milling wheat
# from Kostanay sold for 96,000 tenge", "A lot of 60 tonnes sold for ...", "Each lot fetched
# about ...", "The first lot was sold at ..." (not "a lot of wheat", much of it).
_RE_LOT_SOLD_BEFORE: Final = regex.compile(
    r"(?i:(?:\blots\b|\blot[\s\u00a0]++(?:of[\s\u00a0]++)?[0-9]|\b(?:the|each|every|one|this"
    r"|that|first|last|second|third|final|a[\s\u00a0]++single)[\s\u00a0]++lot\b)"
    r"[^.;:!?]{0,80}?\b(?:(?:was|were|is|are)[\s\u00a0]++)?(?:sold|sells?|fetched|fetch(?:es)?"
    r"|went|changed[\s\u00a0]++hands|traded)(?:[\s\u00a0]++(?:for|at))?[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z)"
)
_LOT_REACH: Final = 130  # characters back from the figure to "lots"


def is_lot_sold(claim: Located, text: str) -> bool:
    """Is the money what an auction or exchange lot sold for (see above): a price, no exports?"""
    lo = max(0, claim.start - _LOT_REACH)
    return "lot" in text[lo : claim.start].lower() and _RE_LOT_SOLD_BEFORE.search(
        text, lo, claim.start) is not None
