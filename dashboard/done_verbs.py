"""How a change before a day without its year is told: done, to come, or neither.

Pure. "prices have risen 9% from 1 January" (a market's own change in the active perfect:
the day gone), "tariffs were raised by 12% from 1 January" (a simple past passive: the day
gone), "the government has approved a 10% rise from 1 July", "tariffs have been cut by 10%
from 1 May" (an official act, announced as often for the coming day: the nearest such day),
"will rise 7% from 1 September", "has decided to raise the duty by 5% from 1 September" (to
come). Only the verb of the figure's own clause counts: not one before ", although", ",
whose", nor one in a relative clause closed by a comma ("Wheat prices, which traders expect
will keep climbing, rose 9% from 1 February": a base). `iso_periods` reads the day's year by
it and `timing` lets such a day start a change's period.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import CLAUSE_TIMEOUT
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import PERFECT_CHANGE_WORDS

# A market's own change in the perfect: the last such day ("the som has weakened 3% from 1
# October"); so is any perfect right before its figure or "by" ("have increased 9% from ...")
_MARKET_VERBS: Final = regex.compile(
    rf"{PERFECT_CHANGE_WORDS}|weakened|strengthened|gained|climbed|dropped|declined|jumped"
    r"|surged|slipped|rallied|soared|slumped|plunged|tumbled|edged|appreciated|depreciated"
    r"|firmed|softened|rebounded|recovered|advanced|retreated|doubled|halved")
_RE_CHANGE_NEXT: Final = regex.compile(
    rf"\s+(?:[0-9$€£¥]|(?i:by|to|against|{HEDGE_WORDS})\b|[a-z]+ly\b)")
# A participle: "-ed" or one of the common ones without it ("have been cut", "were set")
_PARTICIPLE: Final = r"(?:[a-z]+ed|cut|set(?!\s+to\b)|put|kept|held)"
_RE_DONE_VERB: Final = regex.compile(
    rf"\b(?:(?P<future>(?i:will|shall|would|(?:is|are)\s+(?:(?:set|due|scheduled|expected"
    r"|going)\s+)?to|plans?\s+to|intends?\s+to)"
    r"|(?i:has|have|had)\s+(?:decided|agreed|proposed|voted|pledged|promised|planned|moved"
    r"|announced|ordered|offered)\s+(?:to\s+[a-z]+|[a-z]+ing))"
    # (and "has cut tariffs for container trains by 20% from 1 April": no "-ed")
    rf"|(?P<perfect>(?i:has|have|had)\s+(?!been\b)(?P<pverb>[a-z]+ed|cut|{PERFECT_CHANGE_WORDS}))"
    rf"|(?P<been>(?i:have|has)\s+been\s+{_PARTICIPLE})|(?i:was|were|had\s+been)\s+{_PARTICIPLE})"
    r"\b")
_RE_SENTENCE_END: Final = regex.compile(r"[;!?]|\.(?![0-9])")
# The start of the figure's own clause: a comma before a conjunction or a relative word (not
# ", and by a further 12%": the same verb's)
_RE_CLAUSE_START: Final = regex.compile(
    r",\s*(?:(?:but|and)(?!\s+(?:by|to|from|then|a|an|another|further)\b)|although|though"
    r"|while|whereas|(?P<relative>whose|which|that|who))\b")
_RE_RELATIVE_END: Final = regex.compile(r"\b(?i:which|that|who)\s+\Z")
_LOOKBACK: Final = 200


def done_before(text: str, start: int) -> str | None:
    """How a change before a day at `start` is told: "perfect" (a market's own change in the
    active perfect), "past" (a simple past passive: both the last such day), "been" (an
    official act in the perfect, active or passive: the nearest), "future" (a verb still to
    come), or None (none of these in the figure's own clause)."""
    lo = max(0, start - _LOOKBACK)
    ends = list(_RE_SENTENCE_END.finditer(text, lo, start))
    lo = ends[-1].end() if ends else lo
    clauses = list(_RE_CLAUSE_START.finditer(text, lo, start))
    lo = clauses[-1].start() if clauses else lo
    verbs = list(_RE_DONE_VERB.finditer(text, lo, start))
    verb = verbs[-1] if verbs else None
    if verb is None:
        return None
    if "," in text[verb.end() : start] and (
            _RE_RELATIVE_END.search(text, max(0, verb.start() - 12), verb.start())
            or (clauses and clauses[-1].group("relative"))):
        return None  # "Wheat prices, which traders expect will keep climbing, rose 9% from"
    if verb.group("future"):
        return "future"
    if verb.group("perfect"):
        market = _MARKET_VERBS.fullmatch(verb.group("pverb").lower())
        return "perfect" if market or _RE_CHANGE_NEXT.match(text, verb.end(), start) else "been"
    return "been" if verb.group("been") else "past"


# ", meant to send 1,300 MW of power to Pakistan, has cost": an aside closed by a comma, then
# the main clause's verb in the present perfect or the past perfect (has/had + a participle),
# or "was/were" + a participle of spending or doing; not "was going to cost", "has a design
# capacity of" (a noun), "was supposed to", "has yet to".
RE_ASIDE_THEN_PAST: Final = regex.compile(
    r"(?:[^,;:()]|(?<=[0-9]),(?=[0-9])){1,160}+,[\s\u00a0]++(?:(?:has|have|had)[\s\u00a0]++"
    r"(?:(?:already|so[\s\u00a0]++far|now|just|been)[\s\u00a0]++)*+"
    r"(?!(?:to|set|due|expected|scheduled|planned|slated|meant|designed|intended|projected"
    r"|forecast(?:ed)?|estimated|yet|likely|supposed|going)\b)(?:[a-z]+ed|cost|spent|built|paid"
    rf"|sold|taken|made|{PERFECT_CHANGE_WORDS}|drawn|won|brought|lost|run)\b"
    r"|(?:was|were)[\s\u00a0]++(?:(?:already|eventually|finally)[\s\u00a0]++)?(?:built|spent"
    r"|received|handled|completed|finished|paid|sold|delivered|financed|funded|awarded"
    r"|commissioned|launched|opened|signed|bought|carried)\b)"
)
# ", expected to open in 2027, has cost": an aside of what is planned for the thing, closed by
# a comma before such a past verb: its time is the plan's, not the main clause's figure's.
_RE_PLAN_ASIDE: Final = regex.compile(
    r",[\s\u00a0]++(?i:expected|due|scheduled|slated|set|planned|meant|designed|intended"
    r"|projected)[\s\u00a0]++to\b[^,;:()]*+\Z")


def plan_aside_closes_done(text: str, comma: int, hi: int) -> bool:
    """Does a plan's aside open at `comma` and run past `hi` on to a comma and the main
    clause's past verb? "The plant, expected to open in 2027, has cost $500 million"."""
    return _RE_PLAN_ASIDE.match(text, comma, hi) is not None and RE_ASIDE_THEN_PAST.match(
        text, comma + 1, min(len(text), hi + 200), timeout=CLAUSE_TIMEOUT) is not None
