"""The grammar of time expressions (`RE_TIME`): one named alternative per kind ("since
2020", "the first 11 months of 2024", "Q3 2025", "by the end of the year", "in October"), the
triggers that say where one may start, and the words before and after a time that make it
a comparison base ("than in 2023", "the 2021 level").

Pure: no pandas, no dash. What period each match names is read by `iso_periods`; what the
words around a match say it is (a debt's maturity, a programme's name, a record's frame, a
part of a year said once for two) by `time_context`.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import by_first_letter
from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.past_verbs import PAST_CHANGE_WORDS, PERFECT_CHANGE_WORDS

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
_M = rf"(?:{MONTHS})\.?"
_N = r"(?:[0-9]{1,2}|" + "|".join(COUNT_WORDS) + ")"
_Y = r"(?:19|20)[0-9]{2}"
_Y2 = r"(?:(?:19|20)[0-9]{2}|['’]?[0-9]{2})"  # "9M2025", "1H25", "9M'25": after a part-year code


_REL_YEAR = r"(?:the|this|last|next|the\s+previous|the\s+current|the\s+coming)\s+year"
# the end of a since-clause: a comma, or the sentence's end (not a decimal point)
_CLAUSE_ENDS = r"(?=\s*,|[.!?](?![0-9]))"
# A year said aloud, as transcripts write it: "in twenty twenty-four", "by twenty thirty", "since
# nineteen ninety-one"; only after a preposition of time and before no unit ("for twenty
# twenty-five days" is no year), read by `iso_periods.spoken_year`
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_SAID_Y = (r"(?:nineteen|twenty)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           rf"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{_TEENS})(?![\w-])")
# The end of the century, as long-range projections (a sea's level, a climate scenario) give
# it, ends a sentence or a clause: "could drop by 9 to 18 metres by 2100", not "rose by 2100
# tonnes"
_Y2100 = (
    # not a change's size: "daily traffic rose by 2100, to 9,400 vehicles"
    rf"(?<!\b(?i:{PAST_CHANGE_WORDS}|{PERFECT_CHANGE_WORDS}|rises?|grows?|falls?|increases?"
    r"|decreases?|up|down|cut|raised|lowered)\s++by\s++)"
    r"2100(?=\s*+(?:[.;:)!?]|,(?!\s*+(?i:to|from|up|down|or)\b)|\Z)"
    r"|\s++(?i:the|and|or|if|as|compared|relative|under)\b)")
_BY_Y = rf"{_Y}|{_Y2100}|(?i:{_SAID_Y})"  # "by 2030", "by twenty thirty"
_SAID_Y_BEFORE = r"(?<=\b(?i:in|by|since|during|from|until|till|through|before|after|to)\s)"
_SAID_Y_NOT_BEFORE = (r"(?!\s+(?i:per\s*cent|percent|hundred|thousand|million|billion|tonnes?"
                      r"|tons?|TEU|days?|hours?|weeks?|months?|years?|km|kilomet|dollars|euros))")
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


# "the law enters into force on 1 January 2026", "took effect on March 1, 2024": the day a
# rule starts to apply, a start as "effective 1 January 2026" is (only before a day's date)
_IN_FORCE_ON = (r"(?:enter(?:s|ed)?|comes?|came)\s+into\s+(?:force|effect)\s+on"
                r"|(?:takes?|took)\s+effect\s+on")


# What a season word may name rather than date: "the last winter convoy", "the summer
# timetable", "winter wheat".
_SEASON_NOUN: Final = (
    r"(?i:convoys?|runs?|sailings?|services?|schedules?|timetables?|seasons?|navigation|ferry"
    r"|ferries|crossings?|routes?|trains?|flights?|shipments?|campaigns?|wheat|barley|crops?"
    r"|sowing|planting|harvests?|grazing|pastures?|tyres?|tires|heating|tourist|holidays?"
    r"|break|session|term|olympics|games|fair|festival|collection|solstice)\b"
)
RE_TIME: Final = regex.compile(
    rf"""
    (?P<asof>(?i:as\s+(?:of|at)|at\s+the\s+start\s+of)
        \s+(?:[0-2]?[0-9][:.][0-5][0-9]\s*+(?i:(?:am|pm|hrs)\s++)?(?:,\s*+|(?i:on)\s++))?+
        (?:(?P<dm>{_M})\s+(?P<dd>[0-9]{{1,2}})|(?P<dd2>[0-9]{{1,2}})\s+(?P<dm2>{_M})
            |(?P<dd3>[0-3]?[0-9])\.(?P<dm3>0?[1-9]|1[0-2])\.(?P<dy3>{_Y}))(?![0-9])
        (?:,?\s+(?P<dy>{_Y}))?)
    | (?P<startyr>(?i:at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year))
    | (?P<endm>(?:(?i:(?:as\s+(?:of|at)|at)\s+(?:the\s+end\s+of\s+|end-))|(?<![\w-])(?i:end-))
        (?:(?P<em>{_M})|Q(?P<eq>[1-4])|H(?P<eh>[12])  # "at the end of Q3": a quarter's last day
            |(?i:the\s+)(?P<eqw>(?i:first|second|third|fourth))\s+(?P<eqh>(?i:quarter|half)))
        (?![\w])(?:(?:,|\s+of)?\s+(?P<ey>{_Y}))?)
    | (?P<date>(?:{_M})\s+[0-9]{{1,2}}(?:[-–][0-9]{{1,2}})?,?\s+{_Y}|[0-9]{{1,2}}\s+{_M}\s+{_Y})
    # "loaded 5,400 tonnes at berth 12 on 11 November": a day of the publication's year (with
    # its year, "on March 11, 2024" is a `date`, which dates a report)
    | (?P<onday>(?<=(?i:\bon)\s)(?:(?P<odm>{_M})\s+(?P<odd>[0-9]{{1,2}})
        |(?P<odd2>[0-9]{{1,2}})\s+(?P<odm2>{_M}))(?![\w])(?!,?\s+[0-9]))
    | (?P<yrange2>(?i:between|from)\s+(?P<ya>{_Y})\s+(?i:and|to|through|till|until)\s+(?P<yb>{_Y}))
    # months of two years: "from July 2023 to June 2024", "July 2023-June 2024" (a fiscal or
    # marketing year written out), not the first month alone; not a date moved ("postponed
    # from March 2024 to May 2025": its old and new dates), nor one month in two years ("rose
    # 12% from March 2024 to March 2025": two points compared)
    # (`mspan` and `bmonth` test their first character, "between", "from" or a month's,
    # before their look-behinds: RE_TIME at the 0.5 MB bench's 3,300 trigger positions 193 ->
    # 182 M instructions under cachegrind, -5.6%)
    | (?=[JFMASONDbBfF])
      (?<!(?i:\b(?:postponed|delayed|moved|shifted|rescheduled|deferred|back|forward)
        (?:\s+(?:from|between))?)\s)
    (?P<mspan>(?i:between\s+|from\s+)?(?P<xm1>{_M})\s+(?P<xy1>{_Y})\s*
        (?:[-–]|\s+(?i:to|through|until|till|and)\s+)\s*(?!(?P=xm1)(?![\w]))
        (?P<xm2>{_M})\s+(?P<xy2>{_Y})(?![0-9]))
    | (?P<fromrel>(?i:(?:from|since|starting)\s+next\s+year))
    | (?P<since>(?i:since|from|starting(?:\s+from)?|effective(?:\s+from)?
        |{_IN_FORCE_ON})\s+(?:the\s+(?:start|beginning)\s+of\s+)?
        (?:(?:(?P<sm2>{_M})\s+(?:(?P<sd>[0-9]{{1,2}})(?![0-9]),?\s+)?
            |(?P<sd2>[0-9]{{1,2}})\s+(?P<sm3>{_M})\s+)?(?P<sy>{_Y})
        # a day without its year: "rises to EUR 150 per tonne from July 1" (`iso_periods`
        # reads the nearest such day to publication, or the last one after "since")
        |(?:(?P<sm4>{_M})\s+(?P<sd4>[0-9]{{1,2}})|(?P<sd5>[0-9]{{1,2}})\s+(?P<sm5>{_M}))
        (?![\w])(?!,?\s+[0-9])
        (?!['’]s(?![\w])|\s+(?i:levels?|peaks?|highs?|lows?)(?![\w]))  # "from 1 January levels"
        (?:\s+(?P<sdr>(?i:this|last|next))\s+(?i:year)(?![\w]))?))  # "from 1 January this year"
        (?!\s*[-–/]\s*[0-9])
        # "up 55% from 2021's 1.02 million TEU": that year's level, no start (but "since
        # 2022's sanctions": from then on)
        # ("from 2023's peak of 1.4 million TEU": a level's noun may stand before the figure;
        # not a verb: "since 2022's sanctions diverted 2 million TEU")
        (?!['’]s\s+(?:(?:(?i:all-time|record|peak|high|low|level|total|volume|figure|tally
                          |average|result|outturn|mark|value)\s+){{1,2}}(?:of\s+)?)?
            (?:(?i:{HEDGE_WORDS})\s+)?
            (?:[0-9]|(?:US)?[$€£¥₸₽]|(?:USD|EUR|CNY)\s*[0-9]))
        # "from March 2024 to May 2025", "since 1 May 2024 to 31 March"; not "has tripled since
        # 2019 to 4.6 million tonnes" (a level after the since-time)
        (?!\s+(?i:to|until|till|through)\s+(?:{_M}|{_Y}(?![0-9])|[0-9]{{1,2}}\s+{_M}))
    # "Since it became operational in 2006,", "Since Uzbekistan gained GSP+ status in April
    # 2021,": a since-clause with a verb, its year (and month) before the comma, or at the
    # sentence's end ("100,000 trains have run since the route opened in 2011.")
    | (?P<sincec>(?i:since)\s+(?:[\w'+-]+\s+){{1,9}}?(?:(?:in\s+)?
        (?:(?P<scm>{_M})\s+)?(?P<scy>{_Y}){_CLAUSE_ENDS}|{_ago("sca")}))  # "ago" ends it
    | (?P<ago>{_ago("ag")})  # "Thirty years ago the port handled 2 mt": its year
    | (?P<sincem>(?i:since)\s+(?:(?i:(?:the\s+)?(?:start|beginning)\s+of\s+(?:(?:the|this)\s+)?year)
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
    # "till the end of year", "by end of the year": translated releases drop articles
    | (?P<by>(?i:by|till(?=\s+(?:the\s+)?end\b))\s+(?:(?:the\s+end\s+of\s+|end-)?(?P<by_y>{_BY_Y})
        |(?P<by_r>(?i:(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?year(?![\w-])|(?:the\s+)?year[-\s]end
        |end-year)))
        |(?i:(?:close|end|finish)\s+(?:the|this)\s+year)(?=\s+(?i:with|at|on)\b))  # "expects to
        # close the year with 7.1 mt": this year's
    | (?P<mrange>(?i:between\s+|from\s+(?={_M}\s+(?i:to|through)\s+{_M}))?
        (?P<m1>{_M})\s*(?:[-–]|\s+(?i:to|through|and)\s+)\s*
        (?P<m2>{_M}){_of_y("my")})
    | (?<!(?i:\bby)\s)(?P<monthsto>(?:(?P<mtn>{_N})\s+(?i:months)
        # a report's period: "for the year ended 31 December 2024", "the quarter to September"
        |(?<=(?<![\w])(?i:the|its|their)\s)(?P<mtw>(?i:(?:(?:financial|fiscal|marketing|crop)\s+)?
            year|marketing\s+season|quarter|half[-\s]year)))\s+(?i:to|through|ending|ended
            |(?:that|which)\s+ended(?:\s+(?:on|in))?)\s+  # "the crop year that ended on 30 June"
        (?:(?i:end-))?(?:[0-9]{{1,2}}\s+)?(?P<mtm>{_M})(?![\w])(?:\s+[0-9]{{1,2}}(?![0-9]))?
        (?:,?\s+(?P<mty>{_Y}))?)  # "in the 12 months to
        # September"; not "slipped by eight months to March 2027" (a delay, and its new date)
    | (?P<firstn>(?i:first)\s+(?P<fn>{_N})\s+months{_of_y("fy")})
    | (?<!(?i:\bby|\bt(?:akes?|ook|aken|aking)|\blast(?:s|ed)?|\bneeds?)\s)
      (?P<nmonths>(?P<nn>{_N})(?:\s+|-)months?{_of_y("ny")})  # not "delayed by six months"
        # nor "takes three months" (durations)
    | (?P<quarter>(?P<qw>(?i:first|second|third|fourth|1st|2nd|3rd|4th)|IV|I{{1,3}})  # "III"
        (?:\s+|(?<=[a-z])-)quarter{_of_y("qy")}  # "first-quarter exports": an adjective
        |Q(?P<qra>[1-4])\s*[-–]\s*Q(?P<qrb>[1-4])(?:\s*(?P<qry>{_Y2}))?(?![\w])
        |Q(?P<qn>[1-4])(?:\s*(?P<qy2>{_Y}))?(?![\w])|(?P<qn3>[1-4])Q(?:\s*(?P<qy3>{_Y2}))?(?![\w]))
    | (?P<half>(?P<hw>(?i:first|second|1st|2nd))(?:\s+|(?<=[a-z])-)half{_of_y("hy")}
        |H(?P<hn>[12])(?:\s*(?P<hy2>{_Y}))?(?![\w])|(?P<hn3>[12])H(?:\s*(?P<hy3>{_Y2}))?(?![\w])
        # "in the half-year": the last whole half before publication, as results report it
        |(?<=(?<![\w])(?i:the)\s)(?P<hyr>(?i:half)[-\s](?i:year))(?![\w-]))
    | (?P<mshort>(?P<msn>[1-9]|1[0-2])M(?:[\s-]?(?P<msy>{_Y2}))?(?![\w]))
    | (?P<monthyear>(?P<mm>{_M})\s+(?P<mmy>{_Y}))
    | (?P<ayear>(?:(?P<am>{_M})\s*|(?<![\w'’]))['’](?P<ay>[0-9]{{2}})(?![0-9%s]|[.,][0-9]))
    | (?=[JFMASOND])  # a month's first letter (see `mspan`)
      (?P<bmonth>(?:(?<=(?i:\b(?:in|during|throughout|(?:figures?|data|results?|numbers?
            |statistics|plans?|targets?|schedules?)\s+for)\s(?:(?:early|mid|late)[-\s])?))
        # "in mid-May", "figure for May", "the plan for November is 320 trains"
        # "by March" (not "driven by May's record demand": a month's thing, no time)
        |(?<=(?i:\bby)\s(?:(?i:early|mid|late)[-\s])?)
         (?!{_M}['’]s\s+(?!(?i:end|close|start|beginning|middle)\b))  # ("By May's end")
        # "imports for December were raised": not "cut gas exports for January after (as,
        # because...) consumption jumped 11%" (the figure of another clause)
        |(?<=(?i:\b(?:imports|exports|trade|output|production|throughput|shipments)\s+for)\s)
         (?!{_M},?\s+(?i:after|as|because|when|since|following|while|whereas|before|until|once
            |amid|though|although)\b
            # a clause of its own, no aside ("for January, as the ministry reported, fell 4%")
            # nor "as a whole"
            (?!\s+(?i:a\s+(?:whole|result)\b|[^,.;:!?]{{0,40}}\b(?:reported|reports|said|says
                |noted|notes|announced|estimated|showed|shows|stated|calculated)\s*+,)))
        # a figure's month after it: "which the central bank put at $1.1 billion for
        # November", "1,350 trains for October" (not "for March delivery": a deal's term)
        |(?<=[0-9%]\s(?:[a-z]++\s){{0,2}}for\s)(?!{_M}\s+(?i:deliver|shipment|loading|arrival))
        # "Preliminary January data show trade at $3.2 billion": the month the data are of
        # (not "February data show imports have doubled since 2020 to $15 billion", "annual
        # flows"; but "the strongest growth since 2021", "an annual rise of 8%" leave it)
        |(?={_M}\s+(?i:data|statistics)\b
            (?![^.;!?]{{0,160}}\b(?i:(?<!\bthe\s(?:\w+\s){{1,2}})since|annually|cumulative
                |annual(?!\s(?:rise|increase|growth|gain|jump|decline|drop|fall|decrease)))\b))
        # "October was a record month, with 1,350 trains": a month the sentence is about
        |(?<=(?:\A|\n|[.!?]\s|\b(?:while|whereas)\s))(?={_M}\s+(?:was|saw|brought|proved|alone)\s)
        # "February, at $231 million, was the weakest": the month, its figure set beside it
        # ("March, with a record 1,350 trains", "February, with exports of $231 million"; not
        # "May, with its long holidays, ...", "March, at the latest, ...")
        |(?<=(?:\A|\n|[.!?]\s|\b(?:while|whereas)\s))
         (?={_M},\s+(?:at|with)\s+(?:(?i:a\s+record|an\s+all-time(?:\s+high)?|a\s+monthly)\s+
            |(?!(?i:its|their|the)\b)[a-z]++(?:\s+[a-z]++)?\s+of\s+)?(?:{HEDGE_WORDS}\s+)?[0-9$€£¥₸₽])
        # "November alone set a monthly record": the month picked out of a longer period
        |(?<=(?:\A|\n))(?={_M}:\s)  # a post's line label: "October: 38.6 thsd t shipped"
        # a month before the figure's noun: "revised the September throughput", "Aktau's
        # August exports"
        |(?<=(?:\b(?i:the)|['’]s)\s)(?={_M}\s+(?i:throughput|exports|imports|output
            |production|shipments|loadings|traffic|turnover|figures?|volumes?|sales)\b))
        (?P<bm>{_M})(?![\w])(?!\.?\s*[0-9])
        (?!\.?\s*,\s*(?:[0-9]{{1,2}},?\s+{_Y}|{_Y})(?![0-9]|[,.][0-9]))  # "In June, 1,850 trains"
        (?:\s+(?i:of\s+)?(?P<bmr>(?i:last|this|next)\s+year)(?![\w]))?)  # "in October last year"
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
    | (?P<saidyear>{_SAID_Y_BEFORE}(?P<sdy>(?i:{_SAID_Y})){_SAID_Y_NOT_BEFORE})
    | (?P<rel>(?!(?<=(?i:\b(?:first|second|third)\s+))(?i:full|whole))  # "in its first full
        # year" counts from an opening, no calendar year
        (?i:(?P<rw>this|last|next|previous|prior|current|full|whole)
        (?:\s+|(?<=full|whole)-)year)  # "full-year exports": an adjective, the same year
        (?<!(?i:full|whole)[\s-]+year(?=\s+(?:of\s+)?{_Y}(?![0-9]))))  # "the full year 2024"
        # names its year: the year is read, not the one of publication
    | (?P<ytd>(?:(?i:so\s+far(?:\s+this\s+year|(?=\s+(?:in|of)\s+{_Y})|  # not "has so far
        (?<!\b(?:has|have|had)\s+so\s+far))|year[-\s]to[-\s]date)|YTD(?![\w]))  # invested"
        (?:\s+(?i:in|of)\s+(?P<ytdy>{_Y}))?)
    | (?P<relm>(?i:(?P<rmw>this|last|next|previous)\s+month))
    | (?P<relq>(?i:(?P<rqw>this|last|next|previous|current|coming)\s+quarter))
    # a season by the publication's year: "the three weekly services of last summer" (not "the
    # third and last summer run", nor a season word before what it names: "the last winter
    # convoy", "this winter wheat")
    | (?P<rels>(?i:(?P<rsw>this|(?<!\band\s+)last|next|previous)\s+(?P<rss>spring|summer|autumn
        |winter))(?![\s-]+{_SEASON_NOUN}))
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
    "asof", "startyr", "endm", "date", "onday", "yrange2", "mspan", "fromrel", "since", "sincec",
    "ago", "sincem",
    "pastn", "weekto", "nextn", "by",
    "mrange", "monthsto", "firstn", "nmonths", "quarter", "half", "mshort", "monthyear", "ayear",
    "bmonth",
    "yrange", "fiscal", "yearsofar", "year", "saidyear", "rel", "ytd", "relm", "relq",
    "rels",
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
_A_BARE_DAY_FOLLOWS = (rf"(?=\s+(?:from\s+)?(?:{_M}\s+[0-9]{{1,2}}|[0-9]{{1,2}}\s+{_M})"
                       r"(?![\w])(?!,?\s+[0-9]))")
_A_DAY_FOLLOWS = rf"(?=\s+(?:{_M}\s+[0-9]{{1,2}},?\s+|[0-9]{{1,2}}\s+{_M}\s+){_Y})"
_PART_FOLLOWS = rf"(?=\s+{_N}\s+months|(?:\s+|-)(?:quarter|half))"
_TIME_WORDS: Final = [
    *[(word, _A_YEAR_FOLLOWS) for word in ("since", "from", "by")],
    ("by", rf"(?=\s+(?:(?i:{_SAID_Y})|{_Y2100}))"),  # "by twenty thirty", "by 2100"
    *[(word, rf"(?=\s+(?:from\s+)?(?:the\s+(?:start|beginning)\s+of\s+)?(?:{_M}\s+)?{_Y})")
      for word in ("starting", "effective")],
    *[(word, _A_DATE_FOLLOWS) for word in ("since", "from", "starting", "effective")],
    *[(word, _A_BARE_DAY_FOLLOWS) for word in ("since", "from", "starting", "effective")],
    *[(rf"{word}\s+into\s+(?:force|effect)\s+on", _A_DAY_FOLLOWS)
      for word in ("enters", "entered", "enter", "comes", "came", "come")],
    *[(rf"{word}\s+effect\s+on", _A_DAY_FOLLOWS) for word in ("takes", "took", "take")],
    *[(rf"{word}\s+into\s+(?:force|effect)\s+on", _A_BARE_DAY_FOLLOWS)
      for word in ("enters", "entered", "enter", "comes", "came", "come")],
    *[(rf"{word}\s+effect\s+on", _A_BARE_DAY_FOLLOWS) for word in ("takes", "took", "take")],
    *[(word, r"(?=\s+(?:(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?year(?![\w-])"
             r"|(?:the\s+)?year[-\s]end|end-year))") for word in ("by", "till")],
    *[(word, r"(?=\s+(?:the|this)\s+year\s+(?:with|at|on)\b)")
      for word in ("close", "end", "finish")],
    ("since", rf"(?=\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+(?:(?:the|this)\s+)?year"
              rf"|{_M}(?![\w])))"),
    ("since", rf"(?=\s+(?:[\w'+-]+\s+){{1,9}}?(?:in\s+)?{_Y}{_CLAUSE_ENDS})"),
    (r"as\s+(?:of|at)", r"(?=\s)"),
    # "at the end of September", "at the end of Q3", "at the end of the first half"
    ("at", rf"(?=\s+(?:the\s+end\s+of\s+|end-)(?:{_M}|Q[1-4]|H[12]|the\s+(?:first|second|third"
           r"|fourth)\s+(?:quarter|half)))"),
    ("end", rf"\-(?={_M}|Q[1-4]|H[12])"),  # "end-September", "end-Q3"
    (r"at\s+the\s+start\s+of", r"(?=\s)"),
    (r"at\s+the\s+beginning\s+of", r"(?=\s+(?:the|this)\s+year)"),
    ("between", rf"(?=\s+{_M})"),
    ("from", rf"(?=\s+{_M}\s+(?i:to|through)\s+{_M})"),  # "From January to November, ..."
    ("between", rf"(?=\s+{_Y}\s+and\s)"),
    *[(word, r"(?=\s+next\s+year)") for word in ("from", "since", "starting")],
    *[(word, _PART_FOLLOWS) for word in ("first", "second", "third", "fourth")],
    *[(word, r"(?=\s+year)")
      for word in ("this", "last", "next", "previous", "prior", "current")],
    *[(word, r"(?=(?:\s+|-)year)") for word in ("full", "whole")],
    *[(word, r"(?=\s+month)") for word in ("this", "last", "next", "previous")],
    *[(word, rf"(?=\s+(?:{_N}\s+(?:years|months)|decade)\b)")
      for word in ("past", "last", "previous")],
    *[(word, rf"(?=\s+{_N}\s+years\b)") for word in ("next", "coming")],
    ("week", r"(?=\s+(?:to|ended|ending|through)\s)"),  # "in the week to Friday"
    *[(word, r"(?=\s+quarter)")
      for word in ("this", "last", "next", "previous", "current", "coming")],
    *[(word, r"(?=\s+(?:spring|summer|autumn|winter)\b)")
      for word in ("this", "last", "next", "previous")],
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
        # (possessive: "\s*(...)?(?:-|\s+)" backtracked over a long run of spaces)
        rf"(?=(?:\s*+[-–]\s*+[0-9]{{1,2}},?(?:\s++-|\s{{2,}}+)|\s*+-|\s++)(?i:months?)"
        rf"|\s++{_M}(?![\w]))"
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
    regex.compile(r"(?<![\w-])[Hh]alf(?=[-\s][Yy]ear(?![\w-]))"),  # "in the half-year"
    # "the year ended 31 December 2024", "the financial year to March", "the quarter ended"
    # (the noun first, its "financial" in the look-behind: 18.6 -> 5.7 ms a MB)
    regex.compile(r"(?:[Yy]ear|[Qq]uarter|[Ss]eason)"
                  r"(?=\s+(?:to|through|ending|ended|(?:that|which)\s+ended)\s)"
                  r"(?<=(?<![\w-])(?P<start>(?:(?:[Ff]inancial|[Ff]iscal|[Mm]arketing|[Cc]rop)\s+)?+"
                  r"(?:[Yy]ear|[Qq]uarter|[Ss]eason)))"),
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
TIME_WORD_TRIGGERS: Final = (
    *by_first_letter(_TIME_WORDS, per_word=True, by_letter=frozenset({"as", "at"})),
    # a year said aloud ("in twenty twenty-five"): it matches only where its word is a run of
    # the text, so it runs only then (measured: 22 ms a MB alone, its lead look-behind tried
    # at every position; the bench text names no year aloud)
    (frozenset({"nineteen", "twenty"}),
     regex.compile(r"(?<![\w])(?:[Nn]ineteen|[Tt]wenty)(?=\s)")),
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
    r"(?i:(?:\b(?:than|on|compar(?:e|ed|ing|ison)\s+(?:with|to)|against|versus|vs\.?|from"
    r"|relative\s+to|as\s+in"
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
