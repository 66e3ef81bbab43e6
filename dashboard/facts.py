"""What a text says around its quantities: entities, metric cues, times, clause breaks,
projection cues and attributions, each found in one pass over the whole text and sliced
per sentence by bisection.

Pure: no pandas, no dash.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import regex

from dashboard.cue_filters import (
    counted_in,
    processed_by_makers,
    project_costs,
    remitted_inflows,
)
from dashboard.lexicon import Lexicon, Words
from dashboard.patterns_around import forecasts_seen
from dashboard.periods import Time, find_times
from dashboard.places import capitals_as_parties, names_no_party, towns_listed_with_ports
from dashboard.published import Published
from dashboard.scanning import (
    iter_triggered,
    match_at,
    scan_timeout,
    trie,
    with_folded_words,
    with_words,
)
from dashboard.vocab.entities import ENTITIES, FORECASTERS, PORTS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.metrics import CUE_ROWS
from dashboard.vocab.projections import (
    CONDITION_CUES,
    PROJECTION_CUES,
    PROJECTION_CUES_AS_WRITTEN,
)

if TYPE_CHECKING:
    from dashboard.list_items import Item

# A hyphenated name is written with an en dash as often ("China–Europe trains", "the
# Baku–Tbilisi–Kars railway"): both spellings name the entity, not its parts. A route through
# a town with a hyphen in its own name keeps that hyphen ("Termez–Mazar-i-Sharif–Kabul"): the
# dash joins names (capitals on both sides), the hyphen the words of one.
_RE_NAME_JOIN: Final = regex.compile(r"(?<=\b\p{Lu}\w{0,40})-(?=\p{Lu})")  # aliases, at import
_ENTITY_BY_ALIAS: Final[dict[str, str]] = {
    spelling: name for name, aliases in ENTITIES.items() for alias in aliases
    for spelling in dict.fromkeys((alias, alias.replace("-", "\u2013"),
                                   _RE_NAME_JOIN.sub("\u2013", alias)))
}
# The aliases as a trie, the same as their longest-first alternation (measured: tried where
# the entity triggers fire, 8.1 -> 4.0 ms a MB).
# A hashtag joins a year to the name: "#TITR2025", "#Aktau2024" name the route, the port.
RE_ENTITY: Final = regex.compile(
    r"(?<![\w])(?:" + trie(_ENTITY_BY_ALIAS, fold=False) + r")"
    r"(?:(?![\w])|(?<=#\w{2,60})(?=(?:19|20)[0-9]{2}(?![\w])))"
)
# The name part of such a hashtag, for the trigger words (`Words.runs` holds "titr2025").
_RE_HASHTAG_NAME: Final = regex.compile(r"(?<=#)[^\W\d]{2,60}(?=(?:19|20)[0-9]{2}(?![\w]))")


def _with_hashtags(runs: frozenset[str] | None, text: str) -> frozenset[str] | None:
    """`runs` and the names of hashtags with a year ("#TITR2025" -> "titr"); most texts have
    no "#", told without the pattern."""
    if runs is None or "#" not in text:
        return runs
    return runs | {name.lower() for name in _RE_HASHTAG_NAME.findall(
        text, timeout=scan_timeout(len(text)))}


def entity_name(alias: str) -> str:
    """The canonical name of an entity matched by `RE_ENTITY`: "Kazakh" -> "Kazakhstan"."""
    return _ENTITY_BY_ALIAS[alias]


# The rest of a port's name written after the town, in any case: "Aktau international sea
# trade port", "Baku Sea Trade Port" (its words are no metric cues: not trade).
_RE_PORT_TAIL: Final = regex.compile(
    r"(?i:[\s\u00a0]+(?:international[\s\u00a0]+)?(?:sea[\s\u00a0]+)?"
    r"(?:trade|commercial|merchant|trading)[\s\u00a0]+(?:sea[\s\u00a0]*)?port)\b"
)


def _first_word(alias: str) -> str:
    word = regex.match(r"\w+", alias)
    assert word is not None, alias  # an alias starts with a word character
    return str(word.group()).lower()


# Where an entity can start: one pattern per first character of the aliases, led by it, so
# that the regex engine finds it fast, with the first words of its aliases (lower case) for
# `with_words` (measured on 1 MB: RE_ENTITY's own scan 50 ms, these and RE_ENTITY tried
# where they fire, in a window as long as an alias, 39 ms; 26 ms skipping the patterns
# whose words are not in the text; 23 -> 22 ms with the rest of each alias as a trie).
_ALIASES_BY_FIRST: Final[dict[str, list[str]]] = {}
for _alias in sorted(_ENTITY_BY_ALIAS, key=len, reverse=True):
    _ALIASES_BY_FIRST.setdefault(_alias[0], []).append(_alias)
_ENTITY_TRIGGERS: Final = tuple(
    (
        frozenset(_first_word(alias) for alias in aliases),
        regex.compile(
            rf"{regex.escape(first)}(?<![\w]{regex.escape(first)})"
            rf"(?={trie([alias[1:] for alias in aliases], fold=False)})"
        ),
    )
    for first, aliases in _ALIASES_BY_FIRST.items()
)
_ENTITY_SPAN: Final = max(map(len, _ENTITY_BY_ALIAS)) + 1  # an alias and the look-ahead after
# Reporters and sources are not what a figure is about ("according to Azerbaijan's ...").
RE_ATTRIBUTION: Final = regex.compile(
    r"(?i:according\s+to|citing|cited\s+by|reported\s+by|as\s+reported\s+by|quoted\s+by|"
    r"supplied\s+by|wrote\s+on|reported\s+on"
    # "carried by Trend" (a story), not "cargo carried by Azerbaijan Railways" (freight)
    r"|(?<!\b(?:cargo|goods|freight|passengers|containers|volumes?|tonnes|tons|oil|grain)\s+)"
    r"carried\s+by)\s+[^,.;:]{0,80}"
    # whom a speaker told, up to what they were told: "told the committee that traffic through
    # Kazakhstan will reach ..." (Kazakhstan is what the figure is about)
    r"|(?i:told)\s+(?:(?!(?i:that)\b)[^,.;:]){0,80}"
    # "Revenue rose 9.2%, driven by higher volumes on the Trans-Caspian route": the cause,
    # not whose figure it is (up to a figure of its own: "helped by a 1 GW Masdar project")
    r"|(?<=,[\s\u00a0]{0,3})(?i:(?:driven|helped|boosted|fuell?ed|supported)\s+"
    r"(?:mainly\s+|largely\s+|mostly\s+)?by)\s+[^,.;:0-9]{0,80}"
)
# An organisation named as the author of a forecast or estimate: "World Bank projections",
# "the IMF's outlook", "the EBRD expects".
_RE_AS_SOURCE: Final = regex.compile(
    r"(?:'s|’s)?[\s\u00a0]+(?i:projections?|forecasts?|estimates?|outlook|scenarios?|"
    r"expects?(?![\s\u00a0]++to[\s\u00a0]++(?:commit|lend|provide|invest|disburse|approve|"
    r"allocate|finance|co-finance|extend|mobili[sz]e|spend|sign)\b)|"  # "ADB expects to lend
    # $1 billion": a lender's own plan, the lender what the figure is about
    r"projects|predicts|estimated|sees|said|says)\b"
)
# An outlet named before its verb after the figures: ", SeaNews Türkiye reported on February
# 10": who reported, not what the figures are about (the names are capitalised words; the
# possessive loop stops at the lower-case verb, so it cannot backtrack). The verb has no
# object: ", Kazakhstan reported exports of $2.3 billion" is the party that exported.
_RE_OUTLET_REPORTED: Final = regex.compile(
    r",[\s\u00a0]++(?:[A-Z][\w.'’&-]*+[\s\u00a0]++){1,4}+(?:reported|reports|wrote)\b"
    r"(?=[\s\u00a0]*+(?:[.,;:!?)]|\Z|(?:on|in|citing|that)\b))"
)


def _outlets_reporting(text: str) -> list[tuple[int, int]]:
    """Spans of ", SeaNews Türkiye reported": the outlet, and its verb."""
    if "report" not in text and "wrote" not in text:  # the verbs the pattern ends with
        return []
    return [(m.start() + 1, m.end())
            for m in _RE_OUTLET_REPORTED.finditer(text, timeout=scan_timeout(len(text)))]


# Where an attribution can start: one literal each, found fast (measured on 1 MB: 49 ms for
# RE_ATTRIBUTION's own scan, 13 ms for these and the attempts where they fire).
# Each runs only where the text holds a word a match where it fires needs ("as": "as reported
# by"; measured: 14.5 -> 7.4 ms a MB of bench news). NOTE: keep in sync with RE_ATTRIBUTION.
_ATTRIBUTION_TRIGGERS: Final = tuple(
    (words, regex.compile(pattern))
    for words, pattern in (
        (("according",), r"(?i:according)"), (("citing", "cited"), r"(?i:cit)"),
        (("reported",), r"(?i:reported)"), (("reported",), r"(?i:as)(?=\s)"),
        (("quoted",), r"(?i:quoted)"), (("told",), r"(?i:told)"),
        (("supplied",), r"(?i:supplied)"), (("carried",), r"(?i:carried)"),
        (("wrote",), r"(?i:wrote)"),
        *(((verb,), rf"(?i:{verb})(?=\s)") for verb in (
            "driven", "helped", "boosted", "fueled", "fuelled", "supported")),
    )
)
METRIC_CUES: Final = Lexicon({cue: rows[0] for cue, rows in CUE_ROWS.items()})  # first owns
PROJECTIONS: Final = Lexicon(dict.fromkeys(PROJECTION_CUES, True)
                          | dict.fromkeys(CONDITION_CUES, False),
                          exact_case=PROJECTION_CUES_AS_WRITTEN)
# "If fuel stays where it is": a condition cue (value False) after "if" ("unless", "as long
# as", "provided"...) in its clause; a decimal point ("if the 16.5% rate") is no break
_RE_IF_BEFORE: Final = regex.compile(
    r"(?i:\b(?:if|unless|provided|providing|as\s+long\s+as|so\s+long\s+as|assuming|should)\b)"
    r"(?:[^,;:.!?]|(?<=\d)\.(?=\d)){0,60}\Z")
# "but moved only", "but ran only 4,300" (irregular verbs too): a past verb after "but".
# (not `PAST_IRREGULAR_WORDS`: "were small but paid in dollars", "but held steady" are
# participles, no clause's verb)
_PAST_AFTER_BUT_IRREGULAR: Final = (r"ran|made|sent|saw|took|grew|rose|fell|got|brought|built"
                                     r"|sold|came")
_PAST_AFTER_BUT: Final = rf"(?:only\s+)?+(?:[a-z]{{2,14}}ed|{_PAST_AFTER_BUT_IRREGULAR})\s"
# A partner's own trade or flow after "and": "..., and exports to Russia", "..., and volumes
# to Germany" (the trade words also without a comma; the flow words, which may name a joint
# subject's part, only after one: not "Imports from Turkey and sales to Georgia reached ...").
_TRADE_NOUNS: Final = r"trade|exports?|imports?|shipments|deliveries|turnover"
_FLOW_NOUNS: Final = r"volumes?|traffic|flows|cargo|freight|supplies|sales"
# Plural people and a verb of looking ahead or saying, after ", and": "and analysts expect".
_SEERS: Final = (r"[a-z]{3,20}s\s+(?:expect|forecast|predict|see|estimate|warn|say|said|believe"
                 r"|fear|hope)\b")
RE_CLAUSE_BREAK: Final = regex.compile(
    r";|,?\s+while\s+|,?\s+whereas\s+|\s+and\s+that\s+|,\s+but\s+|"
    # "..., with Russia accounting for 18%": a clause of its own; but "ranked first in exports
    # of vegetables, with 245.6 thousand tons": a figure alone, of the clause before
    r",\s+with\s+(?!(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|over\s+)?[0-9$€£₸₼]"
    r"[^,;:()!?\n]{0,40}?(?:[.;!?](?=\s|\Z)|\Z))|"
    r"\s+but\s+(?=(?:actually|in\s+fact|in\s+the\s+end|eventually)\s|" + _PAST_AFTER_BUT + ")|"
    # "had planned 4 mt but actually handled 3.7 mt", "but moved only": the outcome, told in
    # the past, is its own clause
    r",\s+and\s+(?=[A-Z]|the\s|its\s|it\s|our\s|their\s|his\s|her\s|we\s|they\s|an?\s)"
    # ("A 230 MW plant was commissioned, and a 240 MW farm is due in 2026": a new subject;
    # so is "surged 176% to 56,500 TEU, and 33 times as many trains came in from China", but
    # "1GB of data, 100 SMS, and 50 minutes of calls" is one list)
    r"|,\s+and\s+(?=[0-9]++(?:\.[0-9]++)?\s+times\s+(?:as|more)\s)"
    # "showed the river 62 cm below average on Monday, and hydrologists expect it to fall":
    # people who look ahead, a subject of their own
    rf"|,\s+and\s+(?={_SEERS})"
    r"|\s+and\s+(?=(?:is|are|was|were|will|would|has|have|could|can|may|might|should|must|"
    r"expects?|plans?|aims?|intends?)\s)"
    r"|,\s+(?:adding|saying|noting|stressing)\s+(?:that\s+)?"
    r"|(?<!\bsuch),?\s+as\s+(?=[A-Z])"
    rf"|,?\s+and\s+(?=(?:{_TRADE_NOUNS})\s+(?:with|to|from)\b)"
    rf"|,\s+and\s+(?=(?:{_FLOW_NOUNS})\s+(?:with|to|from)\b)"
    # "..., and trade between Kyrgyzstan and Tajikistan ... is forecast to double by 2032":
    # a flow named by its route or its parties, a subject of its own
    rf"|,\s+and\s+(?=(?:{_TRADE_NOUNS}|{_FLOW_NOUNS})\s+(?:between|through|across|via|along)\b)"
    r"|,\s+and\s+(?=(?:with|to|from)\s+[A-Z])"  # "Trade with China reached $5.6bn, and with
    # Russia – $4.1bn": each partner's figure is its own
    r"|\s+and\s+(?=with\s+[A-Z][\w'’-]*\s+(?:to|at|-|–|—)\s)"  # "with Italy to $13.5
    # billion and with Türkiye to $4.9 billion"
)

# Where a clause break can start: at ";", at "," before a space, or where the spaces before
# "while", "whereas", "and" or "but" begin (the group `start`). Measured on 1 MB: RE_CLAUSE_BREAK's
# own scan 48 ms, these and RE_CLAUSE_BREAK tried where they fire 19 ms. A comma and an "and"
# fire only before a word one of its branches needs next (NOTE: keep in sync with
# RE_CLAUSE_BREAK; measured: 8,200 tries a MB, 850 of them breaks, -> 2,500 tries).
_BREAK_TRIGGERS: Final = (
    regex.compile(r";"),
    regex.compile(r",(?=\s+(?:wh|but|with|and|adding|saying|noting|stressing|as))"),
    regex.compile(
        r"and(?<=(?<!\s)(?P<start>\s+)and)(?=\s+(?:that\s|[A-Z0-9]|the\s|its?\s|our\s|"
        rf"{_SEERS}|"
        r"their\s|his\s|her\s|we\s|they\s|an?\s|is|are|was|were|will|would|has|have|could|"
        rf"can|may|might|should|must|expect|plan|aim|intend|{_TRADE_NOUNS}|{_FLOW_NOUNS}|with|to"
        r"|from))"
    ),
    regex.compile(r"as(?<=(?<!\s)(?P<start>\s+)as)(?=\s+[A-Z])"),
    regex.compile(r"but(?<=(?<!\s)(?P<start>\s+)but)(?=\s+(?:actually|in\s|eventually|"
                  + _PAST_AFTER_BUT + "))"),
    regex.compile(r"wh(?:ile|ereas)(?<=(?<!\s)(?P<start>\s+)wh(?:ile|ereas))"),
)


# "projects" is a noun ("infrastructure projects worth $2 billion") unless a forecast's object
# follows it: "The ministry projects oil output of 96.2 mt", "the bank projects that ...",
# "projects a 5% rise" (not "10 projects a year").
_PROJECTS_ROW: Final = CUE_ROWS["projects"][0]
_RE_PROJECTS_VERB: Final = regex.compile(
    r"(?i:[\s\u00a0]++(?:that\b|an?\s++(?!year|month|week|day)|[$€£]?[0-9]|(?:(?:oil|gas|"
    r"grain|cargo|gdp|economic|export|import|budget|trade)\s++)?(?:growth|output|production|"
    r"exports?|imports?|inflation|revenues?|deficit|surplus|gdp|demand|consumption|"
    r"volumes?|throughput|traffic|turnover|prices?|spending)\b))"
)


# "counts on" looks ahead ("now counts on 14.5-15 centners", "counts on growth of 6%")
_RE_COUNTS_ON: Final = regex.compile(r"(?i:counts?+|counting)\s++on")
# "counts on" that relies on a partner ("counts on Kazakhstan for 60%") or has equipment
# ("counts on 12 gantry cranes"): no forecast; any other figure or measure after it is one
_RE_RELIES_OR_HAS: Final = regex.compile(
    rf"(?:\s++(?:(?:the|its|their)\s++)?+(?:[A-Z][\w'’.&-]*+\s++){{1,4}}for\b"
    rf"|\s++(?:(?:{HEDGE_WORDS})\s++)?+[0-9][0-9,]*+\s++(?:[\w-]++\s++){{0,2}}"
    r"(?i:cranes?|berths?|gantr(?:y|ies)|vessels?|ships?|tugs?|locomotives?|wagons?|trucks?"
    r"|warehouses?|terminals?|employees|staff|workers)\b)")


def _relies_on_no_figure(text: str, start: int, end: int) -> bool:
    """Is the cue a "counts on" that relies on a partner or counts equipment?"""
    return (_RE_COUNTS_ON.fullmatch(text, start, end) is not None
            and match_at(_RE_RELIES_OR_HAS, text, end) is not None)


def _projects_as_verb(text: str, cues: list[tuple[int, int, int]]) -> list[int]:
    """Starts of the metric cues "projects" that are the verb (a few a MB, told apart by
    their row and length before any text is read)."""
    return [start for start, end, row in cues
            if row == _PROJECTS_ROW and end - start == 8
            and text[start:end].lower() == "projects" and match_at(_RE_PROJECTS_VERB, text, end)]


def _outside(
    cues: list[tuple[int, int, int]], spans: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """The cues that start outside every span (`spans` sorted by start, not overlapping):
    one bisection a cue, so a long text with many port names stays linear."""
    starts = [lo for lo, _ in spans]
    out = []
    for cue in cues:
        k = bisect.bisect_right(starts, cue[0]) - 1
        if k < 0 or cue[0] >= spans[k][1]:
            out.append(cue)
    return out


def _between(starts: list[int], lo: int, hi: int) -> slice:
    return slice(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))


class DocFacts:
    """Every entity, metric cue, time, clause break, projection cue and attribution in a
    text, found in one pass each and kept sorted by position."""

    def __init__(self, text: str, pub: Published, words: Words | None = None) -> None:
        words = Words.read(text) if words is None else words
        self.entities = []
        sources = []  # "World Bank projections see traffic tripling": who forecasts, not what
        ports = []  # spans of port names ("Baku International Sea Trade Port")
        for m in iter_triggered(
            with_words((), _ENTITY_TRIGGERS, _with_hashtags(words.runs, text)), RE_ENTITY, text,
            span=_ENTITY_SPAN
        ):
            name = _ENTITY_BY_ALIAS[m.group()]
            if names_no_party(name, m, text):
                continue
            self.entities.append((m.start(), name))
            if name in FORECASTERS and match_at(_RE_AS_SOURCE, text, m.end()):
                sources.append((m.start(), m.end()))
            if name in PORTS:
                # "Aktau international sea trade port"
                tail = match_at(_RE_PORT_TAIL, text, m.end())
                ports.append((m.start(), tail.end() if tail else m.end()))
        capitals = capitals_as_parties(text, words.runs) + towns_listed_with_ports(text, ports)
        if capitals:
            self.entities = sorted(dict.fromkeys(self.entities + capitals))
        self.cues = METRIC_CUES.find(words)
        if ports:  # a word of a port's name is no metric cue: "Sea Trade Port" is not trade
            self.cues = _outside(self.cues, ports)
        self.cues = project_costs(processed_by_makers(remitted_inflows(
            [cue for cue in self.cues if not counted_in(cue, text)], text), text), text)
        self.times = list(find_times(text, 0, len(text), pub, words.runs))
        self.breaks = [
            m.start() for m in iter_triggered(_BREAK_TRIGGERS, RE_CLAUSE_BREAK, text, span=0)
        ]
        self.projection_cues = [
            start for start, end, always in PROJECTIONS.find(words)
            if (always or _RE_IF_BEFORE.search(text, max(0, start - 60), start))
            and not _relies_on_no_figure(text, start, end)]
        verbs = _projects_as_verb(text, self.cues) + (
            forecasts_seen(text) if "see" in text else [])
        if verbs:  # "The ministry projects oil output of 96.2 mt": a forecast, no investment
            self.cues = [c for c in self.cues if c[0] not in verbs]
            self.projection_cues = sorted(self.projection_cues + verbs)
        attribution = with_folded_words(_ATTRIBUTION_TRIGGERS, text)
        self.attribution = sorted([
            (m.start(), m.end())
            for m in iter_triggered(attribution, RE_ATTRIBUTION, text, span=0)
        ] + sources + _outlets_reporting(text))
        self._entity_pos = [p for p, _ in self.entities]
        self._cue_pos = [c[0] for c in self.cues]
        self.time_starts = [t.start for t in self.times]
        self._attr_pos = [a for a, _ in self.attribution]

    def subjects(self, lo: int, hi: int) -> list[str]:
        """`Facts.subjects` of the window text[lo:hi], without making the window's `Facts`
        (the sentences before a claim are read for their entities only: 5,000 a MB)."""
        return _subjects(
            self.entities[_between(self._entity_pos, lo, hi)],
            self.attribution[_between(self._attr_pos, lo, hi)], lo, hi,
        )

    def window(self, lo: int, hi: int) -> Facts:
        """The facts that start inside text[lo:hi] (bisected inline: 6,700 windows a MB,
        measured 2.9 -> 2.2 µs each)."""
        at = bisect.bisect_left
        entities, cues, times = self._entity_pos, self._cue_pos, self.time_starts
        breaks, projections, attribution = self.breaks, self.projection_cues, self._attr_pos
        return Facts(
            lo, hi,
            tuple(self.entities[at(entities, lo) : at(entities, hi)]),
            tuple(self.cues[at(cues, lo) : at(cues, hi)]),
            tuple(self.times[at(times, lo) : at(times, hi)]),
            tuple(breaks[at(breaks, lo) : at(breaks, hi)]),
            tuple(projections[at(projections, lo) : at(projections, hi)]),
            tuple(self.attribution[at(attribution, lo) : at(attribution, hi)]),
        )


@dataclass(slots=True)
class Facts:
    """What one sentence (or a clipped window of a long one) says; not to be changed. Not
    frozen: one is made for each window (6,700 a MB), and a frozen one costs 1.3-1.9 µs to
    make, this one 0.35 (measured; about 8 ms a MB)."""

    lo: int
    hi: int
    entities: tuple[tuple[int, str], ...]
    cues: tuple[tuple[int, int, int], ...]  # (start, end, metric row)
    times: tuple[Time, ...]
    breaks: tuple[int, ...]
    projection_cues: tuple[int, ...]
    attribution: tuple[tuple[int, int], ...]
    # `list_items.items` of the window, by where the list may start: read once for all the
    # window's figures (measured: 2,100 reads a MB, 1,250 of them asked again, 40 µs each).
    # Not a fact: made empty, not compared, and not copied by `dataclasses.replace`.
    items_from: dict[int, list[Item]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def break_after(self, pos: int) -> int:
        """The first clause break after `pos`, else the window's end."""
        k = bisect.bisect_right(self.breaks, pos)
        return self.breaks[k] if k < len(self.breaks) else self.hi

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The last clause break at or before `start` and the first at or after `end`."""
        breaks = self.breaks  # sorted
        k = bisect.bisect_right(breaks, start)
        lo = breaks[k - 1] if k else self.lo
        k = bisect.bisect_left(breaks, end)
        hi = breaks[k] if k < len(breaks) else self.hi
        return lo, hi

    def subjects(self, lo: int | None = None, hi: int | None = None) -> list[str]:
        """Entities named in [lo, hi) outside attributions, in order of mention."""
        lo = self.lo if lo is None else lo
        hi = self.hi if hi is None else hi
        return _subjects(self.entities, self.attribution, lo, hi)


def _subjects(
    entities: Sequence[tuple[int, str]], attribution: Sequence[tuple[int, int]], lo: int, hi: int
) -> list[str]:
    if not attribution:  # the common case
        return [name for pos, name in entities if lo <= pos < hi]
    return [
        name for pos, name in entities
        if lo <= pos < hi and not any(a <= pos < b for a, b in attribution)
    ]
