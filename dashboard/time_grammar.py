"""The grammar of time expressions (`RE_TIME`): one named alternative per kind ("since
2020", "the first 11 months of 2024", "Q3 2025", "by the end of the year", "in October"), the
triggers that say where one may start, and the words before and after a time that make it
a comparison base ("than in 2023", "the 2021 level"), and those that make a year a debt's
maturity ("a Eurobond maturing in 2035"), no time of a figure; and a part of a year said once
for two ("the first half of 2024 and 2025", "in the first quarter and ... in the second").

Pure: no pandas, no dash. What period each match names is read by `iso_periods`.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import by_first_letter

MONTH_NUM: Final[dict[str, int]] = {
    name: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")]
    )
    for name in names
}
COUNT_WORDS: Final[dict[str, int]] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}
_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_N = r"(?:[0-9]{1,2}|" + "|".join(COUNT_WORDS) + ")"
_Y = r"(?:19|20)[0-9]{2}"
_Y2 = r"(?:(?:19|20)[0-9]{2}|['’]?[0-9]{2})"  # "9M2025", "1H25", "9M'25": after a part-year code


_REL_YEAR = r"(?:the|this|last|next|the\s+previous|the\s+current|the\s+coming)\s+year"
# the end of a since-clause: a comma, or the sentence's end (not a decimal point)
_CLAUSE_ENDS = r"(?=\s*,|[.!?](?![0-9]))"
# "thirty years ago", "a decade ago", "six months ago": back from publication; not "2,000
# years ago", "a few years ago", nor after "more than", "over" (no point in time)
_AGO_N = rf"(?:[0-9]{{1,2}}|an?|one|fifteen|twenty|thirty|forty|fifty|{'|'.join(COUNT_WORDS)})"
_AGO_UNIT = r"(?:years?|decades?|months?)"


def _ago(g: str) -> str:
    """ "N years ago" etc., its count captured as `g` + "n" and its unit as `g` + "u"."""
    return (rf"(?<!(?i:\b(?:than|over|under|some|almost|nearly)\s))(?P<{g}n>(?i:{_AGO_N}))"
            rf"\s+(?P<{g}u>(?i:{_AGO_UNIT}))\s+(?i:ago)\b")


def _of_y(group: str) -> str:
    """An optional "of 2024" after a part-year phrase, captured as `group`, or "of last
    year", "of the year", "next year" captured as `group` + "_r"; not across a full stop
    ("in January-March. The previous year's figure ..." is no January-March of last year)."""
    return (rf"(?:(?:\s+of|,)?\s+(?P<{group}>{_Y})"
            rf"|(?<!\.)(?:\s+of|,)?\s+(?P<{group}_r>(?i:{_REL_YEAR}))(?![\w]))?")


RE_TIME: Final = regex.compile(
    rf"""
    (?P<asof>(?i:as\s+(?:of|at)|at\s+the\s+start\s+of)
        \s+(?:(?P<dm>{_M})\s+(?P<dd>[0-9]{{1,2}})|(?P<dd2>[0-9]{{1,2}})\s+(?P<dm2>{_M})
            |(?P<dd3>[0-3]?[0-9])\.(?P<dm3>0?[1-9]|1[0-2])\.(?P<dy3>{_Y}))(?![0-9])
        (?:,?\s+(?P<dy>{_Y}))?)
    | (?P<startyr>(?i:at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year))
    | (?P<endm>(?:(?i:(?:as\s+(?:of|at)|at)\s+(?:the\s+end\s+of\s+|end-))|(?<![\w-])(?i:end-))
        (?:(?P<em>{_M})|Q(?P<eq>[1-4])|H(?P<eh>[12])  # "at the end of Q3": a quarter's last day
            |(?i:the\s+)(?P<eqw>(?i:first|second|third|fourth))\s+(?P<eqh>(?i:quarter|half)))
        (?![\w])(?:(?:,|\s+of)?\s+(?P<ey>{_Y}))?)
    | (?P<date>(?:{_M})\s+[0-9]{{1,2}}(?:[-–][0-9]{{1,2}})?,?\s+{_Y}|[0-9]{{1,2}}\s+{_M}\s+{_Y})
    | (?P<yrange2>(?i:between|from)\s+(?P<ya>{_Y})\s+(?i:and|to|through|till|until)\s+(?P<yb>{_Y}))
    | (?P<fromrel>(?i:(?:from|since|starting)\s+next\s+year))
    | (?P<since>(?i:since|from|starting(?:\s+from)?|effective(?:\s+from)?)
        \s+(?:the\s+(?:start|beginning)\s+of\s+)?
        (?:(?P<sm2>{_M})\s+(?:(?P<sd>[0-9]{{1,2}})(?![0-9]),?\s+)?
            |(?P<sd2>[0-9]{{1,2}})\s+(?P<sm3>{_M})\s+)?(?P<sy>{_Y}))
        (?!\s*[-–/]\s*[0-9])
        (?!\s+(?i:to|until|till|through)\s+(?:{_M}|[0-9]))  # "from March 2024 to May 2025"
    # "Since it became operational in 2006,", "Since Uzbekistan gained GSP+ status in April
    # 2021,": a since-clause with a verb, its year (and month) before the comma, or at the
    # sentence's end ("100,000 trains have run since the route opened in 2011.")
    | (?P<sincec>(?i:since)\s+(?:[\w'+-]+\s+){{1,9}}?(?:(?:in\s+)?
        (?:(?P<scm>{_M})\s+)?(?P<scy>{_Y}){_CLAUSE_ENDS}|{_ago("sca")}))  # "ago" ends it
    | (?P<ago>{_ago("ag")})  # "Thirty years ago the port handled 2 mt": its year
    | (?P<sincem>(?i:since)\s+(?:(?i:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)
        |(?P<sm>{_M})(?![\w])  # not "since January 5" nor "since January, 2024"; but
        # "Since January, 85% of permits": a figure after the comma
        (?!\s*,?\s*(?:{_Y}(?![0-9])|[0-9]{{1,2}}(?![0-9%]|[.,][0-9])))))
    | (?P<pastn>(?<=(?i:\b(?:over|in|during|for|across|throughout|within)\s+the\s))
        (?<!(?i:\b(?:highest|lowest|largest|smallest|biggest|strongest|weakest|best|worst|
            fastest|slowest|record|first\s+time|most|least)\b[^.;]{{0,40}}))
        (?i:past|last|previous)\s+(?:(?P<pn>{_N})\s+(?i:years)|(?P<pd>(?i:decade))
            |(?P<pmn>{_N})\s+(?i:months))(?![\w]))  # "over the past 12 months": to publication
    | (?P<weekto>(?<=(?i:\b(?:in|during|over|for)\s+the\s))(?i:week)\s+  # "in the week to Friday"
        (?i:to|ended|ending|through)\s+(?:(?P<wd>(?i:Monday|Tuesday|Wednesday|Thursday|Friday
            |Saturday|Sunday))|(?P<wm>{_M})\s+(?P<wdd>[0-9]{{1,2}})(?![0-9])(?:,?\s+(?P<wy>{_Y}))?)
        (?![\w]))
    | (?P<nextn>(?<=(?i:\b(?:over|in|during|for|within)\s+the\s))  # "over the next five years"
        (?i:next|coming)\s+(?P<xn>{_N})\s+(?i:years)(?![\w]))
    | (?P<by>(?i:by)\s+(?:(?:the\s+end\s+of\s+|end-)?(?P<by_y>{_Y})
        |(?P<by_r>(?i:the\s+end\s+of\s+(?:the|this)\s+year|(?:the\s+)?year[-\s]end|end-year)))
        |(?i:(?:close|end|finish)\s+(?:the|this)\s+year)(?=\s+(?i:with|at|on)\b))  # "expects to
        # close the year with 7.1 mt": this year's
    | (?P<mrange>(?i:between\s+)?(?P<m1>{_M})\s*(?:[-–]|\s+(?i:to|through|and)\s+)\s*
        (?P<m2>{_M}){_of_y("my")})
    | (?P<monthsto>(?P<mtn>{_N})\s+(?i:months)\s+(?i:to|through|ending|ended)\s+  # "in the 12
        (?:(?i:end-))?(?P<mtm>{_M})(?![\w])(?:,?\s+(?P<mty>{_Y}))?)  # months to September"
    | (?P<firstn>(?i:first)\s+(?P<fn>{_N})\s+months{_of_y("fy")})
    | (?<!(?i:\bby)\s)(?P<nmonths>(?P<nn>{_N})(?:\s+|-)months?{_of_y("ny")})  # not "delayed
        # by six months" (a duration)
    | (?P<quarter>(?P<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th)|IV|I{{1,3}})  # "III"
        (?:\s+|(?<=[a-z])-)quarter{_of_y("qy")}  # "first-quarter exports": an adjective
        |Q(?P<qra>[1-4])\s*[-–]\s*Q(?P<qrb>[1-4])(?:\s*(?P<qry>{_Y2}))?(?![\w])
        |Q(?P<qn>[1-4])(?:\s*(?P<qy2>{_Y}))?(?![\w])|(?P<qn3>[1-4])Q(?:\s*(?P<qy3>{_Y2}))?(?![\w]))
    | (?P<half>(?P<hw>(?i:first|second|1st|2nd))(?:\s+|(?<=[a-z])-)half{_of_y("hy")}
        |H(?P<hn>[12])(?:\s*(?P<hy2>{_Y}))?(?![\w])|(?P<hn3>[12])H(?:\s*(?P<hy3>{_Y2}))?(?![\w]))
    | (?P<mshort>(?P<msn>[1-9]|1[0-2])M(?:[\s-]?(?P<msy>{_Y2}))?(?![\w]))
    | (?P<monthyear>(?P<mm>{_M})\s+(?P<mmy>{_Y}))
    | (?P<ayear>(?:(?P<am>{_M})\s*|(?<![\w'’]))['’](?P<ay>[0-9]{{2}})(?![0-9%s]|[.,][0-9]))
    | (?P<bmonth>(?:(?<=(?i:\b(?:in|during|throughout|(?:figures?|data|results?|numbers?
            |statistics)\s+for)\s(?:(?:early|mid|late)[-\s])?))  # "in mid-May", "figure for May"
        # "October was a record month, with 1,350 trains": a month the sentence is about
        |(?<=(?:\A|\n|[.!?]\s))(?={_M}\s+(?:was|saw|brought|proved)\s)
        |(?<=(?:\A|\n))(?={_M}:\s))  # a post's line label: "October: 38.6 thsd t shipped"
        (?P<bm>{_M})(?![\w])(?!\.?\s*[0-9])
        (?!\.?\s*,\s*(?:[0-9]{{1,2}},?\s+{_Y}|{_Y})(?![0-9]|[,.][0-9])))  # "In June, 1,850 trains"
    | (?P<yrange>(?<![0-9])(?P<y1>{_Y})\s*[-–/]\s*(?P<y2>{_Y}|[0-9]{{2}})
        (?![0-9]|[.,][0-9])  # not "(in 2023 – 23,2 mln. tons)"
        (?:\s+(?i:(?:marketing|crop|agricultural|fiscal|financial)\s+year|season)\s*
        \((?P<ym1>{_M})\s*[-–]\s*(?P<ym2>{_M})\))?)
    | (?P<fiscal>(?i:fiscal(?:\s+year)?\s+|FY\s*)(?P<fsy>{_Y})
        |FY\s*['’]?(?P<fsy2>[0-9]{{2}})(?![0-9%]|[.,][0-9]))
    | (?P<yearsofar>(?<![0-9.,$€£\w])(?P<ysy>{_Y})\s+(?i:so\s+far|to\s+date)(?![\w]))  # "in
        # 2025 so far": the year to date, as "so far in 2025" is
    | (?P<year>(?<![0-9.,$€£\w])(?P<yy>{_Y})(?:['’]?s(?![\w]))?  # "2024", "the 1990s"
        (?![0-9]|\s*(?:tonnes|tons|TEU|km|%)))
    | (?P<rel>(?i:(?P<rw>this|last|next|previous|prior|current|full|whole)\s+year))
    | (?P<ytd>(?:(?i:so\s+far(?:\s+this\s+year|(?=\s+(?:in|of)\s+{_Y})|  # not "has so far
        (?<!\b(?:has|have|had)\s+so\s+far))|year[-\s]to[-\s]date)|YTD(?![\w]))  # invested"
        (?:\s+(?i:in|of)\s+(?P<ytdy>{_Y}))?)
    | (?P<relm>(?i:(?P<rmw>this|last|next|previous)\s+month))
    | (?P<relq>(?i:(?P<rqw>this|last|next|previous|current|coming)\s+quarter))
    """,
    regex.VERBOSE,
)
# RE_TIME's group names in group-number order (every group is named).
TIME_GROUPS: Final = tuple(sorted(RE_TIME.groupindex, key=RE_TIME.groupindex.__getitem__))
assert len(TIME_GROUPS) == RE_TIME.groups
# RE_TIME's alternatives, each named by its group (a match's `lastgroup`), in order. A match's
# groups outside its alternative are all None: `iso_periods.read_period` fills in the group
# dict from the alternative's own groups only (measured: 3.9 -> 1.4 µs a time, 3,500 a MB).
TIME_KINDS: Final = (
    "asof", "startyr", "endm", "date", "yrange2", "fromrel", "since", "sincec", "ago", "sincem",
    "pastn", "weekto", "nextn", "by",
    "mrange", "monthsto", "firstn", "nmonths", "quarter", "half", "mshort", "monthyear", "ayear",
    "bmonth",
    "yrange", "fiscal", "yearsofar", "year", "rel", "ytd", "relm", "relq",
)
KIND_GROUPS: Final[dict[str, tuple[int, int]]] = {}  # kind -> its groups in TIME_GROUPS
for _kind, _next in zip(TIME_KINDS, (*TIME_KINDS[1:], None), strict=True):
    _first = RE_TIME.groupindex[_kind] - 1
    KIND_GROUPS[_kind] = (_first, RE_TIME.groupindex[_next] - 1 if _next else RE_TIME.groups)
# (that the text between two kinds is one whole alternative with just these groups is checked
# by tests/test_scanning.py, not at every import: 26 compiles)
NO_GROUPS: Final[dict[str, str | None]] = dict.fromkeys(TIME_GROUPS)
# Words that start a time expression only when one follows, with what must follow them.
_A_YEAR_FOLLOWS = rf"(?=\s+(?:the\s+(?:end|start|beginning)\s+of\s+|end-)?(?:{_M}\s+)?{_Y})"
# ... or a day's date: "from July 1, 2025", "effective 1 January 2026" (a start, see `since`)
_A_DATE_FOLLOWS = rf"(?=\s+(?:from\s+)?(?:{_M}\s+[0-9]{{1,2}},?\s+|[0-9]{{1,2}}\s+{_M}\s+){_Y})"
_PART_FOLLOWS = rf"(?=\s+{_N}\s+months|(?:\s+|-)(?:quarter|half))"
_TIME_WORDS: Final = [
    *[(word, _A_YEAR_FOLLOWS) for word in ("since", "from", "by")],
    *[(word, rf"(?=\s+(?:from\s+)?(?:the\s+(?:start|beginning)\s+of\s+)?(?:{_M}\s+)?{_Y})")
      for word in ("starting", "effective")],
    *[(word, _A_DATE_FOLLOWS) for word in ("since", "from", "starting", "effective")],
    ("by", r"(?=\s+(?:the\s+end\s+of\s+(?:the|this)\s+year|(?:the\s+)?year[-\s]end|end-year))"),
    *[(word, r"(?=\s+(?:the|this)\s+year\s+(?:with|at|on)\b)")
      for word in ("close", "end", "finish")],
    ("since", rf"(?=\s+(?:the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|{_M}(?![\w])))"),
    ("since", rf"(?=\s+(?:[\w'+-]+\s+){{1,9}}?(?:in\s+)?{_Y}{_CLAUSE_ENDS})"),
    (r"as\s+(?:of|at)", r"(?=\s)"),
    # "at the end of September", "at the end of Q3", "at the end of the first half"
    ("at", rf"(?=\s+(?:the\s+end\s+of\s+|end-)(?:{_M}|Q[1-4]|H[12]|the\s+(?:first|second|third"
           r"|fourth)\s+(?:quarter|half)))"),
    ("end", rf"\-(?={_M}|Q[1-4]|H[12])"),  # "end-September", "end-Q3"
    (r"at\s+the\s+start\s+of", r"(?=\s)"),
    (r"at\s+the\s+beginning\s+of", r"(?=\s+(?:the|this)\s+year)"),
    ("between", rf"(?=\s+{_M})"),
    ("between", rf"(?=\s+{_Y}\s+and\s)"),
    *[(word, r"(?=\s+next\s+year)") for word in ("from", "since", "starting")],
    *[(word, _PART_FOLLOWS) for word in ("first", "second", "third", "fourth")],
    *[(word, r"(?=\s+year)")
      for word in ("this", "last", "next", "previous", "prior", "current", "full", "whole")],
    *[(word, r"(?=\s+month)") for word in ("this", "last", "next", "previous")],
    *[(word, rf"(?=\s+(?:{_N}\s+(?:years|months)|decade)\b)")
      for word in ("past", "last", "previous")],
    *[(word, rf"(?=\s+{_N}\s+years\b)") for word in ("next", "coming")],
    ("week", r"(?=\s+(?:to|ended|ending|through)\s)"),  # "in the week to Friday"
    *[(word, r"(?=\s+quarter)")
      for word in ("this", "last", "next", "previous", "current", "coming")],
    ("fiscal", r"(?=\s)"),
    (r"so\s+far", ""),
    (r"year[-\s]to[-\s]date", ""),
    ("ytd", r"\b"),  # "YTD"
    *[(word, r"(?=(?:\s+|-)months?)") for word in COUNT_WORDS],
]
# Where a time expression can start (see `scanning.iter_triggered`), with the time words
# (TIME_WORD_TRIGGERS below).
# Years, month names and the "'" of "'24" are found by a literal first, their look-behind
# after it (measured on 1 MB: "(?<![\w])(?:19|20)[0-9]{2}" 6.5 ms, "19" and "20" 3.4 ms; the
# month names 8.3 ms as one alternation, 3.7 ms one pattern per first letter).
_MONTHS_BY_FIRST: Final[dict[str, list[str]]] = {}
for _name in _M[len("(?:") : _M.index(")")].split("|"):
    _MONTHS_BY_FIRST.setdefault(_name[0], []).append(_name[1:])
RE_TIME_TRIGGERS: Final = (
    *(regex.compile(rf"{c}(?<![\w]{c})[0-9]{{2}}(?![0-9])") for c in ("19", "20")),
    regex.compile(  # "11 months", "5 March": the look-ahead's first character is tested
        rf"(?<![\w])[0-9]{{1,2}}(?=[\s\-–])"  # first (measured: 14.4 -> 11.4 ms a MB)
        rf"(?=\s*(?:[-–]\s*[0-9]{{1,2}},?\s+)?(?:-|\s+)(?i:months?)|\s+{_M}\s)"
    ),
    *(regex.compile(rf"{c}(?<![\w]{c})(?:{'|'.join(rests)})\.?(?![\w])")
      for c, rests in _MONTHS_BY_FIRST.items()),
    # "FY2024", "Q3 2024", "H1 2024", "3Q 2024": one pattern each, as a literal first is
    # found fast (measured on 1 MB: 1.3 ms for the four, 20 ms as one alternation)
    regex.compile(r"\bFY"),
    regex.compile(r"\bQ[1-4]"),
    regex.compile(r"\bH[12]"),
    regex.compile(r"\b[1-4]Q"),
    *(regex.compile(rf"{c}(?=[0-9]{{2}}(?![0-9%]|[.,][0-9]))") for c in "'’"),
    regex.compile(r"\b[12]H(?=(?:[0-9]{2}|[0-9]{4})?\b)"),
    regex.compile(r"\b(?:[1-9]|1[0-2])M(?=(?:[\s-]?(?:[0-9]{2}|[0-9]{4}))?\b)"),
    # "the 3rd quarter of 2025", "the 1st half" (statistics' ordinals in digits)
    *(regex.compile(rf"(?<![\w]){n}(?=\s+(?i:quarter|half)\b)")
      for n in ("1st", "2nd", "3rd", "4th")),
    # "in the III quarter", "in IV quarter of 2025", as translated (not "I quarter the apples")
    regex.compile(r"(?<=\bthe\s)(?:IV|I{1,3})(?=\s+quarter\b)|\b(?:IV|I{1,3})(?=\s+quarter\s+of\b)"),
)
# The time words, one pattern per lead word (no match holds the start of another word, but
# "as of" and "as at" that of "at": those two share a pattern), as a literal first is found
# fast (measured on 1 MB: 55 ms as one alternation, 36 ms one pattern per first letter, 15
# ms so); run as `scanning.with_words` finds them needed.
TIME_WORD_TRIGGERS: Final = by_first_letter(
    _TIME_WORDS, per_word=True, by_letter=frozenset({"as", "at"})
)
# Where "... ago" starts, found from its "ago" (a literal first; run only on a text that has
# the word): its count ("thirty years ago"), or the "since" of "since its launch a decade ago".
RE_AGO_TRIGGERS: Final = (
    regex.compile(rf"(?<=(?<![\w])(?P<start>\w+)\s+(?i:{_AGO_UNIT})\s+)(?i:ago)\b"),
    regex.compile(rf"(?<=(?<![\w])(?P<start>(?i:since))\s+(?:[\w'+-]+\s+){{1,9}}?"
                  rf"\w+\s+(?i:{_AGO_UNIT})\s+)(?i:ago)\b"),
)
# A time right after these words is what the figure is compared with, not its own time.
RE_BASE_BEFORE: Final = regex.compile(
    r"(?i:(?:\b(?:than|on|compared\s+(?:with|to)|against|versus|vs\.?|from|relative\s+to|as\s+in"
    r"|(?:double|twice|triple|thrice|times)\s+the"  # "$1 billion, double the 2022 figure"
    r"|(?:over|to)(?=\s+the\s+(?:same|corresponding))|(?:level|indicator|figure)\s+of)"
    # "103.4% to the corresponding period of 2024", "101.8% of the same period last year": an
    # index of a base (not "30% of 2024 exports", a share)
    r"|%\s+to|\bper\s?cent\s+to|(?:%|\bper\s?cent)\s+of(?=\s+the\s+(?:same|corresponding)\b))"
    r"(?:\s+(?:in|the|a|same|corresponding|those\s+of|that\s+of|period(?:\s+of)?|months\s+of|"
    r"\w+\s+months\s+of|(?:its|their|a|the)\s+(?:record\s+)?(?:peak|high|low)s?))*"
    r"(?:\s+|\s+mid-)\Z)",  # "down 30% from their peak in mid-2023": the base
    flags=regex.REVERSE,
)
RE_BASE_AFTER: Final = regex.compile(r"\A\s+(?i:levels?|figures?\s+of)\b")


# A debt's maturity names the debt, not the time a figure about it refers to: "placed a
# $1.5 billion Eurobond maturing in 2035", "bonds due 2029", "yields on Georgia's 2026
# Eurobond". ("A tranche of EUR 50 million is due in 2026" is a payment's time: "due" counts
# only after a word for debt.)
_DEBT = r"(?:bonds?|notes|eurobonds?|sukuk|debt|securities|paper)"
# "bonds due", "the notes, due": `kinds` reads "due in" there as no plan either.
RE_DEBT_BEFORE_DUE: Final = regex.compile(rf"(?i:\b{_DEBT}(?:[\s\u00a0]*+,)?[\s\u00a0]++)\Z")
_RE_MATURITY_BEFORE: Final = regex.compile(
    rf"(?i:\b(?:matur(?:ing|es|e|ity)(?:\s+date)?|{_DEBT}(?:[\s\u00a0]*+,)?[\s\u00a0]++due)"
    r"(?:[\s\u00a0]++(?:in|on))?[\s\u00a0]++)\Z"
)
_RE_DEBT_NAMED_BEFORE: Final = regex.compile(r"(?i:\b(?:the|its|their|a|an)|['’]s)[\s\u00a0]++\Z")
_RE_DEBT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:(?i:sovereign|dollar|euro|green|global|senior|international)[\s\u00a0]++)?"
    r"(?i:euro-?bonds?|bonds?|notes|sukuk|maturit(?:y|ies))\b"
)


def names_a_maturity(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """A year (or month) that dates when a bond falls due rather than the figure."""
    if _RE_MATURITY_BEFORE.search(text, max(lo, start - 30), start):
        return True
    return bool(_RE_DEBT_AFTER.match(text, end, min(hi, end + 40))
                and _RE_DEBT_NAMED_BEFORE.search(text, max(lo, start - 8), start))


def ends_a_code(text: str, start: int, lo: int) -> bool:
    """Does the year at `start` close a code, after a dash or colon and a number that is
    neither a year nor a day or month ("51685-2013", "9001:2015"; not "2012-2013",
    "14-03-2025")?"""
    if start - lo < 5 or text[start - 1] not in "-:":
        return False
    head = text[max(lo, start - 12) : start - 1]
    run = head[len(head.rstrip("0123456789")) :]
    return len(run) >= 3 and not (len(run) == 4 and 1800 <= int(run) <= 2199)


# A year in a programme's name: "Vision 2030", "Agenda 2063", "Strategy-2050", "the
# Kazakhstan-2050 Strategy", "the Digital Kazakhstan 2025 programme". Not "In 2024 programme
# spending ...", nor "the 2025 programme" (the programme for that year).
_RE_PROGRAMME_HEAD_BEFORE: Final = regex.compile(
    r"\b(?:Vision|Agenda|Strategy|Concept|Doctrine|Expo|EXPO|World[\s\u00a0]Cup|Olympics)"
    r"[\s\u00a0-]?+\Z"
)
# ... or a sporting event's or exhibition's: "the 2026 FIFA World Cup", "Astana's 2017 Expo"
# (not a forum's or summit's: the deals signed there are that year's).
_RE_EVENT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:[A-Z][\w-]{0,20}+[\s\u00a0]++){0,3}?"
    r"(?:World[\s\u00a0]Cup|Olympics|Olympic[\s\u00a0]Games|Asian[\s\u00a0]Games|Expo|EXPO"
    r"|Universiade|Paralympics)\b"
)
_RE_NAME_BEFORE: Final = regex.compile(
    r"\b(?!(?:In|By|Since|For|From|Until|Through|During|Over|Of|On|At|The|This|That|Its|Their"
    r"|A|An)\b)[A-Z][\w'’]*+[\s\u00a0-]\Z"
)
_RE_PREPOSITION_BEFORE: Final = regex.compile(
    r"(?i:\b(?:in|during|since|by|for|from|until|of|after|before)[\s\u00a0]+)\Z"
)
_RE_PROGRAMME_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:programmes?|programs?|strategy|agenda|vision|concept|doctrine|roadmap)\b"
)


def names_a_programme(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Is the year at text[start:end] part of a programme's or an event's name ("Vision 2030",
    "the 2026 FIFA World Cup")? Such a year dates no figure near it."""
    before = text[max(lo, start - 24) : start]
    if _RE_PROGRAMME_HEAD_BEFORE.search(before) or (
            _RE_EVENT_AFTER.match(text, end, min(hi, end + 80))
            and not _RE_PREPOSITION_BEFORE.search(before)):  # "In 2017 Expo visitors spent"
        return True
    return bool(_RE_PROGRAMME_AFTER.match(text, end, min(hi, end + 14))
                and _RE_NAME_BEFORE.search(before))


def read_decade(m: regex.Match[str], year: str) -> str:
    """ "in the 1990s": its ten years; "since the 1990s": from its start on; "2018s best
    performing sector": a possessive without its apostrophe, the year."""
    if not year.endswith("0"):
        return year
    since = m.string[max(0, m.start() - 10) : m.start()].lower().endswith("since the ")
    return f"{year}/.." if since else f"{year}/{int(year) + 9}"


# "the first half of 2024 and 2025": one part of a year named for both years
_RE_PART_OF_TWO_YEARS: Final = regex.compile(r"(?:,|,?[\s\u00a0]++(?:and|or))[\s\u00a0]++")
_RE_PART_PERIOD: Final = regex.compile(r"(?P<y>[0-9]{4})-(?P<a>[0-9]{2})/(?P=y)-(?P<b>[0-9]{2})")


def part_again(period: str, text: str, part_end: int, year_start: int, year: str) -> str:
    """The period of a year named right after a part of another one, its year last ("the
    first half of 2024 and 2025", "January-May 2024 and 2025"): that part of it."""
    part = _RE_PART_PERIOD.fullmatch(period)
    if (part is None or len(year) != 4 or not text[part_end - 4 : part_end].isdigit()
            or not _RE_PART_OF_TWO_YEARS.fullmatch(text, part_end, year_start)):
        return year
    return f"{year}-{part['a']}/{year}-{part['b']}"


# "95,000 TEU in the first quarter and 102,000 TEU in the second": the part's noun said once
# (a decimal point is no sentence end: "after 1.8 million tonnes in the third")
_RE_ELIDED_PART: Final = regex.compile(
    r"(?:[^.;!?\n]|\.(?=[0-9])){0,100}?"
    r"\bin[\s\u00a0]++the[\s\u00a0]++(?P<n>second|third|fourth)"
    r"(?=[\s\u00a0]*+(?:[,.;:)]|\Z|(?:and|while|but|compared|against|as|from|to)\b))"
)
_ORDINALS: Final = {"second": 2, "third": 3, "fourth": 4}


def elided_part(
    text: str, end: int, hi: int, period: str, months: int
) -> tuple[int, int, str] | None:
    """Where "in the second" (third, fourth) stands after a part of a year of `months` months
    ending at `end` (a quarter: 3, a half: 6), and the period it names, of the same year."""
    part = _RE_PART_PERIOD.fullmatch(period)
    found = _RE_ELIDED_PART.match(text, end, min(hi, end + 130)) if part else None
    if part is None or found is None or _ORDINALS[found["n"]] * months > 12:
        return None
    last = _ORDINALS[found["n"]] * months
    year = part["y"]
    return found.start("n") - 4, found.end(), f"{year}-{last - months + 1:02d}/{year}-{last:02d}"


# A month or year that dates a statement (`periods.find_times` drops it as a figure's time).
_RE_SAID_IN: Final = regex.compile(
    r"(?i:\b(?:said|announced|reported|stated|told\s+\w+|noted|declared|wrote|unveiled)"
    r"\s+(?:in|on|during)\s+(?:(?:early|mid|late)[-\s])?)\Z",
    flags=regex.REVERSE,  # anchored at the end, used as a test: tried from the end only
)

# "4.5 million tonnes reported in 2024": a figure's own participle, not a statement's verb;
# the time is the figure's.
_RE_FIGURE_REPORTED: Final = regex.compile(
    r"[0-9]%?+(?:[\s\u00a0]++(?!reported\b)[A-Za-z]++){0,3}+"  # "4.5 million tonnes"
    r"[\s\u00a0]++reported[\s\u00a0]++(?:in|on|during)[\s\u00a0]++(?:(?:early|mid|late)[-\s])?\Z"
)


def dates_a_statement(text: str, lo: int, start: int) -> bool:
    """Does the time at `start` date a statement ("the ministry said in 2024") rather than
    the figure before it ("4.5 million tonnes reported in 2024")?"""
    said = _RE_SAID_IN.search(text, max(lo, start - 40), start)
    return said is not None and not _RE_FIGURE_REPORTED.search(text, max(lo, start - 60), start)


# "The bank has financed 320 projects so far.": a total to date in a perfect clause that ends
# with "so far", not the year to date ("so far this year", "trade so far up 40%"); a decimal
# point is no end of the clause.
_RE_PERFECT_BEFORE: Final = regex.compile(
    r"\b(?:has|have|had)\b(?:[^.;:,()]|[.,](?=[0-9])){0,100}+\Z"
)


def is_cumulative_so_far(m: regex.Match[str], text: str, lo: int) -> bool:
    """Is the bare "so far" of `m` a total to date rather than the year to date?"""
    return (m.group().lower().replace("\u00a0", " ") == "so far"
            and text[m.end() : m.end() + 1] in ("", ".", ",", ";")
            and _RE_PERFECT_BEFORE.search(text, max(lo, m.start() - 110), m.start()) is not None)


# "the lowest since 2020", "the highest level since the port moved to Alat in 2018", "the
# first increase since 2019": a record's time frame, not when a total or a change started
_RE_RECORD_BEFORE: Final = regex.compile(
    r"(?i:\b(?:highest|lowest|largest|smallest|biggest|strongest|weakest|best|worst|"
    r"fastest|slowest|record|most|least|first)(?:\s+[\w-]+){0,3}\s+)\Z"
)


def frames_a_record(text: str, lo: int, start: int) -> bool:
    """Does the since-time at `start` give a record's time frame ("the lowest since 2020")?"""
    return _RE_RECORD_BEFORE.search(text, max(lo, start - 40), start) is not None


_RE_NAMES_YEAR: Final = regex.compile(r"[0-9]{2}|(?i:year)")
_RE_SENTENCE_END: Final = regex.compile(r"[.!?](?![0-9])|\n")


def year_named_for_parts(
    m: regex.Match[str], period: str, named: tuple[int, int] | None
) -> tuple[int | None, tuple[int, int] | None]:
    """ "in the second half of 2024 ..., against 1.4 million tonnes in the first half": a
    quarter or half `m` (read as `period`) without its year, in a sentence that named one
    for another part (`named`: that year and where it was said), is of that year, not the
    publication's. Returns the year to read `m` in, if another, and what is named now."""
    if _RE_NAMES_YEAR.search(m.group()):
        return None, (int(period[:4]), m.end())
    if named is None or period.startswith(str(named[0])):
        return None, named
    if _RE_SENTENCE_END.search(m.string, named[1], m.start()):
        return None, None
    return named[0], named


# The future in the clause before a bare month ("the line will add two sailings a week in
# September", "is scheduled to open in October"): the coming such month, not last year's.
_RE_AHEAD: Final = regex.compile(
    r"(?i:\b(?:will|shall|plans?[\s\u00a0]+to|is[\s\u00a0]+to|are[\s\u00a0]+to|set[\s\u00a0]+to"
    r"|due[\s\u00a0]+to|scheduled[\s\u00a0]+to|expected[\s\u00a0]+to|aims?[\s\u00a0]+to)\b)"
    r"[^.;!?]{0,80}+\Z"
)


def speaks_ahead(text: str, lo: int, start: int) -> bool:
    """Does the clause before `start` (from `lo`, at most 90 characters) speak of the future?"""
    return _RE_AHEAD.search(text, max(lo, start - 90), start) is not None
