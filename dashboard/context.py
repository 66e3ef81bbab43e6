"""What a quantity is about: its sentence, period, kind, metric, topic and entities.

Pure: no pandas, no dash. Every search runs on a window of at most `_CLIP` characters
around the quantity, so a 5 MB line without punctuation costs no more than a sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import Final

import regex

from dashboard.claim import Change, Claim, Kind, Topic
from dashboard.patterns import REGEX_TIMEOUT
from dashboard.vocab.entities import ENTITIES
from dashboard.vocab.metrics import METRIC_BY_UNIT_CLASS, METRICS, unit_class

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


@dataclass
class SentenceIndex:
    """Sentence and paragraph boundaries of one text, found once, looked up by bisection."""

    text: str
    starts: list[int] = field(default_factory=list)
    paragraph_of: list[int] = field(default_factory=list)
    _cache: dict[int, _SentenceFacts] = field(default_factory=dict)

    def __post_init__(self) -> None:
        starts, paras, para = [0], [0], 0
        for m in RE_SENTENCE_END.finditer(self.text, timeout=REGEX_TIMEOUT):
            if m.group("para") is None and m.group(0)[0] != "\n" and self._is_abbreviation(m.start()):
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

    def facts(self, i: int, year: int | None, start: int, end: int) -> _SentenceFacts:
        """Entities, metric cues and time expressions of sentence `i`, cached.

        A sentence longer than twice `_CLIP` is read only around the quantity.
        """
        lo, hi = self.span(i)
        if hi - lo > 2 * _CLIP:
            return _SentenceFacts.read(self.text, max(lo, start - _CLIP), min(hi, end + _CLIP), year)
        if i not in self._cache:
            self._cache[i] = _SentenceFacts.read(self.text, lo, hi, year)
        return self._cache[i]


def crosses_sentence(text: str, lo: int, hi: int) -> bool:
    """Does a sentence end between `lo` and `hi` (a short span)?"""
    return RE_SENTENCE_END.search(text, lo, hi) is not None


def published_year(published: str | None) -> int | None:
    if published and len(published) >= 4 and published[:4].isdigit():
        return int(published[:4])
    return None


# --- time expressions -------------------------------------------------------------------

_MONTH_NUM: Final[dict[str, int]] = {
    name: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for name in names
}
_M = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_COUNT_WORDS: Final[dict[str, int]] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_Y = r"(?:19|20)[0-9]{2}"
RE_TIME: Final = regex.compile(
    rf"""
    (?P<date>(?i:as\s+of|at\s+the\s+start\s+of|on)\s+(?P<dm>{_M})\s+(?P<dd>[0-9]{{1,2}}),?\s+(?P<dy>{_Y}))
    | (?P<plaindate>(?:{_M})\s+[0-9]{{1,2}},?\s+{_Y}|[0-9]{{1,2}}\s+{_M}\s+{_Y})
    | (?P<since>(?i:since|from)\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:(?i:{_M})\s+)?(?P<sy>{_Y}))(?!\s*[-–/]\s*[0-9])
    | (?P<by>(?i:by)\s+(?:the\s+end\s+of\s+|end-)?(?P<by_y>{_Y}))
    | (?P<mrange>(?P<m1>{_M})\s*(?:[-–]|\s+to\s+|\s+through\s+)\s*(?P<m2>{_M})(?:\s+|,\s*)(?:of\s+)?(?P<my>{_Y}))
    | (?P<firstn>(?i:(?:the\s+)?first\s+)(?P<fn>[0-9]{{1,2}}|{"|".join(_COUNT_WORDS)})\s+months(?:\s+of\s+(?P<fy>{_Y}))?)
    | (?P<nmonths>(?P<nn>nine|ten|eleven|[0-9]{{1,2}})(?:\s+|-)months?\s+(?:of\s+)?(?P<ny>{_Y}))
    | (?P<quarter>(?i:(?P<qw>first|second|third|fourth)\s+quarter)(?:\s+of)?\s+(?P<qy>{_Y})|Q(?P<qn>[1-4])\s*(?P<qy2>{_Y})|(?P<qn3>[1-4])Q\s*(?P<qy3>{_Y}))
    | (?P<half>(?i:(?P<hw>first|second)\s+half)(?:\s+of)?\s+(?P<hy>{_Y})|H(?P<hn>[12])\s*(?P<hy2>{_Y}))
    | (?P<monthyear>(?P<mm>{_M})\s+(?P<mmy>{_Y}))
    | (?P<yrange>(?<![0-9])(?P<y1>{_Y})\s*[-–/]\s*(?P<y2>{_Y}|[0-9]{{2}})(?![0-9]))
    | (?P<fiscal>(?i:fiscal(?:\s+year)?\s+|FY\s*)(?P<fsy>{_Y}))
    | (?P<year>(?<![0-9.,$€£])(?P<yy>{_Y})(?![0-9]|\s*(?:tonnes|tons|TEU|km|%)))
    | (?P<rel>(?i:(?P<rw>this|last|next|previous|the\s+current|current)\s+year))
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True)
class _Time:
    start: int
    end: int
    period: str
    since: bool  # "since 2020" / "from 2021": a base, not the figure's own period


def _read_time(m: regex.Match[str], year: int | None) -> _Time | None:
    g = m.groupdict()
    period: str | None = None
    if g["date"]:
        period = f"{g['dy']}-{_month(g['dm']):02d}-{int(g['dd']):02d}"
    elif g["plaindate"]:
        return None  # "reported on March 11, 2024": when it was said, not what it measures
    elif g["since"]:
        return _Time(m.start(), m.end(), f"{g['sy']}/..", True)
    elif g["by"]:
        period = g["by_y"]
    elif g["mrange"]:
        period = f"{g['my']}-{_month(g['m1']):02d}/{g['my']}-{_month(g['m2']):02d}"
    elif g["firstn"]:
        n = _count(g["fn"])
        y = g["fy"] or (str(year) if year else None)
        period = f"{y}-01/{y}-{n:02d}" if y and 1 <= n <= 12 else None
    elif g["nmonths"]:
        n = _count(g["nn"])
        period = f"{g['ny']}-01/{g['ny']}-{n:02d}" if 1 <= n <= 12 else None
    elif g["quarter"]:
        period = _quarter(g)
    elif g["half"]:
        y = g["hy"] or g["hy2"]
        first = (g["hw"] or "").lower() == "first" or g["hn"] == "1"
        period = f"{y}-01/{y}-06" if first else f"{y}-07/{y}-12"
    elif g["monthyear"]:
        period = f"{g['mmy']}-{_month(g['mm']):02d}"
    elif g["yrange"]:
        y2 = g["y2"] if len(g["y2"]) == 4 else g["y1"][:2] + g["y2"]
        period = f"{g['y1']}/{y2}" if y2 > g["y1"] else None
    elif g["fiscal"]:
        period = g["fsy"]
    elif g["year"]:
        period = g["yy"]
    elif g["rel"] and year:
        word = g["rw"].lower()
        offset = -1 if word in ("last", "previous") else 1 if word == "next" else 0
        period = str(year + offset)
    return _Time(m.start(), m.end(), period, False) if period else None


def _month(name: str) -> int:
    return _MONTH_NUM[name.rstrip(".").lower()]


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS.get(word.lower(), 0)


def _quarter(g: dict[str, str | None]) -> str:
    words = {"first": 1, "second": 2, "third": 3, "fourth": 4}
    q = words[(g["qw"] or "").lower()] if g["qw"] else int(g["qn"] or g["qn3"] or "1")
    y = g["qy"] or g["qy2"] or g["qy3"]
    return f"{y}-{3 * q - 2:02d}/{y}-{3 * q:02d}"


# --- per-sentence facts -------------------------------------------------------------------

_ENTITY_BY_ALIAS: Final[dict[str, str]] = {
    alias: name for name, aliases in ENTITIES.items() for alias in aliases
}
RE_ENTITY: Final = regex.compile(
    r"(?<![\w-])(?:"
    + "|".join(regex.escape(a) for a in sorted(_ENTITY_BY_ALIAS, key=len, reverse=True))
    + r")(?![\w])"
)
# Reporters and sources are not what a figure is about ("according to Azerbaijan's ...").
RE_ATTRIBUTION: Final = regex.compile(
    r"(?i:according\s+to|citing|cited\s+by|reported\s+by|as\s+reported\s+by|quoted\s+by|"
    r"told|supplied\s+by|carried\s+by|via|wrote\s+on)\s+[^,.;:]{0,80}"
)
_CUES: Final[list[tuple[str, int]]] = [
    (cue, row) for row, (_, _, cues, _) in enumerate(METRICS) for cue in cues
]
_CUE_ROW: Final[dict[str, int]] = {}
for _cue, _row in _CUES:
    _CUE_ROW.setdefault(_cue, _row)
RE_METRIC_CUE: Final = regex.compile(
    r"(?<![\w-])(?i:"
    + "|".join(regex.escape(c).replace("\\ ", r"\s+") for c in sorted(_CUE_ROW, key=len, reverse=True))
    + r")(?![\w-])"
)
RE_PROJECTION: Final = regex.compile(
    r"""(?<![\w-])(?:
      (?i:forecasts?|forecasted|expect(?:s|ed|ing|ations?)?|project(?:ed|ions?|s)|anticipated|
          plans?|planned|planning|aims?|aimed|aiming|targets?|targeted|targeting|goals?|potential|
          envisages?|envisaged|intends?|intended|seeks?|wants?\s+to|hopes?|outlook|foresees?|
          ready\s+to|set\s+to|is\s+to|are\s+to|due\s+to|in\s+view|prospects?|estimated\s+to|
          will|would|could|should|shall|might|can\s+now\s+take|capable)
      | may )(?![\w-])""",
    regex.VERBOSE,
)
RE_CLAUSE_BREAK: Final = regex.compile(
    r";|,?\s+while\s+|,?\s+whereas\s+|\s+and\s+that\s+|,\s+but\s+|,\s+and\s+(?=[A-Z]|the\s|its\s|it\s)"
)


@dataclass(frozen=True)
class _SentenceFacts:
    lo: int
    hi: int
    entities: tuple[tuple[int, str], ...]
    cues: tuple[tuple[int, int, int], ...]  # (start, end, metric row)
    times: tuple[_Time, ...]
    breaks: tuple[int, ...]
    projection_cues: tuple[int, ...]
    attribution: tuple[tuple[int, int], ...]

    @classmethod
    def read(cls, text: str, lo: int, hi: int, year: int | None) -> _SentenceFacts:
        s = text[lo:hi]
        ents = tuple((m.start() + lo, _ENTITY_BY_ALIAS[m.group(0)]) for m in RE_ENTITY.finditer(s))
        cues = tuple(
            (m.start() + lo, m.end() + lo, _CUE_ROW[regex.sub(r"\s+", " ", m.group(0).lower())])
            for m in RE_METRIC_CUE.finditer(s)
        )
        times = tuple(
            replace(t, start=t.start + lo, end=t.end + lo)
            for m in RE_TIME.finditer(s, timeout=REGEX_TIMEOUT)
            if (t := _read_time(m, year)) is not None
        )
        return cls(
            lo, hi, ents, cues, times,
            tuple(m.start() + lo for m in RE_CLAUSE_BREAK.finditer(s)),
            tuple(m.start() + lo for m in RE_PROJECTION.finditer(s)),
            tuple((m.start() + lo, m.end() + lo) for m in RE_ATTRIBUTION.finditer(s)),
        )


# --- describing claims ---------------------------------------------------------------------


def describe_all(claims: list[Claim], text: str, index: SentenceIndex, year: int | None) -> list[Claim]:
    """Fill sentence, period, kind, metric, topic and entities of every claim."""
    out: list[Claim] = []
    groups: dict[int, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(index.index_of(claim.start), []).append(claim)
    for i, group in groups.items():
        periods = _assign_periods(group, index, i, year)
        prev_change: Claim | None = None
        for claim, period in zip(group, periods, strict=True):
            facts = index.facts(i, year, claim.start, claim.end)
            claim = _describe_one(claim, text, index, i, facts, period, year)
            claim = _carry_change(claim, prev_change, text)
            prev_change = claim
            out.append(claim)
    return out


def _describe_one(
    claim: Claim, text: str, index: SentenceIndex, i: int, facts: _SentenceFacts,
    period: _Time | None, year: int | None,
) -> Claim:
    metric, topic = _metric(claim, facts)
    return replace(
        claim,
        sentence=_sentence_text(text, index, i, claim),
        period=period.period if period else None,
        kind=_kind(claim, facts, period, year),
        metric=metric,
        topic=topic,
        entities=_entities(claim, facts, index, i, year),
    )


def _sentence_text(text: str, index: SentenceIndex, i: int, claim: Claim) -> str:
    lo, hi = index.span(i)
    lo, hi = max(lo, claim.start - _CLIP), min(hi, claim.end + _CLIP)
    return text[lo:hi].strip()


def _assign_periods(
    group: list[Claim], index: SentenceIndex, i: int, year: int | None
) -> list[_Time | None]:
    """Each claim's own time: after it first, then before it, then the sentence's lead."""
    facts = [index.facts(i, year, c.start, c.end) for c in group]
    chosen: list[_Time | None] = [None] * len(group)
    after_used: set[int] = set()
    for k, claim in enumerate(group):  # pass 1: "4.48 mln for 2024"
        limit = group[k + 1].start if k + 1 < len(group) else claim.end + 80
        for t in facts[k].times:
            if claim.end <= t.start < min(limit, claim.end + 80) and not t.since:
                chosen[k] = t
                after_used.add(t.start)
                break
    for k, claim in enumerate(group):  # pass 2: "rose 63% in 2024 to 4.1 mt" / "since 2020, ... fivefold"
        if chosen[k] is not None:
            continue
        floor = group[k - 1].end if k > 0 else -1
        before = [t for t in facts[k].times if floor <= t.start and t.end <= claim.start
                  and t.start not in after_used and (not t.since or claim.change is not None)]
        if before:
            chosen[k] = before[-1]
    for k, claim in enumerate(group):  # pass 3: "In 2024, volume grew 62% to 4.5 mt"
        if chosen[k] is None:
            lead = [t for t in facts[k].times if t.end <= claim.start and not t.since
                    and t.start not in after_used]
            chosen[k] = lead[-1] if lead else None
    return chosen


def _clause(facts: _SentenceFacts, claim: Claim) -> tuple[int, int]:
    lo = max([b for b in facts.breaks if b <= claim.start], default=facts.lo)
    hi = min([b for b in facts.breaks if b >= claim.end], default=facts.hi)
    return lo, hi


def _kind(claim: Claim, facts: _SentenceFacts, period: _Time | None, year: int | None) -> Kind:
    if period is not None and year is not None and not period.since:
        first, _, last = period.period.partition("/")
        end_year = int((last or first)[:4])
        if end_year < year:
            return Kind.ACTUAL  # a figure for a past year, even inside "could" sentences
        if int(first[:4]) > year or (end_year > year and last):
            return Kind.PROJECTION
    lo, hi = _clause(facts, claim)
    if any(lo <= p < hi for p in facts.projection_cues):
        return Kind.PROJECTION
    return Kind.ACTUAL


def _metric(claim: Claim, facts: _SentenceFacts) -> tuple[str | None, Topic]:
    uclass = unit_class(claim.unit)
    best: tuple[int, int] | None = None
    for start, end, row in facts.cues:
        if uclass not in METRICS[row][3] or claim.start <= start < claim.end:
            continue
        distance = claim.start - end if end <= claim.start else start - claim.end + 40
        if distance < 0:
            continue
        if best is None or (distance, row) < best:
            best = (distance, row)
    if best is not None and best[0] < 160:
        label, topic = METRICS[best[1]][0], METRICS[best[1]][1]
        return label, Topic(topic)
    if uclass in METRIC_BY_UNIT_CLASS:
        label, topic = METRIC_BY_UNIT_CLASS[uclass]
        return label, Topic(topic)
    if claim.item:
        return f"{claim.item} count", Topic.OTHER
    return None, Topic.ECONOMY if uclass == "money" else Topic.OTHER


def _entities(
    claim: Claim, facts: _SentenceFacts, index: SentenceIndex, i: int, year: int | None
) -> tuple[str, ...]:
    found = _subjects(facts)
    j = i
    while not found and j > 0 and index.paragraph_of[j - 1] == index.paragraph_of[i] and i - j < 4:
        j -= 1
        lo, _ = index.span(j)
        found = _subjects(index.facts(j, year, lo, lo))
    if not found and i > 0:
        found = _subjects(index.facts(0, year, 0, 0))  # the headline
    return tuple(dict.fromkeys(found))


def _subjects(facts: _SentenceFacts) -> list[str]:
    """Entities named outside attributions ("according to ..."), in order of mention."""
    inside = [name for pos, name in facts.entities if any(a <= pos < b for a, b in facts.attribution)]
    outside = [name for pos, name in facts.entities if not any(a <= pos < b for a, b in facts.attribution)]
    return outside or ([] if inside else [])


_RE_LIST_JOINT: Final = regex.compile(r"\A(?:,|\s+and|,\s+and)\s+[^0-9;:()]{0,40}\Z")


def _carry_change(claim: Claim, prev: Claim | None, text: str) -> Claim:
    """ "Train numbers rose 10.7% and cargo volume 9.2%": the second shares the first's change."""
    if (claim.change is None and prev is not None and prev.change is not None
            and prev.unit == claim.unit and claim.unit in ("%", "pp")
            and _RE_LIST_JOINT.match(text[prev.end : claim.start])
            and " to " not in text[prev.end : claim.start]):
        return replace(claim, change=prev.change)
    return claim


def link_changes(claims: list[Claim]) -> list[Claim]:
    """Hook kept for symmetry with `describe_all`: claims are already sorted by start."""
    return sorted(claims, key=lambda c: c.start)


__all__ = ["Change", "SentenceIndex", "crosses_sentence", "describe_all", "published_year"]
