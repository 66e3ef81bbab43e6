"""Patterns read around a quantity the main pattern (`patterns.RE_QUANTITY`) found, on a
bounded window beside it: the counted noun after it ("122 active projects"), the rate's
denominator ("per year", "a day", "per 40ft container"), the words before it that make it a
period, a part, a range's low end, a depth or a sign.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, Protocol

import regex

from dashboard.scanning import alternation, sentence_around
from dashboard.vocab.hedging import HEDGE_WORDS
from dashboard.vocab.units import COUNT_NOUNS, TIME_PERS

# Count nouns after a number, with up to three modifier words between ("122 active projects",
# "1,200 new 80-foot flat wagons": a size in digits is a modifier too).
_STOP = (
    r"(?:of|the|a|an|in|on|at|to|and|or|for|from|by|with|as|than|that|which|this|these|"
    r"its|their|was|were|is|are|be|been|has|have|had|year|years|month|months|per|each|"
    # a clause's conjunction opens a new subject: "call 1414 if customs officers demand bribes"
    # (a word of its own: not "5 so-called dry ports", "6 once-weekly trains")
    r"(?:if|when|unless|because|while|whereas|once|until|after|before|where|so|but)"
    r"(?=[\s\u00a0])|"
    # a past verb of the part's own clause: "Of the 520 containers opened, 188 held goods"
    # (no counted "held goods")
    r"held|contained|included|carried|showed|revealed|hid|"
    # places are no counted things, nor do they qualify one after them: "312 exhibitors from
    # 27 countries signing contracts", "27 nations signed deals"
    r"countries|nations|states|economies|regions|provinces)"
)
RE_COUNT_NOUN: Final = regex.compile(
    rf"""
    \A[\s\u00a0]++
    (?:[0-9]{{1,3}}-?(?i:ft|foot)[\s\u00a0]++(?i:and|or)[\s\u00a0]++)?  # "20-ft and 40-ft boxes"
    # two routes joined: "7,650 China-Europe and China-Central Asia trains"
    (?:[A-Z][a-z]++-[A-Z][\w-]*+[\s\u00a0]++(?:and|or)[\s\u00a0]++(?=[A-Z][a-z]++-[A-Z]))?
    (?:(?!{_STOP}\b)(?:[A-Za-z]|[0-9]{{1,3}}-?[A-Za-z]  # "40-foot", "40ft", "40HC" boxes
       |[0-9](?<=(?i:euro)[\s\u00a0][0-9])  # "200 Euro 5 trucks": an emission class
       |[0-9](?<=(?i:boeing|embraer|comac)[\s\u00a0][0-9])  # "14 Boeing 787-9 jets": a model
       |7[0-8]7(?![0-9]))  # "two new 737 Max jets": Boeing's (see countables._MODEL_NUMBERS)
       [\w-]{{0,24}}+[\s\u00a0]++){{0,3}}?
    (?P<noun>(?i:{alternation(COUNT_NOUNS)}))\b
    # a bare "head" counts a herd ("8.7 million head"), not "30 head coaches", "heads of state"
    (?!(?<=(?i:head|heads))[\s\u00a0]++(?!(?i:of)\b)[a-z]
      # a bare "fish" counts fish ("about 1.1 million fish, against"), not "two fish farms"
      |(?<=(?i:fish))[\s\u00a0]++(?!{_STOP}\b)[a-z]
      # nor the verb before waters or a place: "some 300 fish the northern Caspian each
      # season" (not "5 million fish the previous spring": a time)
      |(?<=(?i:fish))[\s\u00a0]++(?i:the|its|their|these|those)[\s\u00a0]++
       (?:[a-z-]++[\s\u00a0]++){{0,2}}?(?:[A-Z]|(?i:seas?|rivers?|waters|lakes?|coasts?
       |delta|shallows|shelf|gulf|bay|estuary|reservoirs?)\b)
      # beds to sleep in ("68,000 beds"), not a river's or the sea's ("cleared 3 river beds")
      |(?<=(?<=(?i:river|sea|lake|stream|flower|reed|oyster|mussel|seed|test|coal)[\s\u00a0]++)
        (?i:beds))
      |(?<=(?i:head|heads))[\s\u00a0]++(?i:of)[\s\u00a0]++(?i:state|government|department)
      # auction lots count what is offered ("64 lots of cotton", "120 lots were sold"), not a
      # tender's parts ("split into three lots"); a word of its own, not "9,840 wagon slots"
      |(?<=\b(?i:lots))(?![\s\u00a0]++(?i:of|were|was|sold|offered|found|worth|with)\b)
      # a crane's bare "moves" only at a rate ("24 moves per hour"), not "two moves to cut fees"
      |(?<=(?<!(?i:crane|container|box)[\s\u00a0]++)(?i:moves))
       (?![\s\u00a0]++(?i:per|an?|each|every)\b)
      # homes counted ("1,240 flats, 14 schools"), no rail's flat wagons ("400 flats for
      # container traffic"), nor a bank's loans ("two facilities of $200 million each")
      |(?<=(?i:flats))[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){{0,2}}?(?i:container|cargo|freight
        |rail|train|wagon|pipe|timber|steel|coal|grain|ore)
      |(?<=(?i:facilities))[\s\u00a0]++(?i:of|worth)[\s\u00a0]++(?:[$€£]|(?i:US|USD|EUR|CNY)\b))
    """,
    regex.VERBOSE,
)

# Rate denominators right after a quantity: "per year", "a day", "annually", "per 40ft container".
RE_PER: Final = regex.compile(
    r"""
    \A(?:[\s\u00a0]+(?:U\.S\.|US)(?=[\s\u00a0]+per\b))?                   # $75 U.S. per
    (?:[\s\u00a0]+CO(?:2|₂)e?(?=[\s\u00a0]+per\b|[\s\u00a0]*/))?  # "22 g CO2 per tonne-km"
    (?:[\s\u00a0]+of[\s\u00a0]+
        (?:[A-Z][\w-]*[\s\u00a0]+[A-Z][\w-]*[\s\u00a0]+[a-z][\w-]*  # of Amu Darya water
        |(?:the[\s\u00a0]+)?[A-Za-z][\w-]*(?:[\s\u00a0]+[A-Za-z][\w-]*)?  # of (the) cargo
        # of rail and truck cargo: two names joined, not a phrase ("of gold bars in a bag")
        (?:[\s\u00a0]+(?:and|or)[\s\u00a0]+[A-Za-z][\w-]*(?:[\s\u00a0]+[A-Za-z][\w-]*)?)?
        # of a ship's value: "1.5% of a vessel's hull value per voyage", a premium's base
        |(?:the|an?)[\s\u00a0]+[A-Za-z][\w-]*['’]s?(?:[\s\u00a0]+[A-Za-z][\w-]*){1,2})
        (?=[\s\u00a0]+(?:a|an|per|each|annually|yearly)\b))?                   # ... a year
    (?:
        (?:[\s\u00a0]*/[\s\u00a0]*|[\s\u00a0]+(?:per|an?|each)[\s\u00a0]+|[\s\u00a0]*-?(?:an?|per)-)
        (?:(?<=(?:per|each)[\s\u00a0]+)(?i:loaded|laden|empty|full|accompanied|unaccompanied  # a
            |refrigerated)[\s\u00a0]+)?+  # load's state: "$1,900 per loaded wagon", "per empty box"
        (?P<den>(?i:annum|year|yr|day|month|week|hour|
            # "a quarter", not "a quarter century ago", "a quarter mile from", "a quarter point"
            quarter(?![\s\u00a0]++(?i:of|more|less|earlier|before|ago|later|century|centuries
                |miles?|points?|hours?|way|mark|turn|share|stake|percent|per[\s\u00a0]+cent
                |inch(?:es)?)\b)|
            40[- ]?(?:ft|foot|feet)[\s\u00a0]+(?:container|box)|
            20[- ]?(?:ft|foot|feet)[\s\u00a0]+container|forty[- ]foot[\s\u00a0]+container|FEU|
            container|box|TEU[-\s\u00a0]?km|TEU|(?:tonne|ton)[-\s\u00a0]?(?:km|kilomet(?:re|er))|tkm|t-km|wagon-km|
            (?<=(?:per|/)[\s\u00a0]*)(?:100|1[,\s\u00a0]?000)[\s\u00a0]+  # "per 100 km"
                (?:(?:sq(?:uare)?\.?[\s\u00a0]*)?(?:km|kilomet(?:re|er)s)|km2|km²)|
            (?<=(?:per|/)[\s\u00a0]*)(?:10{0,2}[,\s\u00a0]?000|100)[\s\u00a0]+  # "per 1,000 people"
                (?:people|persons|inhabitants|residents|population)|
            metric[\s\u00a0]+(?:tonne|ton)|tonne|ton|t|  # "$910 per metric ton" of marine gasoil
            barrel|bbl|kWh|MWh|person|capita|trip|train|vehicle|ticket|  # a fare's surcharge
            (?:rail(?:way)?[\s\u00a0]+)?wagon|  # a ferry's fee: "$45 per rail wagon"
            night|  # a hotel room's rate: "rooms cost $120-180 a night"
            voyage|sailing|crossing|flight|  # a ferry's load: "300 TEU per voyage"
            (?:port[\s\u00a0]+)?call|  # port dues: "$25,000 per port call"
            share|GDR|ADR|gram|gramme|g|  # "$9.50 per GDR": depositary receipts, priced as shares
            kilogram|kilo|kg|(?:troy[\s\u00a0]+)?(?:ounce|oz)|pound|lb|gallon|litre|liter|square[\s\u00a0]+(?:foot|feet|metre|meter)|
            mmbtu|mwh|second|minute|
            passenger[\s\u00a0]+car|car|passenger|head|  # ferry fares: "€120 per passenger car"
            century|decade|cm2|cm|sq[\s\u00a0]*m|sq[\s\u00a0]*ft|
            mile|hectare|ha|acre|dozen|(?:US[\s\u00a0]+|U\.S\.[\s\u00a0]+)?dollar|euro|rouble|ruble|
            b(?<=/[\s\u00a0]*b)|y(?<=/[\s\u00a0]*y)|  # "bbl/b", "Mt/y": after a slash only
            hr?(?<=/[\s\u00a0]*hr?)|d(?<=/[\s\u00a0]*d)|  # "2,000 t/h", "300 m³/h", "500 t/d"
            mt(?<=/[\s\u00a0]*mt)|  # "$402/mt": bunker prices per metric tonne (a slash only)
            yuan|USD|EUR|truck|trailer|railcar|lorry|parcel|bottle|item|consignment|declaration|kilowatt[-\s]hour|megawatt[-\s]hour|
            violation|offen[cs]e|  # fines set per breach: "GEL 5,000 per violation"
            bill[\s\u00a0]+of[\s\u00a0]+lading|  # a paperwork fee: "$45 per bill of lading"
            sample|test|  # a laboratory's fee: "costs 9,000 rubles per sample"
            entry|axle|GT|GRT|gross[\s\u00a0]+(?:tonne|ton|tonnage)|  # "$40 per axle", "per GT"
            locomotive|coach|crane|unit|ferry|vessel|ship|  # unit prices: "$2.9m per locomotive"
            employee|worker|  # "5,600 tonnes per employee", "1,100 TEU per metre of berth"
            (?:linear[\s\u00a0]+|running[\s\u00a0]+)?met(?:re|er)|
            (?:1[,\s]?000|thousand)[\s\u00a0]+(?:cubic[\s\u00a0]+met(?:re|er)s|m3|m³|cu[\s\u00a0]*m)|
            tcm|mcm|Mbps|Gbps|
            cubic[\s\u00a0]+met(?:re|er)|m3|m³|  # "1.5 tenge per cubic metre" of water
            cubic[\s\u00a0]+centimet(?:re|er)|cm3|cm³|cc|  # "EUR 3 per cubic centimetre": engines
            km|kilomet(?:re|er)))  # "$2 per Mbps per month", "$3.5 million per km"
        (?![\w-])
        (?:(?<=\bper[\s\u00a0]+(?:[\w.]+[\s\u00a0]+)?[\w.]+)  # "per year after the launch"
           |(?<=/[\s\u00a0]*[A-Za-z]+)  # "t/year after expansion": a slash is no "a year after"
           |(?<!(?i:year|yr|day|month|week|hour|annum|quarter|decade|century))  # "$58.40 a
           # barrel on Sep 5"; not "a decade ago"
           |(?![\s\u00a0]+(?:earlier|ago|before|later|after  # not "a year after",
                              |on(?=[\s\u00a0]*+(?:[,.;:!?)]|\Z)|[\s\u00a0]++(?:from|year)\b))\b))
                              # nor "a year on," "a year on from" (but "3 km a day on the
                              # Bakhty section", "trailers a year on lines to Novorossiysk")
      | [\s\u00a0]+(?P<adv>(?i:annually|yearly|daily|monthly|weekly|hourly|quarterly
                            |per[\s\u00a0]+(?:annum|diem)))\b  # "per diem": lessors' daily hire
      | [\s\u00a0]+(?i:for[\s\u00a0]+(?:a|an|each)[\s\u00a0]+)         # "$4,800 for a 40-foot
        (?P<den>(?i:40|20)[- ]?(?i:ft|foot|feet)[\s\u00a0]+(?i:container|box)  # container": a box
            |(?i:TEU|FEU))(?![\w-])                                       # only, not "for a year"
      | [\s\u00a0]+(?i:for[\s\u00a0]+(?:each|every)[\s\u00a0]+)  # "$85 for each truck that boards"
        (?:(?i:loaded|laden|empty|full)[\s\u00a0]+)?+
        (?P<den>(?i:truck|trailer|lorry|railcar|wagon|container|box|TEU|FEU|vehicle|car
            |passenger|tonne|ton|parcel|item|consignment|declaration|trip|voyage|crossing
            |call|vessel|ship|train|day))(?![\w-])
    )
    """,
    regex.VERBOSE,
)

# Words that make "N months/years" a period, not a duration ("the first 11 months").
RE_PERIOD_WORD_BEFORE: Final = regex.compile(
    r"(?<![\w])(?i:first|same|initial)[\s\u00a0]+\Z",
    flags=regex.REVERSE,
)

# "100,000 TEU of it", "of which", right after a figure: a part of the figure before it.
RE_PART_OF_IT: Final = regex.compile(
    r"[\s\u00a0]+of[\s\u00a0]+(?i:it|this|that|them|these|those|which|whom)\b"
)
# Handling at a port or terminal as the subject of money ("handling at each port is
# $150-250", "and terminal handling in Aktau costs about $95"): what the port charges on a box,
# no project's cost (read where the clause opens or after its conjunction, to the figure).
RE_HANDLING_PRICED: Final = regex.compile(
    r"(?:\A|[.;,:]|\b(?i:and|while|whereas|but))[\s\u00a0]*+"
    r"(?:(?i:and|while|whereas|but)[\s\u00a0]++)?(?:(?i:the)[\s\u00a0]++)?"
    r"(?:(?P<prefix>(?i:port|terminal|cargo|container|quay))[\s\u00a0]++)?(?i:handling)"
    r"[\s\u00a0]++(?i:at|in|on)[\s\u00a0]++(?P<place>[^.;,:!?$€£0-9]{1,50}?)[\s\u00a0]++"
    r"(?i:is|are|was|were|costs?|runs?|ran|comes?[\s\u00a0]++to|came[\s\u00a0]++to)[\s\u00a0]++"
    rf"(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?\Z"
)
# A port's word in the place handled at, or before "handling" (a port's name: `port_subjects`).
_RE_PORT_PLACE: Final = regex.compile(
    r"(?i:\b(?:(?:sea)?ports?|terminals?|harbou?rs?|quays?|berths?|docks?)\b)")


def handling_at_a_port(found: regex.Match[str]) -> bool:
    """Does a `RE_HANDLING_PRICED` match name a port's handling by its words ("port
    handling", "handling at each terminal"; not "handling at the border station")?"""
    return ((found["prefix"] or "").lower() in ("port", "terminal", "quay")
            or _RE_PORT_PLACE.search(found["place"]) is not None)


# Range and list joints between two quantities.
# "5 to 6", "5 and 6" (after "between"), "7- or 8-inch", "from 450 sq ft up to 900 sq ft";
# "from 18 till 12 days" in translated releases (Russian "до"), read as "to".
# "fifteen, maybe twenty percent": a second guess said after a comma, read as "or".
RE_RANGE_JOINT: Final = regex.compile(
    r"\A-?[\s\u00a0]++(?P<word>to|till|and|or|up[\s\u00a0]++to)[\s\u00a0]++\Z"
    r"|\A,[\s\u00a0]++(?P<word>maybe|perhaps|possibly)[\s\u00a0]++\Z"
)
RE_BETWEEN_BEFORE: Final = regex.compile(
    r"(?<![\w])(?P<word>(?i:between|from|range[ds]?[\s\u00a0]+from|ranging[\s\u00a0]+from))[\s\u00a0]+"
    r"(?:[\w$€£-]+[\s\u00a0]+){0,2}?\Z",  # lazy: the nearest lead word
    flags=regex.REVERSE,
)
# Sign directly before a quantity: "-5%", "−5", "+3%", "-$5".
# hyphen-minus, minus, full-width, small and figure minus, en dash (as press releases use it:
# "(–1.5% y/y)"), plus
SIGN_CHARS: Final = "-−－﹣‒–+"
# "the draft is limited to 4.2 m for", "the draft from 4.5 m to 4.1 m": a ship's draft or a
# water depth named just before makes a bare "m" metres whatever follows (`quantity`); not a
# draft document ("the draft budget sets 4.2m for roads") nor a number's own digits
RE_DEPTH_BEFORE: Final = regex.compile(
    r"(?i:\b(?:drafts?|draughts?|depths?|dredged|deepened)\b(?![\s\u00a0]+(?:budgets?|laws?|bills?"
    r"|resolutions?|decrees?|agreements?|plans?|versions?|proposals?|regulations?|texts?)\b))"
    r"(?:[^.;:!?\n$€£¥₸₼₽]|\.(?=[0-9])){0,30}+(?<=[\s\u00a0(])\Z"
)
RE_SIGN_BEFORE: Final = regex.compile(rf"(?:\A|(?<=[\s(\[]))(?P<sign>[{SIGN_CHARS}])\Z")
# "revised up its preliminary figure of 2.3 million tonnes to 2.45 million tonnes", "raised
# its estimate of 5% to 6%": the figure a revision started from, then the one it ended at
# (two levels, as after "grew from"), not a range. The revision's verb, its figure's noun and
# "of" right before the first number.
RE_REVISED_FIGURE_OF: Final = regex.compile(
    r"(?i:\b(?:revis|rais|lower|upgrad|downgrad|adjust|correct|cut)\w*\b"
    r"[^.;!?0-9]{0,60}?\b(?:figures?|estimates?|forecasts?|projections?|targets?|outlook|"
    r"guidance|numbers?|totals?|data|results?|readings?)[\s\u00a0]++of[\s\u00a0]++"
    rf"(?:{HEDGE_WORDS}[\s\u00a0]++)?\Z)",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


# A per cent as a pattern may spell it after the number: "8%", "8 percent", "8 per cent".
PERCENT: Final = r"(?:%|percent|per[\s\u00a0]cent)"
# "to" and a figure right after it, a currency sign or code maybe before its digits: "from six
# to 12", "grew 7.7% to $301 million".
RE_TO_FIGURE: Final = regex.compile(
    r"[\s\u00a0]++to[\s\u00a0]++(?:[$€£¥]|[A-Z]{3}[\s\u00a0])?[0-9]")

# "22.5 billion tenge, mainly on a warehouse due to open in December", "invested $40 million
# in a terminal scheduled to start in 2027": when the thing paid for opens, not the money's
# own time (a figure that is itself scheduled, "1 mt due to start in 2027", stays).
RE_SCHEDULE_OF_OTHER: Final = regex.compile(
    r"\b(?:on|for|in|into)\s++(?:a|an|the|its|their|new|[0-9][0-9,.]*+)\s(?:[^,;]|(?<=[0-9]),(?=[0-9]))*?\b"
    r"(?P<due>due|scheduled|slated)"
    r"\s++to\s++(?:open|start|begin|launch|enter|be\s++(?:completed|commissioned|opened|"
    r"launched|finished|built))\b"
)
# "has signed 20 agreements, with planned deliveries starting in 2026", "with the first trains
# due in May": a later noun phrase after "with" and the time it starts (the deliveries', not
# the figure's).
_RE_WITH_OTHER_START: Final = regex.compile(
    r"\bwith\s++(?:(?:the|its|their|a|an|first|initial|planned|regular|commercial)\s++)*+"
    r"(?!(?:a|an|the)\b)[a-z-]++(?:\s++[a-z-]++)?\s++(?:starting|beginning|due|set\s++to"
    r"|expected\s++to|scheduled|slated|to\s++(?:start|begin))\b")


def schedules_other(gap: str, future: Callable[[], bool] = lambda: False) -> bool:
    """Does the gap between a figure and a time after it say the time is another thing's
    schedule (`RE_SCHEDULE_OF_OTHER`, `_RE_WITH_OTHER_START`)? The latter not for a flow
    whose own verb is still to come (`future`, asked only then): "The new line will carry 5 mt
    a year, with operations starting in 2027" is 2027's (not "will lend EUR 200 million for the
    60-km stretch, with construction due to start in 2026": the length is no flow that
    starts)."""
    return (("due " in gap or "led " in gap) and RE_SCHEDULE_OF_OTHER.search(gap) is not None
            ) or ("with " in gap and _RE_WITH_OTHER_START.search(gap) is not None
                  and not future())


# An analyst's or a ministry's call in the present: "the ministry sees exports reaching 7 mt",
# "Fitch sees growth slowing to 4.5%" (as "expects ... reaching" is; not "saw volumes reaching
# 7 mt last year", what was seen, nor "the port sees 300 ships a year"): the verb's start.
RE_SEES_REACHING: Final = regex.compile(
    r"\b(?:sees|see)[\s\u00a0]++(?:(?!(?:it|them|as|that)\b)[\w'’-]++[\s\u00a0]++){1,4}?"
    r"(?:reaching|hitting|topping|exceeding|surpassing|(?:rising|growing|climbing|falling"
    r"|dropping|slowing|easing|jumping|increasing|declining)[\s\u00a0]++(?:to|by)|doubling"
    r"|tripling)\b")
# ... but not a habit of a place ("Each winter the northern Caspian sees ice reaching 60 cm",
# "The Zhetysu crossing sees traffic rising to 3,000 trucks a day in the harvest season",
# "Every autumn the Khorgos gateway sees train numbers doubling"): a place, route or crossing
# as the subject, or each/every/usually in the sentence, tells what it sees.
_RE_PLACE_SEES: Final = regex.compile(
    r"(?i:\b(?:port|crossing|route|corridor|gateway|terminal|border|line|railway|road|highway"
    r"|station|hub|sea|caspian|lake|river|pass|bridge|checkpoint|yard|depot|airport|harbou?r"
    r"|valley|region|coast|city|town)s?)[\s\u00a0]++\Z")
_RE_HABIT: Final = regex.compile(
    r"(?i:\b(?:each|every|usually|typically|normally|often|routinely)\b)")


def forecasts_seen(text: str) -> list[int]:
    """Where `RE_SEES_REACHING` makes a forecast in `text`: not a place's habit."""
    out = []
    for m in RE_SEES_REACHING.finditer(text):
        lo, hi = sentence_around(text, m.start(), m.end())
        if not (_RE_PLACE_SEES.search(text, max(lo, m.start() - 30), m.start())
                or _RE_HABIT.search(text, lo, hi)):
            out.append(m.start())
    return out


# Words of moving goods, what a rate is paid for
# (not a customs tariff: "the import tariff on poultry is EUR 0.5 per kg", "the new tariff
# schedule charges $0.8 per kilogram": a duty on goods, not what moving them costs)
RE_FREIGHT: Final = regex.compile(
    r"(?i:\b(?:freight|shipping|transport(?:ation|ing)?|haulage|carriage|transit|"
    # "Carriers charge $60-75 per tonne for grain hauled": who moves it, or its verb
    r"haul(?:ed|ing)?|hauliers?|haulers?|carriers|trucking|"
    r"(?<!\b(?:customs|import|export|external|applied|mfn|bound)[\s\u00a0]++)tariffs?"
    r"(?![\s\u00a0]++(?:schedules?|lines?)\b)|"
    r"air[\s\u00a0]++(?:cargo|delivery|express))\b)"
)


# A bracket that holds a figure's equivalent, right after it, a hedge maybe ("KZT 500 billion
# ($1.1 billion) a year", "1.5 million tonnes (about 30,000 TEU)"): its opening up to the
# figure inside, and its close.
RE_BRACKET_OPEN: Final = regex.compile(
    rf"[\s\u00a0]*\([\s\u00a0]*(?:(?i:{HEDGE_WORDS}|or|i\.e\.|equal[\s\u00a0]+to)[\s\u00a0]+)?\Z"
)
RE_BRACKET_CLOSE: Final = regex.compile(r"[\s\u00a0]*\)")


# A participle of change leading to a later level: "rising to", "falling later to about"
# (`answers`: an answer that goes on; `late_rates`: a rate's later level).
GOES_ON_TO: Final = (
    r"(?i:rising|growing|climbing|increasing|expanding|falling|declining|dropping)"
    r"(?:[\s\u00a0]++(?i:later|then|eventually|gradually|further|thereafter))?"
    rf"[\s\u00a0]++to[\s\u00a0]++(?:(?i:{HEDGE_WORDS})[\s\u00a0]++)?")


# A rate's later level after a participle of change: "15 million tonnes a year at first,
# rising to 20 million tonnes later" (per year too).
_RE_RISING_TO: Final = regex.compile(
    r"(?:[\s\u00a0]++of(?:[\s\u00a0]++[a-z-]++){1,2}?)?"  # "of freight"
    r"[\s\u00a0]++(?:a|an|per)[\s\u00a0]++[a-z]++(?:[\s\u00a0]++(?i:at[\s\u00a0]++first|initially"
    rf"|at[\s\u00a0]++the[\s\u00a0]++start))?,?[\s\u00a0]++{GOES_ON_TO}")


class _Level(Protocol):
    """A figure read so far or a claim: where it stands, its unit and rate."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def unit(self) -> str | None: ...
    @property
    def per(self) -> str | None: ...


def rises_to(before: _Level, raw: _Level, text: str) -> bool:
    """Is `raw` the later level the rate `before` grows or falls to (`_RE_RISING_TO`)? Read
    by `late_rates` (the later level takes the rate) and `levels` (and the metric)."""
    return (before.per in TIME_PERS and raw.unit == before.unit
            and _RE_RISING_TO.fullmatch(text, before.end, raw.start) is not None)
