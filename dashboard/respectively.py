"""Figures of a sentence that lists parts: "respectively" pairs its lists up in order, and a
share in brackets after a part's figure is that part's.

Pure: no pandas, no dash. "Exports and imports amounted to $2.9 billion and $7.3 billion,
respectively": the first figure is the exports', the second the imports'; the same for lists
of names ("Aktau and Kuryk ports handled 3.1 mln t and 1.4 mln t, respectively") and of times.
A share bracketed after a figure ("China accounted for $43.8 billion (30.8%) and Russia for
$27.5 billion (19.3%)") restates that figure: it is about what the figure is about.
Called by `describe.describe_all`, sentence by sentence.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING, Final, TypeVar

import regex

from dashboard.claim import Claim, Kind, Topic
from dashboard.facts import RE_ENTITY
from dashboard.scanning import match_at
from dashboard.vocab.classes import GOODS_EXPORTS, unit_class
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import METRICS

if TYPE_CHECKING:
    from dashboard.facts import Facts

T = TypeVar("T")

# "Exports and imports amounted to $1.2 bn and $800m, respectively"; "... $3.1 billion and
# $2.8 billion in 2024 and 2023, respectively": the lists pair up in order.
_RE_LIST_JOINT: Final = regex.compile(r"\A[\s\u00a0]*(?:,|and|,[\s\u00a0]*and)[\s\u00a0]*\Z")


def distribute_respectively(out: list[Claim], n: int, facts: Facts, text: str) -> None:
    """When a sentence says "respectively", its figures before that word (the last `n` claims
    of `out` are the sentence's) take, in order, the metrics of a list of as many cue words
    before them, the entities of a list of as many names before them and the periods of a
    list of as many times after them. Two lists of figures share one list of cues ("Exports
    and imports amounted to $2.9 billion and $7.3 billion, up 5% and 9%, respectively")."""
    lo, hi = facts.lo, facts.hi
    at = text.find("respectively", lo, hi)
    if at < 0:
        _pair_with_times_after(out, n, facts, text)
        return
    first = len(out) - n
    figures = [k for k in range(first, len(out)) if out[k].end <= at]
    if len(figures) < 2:
        return
    start, end = out[figures[0]].start, out[figures[-1]].end
    cue_items = [(c[0], c[1], c[2]) for c in facts.cues if c[1] <= start]
    cues = _listed(cue_items, len(figures), text)
    width = len(figures)
    if cues is None and width % 2 == 0 and width >= 4 and _two_lists(out, figures):
        width //= 2
        cues = _listed(cue_items, width, text)
    if cues is None and width % 2 == 0 and width >= 4:
        _changes_pair_with_levels(out, figures, text)
    for j, k in enumerate(figures):
        if cues is None:
            break
        cue = cues[j % width]
        label, topic = METRICS[cue[2]][0], METRICS[cue[2]][1]
        if unit_class(out[k].unit) in METRICS[cue[2]][3]:
            out[k] = replace(out[k], metric=label, topic=Topic(topic))
    _distribute_entities(out, figures, facts, text, start)
    times = _listed([(t.start, t.end, t.period) for t in facts.times
                     if end <= t.start < at and not t.base], len(figures), text) or _listed(
        [(t.start, t.end, t.period) for t in facts.times if t.end <= start and not t.base],
        len(figures), text) or _joined_pair(facts, start, len(figures), text)
    # "In January-September 2023 and January-September 2024, ..."
    for k, time in zip(figures, times or (), strict=False):
        if out[k].kind is Kind.ACTUAL or out[k].period is None:
            out[k] = replace(out[k], period=time[2])
    if times is None:
        _share_the_time_after(out, figures, facts, text, at)


# "4.2 and 4.6 million tonnes in 2024 and 2025": two times right after a pair of figures
_RE_IN_BEFORE_TIMES: Final = regex.compile(r"[\s\u00a0]++(?:in|for|during)[\s\u00a0]++")
_RE_TOGETHER_AFTER: Final = regex.compile(
    r"[\s\u00a0]*+,?[\s\u00a0]*+(?:combined|together|altogether|cumulatively|in[\s\u00a0]++total)\b")


def _pair_with_times_after(out: list[Claim], n: int, facts: Facts, text: str) -> None:
    """ "Exports rose to 4.2 and 4.6 million tonnes in 2024 and 2025": two figures of one unit
    listed with "and", right before two times listed with "and", pair up in order as if
    "respectively" were said (the last two claims of the sentence's `n`)."""
    a, b = out[-2], out[-1]
    if a.unit != b.unit or a.period != b.period or " and " not in text[a.end : b.start + 1]:
        return
    if _RE_LIST_JOINT.match(text[a.end : b.start]) is None:
        return
    joint = match_at(_RE_IN_BEFORE_TIMES, text, b.end)
    if joint is None:
        return
    times = [t for t in facts.times if not t.base and t.start >= joint.end()]
    if not times or times[0].start != joint.end():
        return
    first = times[0]
    if ("/" in first.period and _RE_AND_JOINED.match(text[first.start : first.end].rstrip("."))
            and " and " not in text[facts.lo : a.start]):
        periods, end = first.period.split("/"), first.end  # "in March and April": one span
        # (but "Aktau and Kuryk handled 310,000 and 240,000 tonnes in January and February":
        # the figures pair with the names, the two months are one period)
    elif (len(times) >= 2 and first.period != times[1].period
            and _RE_LIST_JOINT.match(text[first.end : times[1].start]) is not None
            and " and " in text[first.end : times[1].start + 1]):
        periods, end = [first.period, times[1].period], times[1].end
    else:
        return
    if _RE_TOGETHER_AFTER.match(text, end):
        return  # "in 2023 and 2024 combined": one total over both
    for k, period in zip((len(out) - 2, len(out) - 1), periods, strict=True):
        if out[k].kind is Kind.ACTUAL or out[k].period is None:
            out[k] = replace(out[k], period=period)


# "October and November": two months joined into one span, its two ends the list's items
_RE_AND_JOINED: Final = regex.compile(r"\A[A-Za-z]++[\s\u00a0]++and[\s\u00a0]++[A-Za-z]++\Z")
# ... unless another pair stands in the sentence, which "respectively" pairs the figures with
# ("exports to China and Russia in October and November were $1.2 billion and $0.9 billion")
_RE_OTHER_PAIR: Final = regex.compile(r"\b[\w-]++,?[\s\u00a0]++and[\s\u00a0]++[\w-]")


def _joined_pair(facts: Facts, start: int, count: int,
                 text: str) -> list[tuple[int, int, str]] | None:
    """ "falls on October and November, when imports were overstated by $910 million and
    $740 million respectively": the two months of a span told as a pair of names, the last
    time before the figures, for a list of two figures."""
    before = [t for t in facts.times if t.end <= start and not t.base]
    if count != 2 or not before or "/" not in before[-1].period:
        return None
    t = before[-1]
    if _RE_AND_JOINED.match(text[t.start : t.end]) is None or any(
            _RE_OTHER_PAIR.search(text, lo, hi) for lo, hi in ((facts.lo, t.start),
                                                               (t.end, start))):
        return None
    first, last = t.period.split("/")
    return [(t.start, t.end, first), (t.start, t.end, last)]


def _share_the_time_after(
    out: list[Claim], figures: list[int], facts: Facts, text: str, at: int
) -> None:
    """ "which grew 14.2% and 8.7% respectively in the first half": one time right after the
    word is that of every figure of the list before it, as is the verb's kind the last figure
    was read with."""
    after = [t for t in facts.times if at + 12 <= t.start <= at + 20 and not t.base]
    last = out[figures[-1]]
    if len(after) != 1 or last.period != after[0].period:
        return
    k = figures[-1]
    while k - 1 >= figures[0] and _RE_LIST_JOINT.match(text[out[k - 1].end : out[k].start]):
        k -= 1
        out[k] = replace(out[k], period=last.period, kind=last.kind)


# Between a list of levels and its changes, a noun of the changes' own: "..., with handling
# fees up 5% and 8% respectively" are the fees' (not "with growth of 12% and 7%", "year-on-year
# increases of", "in the first eight months, up": the levels').
_RE_OWN_NOUN_BETWEEN: Final = regex.compile(
    r"(?i:\b(?:fees?|charges?|prices?|rates?|tariffs?|revenues?|costs?|wages?|salar(?:y|ies)"
    r"|profits?|dut(?:y|ies)|margins?|earnings|sales|values?|shares?|spending|investments?)\b)")


def _changes_pair_with_levels(out: list[Claim], figures: list[int], text: str) -> None:
    """ "19,000 trains ran, carrying 2.07 million TEU, up 10% and 9% respectively": a list of
    levels, then as many changes in per cent or times; each change is of its level."""
    half = len(figures) // 2
    levels, changes = figures[:half], figures[half:]
    if any(out[k].change is not None or out[k].metric is None for k in levels) or any(
            out[k].change is None or out[k].unit not in ("%", "x") for k in changes):
        return
    if _RE_OWN_NOUN_BETWEEN.search(text, out[levels[-1]].end, out[changes[0]].start):
        return
    for level, change in zip(levels, changes, strict=True):
        out[change] = replace(out[change], metric=out[level].metric, topic=out[level].topic)


def _two_lists(out: list[Claim], figures: list[int]) -> bool:
    """Are the figures two lists of as many items, each of one unit ("$2.9 billion and $7.3
    billion, up 5% and 9%")?"""
    half = len(figures) // 2
    units = [out[k].unit for k in figures]
    return len(set(units[:half])) == 1 and len(set(units[half:])) == 1 and units[0] != units[-1]


def _distribute_entities(
    out: list[Claim], figures: list[int], facts: Facts, text: str, start: int
) -> None:
    """"Aktau and Kuryk ports handled 3.1 mln t and 1.4 mln t, respectively": each figure is
    its own entity's; not the two sides of "trade between Kazakhstan and Azerbaijan"."""
    names = [(pos, _entity_end(text, pos), name) for pos, name in facts.entities if pos < start]
    width = len(figures)
    run = _listed(names, width, text)
    if run is None and width >= 4 and width % 2 == 0 and _two_lists(out, figures):
        width //= 2
        run = _listed(names, width, text)
    if run is None or len({name for _, _, name in run}) < width or _RE_PAIR_LEAD.search(
            text, max(facts.lo, run[0][0] - 12), run[0][0]):
        return
    listed = {name for _, _, name in run}
    for j, k in enumerate(figures):
        own = run[j % width][2]
        rest = [e for e in out[k].entities if e not in listed]
        out[k] = replace(out[k], entities=(own, *rest))


# "trade between Kazakhstan and Azerbaijan", "talks with China and Russia": the two sides of
# one figure, not a list to pair up.
_RE_PAIR_LEAD: Final = regex.compile(
    r"(?i:\b(?:between|both|with)[\s\u00a0]+(?:the[\s\u00a0]+)?)\Z"
)


def _entity_end(text: str, pos: int) -> int:
    """Where the entity name at `pos` ends (`facts.RE_ENTITY` matched there)."""
    m = match_at(RE_ENTITY, text, pos)
    return m.end() if m is not None else pos


def _listed(
    items: list[tuple[int, int, T]], count: int, text: str
) -> list[tuple[int, int, T]] | None:
    """The last run of `count` items joined by "and" or commas, else None."""
    for i in range(len(items) - count, -1, -1):
        run = items[i : i + count]
        if all(_RE_LIST_JOINT.match(text[a[1] : b[0]]) for a, b in itertools.pairwise(run)):
            return run
    return None


# "$43.8 billion (30.8%", "$27.5 billion ( about 19%": a share opens the bracket after a figure
_RE_BRACKET_OPENS: Final = regex.compile(
    rf"[\s\u00a0]*+\([\s\u00a0]*+(?:(?:{HEDGE_WORDS}|or)[\s\u00a0]++)?+"
)


def share_bracketed_parts(out: list[Claim], n: int, text: str) -> None:
    """A share in brackets right after a level ("China accounted for $43.8 billion (30.8%)")
    is that level's part of the total: it takes the level's entities (the sentence names the
    other parts' too) and, when it has none of its own, its period. The last `n` claims of
    `out` are the sentence's."""
    for k in range(max(1, len(out) - n + 1), len(out)):
        level, share = out[k - 1], out[k]
        if (share.unit != "%" or level.unit in ("%", "pp") or share.change is not None
                or level.change is not None or not text.startswith(")", share.end)
                or not _RE_BRACKET_OPENS.fullmatch(text, level.end, share.start)):
            continue
        out[k] = replace(share, entities=level.entities, period=share.period or level.period,
                         metric=level.metric or share.metric,
                         topic=level.topic if level.metric else share.topic)
        # (and its measure: "of which 23,476 (59.5%) used the Turkmenbashi line" is a share of
        # the trucks counted, whatever cue stands nearer)


# A share of "it" after the figure before it: "invest about 60 billion tenge in the fleet over
# the next three years, half of it borrowed" (the gap up to the share, and what follows it).
_RE_UP_TO_SHARE_OF_IT: Final = regex.compile(
    rf"[^.;:!?\n]{{0,80}}?,[\s\u00a0]++(?:(?:{HEDGE_WORDS}|just|only)[\s\u00a0]++)?+\Z")
_RE_OF_IT: Final = regex.compile(r"[\s\u00a0]++of[\s\u00a0]++(?:it|them|which)\b")
# A share's phrase with a verb or a marker of its own ("40% of them already delivered last
# year", "20% of them finished so far", "due to be retired by 2030"): its kind is its own.
_RE_OWN_MARKER: Final = regex.compile(
    r"(?i:\b(?:already|so[\s\u00a0]++far|to[\s\u00a0]++date|yet|still|now|due|will|would|shall"
    r"|has|have|had|been|being|is|are|was|were|set[\s\u00a0]++to|expected|planned|scheduled)\b)")


def share_of_it_takes_its_whole(out: list[Claim], n: int, facts: Facts, text: str) -> None:
    """A share of "it" right after a figure ("..., half of it borrowed") is a part of that
    figure: when no time of its own follows it in its clause, it takes the figure's kind and
    period; not when its phrase has a verb or marker of its own (`_RE_OWN_MARKER`). The last
    `n` claims of `out` are the sentence's."""
    for k in range(max(1, len(out) - n + 1), len(out)):
        whole, share = out[k - 1], out[k]
        if (share.unit != "%" or share.change is not None or whole.unit in ("%", "pp")
                or (share.kind is whole.kind and share.period == whole.period)
                or match_at(_RE_OF_IT, text, share.end) is None
                or not _RE_UP_TO_SHARE_OF_IT.fullmatch(text, whole.end, share.start)):
            continue
        stop = facts.break_after(share.end)
        if _RE_OWN_MARKER.search(text, share.end, stop) is not None:
            continue  # "40% of them already delivered": the share says its own kind
        if not any(share.end <= t.start < stop for t in facts.times):  # a time of its own
            out[k] = replace(share, kind=whole.kind, period=whole.period)  # keeps its kind


# "$12.3 billion, of which processed goods made up 70%": a share told by a part named after
# "of which" and its verb (the gap from the whole to the share).
_RE_OF_WHICH_PART_TOOK: Final = regex.compile(
    r"[^.;:()0-9]{0,30}?,[\s\u00a0]*+of[\s\u00a0]++which[\s\u00a0]++[^.;:()0-9%$€£,]{1,40}?"
    r"[\s\u00a0](?:ma(?:de|kes?)[\s\u00a0]++up|account(?:s|ed)?[\s\u00a0]++for|comprised"
    r"|represented|was|were)[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?+")


def share_of_which_is_the_wholes(out: list[Claim], n: int, text: str) -> None:
    """A share of a sum of money after "of which <goods> made up" is a share of what that sum
    measures (exports, investment), not a volume of cargo because its part's noun says
    "goods" ("of which machinery accounted for 30%" names none). The last `n` claims of `out`
    are the sentence's."""
    for k in range(max(1, len(out) - n + 1), len(out)):
        whole, share = out[k - 1], out[k]
        if (share.unit == "%" and share.change is None and share.metric == "cargo volume"
                and whole.metric is not None and whole.metric != share.metric
                and whole.change is None and unit_class(whole.unit) == "money"
                and _RE_OF_WHICH_PART_TOOK.fullmatch(text, whole.end, share.start)):
            out[k] = replace(share, metric=whole.metric, topic=whole.topic)


# "made up 94% of the total, or 255,869 TEU": the share and the level after it are one part,
# the level's unit naming what both measure ("traffic" is no container volume of its own).
_RE_SHARE_OR_LEVEL: Final = regex.compile(
    r"(?:[\s\u00a0]++of[\s\u00a0]++(?:the|this|that|its|their)[\s\u00a0]++"
    r"(?:total|whole|sum|volume|overall\s+volume))?+[\s\u00a0]*+,[\s\u00a0]*+or[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?+"
)


# "Lorries made up 41% of the 20,500 vehicles": a share of things counted counts them too
# (not "60% of the 1.5 million tonnes": the part, exports, names its own measure).
_RE_SHARE_OF_COUNTED: Final = regex.compile(
    r"[\s\u00a0]++of[\s\u00a0]++(?:the|its|their|all|all[\s\u00a0]++the)[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?+"
)


def share_then_its_level(out: list[Claim], n: int, text: str) -> None:
    """A share set before its level with ", or" (`_RE_SHARE_OR_LEVEL`), or a share of things
    counted (`_RE_SHARE_OF_COUNTED`), measures what the level measures. The last `n` claims
    of `out` are the sentence's."""
    for k in range(max(0, len(out) - n), len(out) - 1):
        share, level = out[k], out[k + 1]
        if (share.unit == "%" and share.change is None and level.change is None
                and level.metric is not None and level.metric != share.metric
                and level.unit not in ("%", "pp", "x")
                and (_RE_SHARE_OR_LEVEL.fullmatch(text, share.end, level.start)
                     or (level.item is not None and level.unit == "count"
                         and _RE_SHARE_OF_COUNTED.fullmatch(text, share.end, level.start)))):
            out[k] = replace(share, metric=level.metric, topic=level.topic)


# A part named after the part before it: "crude oil ($42.1 billion), copper (", "grain at 12%
# and chemicals at "; the gap from the figure before to the next part's figure.
_RE_NEXT_PART: Final = regex.compile(
    r"(?:[\s\u00a0]*+\)[\s\u00a0]*+,|,?[\s\u00a0]++and)[\s\u00a0]++"
    r"(?:and[\s\u00a0]++)?(?:[a-z][\w-]*+[\s\u00a0]++){1,2}?(?:\(|at[\s\u00a0]++)\Z"
)


def parts_of_their_own_goods(out: list[Claim], n: int, facts: Facts, text: str) -> None:
    """A part of exports named by goods no cue names ("crude oil ($42.1 billion), copper ($3.9
    billion)", "grain at 12% and chemicals at 9%") is exports, not the goods of the part before
    it, whose cue is the nearest. The last `n` claims of `out` are the sentence's."""
    for k in range(max(1, len(out) - n + 1), len(out)):
        prev, part = out[k - 1], out[k]
        if (part.metric not in GOODS_EXPORTS or prev.metric != part.metric
                or part.change is not None or part.unit != prev.unit
                or not _RE_NEXT_PART.match(text, prev.end, part.start)
                or any(prev.end <= cue[0] < part.start for cue in facts.cues)):
            continue
        out[k] = replace(part, metric="exports", topic=Topic.TRADE)
