"""Whose money a figure is, when its cue says only that it was spent or approved: a company's
or a lender's spending is an investment, not a state's budget ("DP World will spend about
$100 million to raise the capacity"), and a lender's approval of a sum is a loan ("The Asian
Development Bank approved three-quarters of a billion dollars for roads"); money that goes
into a port is invested there. Money an event "cost" a person or a body is its loss ("The strike
cost the port an estimated $3 million a day"), and money people spent (tourists, visitors,
shoppers) is no state's budget. Read by `measures` after the cue's metric.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.scanning import CLAUSE_TIMEOUT, match_at, may_contain
from dashboard.vocab.entities import COUNTRIES, INVESTORS, LENDERS, PORTS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import COST_LABELS

# The lender's verb between it and the sum: "approved", "has approved", "approves".
_RE_APPROVED: Final = regex.compile(r"\b(?i:approv(?:ed|es|e))\b")


def by_spender(
    label: str | None, claim: Located, facts: Facts, clause: tuple[int, int], text: str,
    uclass: str,
) -> tuple[str | None, Topic] | None:
    """The investment or loan of a sum whose clause's subject (its first name before the sum,
    no country before it) is an investor or a lender (see the module); else None."""
    if uclass != "money":
        return None
    if label in COST_LABELS and _event_cost_someone(claim, facts, text):
        return "loss", Topic.ECONOMY  # "The strike cost the port an estimated $3 million"
    if label == "budget" and _people_spent(claim, facts, text):
        return None, Topic.ECONOMY  # "Tourists from China spent $320 million": no budget
    if label not in (None, "budget"):
        return None
    if label is None and _goes_into_a_port(claim, facts, text):
        return "investment", Topic.INVESTMENT  # "$500 million will go into the Alat port"
    subject = next(((pos, name) for pos, name in facts.entities
                    if clause[0] <= pos < claim.start), None)
    if subject is None or subject[1] in COUNTRIES or subject[1] not in INVESTORS:
        return None
    if label == "budget":
        return "investment", Topic.INVESTMENT  # "DP World earmarked 1.1 billion dirhams"
    if subject[1] in LENDERS and _RE_APPROVED.search(text, subject[0], claim.start):
        return "loan", Topic.INVESTMENT  # "The IMF board approved ... $280 million"
    return None


# Money put into a port: "five hundred million dollars will go into the Alat port this year"
# (not "go into effect", "go into operation": a port named right after).
_RE_GOES_INTO: Final = regex.compile(
    r"[\s\u00a0]++(?:(?:will|would|is[\s\u00a0]++to|are[\s\u00a0]++to)[\s\u00a0]++)?"
    r"(?:go|goes|went|flow|flows|flowed)[\s\u00a0]++into[\s\u00a0]++(?:the[\s\u00a0]++)?")


def _goes_into_a_port(claim: Located, facts: Facts, text: str) -> bool:
    """Does "will go into" and a port's name follow the sum?"""
    into = match_at(_RE_GOES_INTO, text, claim.end) if "into" in text[
        claim.end : claim.end + 30] else None
    return into is not None and any(
        pos == into.end() and name in PORTS for pos, name in facts.entities)


# An event as the subject of "cost" and a person or a body its object, then the money: "The
# strike cost the port an estimated $3 million a day", "The closure of the Upper Lars crossing
# cost Georgian hauliers about $2 million a week", "Delays at the border cost exporters $150 per
# truck per day" (what they lost; not "The terminal cost $300 million", no object nor event).
# The events of `_RE_EVENT_COST_SOMEONE` (each with its plural), also its cheap test with
# `may_contain`: most windows with "cost" name no event, told without the pattern (measured:
# 240 searches a MB, 90 µs each)
_EVENT_WORDS: Final = (
    "strike", "closure", "sanctions", "delay", "storm", "war", "blockade", "shutdown", "outage",
    "flood", "drought", "fire", "queue", "congestion", "suspension", "ban", "disruption",
    "stoppage", "standstill", "protest", "accident", "derailment", "gale", "lockdown",
)
_RE_EVENT_COST_SOMEONE: Final = regex.compile(
    # (a sentence's start seen by a look-behind: the search starts inside the text, where
    # \A would match only at its very start)
    r"(?:(?<=(?:\A|[.!?\n])[\s\u00a0]*+)|[,;:]|\b(?i:and|but|while|whereas)\b)[\s\u00a0]*+"
    r"(?:(?i:the|a|an|this|that|these|those|its|their|last)[\s\u00a0]++)?"
    r"(?:[\w'’-]++[\s\u00a0]++){0,2}?"  # "the two-day rail strike", "last week's storm"
    rf"(?i:(?:{'|'.join(_EVENT_WORDS)})s?+|flooding)"
    r"(?:[\s\u00a0]++(?i:of|at|on|in|across|along|to|by|over)\b[^.;,!?$€£0-9]{0,60}?)?"
    r"[\s\u00a0]++(?:(?i:has|have|had|will|would|could|may|might)[\s\u00a0]++)?"
    r"(?i:cost(?:s|ing)?)[\s\u00a0]++"
    rf"(?:(?!(?i:{HEDGE_WORDS}|an?|estimated|to|over|in|on|for)\b)[\w'’-]++[\s\u00a0]++){{1,4}}?"
    r"(?:(?i:an?)[\s\u00a0]++)?(?:(?i:estimated)[\s\u00a0]++)?"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z")
# People spending: "Tourists from China spent $320 million", "1.2 million Russian visitors ...,
# spending $1.1 billion", "spending by foreign visitors reached", "tourist spending rose to"
# (not "Government spending on transport rose to 2.1 trillion tenge": a budget).
_PEOPLE: Final = (r"(?:tourists?|visitors?|travell?ers?|holidaymakers?|shoppers?|consumers?"
                  r"|households?|pilgrims?|guests?|passengers?|migrants?|holiday-makers?)")
# The people are the verb's subject: no preposition before them ("For migrants returning
# home, the state spent": the state's), no public body between them and the verb ("To cut
# waiting times for passengers, the government will spend").
_RE_PEOPLE_SPENT: Final = regex.compile(
    r"(?i:(?<!\b(?:for|to|of|on|with|among|from|by|at|about)[\s\u00a0]++(?:[\w-]++[\s\u00a0]++)?)"
    rf"\b{_PEOPLE}\b(?:(?!\b(?:government|ministry|ministries|authorit(?:y|ies)"
    r"|administration|akimat|council|cabinet|parliament|treasury)\b)"
    r"[^.;!?$€£]){0,80}?\b(?:spent|spend|spends|spending)"
    r"|\bspending[\s\u00a0]++by[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?" + _PEOPLE + r"\b"
    r"[^.;!?$€£]{0,60}?)"
    r"(?:[^.;!?$€£0-9]|(?<=[0-9])[.,](?=[0-9])){0,60}\Z")
_SPENT_REACH: Final = 200  # characters back from the money to the people


def _event_cost_someone(claim: Located, facts: Facts, text: str) -> bool:
    """Is the money what an event "cost" someone named after the verb (see above)?"""
    lo = max(facts.lo, claim.start - 160)
    window = text[lo : claim.start]
    return (may_contain(window, ("cost",)) and may_contain(window, _EVENT_WORDS)
            and _RE_EVENT_COST_SOMEONE.search(
                text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None)




def _people_spent(claim: Located, facts: Facts, text: str) -> bool:
    """Is the money what people (tourists, visitors, shoppers) spent (see above)?"""
    lo = max(facts.lo, claim.start - _SPENT_REACH)
    return "spen" in text[lo : claim.start].lower() and _RE_PEOPLE_SPENT.search(
        text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None
