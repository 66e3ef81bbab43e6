"""The box an interview's question prices, lent to the bare money of its answer: "Q: What does
a 40-foot container from Xi'an to Duisburg cost today? / A: By rail, about $4,300. Through the
Middle Corridor, $5,600 to $6,200." (each figure per 40ft container, as "A 40-foot container
from Xi'an to Duisburg costs $4,300" is); and the length a route's money is per when one of it
opens the clause ("A kilometre of new track costs about $1.5 million"). Read by `quantity` and
`rates` for money with no rate of its own.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import scan_timeout
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import MANY_PER_USD, PER_WORDS

# The question: "what/how much" asked of one box, wagon, truck or tonne, and a price word
# ("What does a 40-foot container from X to Y cost?", "How much is one wagon of grain to
# Baku?", "What is the rate for a TEU to Poti?").
_RE_ASKED: Final = regex.compile(
    r"(?i:\b(?:what|how[\s\u00a0]++much)\b[^?.!\n]{0,60}?\b(?:a|an|one|each|every|per)"
    r"[\s\u00a0]++(?:(?P<size>40|20|45)[-\s\u00a0]?(?:ft|foot|feet)[\s\u00a0]++(?:container|box)"
    r"|(?P<thing>container|box|wagon|railcar|truck|trailer|tonne|ton|teu))\b"
    r"(?![\s\u00a0]++(?:terminals?|ships?|vessels?|ports?|yards?|trains?|lines?|depots?"
    r"|cranes?)\b)[^?.!\n]{0,140}?\?)"
)
_RE_PRICE_WORD: Final = regex.compile(
    r"(?i:\b(?:cost|costs|charge|charges|rate|rates|price|prices|tariff|tariffs|how[\s\u00a0]++much"
    r"|pay)\b)")
# The answer opens on its label ("A:", "A.", a speaker in capitals) right after the question.
_RE_ANSWER_OPEN: Final = regex.compile(
    r"[\s\u00a0]*+(?:A[:.]|[A-Z]{2,}+(?:[\s\u00a0][A-Z]{2,}+){0,2}+:)")
# The figure's own sentence has no verb before it ("By sea from Shanghai, around $2,900."),
# save the box's own "it costs/is" ("A: It costs about $4,300 by rail").
_RE_OWN_VERB: Final = regex.compile(
    r"(?i:\b(?<!\b(?:it|that|this)[\s\u00a0]++(?:now[\s\u00a0]++)?)(?:is|are|was|were|has|have"
    r"|had|will|would|costs?|pays?|paid|spen[dt]s?|charges?|brought|made|took|got|sold"
    r"|[a-z]{3,}ed)\b)")
# A later sentence of the answer prices the box only as another route's or mode's figure ("By
# rail and ferry, $2,700"); an add-on or another cost is not the box's rate ("Insurance,
# another $300", "plus roughly $400 in port fees", "Customs, maybe $150").
_RE_ROUTE_OPENER: Final = regex.compile(r"[\s\u00a0]*+(?:By|Through|Via|Across|Over)\b")
_OTHER_COST: Final = (
    r"fees?|insurance|customs|storage|subsid(?:y|ies)|dut(?:y|ies)|tax(?:es)?|demurrage")
_RE_OTHER_COST_BEFORE: Final = regex.compile(
    rf"(?i:\b(?:{_OTHER_COST}|plus|another|extra)\b[^.;:]{{0,30}}\Z)")
_RE_OTHER_COST_AFTER: Final = regex.compile(
    rf"(?i:[\s\u00a0]++(?:in|for|of)[\s\u00a0]++(?:[a-z-]++[\s\u00a0]++)?(?:{_OTHER_COST})\b)")
_ANSWER_REACH: Final = 400  # characters from the question's "?" to the figure
_BOX_PRICE_MAX: Final = 1e6  # dollars: what one box costs to move is far below a million


def box_sized(value: float, unit: str) -> bool:
    """Could the money be what moving one box costs (under `_BOX_PRICE_MAX` in dollars)?"""
    return value < _BOX_PRICE_MAX * MANY_PER_USD.get(unit, 100) / 100


def asked_box(text: str, start: int, value: float, unit: str) -> str | None:
    """The box (a rate's denominator, "40ft container") the question before a bare answer's
    money at `start` asks the price of, or None (see above)."""
    if not box_sized(value, unit):
        return None
    mark = text.rfind("?", max(0, start - _ANSWER_REACH), start)
    if mark < 0 or "\n\n" in text[mark:start] or "Q:" in text[mark:start]:
        return None
    label = _RE_ANSWER_OPEN.match(text, mark + 1, start)
    if label is None or _another_cost(text, label.end(), start):
        return None
    lo = max(0, mark - 300)  # the question: from its line's start or the sentence before it
    q_lo = max(text.rfind("\n", lo, mark), text.rfind(".", lo, mark), lo - 1) + 1
    asked = _RE_ASKED.search(text, q_lo, mark + 1, timeout=scan_timeout(mark - q_lo))
    if asked is None or _RE_PRICE_WORD.search(asked.group()) is None:
        return None
    if asked["size"]:
        return f"{asked['size']}ft container"
    thing: str = asked["thing"].lower()
    return PER_WORDS.get(thing, thing)


def _another_cost(text: str, label_end: int, start: int) -> bool:
    """Is the answer's money at `start` not the box's price: after a verb or a count of its
    own sentence, in a later sentence not opening on a route, or another cost (see above)?"""
    lo = max(text.rfind(".", label_end, start), text.rfind(":", label_end, start)) + 1
    if lo > 0 and _RE_ROUTE_OPENER.match(text, lo, start) is None:
        return True  # "A: About $2,800. Our fleet of 120 trucks brought in $900,000"
    lo = max(lo, label_end)
    if any(ch.isdigit() for ch in text[lo:start]):
        return True  # a count or another figure before it in its sentence
    if _RE_OWN_VERB.search(text, lo, start, timeout=scan_timeout(start - lo)) is not None:
        return True
    gap = text.find(" ", start, start + 40)
    return _RE_OTHER_COST_BEFORE.search(text[lo:start]) is not None or (
        gap > 0 and _RE_OTHER_COST_AFTER.match(text, gap) is not None)


# One length of a route or a track its money is per, opening the sentence or a clause: "A
# kilometre of new track costs about $1.5 million", "each mile of the highway cost $12 million",
# "building a kilometre of road costs $2 million" (not "the first kilometre of the line cost $3
# million": that one's cost). One clause only (no comma, "and" or "but" in the gap), and a cost
# verb right before the money (a hedge allowed): money of a later clause or of a loan, a system or
# a contract is no price of the length.
_RE_LENGTH_OF: Final = regex.compile(
    r"(?:(?<=(?:\A|[.!?\n])[\s\u00a0]{0,3})(?:A|One|Each|Every)"
    r"|(?<=(?:[,;:]|\b(?:while|whereas|and|but))[\s\u00a0]{1,3})(?:a|one|each|every)"
    r"|\b(?:Each|each|Every|every|per)"
    r"|\b(?i:building|laying|constructing|paving|electrifying|upgrading|rebuilding)"
    r"[\s\u00a0]++(?:a|one|each|every))"
    r"[\s\u00a0]++(?P<length>kilomet(?:re|er)|mile)"
    r"[\s\u00a0]++of\b(?:(?!\b(?:and|but)\b)[^,.;!?$€£]){0,100}?"
    r"\b(?:costs?|will[\s\u00a0]++cost|(?:comes?|came)[\s\u00a0]++to"
    r"|(?:is|was)[\s\u00a0]++(?:estimated|priced|put|valued)[\s\u00a0]++at)"
    r"[\s\u00a0]++(?:" + HEDGE_WORDS + r"[\s\u00a0]++)?\Z")
_LENGTH_PERS: Final = {"kilometre": "km", "kilometer": "km", "mile": "mi"}


def length_priced(start: int, text: str) -> str | None:
    """The length (km, mi) money at `start` is per when one of it opens its clause
    (`_RE_LENGTH_OF`); else None."""
    lo = max(0, start - 120)
    window = text[lo:start]
    if "ilomet" not in window and "mile" not in window:
        return None  # the common case, told without the pattern
    found = _RE_LENGTH_OF.search(text, lo, start, timeout=scan_timeout(start - lo))
    return None if found is None else _LENGTH_PERS[found["length"]]
