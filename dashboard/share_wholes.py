"""A whole beside its part: the figure a share is "of" ("Kazakh exports made up 60% of the
1.5 million tonnes carried in 2022": the route's tonnes, not Kazakhstan's) and a total whose
part follows it ("the network carried 27.5 million tonnes, 78.9% of it via BTC": not the
pipeline's). Read by `subject`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located
from dashboard.facts import Facts
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.vocab.hedging import HEDGE_WORDS

# A part's share right before the whole it is of: "made up 60% of the ", "accounted for half
# of the total ", "was 16.9% of the " (a part of the whole; not "Wabtec has shipped 70% of the
# 300 locomotives ordered", the actor's own whole; nor "60% of the country's cargo", no figure).
_RE_SHARE_OF_THE: Final = regex.compile(
    r"\b(?i:(?:made|make|makes|making)[\s\u00a0]++up|account(?:ed|s|ing)?[\s\u00a0]++for"
    r"|represent(?:ed|s|ing)?|constitut(?:ed|es|ing)|compris(?:ed|es|ing)|was|were|took|takes)"
    rf"[\s\u00a0]++(?i:{HEDGE_WORDS}[\s\u00a0]++)?"
    r"(?:[0-9][0-9.,]*+[\s\u00a0]*+(?:%|per[\s\u00a0]?cent\b)|(?i:half|a[\s\u00a0]++third|"
    r"a[\s\u00a0]++quarter|two-thirds|three-quarters))"
    r"[\s\u00a0]++of[\s\u00a0]++the[\s\u00a0]++"
    r"(?:(?:total|overall|combined|entire|whole)[\s\u00a0]++)?\Z"
)
# A part after its total: ", 78.9% of it (21.688 million tonnes) via BTC", ", 40% of them".
_RE_SHARE_OF_IT: Final = regex.compile(
    rf",[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?"
    r"[0-9][0-9.,]*+[\s\u00a0]*+(?:%|per[\s\u00a0]?cent\b)[\s\u00a0]++of[\s\u00a0]++(?:it|them)\b"
)


def share_whole(claim: Located, facts: Facts, text: str) -> list[str] | None:
    """The names of a whole a share is of, said after it in its clause ("64% of the 41.2
    million tonnes shipped through Georgia's terminals": Georgia), none when its words name
    nothing (the text before then says whose); None when the claim is no such whole."""
    if "of the" not in text[max(facts.lo, claim.start - 24) : claim.start] or (
            _RE_SHARE_OF_THE.search(text, max(facts.lo, claim.start - 72), claim.start,
                                    timeout=CLAUSE_TIMEOUT) is None):
        return None  # the common case, told without the pattern
    return facts.subjects(claim.end, facts.break_after(claim.end))


def parts_after(claim: Located, facts: Facts, text: str) -> frozenset[str]:
    """The names of the part said after a total (", 78.9% of it ... via BTC"), none when the
    claim is no such total or its part names nothing."""
    after = text[claim.end : min(facts.hi, claim.end + 40)]
    at = after.find(" of it")
    if at < 0 and (at := after.find(" of them")) < 0:
        return frozenset()  # the common case, told without the pattern
    comma = text.rfind(",", claim.end, claim.end + at)
    found = match_at(_RE_SHARE_OF_IT, text, comma) if comma >= 0 else None
    if found is None:
        return frozenset()
    return frozenset(facts.subjects(found.end(), facts.break_after(found.end())))
