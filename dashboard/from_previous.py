"""What a claim takes from the claim before it in its sentence: the change of a list of
changes ("Train numbers rose 10.7% and cargo volume 9.2%"), of a pair whose verb is left out
("grew 7.7% to $301 million and those to Georgia 3.1% to $236 million") or of a figure said
again in brackets; the metric of a level it is set against ("4.1% of GDP in 2024, against
3.6% a year earlier") or restates as a share of GDP ("$2.6 bn in 2024, about 19% of GDP");
the goods sold again ("exported 24.5 mt of crude and plans to ship 25 mt in 2025"). Called by
`describe`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from dashboard.change_words import RE_CHANGE_BEFORE
from dashboard.claim import Change, Claim
from dashboard.patterns import COMPARISON_TAGS
from dashboard.patterns_around import PERCENT, RE_TO_FIGURE
from dashboard.scanning import match_at
from dashboard.shared_times import PLACE_AFTER
from dashboard.time_grammar import MONTH_NUM
from dashboard.timing import RE_FOOTNOTE_MARK
from dashboard.vocab.classes import GOODS_EXPORTS
from dashboard.vocab.hedging import HEDGE_OR_MORE, HEDGE_WORDS


def from_previous(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """`claim` with what it takes from `prev`, the claim before it in its sentence (if any)."""
    claim = _carry_goods(_gapped_pair(_carry_change(claim, prev, text), prev, text), prev, text)
    claim = _producer_capacity(claim, prev, text)
    return _share_of_gdp(_set_against(claim, prev, text), prev, text)


_RE_LIST_JOINT: Final = regex.compile(
    rf"\A(?:\s+(?:{COMPARISON_TAGS}|on\s+the\s+(?:year|quarter)))?"
    # the change named after the first figure: "a 35% cut in emissions by 2030 and 40% by 2050"
    r"(?:\s+(?:cut|reduction|decrease|decline|drop|increase|rise|growth)(?=\s+in\s))?"
    r"(?:\s+(?:in|for|during)\s+[^0-9,;:()]{0,30}?(?:19|20)[0-9]{2}"  # "4.8% in 2024 and 4.1%"
    rf"|\s+in\s+(?i:{'|'.join(MONTH_NUM)})\b"  # "rose 5% in January and 7% in February"
    rf"|{PLACE_AFTER})?"  # "rose 5% at Aktau and 7% at Kuryk"
    r"(?:,|\s+and|,\s+and)\s+[^0-9;:()]{0,40}\Z"
)
# "will grow 5% this year and 7% in 2026", "and another 3% next year": a second change right
# after "and", the first's time told by its place beside publication's
_RE_NEAR_YEAR_JOINT: Final = regex.compile(
    r"\A\s+(?:this|next|last)\s+(?:year|quarter|month|season),?\s+and\s+(?:by\s+)?"
    rf"(?:(?:another|a\s+further|{HEDGE_WORDS})\s+)?\Z")
# ... unless a verb of its own follows the second ("and some 60% was bound for Europe", "and
# about 70% went to China": a share of the first's total, no change; not "and 35% the year
# before", "and 5% so far this year": the same verb's)
_RE_OWN_VERB_AFTER: Final = regex.compile(
    r"\s++(?:[a-z-]++\s++){0,2}?(?:was|were|is|are|went|goes|go|came|comes|had|has|have"
    r"|remained|stayed|ended|headed|moved|travelled|traveled)\b")
# "is forecast to grow 6% next year after 9.4% in 2024", "rose 5%, against 3% a year
# earlier", "rose 62% last year, not the 33% first reported", "growth of 5.0% this year, below
# the government's target of 6%": the rate set beside a change is the same kind of change
_RE_AFTER_JOINT: Final = regex.compile(
    r"\A[^;:()]{0,30}?[\s,](?:after|against|versus|compared\s+(?:with|to)"
    r"|(?<=,\s*+)not(?:\s++the)?+"
    r"|(?:below|above|short\s+of|ahead\s+of|in\s+line\s+with)\s++the\s++(?:[\w'’-]+\s++){0,2}?"
    r"(?:target|forecast|estimate|projection|expectation|consensus|goal|plan)s?+\s++of)\s++"
    rf"(?:{HEDGE_WORDS}\s++)?\Z"
)
# A level after the list joint, not a second change: "rose 6%, with the margin at 27.1%",
# "rose 10%, and the share was 27%", "cut loads by 10-15%, and ships sail at 70% of their
# capacity" (a change is "by" or bare, a level "at"); a share after its verb: "up 34.5
# percent year on year, accounting for 5.9 percent of the total".
_RE_ENDS_WITH_TO: Final = regex.compile(
    r"\b(?:to|was|were|is|are|at|account(?:s|ed|ing)?\s+for|(?:mak(?:es|ing)|made|make)\s+up"
    r"|represent(?:s|ed|ing)?)\s*\Z"
)
# A second object of one verb of change, its size after "by": "... and emissions by about"
# (a noun's words, no verb: "and were shipped by 5 companies" names an agent)
_RE_ELLIPTIC_BY: Final = regex.compile(
    r"\A[^.!?]{0,40}?\s(?:and|while)\s+"
    r"(?:(?!(?:were|was|is|are|be|been|being|has|have|had|[a-z]+ed)\s)[a-z][\w-]*\s+){1,3}by\s+"
    rf"(?:(?:{HEDGE_WORDS}|a\s+further)\s+)?\Z")
# A share of a whole named before it, no second change: "up 3.2%, and 59% of it came from
# pipelines", "rose 9%, and 40% of the total went by rail".
_RE_PART_OF_A_WHOLE: Final = regex.compile(
    r"[\s\u00a0]of[\s\u00a0]++(?:it|them|this|that|these|those|which|the[\s\u00a0]++total)\b")
_RE_WITH_AT: Final = regex.compile(r"\bwith\b[^0-9]*\bat\s*\Z")
# A figure that names a bound, a determiner before it: "rose 12.2%, above the central bank's
# 5% target", "below the 60% ceiling" (but "above the 5.3% the ministry had forecast" is a
# change as the first is).
_RE_BOUND_BEFORE: Final = regex.compile(r"(?:\b(?:the|its|their)|\w['’]s)\s+\Z")
_RE_BOUND_AFTER: Final = regex.compile(
    r"\s+(?:inflation\s+)?(?:target|ceiling|cap|limit|threshold|benchmark|goal|norm)s?\b")


def _carry_change(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """"Train numbers rose 10.7% and cargo volume 9.2%": the second shares the first's change;
    so does a change said again in brackets ("dropped by 1 to 1.5 degrees Celsius (1.8 to 2.7
    Fahrenheit)", "grew by 20,000 TEU (12%)"), with the first's metric."""
    if claim.change is not None or prev is None or prev.change is None:
        return claim
    gap = RE_FOOTNOTE_MARK.sub("", text[prev.end : claim.start], count=1)  # "33%[2] in 2024"
    if (prev.unit == claim.unit and claim.unit in ("%", "pp")
            and (_RE_LIST_JOINT.match(gap) or _RE_AFTER_JOINT.match(gap)
                 or (_RE_NEAR_YEAR_JOINT.match(gap)
                     and not _RE_OWN_VERB_AFTER.match(text, claim.end, claim.end + 60)))
            and not _RE_ENDS_WITH_TO.search(gap) and not _RE_WITH_AT.search(gap)
            and not (_RE_BOUND_BEFORE.search(gap) and _RE_BOUND_AFTER.match(text, claim.end))
            and not (" of " in text[claim.end : claim.end + 4]
                     and match_at(_RE_PART_OF_A_WHOLE, text, claim.end))):
        return replace(claim, change=prev.change)
    if _RE_ELLIPTIC_BY.search(gap) and not regex.search(r"[0-9;:()]", gap):
        return replace(claim, change=prev.change)  # "cut transit times by 30% and emissions
        # by about 90,000 tonnes": the verb's change, said once for both
    if _RE_BRACKET_GAP.fullmatch(gap) and text[claim.end : claim.end + 1] == ")":
        return replace(claim, change=prev.change, metric=prev.metric or claim.metric,
                       topic=prev.topic if prev.metric else claim.topic)
    return claim


# "exports to Azerbaijan grew 7.7% to $301 million and those to Georgia 3.1% to $236 million":
# a second pair of a change and its level, its verb left out ("those to ..."), said after a
# first pair's level ("7.7% to" right before it)
# ("and imports 12.3% to $31.1 billion": a noun of one to three words instead, no verb;
# the change may keep its "by" and the level its comma: "grew by 340% over the period, to
# €1.1 billion, and those to Armenia by 210%, to €290 million")
_RE_THOSE_GAP: Final = regex.compile(
    r",?[\s\u00a0]++(?:and|while|whereas)[\s\u00a0]++(?:(?:those|that)[\s\u00a0]++"
    r"(?:to|from|of|for|with|in|on)[\s\u00a0]++[^0-9;:()%$€£]{1,40}?[\s\u00a0]"
    r"|(?:(?!(?:was|were|is|are|had|has|have|it|they|by)\b)\p{Ll}[\p{L}-]*+[\s\u00a0]++){1,3})"
    r"(?:by[\s\u00a0]++)?\Z")
_RE_PERCENT_TO: Final = regex.compile(
    rf"[0-9][0-9.,]*+[\s\u00a0]*+{PERCENT}(?:[\s\u00a0]++[^0-9;:()%,.]{{1,40}}?)??,?"
    r"[\s\u00a0]++to[\s\u00a0]++\Z")


def _gapped_pair(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """A share without its verb ("and those to Georgia 3.1% to $236 million") after a level
    reached by a change ("grew 7.7% to $301 million"): the first pair's verb is its change."""
    if (claim.change is not None or claim.unit != "%" or prev is None or prev.change is not None
            or claim.start - prev.end > 60
            or not _RE_THOSE_GAP.match(text, prev.end, claim.start)
            or not match_at(RE_TO_FIGURE, text, claim.end + text.startswith(",", claim.end))):
        return claim
    pair = _RE_PERCENT_TO.search(text, max(0, prev.start - 64), prev.start)
    verb = pair and RE_CHANGE_BEFORE.search(text, max(0, pair.start() - 60), pair.start())
    if not verb:
        return claim
    return replace(claim, change=Change.INCREASE if verb.group("inc") else Change.DECREASE)


def _set_against(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """ "4.1% of Azerbaijan's GDP in 2024, against 3.6% a year earlier": a level set against
    the one before it, in the same unit, measures what that one does, whatever cue ("GDP")
    stands between them."""
    if (prev is None or prev.metric is None or claim.metric == prev.metric
            or (claim.unit != prev.unit and not {claim.unit, prev.unit} <= _SPANS)
            or claim.per != prev.per
            or claim.change is not None or prev.change is not None
            or claim.start - prev.end > 60
            or not _RE_SET_AGAINST.match(text[prev.end : claim.start])):
        return claim
    return replace(claim, metric=prev.metric, topic=prev.topic)


# (spans of time in any unit: "takes 5 to 7 days, down from three weeks" is a transit time)
_SPANS: Final = frozenset({"hour", "day", "week", "month"})
_RE_SET_AGAINST: Final = regex.compile(
    r"\A[^;:()]{0,50}?,\s++(?:against|versus|compared\s+(?:with|to)|(?:down|up)\s+from)\s++"
    rf"(?:{HEDGE_WORDS}\s++)?\Z"
)


# ", about 19% of GDP", ", equal to 45% of GDP": the figure before, restated as a share.
_RE_RESTATED_AS_SHARE: Final = regex.compile(
    rf"[^,;.]{{0,30}}?,[\s\u00a0]*+(?:(?:{HEDGE_WORDS}|or|equal[\s\u00a0]+to"
    rf"|equivalent[\s\u00a0]+to)[\s\u00a0]++){{0,2}}+\Z"
)
_RE_OF_GDP_AFTER: Final = regex.compile(r"[\s\u00a0]++of[\s\u00a0]++(?:the[\s\u00a0]++)?(?i:GDP)\b")


def _share_of_gdp(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """ "Remittances fell to $2.6 bn in 2024, about 19% of GDP": a share of GDP that restates
    the figure before it measures what that figure does (remittances), not the economy's size
    (a series of GDP ratios would mix deficits, remittances and trade)."""
    if (claim.unit != "%" or prev is None or prev.metric is None or prev.unit == "%"
            or prev.sentence != claim.sentence or not match_at(_RE_OF_GDP_AFTER, text, claim.end)
            or not _RE_RESTATED_AS_SHARE.match(text, prev.end, claim.start)):
        return claim
    return replace(claim, metric=prev.metric, topic=prev.topic)


def _carry_goods(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """ "exported 24.5 million tonnes of crude and plans to ship 25 million tonnes in 2025":
    goods sold again with no goods named are the goods sold before, in the same unit."""
    if prev is None or prev.unit != claim.unit or prev.sentence != claim.sentence:
        return claim
    if claim.metric != "exports" or prev.metric not in GOODS_EXPORTS:
        return claim
    gap = text[prev.end : claim.start]
    if _RE_SAME_GOODS_GAP.match(gap) is None or _RE_OTHER_GOODS.search(gap) is not None:
        return claim
    return replace(claim, metric=prev.metric, topic=prev.topic)


# What a plant or a field makes: a capacity right after it is that producer's, in its field
_PRODUCED: Final = frozenset({"production", "oil production", "gas production",
                              "hydrogen production", "ammonia production",
                              "refinery throughput"})
# "..., with total capacity of 2 mt": the producer's own capacity, joined by "with"; not
# another facility's ("and the nearby port has capacity of 2 mt", "with storage capacity of
# 100,000 tonnes at the terminal", "a logistics centre designed for 5 mt")
_RE_CAPACITY_GAP: Final = regex.compile(
    r"[^0-9;:()]{0,60}?\bwith[\s\u00a0]++(?:(?:a|an|its|a[\s\u00a0]++combined)[\s\u00a0]++)?"
    r"(?:(?:total|annual|design|overall|nameplate|installed|full)[\s\u00a0]++)?"
    r"capacity\b[^0-9;:()]{0,20}\Z")
_RE_OTHER_FACILITY: Final = regex.compile(
    r"(?i:\b(?:port|ports|terminal|terminals|station|stations|storage|centre|center|hub|depot"
    r"|warehouse|berth|berths|railway|line|pipeline)\b)")


def _producer_capacity(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """ "meant to produce one million tonnes of hydrogen a year, with total capacity of two
    million tonnes": the capacity is the producer's, in the field of what it makes (energy),
    not a carrier's room (logistics)."""
    if (claim.metric != "capacity" or prev is None or prev.metric not in _PRODUCED
            or prev.topic is claim.topic or prev.unit != claim.unit
            or prev.sentence != claim.sentence):
        return claim
    if (_RE_CAPACITY_GAP.match(text, prev.end, claim.start) is None
            or _RE_OTHER_FACILITY.search(text, prev.end, claim.end + 40) is not None):
        return claim
    return replace(claim, topic=prev.topic)


# the prev's goods, a joint, and a verb of selling right before the figure
_RE_SAME_GOODS_GAP: Final = regex.compile(
    r"\A[^0-9;:()]{0,60}?\b(?:and|but|while)\s[^0-9;:()]{0,40}?\b(?:ship(?:s|ped|ping)?|"
    r"export(?:s|ed|ing)?|sell(?:s|ing)?|sold|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|"
    rf"suppl(?:y|ies|ied|ying))\s++(?:{HEDGE_OR_MORE}\s++)?\Z"
)
_RE_OTHER_GOODS: Final = regex.compile(r"(?i:\b(?:total|overall|other|non-\w+|all|goods)\b)")


# "(", "(or ", "(about ": a figure said again in brackets
_RE_BRACKET_GAP: Final = regex.compile(r"[\s\u00a0]*\([\s\u00a0]*(?:or[\s\u00a0]+)?")
