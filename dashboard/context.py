"""What a quantity is about: its sentence, period, kind, metric, topic and entities.

Pure: no pandas, no dash. Every search runs on a window of at most `_CLIP` characters
around the quantity, so a 5 MB line without punctuation costs no more than a sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Final

import regex

from dashboard.claim import Claim, Kind, Topic
from dashboard.lexicon import Lexicon, Words
from dashboard.patterns import scan_timeout
from dashboard.periods import Published, Time, find_times
from dashboard.timing import assign_periods
from dashboard.vocab.entities import COUNTRIES, ENTITIES
from dashboard.vocab.metrics import (
    COUNT_METRICS,
    METRIC_BY_UNIT_CLASS,
    METRICS,
    PROJECTION_CUES,
    unit_class,
)

_CLIP: Final = 400  # characters of a sentence kept on each side of a quantity

_ABBREVIATIONS: Final = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec no nos mr mrs ms dr st inc ltd co corp "
    "vs e.g i.e approx ca art sec vol gen gov prof jr sr u.s p fig est".split()
)
RE_SENTENCE_END: Final = regex.compile(
    r"""
    (?P<para>\n[ \t\u00a0]*+\n\s*+)                         # paragraph break
    | \n                                                    # line break (headlines)
    | (?<=[.!?])["'”’)\]]*+[ \t\u00a0]++(?=["'“‘(\[]?[A-Z0-9])  # end of a sentence
    """,
    regex.VERBOSE,
)
_RE_LAST_WORD: Final = regex.compile(r"([A-Za-z.]{1,6})\.\Z")

_ENTITY_BY_ALIAS: Final[dict[str, str]] = {
    alias: name for name, aliases in ENTITIES.items() for alias in aliases
}
RE_ENTITY: Final = regex.compile(
    r"(?<![\w])(?:"
    + "|".join(regex.escape(a) for a in sorted(_ENTITY_BY_ALIAS, key=len, reverse=True))
    + r")(?![\w])"
)
# Reporters and sources are not what a figure is about ("according to Azerbaijan's ...").
RE_ATTRIBUTION: Final = regex.compile(
    r"(?i:according\s+to|citing|cited\s+by|reported\s+by|as\s+reported\s+by|quoted\s+by|"
    r"told|supplied\s+by|carried\s+by|wrote\s+on|reported\s+on)\s+[^,.;:]{0,80}"
)
_CUE_ROW: Final[dict[str, int]] = {}
for _row, _metric_row in enumerate(METRICS):
    for _cue in _metric_row[2]:
        _CUE_ROW.setdefault(_cue, _row)  # the first row to name a cue owns it
METRIC_CUES: Final = Lexicon(_CUE_ROW)
PROJECTIONS: Final = Lexicon(dict.fromkeys(PROJECTION_CUES, True), exact_case=frozenset({"may"}))
RE_CLAUSE_BREAK: Final = regex.compile(
    r";|,?\s+while\s+|,?\s+whereas\s+|\s+and\s+that\s+|,\s+but\s+|,\s+with\s+|"
    r",\s+and\s+(?=[A-Z]|the\s|its\s|it\s)|\s+and\s+(?=(?:is|are|was|were|will|would|has|have)\s)"
)
_RE_OF_AFTER: Final = regex.compile(r"\A\s+of\s+(?:[A-Za-z-]+\s+){0,3}\Z")
_RE_LIST_JOINT: Final = regex.compile(r"\A(?:,|\s+and|,\s+and)\s+[^0-9;:()]{0,40}\Z")
_RE_ENDS_WITH_TO: Final = regex.compile(r"\bto\s*\Z")
_TRADE_METRICS: Final = frozenset({"trade turnover", "exports", "imports"})


def _between(starts: list[int], lo: int, hi: int) -> slice:
    return slice(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))


class _DocFacts:
    """Every entity, metric cue, time, clause break, projection cue and attribution in a
    text, found in one pass each and kept sorted by position."""

    def __init__(self, text: str, pub: Published) -> None:
        budget = scan_timeout(len(text))
        words = Words.read(text)
        self.entities = [
            (m.start(), _ENTITY_BY_ALIAS[m.group()])
            for m in RE_ENTITY.finditer(text, timeout=budget)
        ]
        self.cues = METRIC_CUES.find(words)
        self.times = list(find_times(text, 0, len(text), pub))
        self.breaks = [m.start() for m in RE_CLAUSE_BREAK.finditer(text, timeout=budget)]
        self.projection_cues = [start for start, _, _ in PROJECTIONS.find(words)]
        self.attribution = [
            (m.start(), m.end()) for m in RE_ATTRIBUTION.finditer(text, timeout=budget)
        ]
        self._entity_pos = [p for p, _ in self.entities]
        self._cue_pos = [c[0] for c in self.cues]
        self._time_pos = [t.start for t in self.times]
        self._attr_pos = [a for a, _ in self.attribution]

    def window(self, lo: int, hi: int) -> _Facts:
        """The facts that start inside text[lo:hi]."""
        return _Facts(
            lo, hi,
            tuple(self.entities[_between(self._entity_pos, lo, hi)]),
            tuple(self.cues[_between(self._cue_pos, lo, hi)]),
            tuple(self.times[_between(self._time_pos, lo, hi)]),
            tuple(self.breaks[_between(self.breaks, lo, hi)]),
            tuple(self.projection_cues[_between(self.projection_cues, lo, hi)]),
            tuple(self.attribution[_between(self._attr_pos, lo, hi)]),
        )


@dataclass(frozen=True)
class _Facts:
    """What one sentence (or a clipped window of a long one) says."""

    lo: int
    hi: int
    entities: tuple[tuple[int, str], ...]
    cues: tuple[tuple[int, int, int], ...]  # (start, end, metric row)
    times: tuple[Time, ...]
    breaks: tuple[int, ...]
    projection_cues: tuple[int, ...]
    attribution: tuple[tuple[int, int], ...]

    def clause(self, start: int, end: int) -> tuple[int, int]:
        lo = max([b for b in self.breaks if b <= start], default=self.lo)
        hi = min([b for b in self.breaks if b >= end], default=self.hi)
        return lo, hi

    def subjects(self, lo: int | None = None, hi: int | None = None) -> list[str]:
        """Entities named in [lo, hi) outside attributions, in order of mention."""
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        return [
            name for pos, name in self.entities
            if lo <= pos < hi and not any(a <= pos < b for a, b in self.attribution)
        ]


@dataclass
class SentenceIndex:
    """Sentence and paragraph boundaries of one text, found once, looked up by bisection."""

    text: str
    pub: Published = field(default_factory=lambda: Published(None, None))
    starts: list[int] = field(default_factory=list)
    paragraph_of: list[int] = field(default_factory=list)
    _cache: dict[int, _Facts] = field(default_factory=dict)
    _doc: _DocFacts | None = None

    def __post_init__(self) -> None:
        starts, paras, para = [0], [0], 0
        for m in RE_SENTENCE_END.finditer(self.text, timeout=scan_timeout(len(self.text))):
            if m.group(0)[0] != "\n" and self._is_abbreviation(m.start()):
                continue
            para += 1 if m.group("para") is not None else 0
            starts.append(m.end())
            paras.append(para)
        self.starts, self.paragraph_of = starts, paras

    def _is_abbreviation(self, dot_end: int) -> bool:
        word = _RE_LAST_WORD.search(self.text[max(0, dot_end - 8) : dot_end + 1].rstrip("\"'”’)]"))
        if word is None:
            return False
        token = word.group(1).lower()
        return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())

    def index_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def span(self, i: int) -> tuple[int, int]:
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def facts(self, i: int, start: int, end: int) -> _Facts:
        """The facts of sentence `i`; a sentence over twice `_CLIP` is read around the quantity."""
        if self._doc is None:
            self._doc = _DocFacts(self.text, self.pub)
        lo, hi = self.span(i)
        if hi - lo > 2 * _CLIP:
            return self._doc.window(max(lo, start - _CLIP), min(hi, end + _CLIP))
        if i not in self._cache:
            self._cache[i] = self._doc.window(lo, hi)
        return self._cache[i]


def crosses_sentence(text: str, lo: int, hi: int) -> bool:
    """Does a sentence end between `lo` and `hi` (a short span)?"""
    return RE_SENTENCE_END.search(text, lo, hi) is not None


# --- describing claims ---------------------------------------------------------------------


def describe_all(claims: list[Claim], index: SentenceIndex) -> list[Claim]:
    """Fill sentence, period, kind, metric, topic and entities of every claim."""
    out: list[Claim] = []
    groups: dict[int, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(index.index_of(claim.start), []).append(claim)
    last_metric: tuple[int, str | None, Topic] = (-1, None, Topic.OTHER)
    for i in sorted(groups):
        group = [c for c in groups[i] if not _names_period(c, index.facts(i, c.start, c.end))]
        if not group:
            continue
        facts = [index.facts(i, c.start, c.end) for c in group]
        clauses = [f.clause(c.start, c.end) for c, f in zip(group, facts, strict=True)]
        periods = assign_periods(
            group, [f.times for f in facts], clauses, index.span(i)[0], index.text
        )
        prev: Claim | None = None
        for claim, fact, period in zip(group, facts, periods, strict=True):
            inherited = last_metric if last_metric[0] == index.paragraph_of[i] else None
            metric, topic = _metric(claim, fact, index.text, inherited)
            claim = Claim(  # NOTE: every field of Claim (cheaper than dataclasses.replace)
                start=claim.start, end=claim.end, surface=claim.surface, value=claim.value,
                unit=claim.unit, value_high=claim.value_high, per=claim.per,
                approx=claim.approx, change=claim.change,
                kind=_kind(claim, fact, period, index.pub), metric=metric, topic=topic,
                entities=_entities(claim, fact, index, i, metric), item=claim.item,
                period=period.period if period else None,
                sentence=_sentence_text(index, i, claim),
            )
            claim = _carry_change(claim, prev, index.text)
            prev = claim
            if metric is not None:
                last_metric = (index.paragraph_of[i], metric, topic)
            out.append(claim)
    return out


def _names_period(claim: Claim, facts: _Facts) -> bool:
    """"in 11 months" (published in December), "nine months of 2023": a period, not a duration."""
    return claim.unit in ("week", "month", "year") and any(
        t.start <= claim.start and claim.end <= t.end and not t.base for t in facts.times
    )


def _sentence_text(index: SentenceIndex, i: int, claim: Claim) -> str:
    lo, hi = index.span(i)
    lo, hi = max(lo, claim.start - _CLIP), min(hi, claim.end + _CLIP)
    return index.text[lo:hi].strip()


def _kind(claim: Claim, facts: _Facts, period: Time | None, pub: Published) -> Kind:
    if period is not None and pub.year is not None and not period.period.endswith("/.."):
        first, _, last = period.period.partition("/")
        end_year = int((last or first)[:4])
        if end_year < pub.year:
            return Kind.ACTUAL  # a figure for a past year, even inside "could" sentences
        if int(first[:4]) > pub.year or end_year > pub.year:
            return Kind.PROJECTION
    lo, hi = facts.clause(claim.start, claim.end)
    if any(lo <= p < hi for p in facts.projection_cues):
        return Kind.PROJECTION
    return Kind.ACTUAL


def _metric(
    claim: Claim, facts: _Facts, text: str, inherited: tuple[int, str | None, Topic] | None
) -> tuple[str | None, Topic]:
    """The nearest fitting cue before the quantity in its clause, else the paragraph's last
    metric, else a cue after it, else what the unit implies."""
    uclass = unit_class(claim.unit)
    if uclass == "count" and claim.item in COUNT_METRICS:
        label, topic = COUNT_METRICS[claim.item]
        return label, Topic(topic)
    lo, hi = facts.clause(claim.start, claim.end)
    before, after = None, None
    for start, end, row in facts.cues:
        if uclass not in METRICS[row][3] or claim.start <= start < claim.end:
            continue
        if lo <= start and end <= claim.start and claim.start - end < 160:
            if before is None or (claim.start - end, row) < before:
                before = (claim.start - end, row)
        elif claim.end <= start < hi:
            d = 0 if _RE_OF_AFTER.match(text[claim.end : start]) else start - claim.end + 40
            if after is None or (d, row) < after:
                after = (d, row)
    if after is not None and after[0] == 0 and (before is None or before[0] > 1):
        before = after  # "1.7 million tonnes of oil"
    if before is not None:
        return METRICS[before[1]][0], Topic(METRICS[before[1]][1])
    if inherited is not None and inherited[1] is not None and _fits(inherited[1], uclass):
        return inherited[1], inherited[2]
    if after is not None:
        return METRICS[after[1]][0], Topic(METRICS[after[1]][1])
    if uclass in METRIC_BY_UNIT_CLASS:
        label, topic = METRIC_BY_UNIT_CLASS[uclass]
        return label, Topic(topic)
    if claim.item:
        return f"{claim.item} count", Topic.OTHER
    return None, Topic.ECONOMY if uclass == "money" else Topic.OTHER


def _fits(metric: str, uclass: str) -> bool:
    return any(row[0] == metric and uclass in row[3] for row in METRICS)


def _entities(
    claim: Claim, facts: _Facts, index: SentenceIndex, i: int, metric: str | None
) -> tuple[str, ...]:
    """Entities of the claim's clause, else its sentence, else earlier sentences or the
    headline; a trade figure naming one country gains the country the story is about."""
    lo, hi = facts.clause(claim.start, claim.end)
    found = facts.subjects(lo, hi) or facts.subjects()
    j = i
    while not found and j > 0 and index.paragraph_of[j - 1] == index.paragraph_of[i] and i - j < 4:
        j -= 1
        found = index.facts(j, *index.span(j)).subjects()
    headline = index.facts(0, 0, 0).subjects() if i > 0 or not found else []
    if not found:
        found = headline
    countries = [e for e in found if e in COUNTRIES]
    if metric in _TRADE_METRICS and len(countries) == 1:
        home = [e for e in headline + facts.subjects() if e in COUNTRIES and e != countries[0]]
        found = found + home[:1]
    return tuple(dict.fromkeys(found))


def _carry_change(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """"Train numbers rose 10.7% and cargo volume 9.2%": the second shares the first's change."""
    if (claim.change is None and prev is not None and prev.change is not None
            and prev.unit == claim.unit and claim.unit in ("%", "pp")):
        gap = text[prev.end : claim.start]
        if _RE_LIST_JOINT.match(gap) and not _RE_ENDS_WITH_TO.search(gap):
            return replace(claim, change=prev.change)
    return claim
