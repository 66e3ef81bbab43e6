"""The two levels of a change, read together: "from X to Y" and "to Y, up from X".

Pure: no pandas, no dash. The first level of "from X to Y" whose second is a projection is the
level now (unless a forecast is revised "from X to Y": two forecasts), and a new level takes
the old one's rate (`settle_from_levels`); a change between two dated levels is for their
years (`date_change_by_its_levels`); a level after "from" is no period of the article's
(`is_from_level`); a change takes the metric of the level it is the change of, and a
multiplier that of what it multiplies (`lend_metric_to_changes`,
`lend_metric_to_multipliers`). Called by `describe`, sentence by sentence.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

import regex

from dashboard.bases import RE_TO_BETWEEN
from dashboard.claim import Claim, Kind, Located
from dashboard.patterns import COMPARISON_TAGS
from dashboard.patterns_around import rises_to
from dashboard.scanning import match_at
from dashboard.vocab.classes import unit_class
from dashboard.vocab.hedging import HEDGE_OR_ESTIMATED, HEDGE_WORDS, HEDGED

# "fallen from 38-53 days to 19-23 days", "grown from $5.7bn to $11bn over the past five
# years", "grown from 22% in 2019 to nearly 30%": the levels of a change over a span of its
# own.
_RE_FROM_TO_BEFORE: Final = regex.compile(
    # "up from an estimated 9.8 mt" (not "from a record 28 mt of transit": money's source)
    rf"(?i:\bfrom\s+(?:{HEDGE_OR_ESTIMATED}\s+)?"
    rf"|\bfrom\s+[^\s,;()]*[0-9][^,;()]{{0,30}}?\s+to\s+{HEDGED})\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def is_from_level(claim: Located, text: str, reach: int = 30) -> bool:
    """ "up from 9.8 mt", "rise to 25 bcm from 24.5 bcm", "fell to 2-3 days from 7-10 days in
    early 2024": the level a change starts from (whose period is not the article's), its
    "from" within `reach` characters before it."""
    before = text[max(0, claim.start - reach) : claim.start]
    return "from" in before.lower() and _RE_FROM_TO_BEFORE.search(before) is not None


# "to $3,950 per 40ft container, down from $4,700": the level the change starts from.
_RE_DOWN_FROM: Final = regex.compile(
    r"[^,;()]{0,30}?,[\s\u00a0]*(?i:down|up)[\s\u00a0]+from[\s\u00a0]+"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]+)?\Z"
)


# "grew 4.8% in 2024 from 5.1%", "slowed to 3% in 2024 from 18% a year earlier", "slowed
# to 4% in the first half from 9%", "grew 4.8% in the third quarter from a year earlier,
# slowing from 5.2%" (the pace it came down from)
_RE_RATE_FROM: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:(?:in|during)[\s\u00a0]++(?:(?:19|20)[0-9]{2}|H[12]|Q[1-4]"
    r"|the[\s\u00a0]++(?:first|second|third|fourth)[\s\u00a0]++(?:quarter|half)"
    r"|[A-Z][a-z]{2,8}+(?:[-\u2013][A-Z][a-z]{2,8}+)?+)"
    r"(?:[\s\u00a0]++(?:of[\s\u00a0]++)?(?:19|20)[0-9]{2})?+[\s\u00a0]++)?+"
    r"|[^.;:%0-9]{0,60}?,[\s\u00a0]*+(?i:slowing|easing|accelerating|decelerating|moderating"
    r"|up|down)[\s\u00a0]++)"
    rf"from[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?+\Z"
)


def _growth_from_growth(out: list[Claim], n: int, text: str) -> None:
    """A percentage set "from" right after a growth rate is the earlier rate, a change as
    well: "growth in rail traffic slowed to 3% in 2024 from 18% a year earlier"."""
    for k in range(len(out) - n + 1, len(out)):
        new, old = out[k - 1], out[k]
        if (new.unit == old.unit == "%" and new.change is not None and old.change is None
                and _RE_RATE_FROM.match(text, new.end, old.start) is not None):
            out[k] = replace(old, change=new.change)


def settle_from_levels(out: list[Claim], n: int, text: str) -> None:
    """The first level of "from X to Y" whose second is a projection is the level now: it is
    reported, with no period of its own, and takes the second's rate (the last `n` claims
    of `out` are one sentence's). So is the old level of "to Y, down from X" with no time of
    its own ("agreed to cut the tariff to $3,950, down from $4,700"; the plan's "by 2030" it
    took is dropped)."""
    _growth_from_growth(out, n, text)
    for k in range(len(out) - n + 1, len(out)):
        new, old = out[k - 1], out[k]
        if new.unit != old.unit or "from" not in text[new.end : old.start]:
            continue
        if (old.kind is Kind.PROJECTION and old.period is None
                and is_revised_forecast(old, text)):  # "raised its estimate for 2026 to 7
            out[k] = replace(old, period=new.period)  # mt from 5 mt": the old one's time
            # (an estimate of a past quarter too: "raised its estimate of trains handled in
            # the first quarter to 412 from 398")
            continue
        if (new.kind is Kind.ACTUAL and old.kind is Kind.ACTUAL and old.period is None
                and is_revised_figure(old, text)):  # "corrected its figure for August to
            out[k] = replace(old, period=new.period)  # 8.9% from 9.8%": August's too
            continue
        if not _RE_DOWN_FROM.match(text, new.end, old.start):
            continue
        if (new.kind is Kind.PROJECTION and old.kind is Kind.PROJECTION
                and old.period in (None, new.period)):
            # the plan's time is not the old level's: "will reach 30 mt by 2030, up from 17 mt"
            out[k] = replace(old, kind=Kind.ACTUAL, per=old.per or new.per, period=None)
        elif old.per is None and new.per is not None and old.period is None:
            out[k] = replace(old, per=new.per)  # "50 bcm annually, up from 40 bcm now" (but "up
            # from 4 mt in 2024" is that year's total)
    _settle_from_to(out, n, text)
    _new_level_takes_effect(out, n, text)


# "will be cut to $95 per TEU from $120, effective from January 1", "will rise to $95 from
# $80 on 1 January": the new level, then the old one after "from", then the day the change
# takes effect (the gap between the levels; what follows the old one).
_RE_TO_THEN_FROM: Final = regex.compile(
    rf"(?:[\s\u00a0]++(?:per|a|an)[\s\u00a0]++[\w-]++)?,?[\s\u00a0]++from[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z")
_RE_TO_BEFORE: Final = regex.compile(rf"\bto[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z")
_RE_TAKES_EFFECT: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:per|a|an)[\s\u00a0]++[\w-]++)?,?[\s\u00a0]++(?i:effective"
    r"|with[\s\u00a0]++effect[\s\u00a0]++from|starting|beginning|as[\s\u00a0]++of|from|on)"
    r"[\s\u00a0]")


def _new_level_takes_effect(out: list[Claim], n: int, text: str) -> None:
    """A planned change "to X from Y" followed by the day it takes effect: the day is the new
    level's (X, a projection), the old level is the level now (reported, no time of its own,
    the new one's rate). A past change keeps its reading ("fell to $95 from $120 in 2024")."""
    for k in range(len(out) - n + 1, len(out)):
        new, old = out[k - 1], out[k]
        if (new.kind is Kind.PROJECTION and old.kind is Kind.PROJECTION
                and new.period is None and old.period is not None and new.unit == old.unit
                and new.change is None and old.change is None
                and _RE_TO_THEN_FROM.match(text, new.end, old.start) is not None
                and _RE_TO_BEFORE.search(text, max(0, new.start - 40), new.start) is not None
                and match_at(_RE_TAKES_EFFECT, text, old.end) is not None):
            out[k - 1] = replace(new, period=old.period)
            out[k] = replace(old, kind=Kind.ACTUAL, period=None, per=old.per or new.per)


def _settle_from_to(out: list[Claim], n: int, text: str) -> None:
    """`settle_from_levels` for the two levels of "from X to Y" in that order: the first
    of two projections is the level now ("from 5 mt now to 7 mt by 2030"), unless a forecast
    is revised ("its forecast for 2025 from 5 mt to 4.2 mt": the new one takes its year);
    a revised figure's new level takes the old one's period, a rate its rate."""
    for k in range(len(out) - n, len(out) - 1):
        first, second = out[k], out[k + 1]
        if (first.kind is Kind.PROJECTION and second.kind is Kind.PROJECTION
                and first.unit == second.unit and is_from_level(first, text)
                and RE_TO_BETWEEN.match(text[first.end : second.start])):
            if not is_revised_forecast(first, text):
                out[k] = replace(first, kind=Kind.ACTUAL, period=None,
                                 per=first.per or second.per)
            elif second.period is None:  # "its forecast for 2025 from 5 mt to 4.2 mt"
                out[k + 1] = replace(second, period=first.period)
        elif (first.kind is Kind.ACTUAL and second.kind is Kind.ACTUAL
              and first.unit == second.unit and second.period is None
              and is_revised_figure(first, text)
              and RE_TO_BETWEEN.match(text[first.end : second.start])):
            out[k + 1] = replace(second, period=first.period)  # "revised 2024 growth up from
            # 3.9% to 4.2%": both are figures of 2024, the old and the new
        elif (first.per is not None and second.per is None and first.unit == second.unit
              and "to" in text[first.end : second.start]
              and _RE_TO_AFTER_FROM.match(text, first.end, second.start)
              and is_from_level(first, text)):
            out[k + 1] = replace(second, per=first.per)  # "annual cargo ... from 5 mt in 2024
            # to 7 mt in 2026": the new level is a rate as the old one is


# "from 5 mt in 2024 to 7 mt", "from $5 per tonne to $7": the gap between the two levels of a
# change.
_RE_TO_AFTER_FROM: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:per|a|an)[\s\u00a0]++[\w-]++)?"
    r"(?:[\s\u00a0]++(?:in|for|during)[\s\u00a0]++[^,;0-9]{0,20}?(?:19|20)[0-9]{2})?"
    rf"[\s\u00a0]++to[\s\u00a0]++(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z"
)
# "revised its forecast for 2025 from 5 mt to 4.2 mt", "raised the growth outlook from 4.1%
# to 4.5%": both levels are forecasts of one time, the old and the new; so with the new level
# first ("raised its estimate of corridor traffic in 2026 to 6-7 million tonnes from 5 million
# tonnes"), hence the room for it before "from".
_RE_REVISED_FORECAST: Final = regex.compile(
    r"(?i:\b(?:revis|rais|lower|cut|upgrad|downgrad|trimm?|lift|increas|reduc|adjust)\w*+"
    r"\s++(?:[\w'’-]++\s++){0,5}?(?:forecast|estimate|outlook|target|projection|guidance)s?"
    rf"\b[^.;]{{0,70}}?\bfrom\s++(?:{HEDGE_WORDS}\s++)?\Z)"
)
_FORECAST_WORDS: Final = ("forecast", "estimate", "outlook", "target", "projection", "guidance")


# A reported figure revised "from X to Y" or "to Y from X": the old and the new figure of
# one time ("revised third-quarter growth up from 3.9% to 4.2%", "corrected its inflation
# figure for August to 8.9% from 9.8%", "raised its estimate of 2024 turnover to $2.1
# billion from $1.9 billion"); another verb than "revise", "correct" or "restate" needs the
# noun of a statistic ("cut tariffs from $5 to $4" is a change over time).
_RE_REVISED_FIGURE: Final = regex.compile(
    r"(?i:\b(?:(?:revis|correct|restat)\w*+"
    r"|(?:rais|lower|cut|trimm?|lift|increas|reduc|adjust)\w*+\s++(?:[\w'’-]++\s++){0,5}?"
    r"(?:estimate|figure|data|reading|tally|count)s?\b)"
    rf"(?:[^.,;]|\.(?=[0-9])){{0,80}}?\bfrom\s++(?:(?:{HEDGE_WORDS}|an?\s+initial"
    rf"|a\s+preliminary)\s++)?\Z)"
)


def is_revised_figure(claim: Located, text: str) -> bool:
    """Is the figure the old value of a reported figure revised (`_RE_REVISED_FIGURE`)?"""
    lo = max(0, claim.start - 120)
    return "from" in text[lo : claim.start] and (
        _RE_REVISED_FIGURE.search(text, lo, claim.start) is not None)


def is_revised_forecast(claim: Located, text: str) -> bool:
    """Is the figure the old value of a forecast revised "from X to Y"?"""
    lo = max(0, claim.start - 100)
    before = text[lo : claim.start].lower()
    return (any(word in before for word in _FORECAST_WORDS)
            and _RE_REVISED_FORECAST.search(text, lo, claim.start) is not None)


# "has risen more than fivefold in three years, from 840,000 tonnes in 2021 to 4.5 mln
# tonnes in 2024": the change runs between the years of its two levels.
_RE_CHANGE_THEN_FROM: Final = regex.compile(
    rf"[^.;:()0-9]{{0,40}}?\bfrom[\s\u00a0]+{HEDGED}\Z", flags=regex.IGNORECASE
)
_RE_LEVEL_TO: Final = regex.compile(
    rf"[\s\u00a0]+in[\s\u00a0]+[0-9]{{4}}[\s\u00a0]+to[\s\u00a0]+{HEDGED}\Z",
    flags=regex.IGNORECASE,
)


def date_change_by_its_levels(out: list[Claim], n: int, text: str) -> None:
    """A change without a period of its own, followed by the two levels it went between,
    each in a year of its own ("fivefold in three years, from 840,000 tonnes in 2021 to 4.5
    mln tonnes in 2024"), is for those years: "2021/2024"; from one year to the next, it is
    the later year's change ("rose 25%, from $1.2 billion in 2022 to $1.5 billion in 2023":
    "2023"). The last `n` claims of `out` are one sentence's."""
    for k in range(len(out) - n, len(out) - 2):
        change, old, new = out[k], out[k + 1], out[k + 2]
        if (change.change is None or change.period is not None
                or change.unit not in ("%", "x") or old.change is not None
                or new.change is not None or old.unit != new.unit
                or not (old.period and new.period and old.period.isdigit()
                        and new.period.isdigit() and old.period < new.period)
                or _RE_CHANGE_THEN_FROM.match(text, change.end, old.start) is None
                or _RE_LEVEL_TO.match(text, old.end, new.start) is None):
            continue
        period = new.period if int(new.period) - int(old.period) == 1 else (
            f"{old.period}/{new.period}")
        out[k] = replace(change, period=period)


# What stands between a level and its change: up to 60 characters of its own clause, no other
# clause opening ("while", "and", "of which") and no bracket, comma or ";".
_GAP_HEAD: Final = r"\A(?![^,;()]*\b(?:while|whereas|but|and|of\s+which)\b)[^,;()]{0,60}?"
# A change named by its noun ("a year-on-year increase of", "a 73% jump").
_YEAR_ON_YEAR: Final = r"(?:year-on-year|y/y|yoy|annual)"
_CHANGE_NOUNS: Final = r"(?:rise|fall|drop|decline|increase|decrease|jump|gain)"

# "$3,200-3,600 per 40-foot container in October, down about 8%", "8 million tonnes, a
# year-on-year increase of 13.2 percent": the change of that level.
_RE_CHANGE_OF_LEVEL: Final = regex.compile(
    _GAP_HEAD
    + rf"[,(]\s*(?:up|down|an?\s+(?:(?:{_YEAR_ON_YEAR}|month-on-month)\s+)?{_CHANGE_NOUNS}\s+of"
    r"|(?:rising|falling|growing|gaining|losing|weakening|strengthening|increasing|"
    r"decreasing|declining)(?:\s+by)?)"
    + rf"\s+(?:{HEDGE_WORDS}\s+)?\Z"
)
# "the port processed 76,775 TEU, a 73% jump on the previous year": a change named by its
# noun after the figure, set off by a comma after the level, is that level's change; so is
# one it came after ("dropped to 38,422 TEU, following a 26.7% decline in 2024").
_RE_A_BEFORE_CHANGE: Final = regex.compile(
    _GAP_HEAD
    + rf",\s*(?:(?:following|after)\s+)?an?\s+(?:{HEDGE_WORDS}\s+)?\Z"
)
_RE_CHANGE_NOUN_AFTER: Final = regex.compile(
    rf"\s+(?:{_YEAR_ON_YEAR}\s+)?(?:{_CHANGE_NOUNS}|surge|slump|leap|growth)\b"
    # (not "a 10% rise in oil prices": a change naming its own measure; "a 26.7% decline in
    # 2024", "in the first half" are times)
    r"(?!\s+(?:in|of)\s+(?!the\s+(?:first|second|same|previous|past|last|year|period|quarter)"
    r"\b|last\b|this\b|[0-9A-Z]))"
)
# "handled 45,200 TEU in ten months, 18 percent more than a year before", "5.2 mt, which
# is 7 percent more": the change of that level, the comparative after it.
_RE_COMMA_BEFORE_CHANGE: Final = regex.compile(
    _GAP_HEAD
    + r"[,(]\s*(?:(?:which|that)\s+(?:is|was|was\s+up|is\s+up)\s+|or\s+)?"
    + rf"(?:{HEDGE_WORDS}\s+)?\Z"
)
_RE_COMPARATIVE_AFTER: Final = regex.compile(
    r"\s+(?:more|less|higher|lower|above|below|up|down)\b"
)
# "handled 8.8 million tonnes of cargo in 2024 (-12%)": a signed change in brackets after a
# level is that level's change, whatever cue ("cargo") stands between them.
_RE_BRACKET_BEFORE_CHANGE: Final = regex.compile(_GAP_HEAD + r"\(\s*\Z")
_RE_BRACKET_AFTER_CHANGE: Final = regex.compile(  # "(+18%)", "(+18% year on year)", "(-3% y/y)"
    r"(?:\s++(?i:y/y|yoy|y-o-y|q/q|m/m|year[-\s]on[-\s]year|on[-\s]the[-\s]year"
    r"|(?:vs\.?|versus|compared[-\s]with|against)[^()\n]{1,30}?))?\s*\)")
_SIGNS: Final = frozenset("+-−–")
# "totalled 1.2 trln tenge, almost double the 2023 level": a multiple of that level.
_RE_MULTIPLE_OF_LEVEL: Final = regex.compile(
    rf"\A\s*[,(]\s*(?:{HEDGE_WORDS}\s+)?\Z"
)


# "dropped 8% q/q to $26 per tonne": a change, then the level it led to; also with its time
# or its object between them ("rose 27% in 2024 to 5.2 Tbps", "fell 11% in March to
# $63.50/lb", "doubled its external channel capacity to 400 Gbps"), and a market's close
# ("gained 2.4% on Friday to settle at $9,720 a tonne"), and a change set off by commas
# ("fell $38, or 1.4%, to $2,615 a tonne").
_RE_CHANGE_TO_LEVEL: Final = regex.compile(
    rf"\A\s*,?\s*(?:{COMPARISON_TAGS}\s+)?"
    r"(?:(?:in|on|over|during)\s+(?:(?!to\s)[\w-]++,?\s+){1,3}+"
    r"|(?:its|their)\s+(?:(?!to\s)[\w-]++\s+){0,3}+)?"
    r"to\s+(?:(?:settle|close|end|finish)\s+at\s+)?"
    rf"(?:{HEDGE_WORDS}\s+)?\Z"
)

# A market's quote after its move: "Brent was up 1.4% at $64 a barrel", "down 0.8% at 9,720
# yuan a tonne" (a price only: not "rose 5% at 3 ports")...
_RE_CHANGE_AT_PRICE: Final = regex.compile(rf"\s*,?\s*at\s+(?:{HEDGE_WORDS}\s+)?\Z")
# ... not a change of a volume its clause names before it: "Steel shipments rose 11% at $540 a
# tonne", "Container volumes via Aktau rose 10%, at $1,200 per TEU ..." (`_volume_moved`).
_RE_VOLUME_MOVED: Final = regex.compile(
    r"(?i:\b(?:shipments|exports|imports|volumes?|traffic|throughput|loadings|output"
    r"|production|sales|cargo|deliveries|flows|transit|turnover)\b)(?=.{0,60}+\Z)",
    flags=regex.DOTALL)
# Where the change's clause starts: after a sentence's end or a clause joined by ", and"...
_RE_CLAUSE_START: Final = regex.compile(
    r"[;!?]|\.(?![0-9])|,\s+(?i:and|but|while|whereas)\b"
    r"|(?<=\s)(?i:while|whereas|as)\s(?<!such\sas\s)",  # "exports held steady as Brent rose 5%"
    flags=regex.REVERSE)  # the last one
# ... leaving out a relative aside ("CPC Blend, which carries most Kazakh exports, was up")...
_RE_RELATIVE_ASIDE: Final = regex.compile(r",\s+(?i:which|that|who|where)\b[^,]*+,")
# ... and a cause ("jumped on strong sales"): no subject of the change.
_RE_CAUSE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:on|amid|after|despite|following)\s+(?:[\w'’-]+\s+){0,3}+)\Z")


def _volume_moved(text: str, start: int) -> bool:
    """Is the change starting at `start` one of a volume its own clause names as its subject
    ("Steel shipments rose 11% at $540 a tonne"), not a price's (a volume word in a relative
    aside, a cause or a clause before does not count)?"""
    before = text[max(0, start - 200) : start]
    cut = _RE_CLAUSE_START.search(before)
    clause = _RE_RELATIVE_ASIDE.sub(" ", before[cut.end() :] if cut else before)
    return any(_RE_CAUSE_BEFORE.search(clause, 0, word.start()) is None
               for word in _RE_VOLUME_MOVED.finditer(clause))


def lend_metric_to_changes(out: list[Claim], n: int, text: str) -> None:
    """A change in per cent written right after a level (", down about 8%", ", a rise of
    36.2%") is that level's change: it measures what the level measures, whatever cue
    stands nearer to it ("per 40-foot container" is no container volume). The last `n`
    claims of `out` are one sentence's."""
    for k in range(len(out) - n + 1, len(out)):
        claim = out[k]
        level, gap = _level_before(out, k, len(out) - n, text)
        same_unit = claim.unit == level.unit and claim.per in (None, level.per)
        if (claim.change is not None and (claim.unit in ("%", "x") or same_unit)
                and level.change is None and level.metric is not None
                and (claim.metric != level.metric or claim.per != level.per
                     or claim.topic != level.topic)  # "prices for bandwidth": digital
                and level.unit not in ("%", "pp", "x")
                and _changes_the_level(level, claim, text, gap)):
            # "$228 per tonne, down $7": the change is per tonne too
            out[k] = replace(claim, metric=level.metric, topic=level.topic,
                             per=level.per if same_unit else claim.per)
        change, after = out[k - 1], out[k]  # "dropped 8% q/q to $26 per tonne"
        if (change.change is not None and change.unit in ("%", "x") and after.change is None
                and after.metric is not None
                and (change.metric, change.topic) != (after.metric, after.topic)
                and after.unit not in ("%", "pp", "x")
                and (_RE_CHANGE_TO_LEVEL.match(text[change.end : after.start])
                     or (unit_class(after.unit) == "money"
                         and _RE_CHANGE_AT_PRICE.match(text, change.end, after.start)
                         and not _volume_moved(text, change.start)))):
            out[k - 1] = replace(change, metric=after.metric, topic=after.topic,
                                 period=change.period or after.period)


def _level_before(out: list[Claim], k: int, first: int, text: str) -> tuple[Claim, str]:
    """The level a change `out[k]` may follow, and the words between them: the claim before
    it, or, when that one stands in a bracketed aside, the one before the bracket, the aside
    left out ("3.72 trillion tenge (about $7.3 billion at 508.6 tenge per dollar), 11.2%
    more": the change is of the tenge, not of the exchange rate)."""
    level = out[k - 1]
    gap = text[level.end : out[k].start]
    close = gap.find(")")
    if close < 0 or "(" in gap[:close]:
        return level, gap  # (the common case)
    opening = text.rfind("(", max(0, level.start - 120), level.start)
    if opening < 0:
        return level, gap
    for j in range(k - 2, first - 1, -1):
        if out[j].end <= opening:
            return out[j], text[out[j].end : opening] + gap[close + 1 :]
    return level, gap


def _changes_the_level(level: Claim, claim: Claim, text: str, gap: str) -> bool:
    """Is `claim`, a change written after `level` (`gap` between them), that level's
    change?"""
    if claim.unit == "x":
        return _RE_MULTIPLE_OF_LEVEL.match(gap) is not None
    return (_RE_CHANGE_OF_LEVEL.match(gap) is not None
            or (_RE_A_BEFORE_CHANGE.match(gap) is not None
                and match_at(_RE_CHANGE_NOUN_AFTER, text, claim.end) is not None)
            or (_RE_COMMA_BEFORE_CHANGE.match(gap) is not None
                and match_at(_RE_COMPARATIVE_AFTER, text, claim.end) is not None)
            or (claim.surface[:1] in _SIGNS and _RE_BRACKET_BEFORE_CHANGE.match(gap) is not None
                and match_at(_RE_BRACKET_AFTER_CHANGE, text, claim.end) is not None))


# A ratio moving between two multiples: "fell to 2.1 times EBITDA from 2.9 times", "from 2.9
# times to 2.1 times EBITDA" (the words between them, and which one is the "to" level).
_RE_MULTIPLES_PAIRED: Final = regex.compile(
    r"\A(?:[\s\u00a0]++[\w-]++){0,2}?[\s\u00a0]++(?P<word>from|to)[\s\u00a0]++\Z")


def lend_metric_to_multipliers(out: list[Claim], n: int, text: str) -> None:
    """"aims to double supplies ... from the current 10 bcm to 20 bcm": a multiplier that
    names no metric multiplies what the next figure of its sentence (the last `n` claims of
    `out`) measures; of two multiples a ratio moves between, the "from" level measures what
    the "to" level does."""
    first = len(out) - n
    for k in range(len(out) - 2, first - 1, -1):
        claim, after = out[k], out[k + 1]
        if claim.unit == "x" and claim.metric is None and after.metric is not None:
            out[k] = replace(claim, metric=after.metric, topic=after.topic)
        elif (claim.unit == after.unit == "x" and claim.change is None and after.change is None
              and claim.metric != after.metric
              and (pair := _RE_MULTIPLES_PAIRED.match(text[claim.end : after.start]))):
            to, j = (claim, k + 1) if pair["word"] == "from" else (after, k)
            if to.metric is not None:
                out[j] = replace(out[j], metric=to.metric, topic=to.topic)


def lend_metric_along_a_rise(out: list[Claim], n: int, text: str) -> None:
    """ "The line is designed to carry 15 mt a year at first, rising to 20 mt later": the later
    level of a rate measures what the first does (its capacity). The last `n` claims of `out`
    are one sentence's."""
    for k in range(len(out) - n + 1, len(out)):
        first, later = out[k - 1], out[k]
        if (first.metric is not None and later.metric != first.metric and later.change is None
                and first.per == later.per and rises_to(first, later, text)):
            out[k] = replace(later, metric=first.metric, topic=first.topic)
