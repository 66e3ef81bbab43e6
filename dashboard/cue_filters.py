"""Metric cues that name no measure where they stand: a currency a figure is counted in
("exports in lira terms"), a harvest that is a time ("rose 35% this harvest"), a body's name
("the budget committee") or a firm's ("Steppe Cargo Logistics JSC"), a good's industry ("the
oil and gas sector"), a verb of gathering a crop with no figure right after it ("data gathered
by customs"), the verb "grant" before a discount ("grant a 20% discount"), a security's
"trade" ("the stock would trade at 9.5 times earnings"); a bare "inflows" after remittances,
which names them (`remitted_inflows`), and a maker's "processed", its intake
(`processed_by_makers`). Read by `facts` when it finds the cues. And, for `measures`, a
cue after "depending on" (`depends_on`), a good that opens a list of goods
(`opens_a_goods_list`), a cue in a part told after a total (`names_a_part`) and the subject of
a clause of its own after a comma (`leads_a_later_figure`): none says what a figure before it
measures.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.firm_names import in_a_firm_name
from dashboard.reserve_sales import currency_sold, good_sold_at_home
from dashboard.scanning import match_at
from dashboard.vocab.calendar import MONTH_NAMES
from dashboard.vocab.classes import GOODS_EXPORTS
from dashboard.vocab.hedging import HEDGE_OR_ESTIMATE
from dashboard.vocab.metrics import (
    CARRYING_COST_CUES,
    HARVEST_VERBS,
    HIRED_TRUCK_CUES,
    METRICS,
    POTENTIAL_CUES,
    PROCESSORS,
    rows_of,
)
from dashboard.vocab.past_verbs import (
    PAST_CHANGE_WORDS,
    PAST_IRREGULAR_WORDS,
    PERFECT_CHANGE_WORDS,
)

# Rows whose cues are currency names ("the lira weakened 20%"), which "in" before makes the
# currency a figure is counted in, no exchange rate: "exports in lira terms surged 62.3%",
# "the average lending rate in tenge fell to 17.8%", "deposits in manats".
_CURRENCY_ROWS: Final = rows_of("exchange rate")
# ... and so does a debt's or a deposit's noun after it: "a tenge tranche of 120 billion tenge
# at a fixed 16.25%", "lari bonds", "manat-denominated deposits" (the currency lent in).
_RE_INSTRUMENT_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++|-)(?:denominated[\s\u00a0]++)?(?i:tranches?|bonds?|eurobonds?|notes"
    r"|loans?|credits?|deposits?|borrowings?|facilit(?:y|ies)|mortgages?|lending|financing)\b")

# "Cherry exports rose 35% this harvest to 52,000 tonnes", "during last harvest": the harvest
# as the time a figure or a preposition is set in, no harvest measured (unlike "This harvest
# reached 17 mt" or "the 2025 harvest is estimated at").
_HARVEST_ROWS: Final = rows_of("harvest")
_RE_HARVEST_AS_TIME: Final = regex.compile(
    r"(?:[0-9%]|\b(?:in|during|over|for|throughout))[\s\u00a0]+(?:this|last|next)[\s\u00a0]+\Z"
)
# A verb of gathering a crop measures the figure right after it, a hedge between or not:
# "Uzbekistan gathered over 7 million tonnes of wheat", "expect to pick between 380,000 and
# 400,000 tonnes of raw cotton"; elsewhere it is no harvest ("data gathered by customs show
# 5 million tonnes", "pick up 20 tonnes").
_RE_FIGURE_NEXT: Final = regex.compile(
    rf"[\s\u00a0]++(?:(?i:{HEDGE_OR_ESTIMATE}|between)[\s\u00a0]++)?+"
    r"[0-9]"
)


# A good that names an industry: "The oil and gas sector shrank 2.1%", "the grain industry
# employs" (the sector's size or growth, no flow of the good); unless the sector trades it:
# "Kazakhstan's oil sector exported 70 million tonnes", "the grain sector sent 11.5 million
# tonnes abroad" (the good's exports; a decimal point in the figure is no sentence end).
_GOODS_ROWS: Final = rows_of(*GOODS_EXPORTS)
_RE_SECTOR_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:and|&)[\s\u00a0]++[a-z]++)?[\s\u00a0]++(?i:sectors?|industry|industries)\b"
    r"(?!(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d)){0,40}?\b(?i:export|import|ship|suppl|sold|sell|deliver"
    r"|sen[dt]|abroad\b|overseas\b)\w*+)")
_RE_TRADE_WORD: Final = regex.compile(r"(?i:\b(?:exports?|imports?|trade|sales)\b)")
_GUARANTEE_ROWS: Final = rows_of("guarantee", "transit guarantee")
# The verb "grant" before a discount it gives: "grant a 20% discount", "grants a discount of
# 15%", "granted discounts of up to 30%" (a cut of a price, the freight rate's, no grant).
_GRANT_ROWS: Final = rows_of("grants")
# A maker as the subject of "processed" (`PROCESSORS`): "domestic spinners, who processed",
# "the mills have processed", "mills in the valley processed" (not a port's or a terminal's,
# nor "processed" with no subject).
_PORT_ROWS: Final = rows_of("port throughput")
_RE_PROCESSOR_BEFORE: Final = regex.compile(
    r"(?i:\b(?:" + "|".join(sorted(PROCESSORS, key=len, reverse=True)) + r"))"
    # where they are: "Textile mills in the Fergana valley processed"
    r"(?:[\s\u00a0]++(?:in|at|near|across|around|beside|outside|(?:next|close)[\s\u00a0]++to)\b"
    r"[^,.;:\d]{1,40}?)?"
    r"(?:,?[\s\u00a0]++(?i:who|which|that))?"
    r"(?:[\s\u00a0]++(?i:have|has|had|also|jointly|together|already|then|only))*+"
    r"[\s\u00a0]++\Z")
# A port's maker-words in the maker's own noun phrase ("the Aktau transport and logistics
# cluster", "Port enterprises", "Stevedoring enterprises"; not a location "mills near the port
# of Aktau" nor "the port city's flour mills") and a passive "processed at/through" a place
# ("equipment for the plant processed at Kuryk port"; not "processed in 2025") leave a port's
# "processed" its own.
_PORT_WORD: Final = (
    r"(?i:\b(?:ports?|terminals?|harbou?rs?|logistics|stevedor\w*+|transport|shipping"
    r"|transshipment|seaports?|dry[\s\u00a0]++ports?)\b)")
_RE_PORT_WORD: Final = regex.compile(_PORT_WORD + r"(?:[\s\u00a0]++[\w&-]++){0,2}[\s\u00a0]++\Z")
_RE_PASSIVE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?i:at|through|via|by)[\s\u00a0]++(?:(?i:the|its|their)[\s\u00a0]++)?"
    r"(?:(?!(?:" + "|".join(MONTH_NAMES) + r")\b)[A-Z]|" + _PORT_WORD + ")")
_RE_A_DISCOUNT: Final = regex.compile(
    r"[\s\u00a0]++(?:(?:an?|the|its|their)[\s\u00a0]++)?"
    r"(?:(?!(?i:and|or)\b)[\w.,%-]++[\s\u00a0]++){0,3}?(?i:discounts?|rebates?)\b")
# "grant" as a noun: a figure, an article or a preposition right before it ("a $25 million
# grant and rebates", "$50 million in grants and discounts").
_RE_GRANT_NOUN_BEFORE: Final = regex.compile(
    r"(?:[0-9%$\u20ac]|\b(?i:an?|the|its|their|this|that|in|of|as|million|billion|thousand"
    r"|mln|bln|bn|mn|m))[\s\u00a0]*+\Z")
_POTENTIAL_CUES: Final = frozenset(POTENTIAL_CUES)
_EXPORT_ROWS: Final = rows_of("exports")


# A security as the subject of "trade": "the stock would trade at 9.5 times earnings", "the
# bonds traded at 98 cents" (its price, no trade in goods).
_TRADE_ROWS: Final = rows_of("trade turnover")
_RE_SECURITY_BEFORE: Final = regex.compile(
    r"(?i:\b(?:shares?|stocks?|bonds?|eurobonds?|notes|securities)[\s\u00a0]++"
    r"(?:(?:would|will|could|may|might|to|now|currently|still|also)[\s\u00a0]++)*+)\Z")

# A bare "demand" (the consumption's row) that is no subject of the figure's own clause: an
# aside or a cause ("Exports of coal to China, where demand is rising, grew", "in high demand",
# "driven by demand from mills", "to meet winter demand", "on strong demand", "despite weak
# demand") or transport's demand ("Cargo demand on the corridor rose", "Demand for rail
# transport ... reached 25 million tonnes": cargo moved, no good used up).
_CONSUMPTION_ROWS: Final = rows_of("consumption")
_TRANSPORT_WORD: Final = (
    r"(?:freight|cargo|transport|transit|traffic|shipping|shipments?|containers?|wagons?"
    r"|ferr(?:y|ies)|rail|railways?|logistics|capacity|routes?|corridor)")
# (in/on/as/while only right before it, adjectives between: "in high demand", "as winter
# demand"; an opener that can take demand as its subject is skipped when demand's own verb
# and then the figure follow in its clause: "while demand climbed to 2.6 million tonnes")
_RE_DEMAND_CAUSE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:(?:driven|fu?elled|spurred|supported|boosted|buoyed|lifted|led)[\s\u00a0]++by"
    r"|meet|meeting|cover|covering|satisfy|satisfying|serve|match|matching|given)\b)"
    r"(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d))*+\Z"
    r"|(?i:\b" + _TRANSPORT_WORD + r")[\s\u00a0]++\Z")
_RE_DEMAND_OPENER_BEFORE: Final = regex.compile(
    r"\b(?i:where|which|because|since|despite|amid|though|although)\b"
    r"(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d))*+\Z"
    r"|\b(?i:in|on|as|while)[\s\u00a0]++"
    r"(?:(?!(?:the|an?|its|their|this|that|these|those)\b)[a-z][a-z-]*+[\s\u00a0]++){0,2}\Z")
_RE_DEMAND_OWN_VERB: Final = regex.compile(
    rf"(?:[^,;:.!?\n]){{0,50}}?\b(?i:{PAST_CHANGE_WORDS}|{PERFECT_CHANGE_WORDS}|rises|reached"
    r"|reaches|hit|hits|climbs|grows|falls|drops|increases|surged|totall?ed|stood|stands"
    r"|amounted|forecast|projected|expected|estimated|seen"
    r"|will[\s\u00a0]++(?:reach|rise|hit|grow|climb|top|exceed))\b"
    r"(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d)){0,30}?(?:[$\u20ac]|(?<![0-9])"
    r"(?!(?<=\b(?i:in|since|by|until|after|before)[\s\u00a0]++)(?:19|20)[0-9]{2}\b)[0-9])")
# A where/which aside closed by its comma ("to China, where demand rose 4% last year,
# reached 2.4 mt") stays an aside even with demand's own verb and figure in it.
_RE_ASIDE_OPENER_BEFORE: Final = regex.compile(
    r",[\s\u00a0]++(?i:where|which|because|since|despite|amid|though|although)\b"
    r"(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d))*+\Z")
_RE_CLAUSE_CLOSED_BY_COMMA: Final = regex.compile(r"(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d))*+,")
_RE_DEMAND_FOR_TRANSPORT: Final = regex.compile(
    r"[\s\u00a0]++(?i:for[\s\u00a0]++(?:(?:the|its|their)[\s\u00a0]++)?"
    r"(?:(?:rail|railway|road|sea|air|freight|cargo|container|transit|ferry|truck|trucking"
    r"|ro-ro)[\s\u00a0]++){0,2}" + _TRANSPORT_WORD
    + r"\b(?![\s\u00a0-]++(?:fuels?|diesel|petrol|gasoline|kerosene|lubricants?)\b))")


# "draw(s)/drew on" is a maker's intake only with a maker as its subject ("The Hairatan mill
# will draw on 150,000 tonnes of wheat"; not "The grain terminal at Aktau will draw on").
# An intake verb's figure that the goods' "exports" noun follows is those exports ("will draw
# on 150,000 tonnes of Kazakh wheat exports").
_DRAW_ON: Final = frozenset({"draw on", "draws on", "drew on"})
_INTAKE_VERBS: Final = _DRAW_ON | {"consume", "consumes", "grind", "grinds"}
_RE_EXPORTS_AFTER: Final = regex.compile(
    r"(?:[^,;:.!?\n]|(?<=\d)[.,](?=\d)){0,100}?\b(?i:exports)\b")
_RE_MAKER_BEFORE: Final = regex.compile(
    r"(?i:\b(?:mills?|plants?|factor(?:y|ies)|refiner(?:y|ies)|smelters?|works)\b"
    r"[^,;:.!?\n]{0,40}\Z)")


def _demand_aside(cue: tuple[int, int, int], text: str) -> bool:
    """Is the cue a bare "demand" in an aside, a cause or of transport (see above)?"""
    if cue[2] not in _CONSUMPTION_ROWS or text[cue[0] : cue[1]].lower() != "demand":
        return False
    start = max(0, cue[0] - 60)
    if _RE_DEMAND_CAUSE_BEFORE.search(text, start, cue[0]) is not None or match_at(
            _RE_DEMAND_FOR_TRANSPORT, text, cue[1]) is not None:
        return True
    if _RE_DEMAND_OPENER_BEFORE.search(text, start, cue[0]) is None:
        return False
    if _RE_ASIDE_OPENER_BEFORE.search(text, start, cue[0]) is not None and match_at(
            _RE_CLAUSE_CLOSED_BY_COMMA, text, cue[1]) is not None:
        return True
    return match_at(_RE_DEMAND_OWN_VERB, text, cue[1]) is None


def is_potential_cue(text: str, start: int, end: int) -> bool:
    """Is the cue at text[start:end] a potential's ("a current potential of": a capacity's
    cue, which names the figure right after it only)?"""
    return text[start:end].lower() in _POTENTIAL_CUES


# Before a guarantee that backs what the clause is about: "under a state guarantee", "backed
# by a sovereign guarantee", "with a government guarantee".
_RE_UNDER_A: Final = regex.compile(
    r"(?i:\b(?:under|with|backed[\s\u00a0]++by|against)[\s\u00a0]++(?:an?|the|its|their)"
    r"[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?)\Z")


# A hired truck's run names its route: "from Tashkent to Moscow" (a place within three words
# of "from"; or "to the Chinese border/port"), and no buyer's words follow ("a refrigerated
# truck from China costs about $60,000 new, dealers say": the truck's price; "new"/"used"
# right after the money only, not "under the new border rules").
_RE_TRUCK_ROUTE: Final = regex.compile(
    r"[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){0,3}?to[\s\u00a0]++(?:(?-i:[A-Z])|the[\s\u00a0]++"
    r"(?:[\w'’-]++[\s\u00a0]++){0,2}?(?i:border|port|frontier|crossing)s?\b)"
    r"(?![^.;\n]{0,80}?(?:\b(?i:dealers?|dealerships?)\b|[0-9](?:[\s\u00a0]*+(?i:million|"
    r"thousand|k)\b)?[\s\u00a0]++(?i:new|used|second-hand)\b))")


# A project's noun after a bare noun of carrying's cost: "the cost of transport corridors",
# "of transport infrastructure", "of shipping lines' vessels" (what those cost, no rate).
_RE_PROJECT_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:[\w-]++[\s\u00a0]++)?(?i:(?:corridors?|projects?|ministry|ministries"
    r"|infrastructure|links?|hubs?|terminals?)\b|lines?['’])")


def counted_in(cue: tuple[int, int, int], text: str) -> bool:
    """Is the cue (start, end, row) no measure of the figures around it (see the module)?"""
    word = text[cue[0] : cue[1]].lower()
    if word in HIRED_TRUCK_CUES:
        return match_at(_RE_TRUCK_ROUTE, text, cue[1]) is None
    if cue[2] in _HARVEST_ROWS:
        if word in HARVEST_VERBS:
            return match_at(_RE_FIGURE_NEXT, text, cue[1]) is None
        return word == "harvest" and _RE_HARVEST_AS_TIME.search(
            text[max(0, cue[0] - 24) : cue[0]]) is not None
    if is_potential_cue(text, cue[0], cue[1]):
        # a capacity's, right before its figure; not a trade's ("wheat exports to China have
        # full potential of 3 mt", "a potential of 2 mt of grain exports")
        return match_at(_RE_FIGURE_NEXT, text, cue[1]) is None or _RE_TRADE_WORD.search(
            text, max(0, cue[0] - 60), min(len(text), cue[1] + 40)) is not None
    if cue[2] in _GUARANTEE_ROWS and _RE_UNDER_A.search(
            text, max(0, cue[0] - 40), cue[0]) is not None:
        return True  # "borrowed $500 million under a state guarantee": the loan's terms
    if cue[2] in _GOODS_ROWS and match_at(_RE_SECTOR_AFTER, text, cue[1]):
        return True  # "the oil and gas sector shrank 2.1%": an industry, no good moved
    if cue[2] in _GOODS_ROWS and text.startswith((" fund", " Fund"), cue[1]):
        return True  # "sold 2.3 billion manats from the state oil fund": a fund's name
    if text.startswith((" committee", " Committee"), cue[1]):
        return True  # "a member of the budget committee": a body's name, not what it measures
    if cue[2] in _GRANT_ROWS and match_at(_RE_A_DISCOUNT, text, cue[1]) is not None and (
            _RE_GRANT_NOUN_BEFORE.search(text, max(0, cue[0] - 12), cue[0]) is None):
        return True  # "agreed to grant a 20% discount": a price cut, no grant of money
    if cue[2] in _TRADE_ROWS and word in ("trade", "traded") and (
            _RE_SECURITY_BEFORE.search(text, max(0, cue[0] - 40), cue[0]) is not None):
        return True  # "the stock would trade at 9.5 times earnings": a share's price
    if cue[2] in _EXPORT_ROWS and word == "sold" and currency_sold(
            cue, text):
        return True  # "sold $1.2 billion of currency from the National Fund": no exports
    if cue[2] in _GOODS_ROWS and good_sold_at_home(cue, text):
        return True  # "sold 300,000 tonnes of wheat from its reserves to local mills"
    if cue[2] in _CONSUMPTION_ROWS and word in _INTAKE_VERBS and (
            (word in _DRAW_ON and _RE_MAKER_BEFORE.search(text, max(0, cue[0] - 60), cue[0])
             is None) or match_at(_RE_EXPORTS_AFTER, text, cue[1]) is not None):
        return True  # "the terminal will draw on 3 mt of wheat": no maker's intake
    if word == "released in" and _RE_RELEASED_OTHER.search(
            text, max(0, cue[0] - 100), cue[0]) is not None:
        return True  # "Results of the tender will be released in 10 days": no goods let go
    if _demand_aside(cue, text):
        return True  # "Exports of coal to China, where demand is rising, grew to 2.4 mt"
    if in_a_firm_name(cue[0], cue[1], text):
        return True  # "Steppe Cargo Logistics JSC": a word of a firm's registered name
    return cue[2] in _CURRENCY_ROWS and (
        text[max(0, cue[0] - 3) : cue[0]].lower() == "in "
        or match_at(_RE_INSTRUMENT_AFTER, text, cue[1]) is not None)


# What is released, when no goods customs let go, before "released in" in its sentence:
# "Results of the tender will be released in 10 days", "Water was released in 48 hours from
# the reservoir" (not "Freight is now released in under 30 minutes", "Goods declared
# electronically were released in an average of 42 minutes").
_RE_RELEASED_OTHER: Final = regex.compile(
    r"(?i:\b(?:results?|findings|reports?|data|figures|statistics|funds?|money|tenders?|lists?"
    r"|water|statements?|details|names|prisoners?|hostages?|detainees?|crew|sailors|films?"
    r"|albums?|books?|guidelines|rules|draft)\b)(?=[^.!?;]*+\Z)")


_INVESTMENT_ROWS: Final = rows_of("investment")
_REMITTANCE_ROW: Final = min(rows_of("remittances"))
_REMITTANCE_REACH: Final = 400  # characters before the cue searched for remittances


_PRODUCTION_ROW: Final = next(k for k, row in enumerate(METRICS) if "produced" in row[2])


def processed_by_makers(
    cues: list[tuple[int, int, int]], text: str
) -> list[tuple[int, int, int]]:
    """The cues (start, end, row), a port's "processed" whose subject is a maker
    (`_RE_PROCESSOR_BEFORE`) taking the production's row: "domestic spinners, who processed
    1.02 million tonnes of it" is the mills' intake, no port's throughput. Not a port's maker
    (`_RE_PORT_WORD` near before it) nor a passive "processed at" (`_RE_PASSIVE_AFTER`)."""
    if "processed" not in text:
        return cues
    return [(start, end, _PRODUCTION_ROW) if (
        row in _PORT_ROWS and text[start:end].lower() == "processed"
        and (maker := _RE_PROCESSOR_BEFORE.search(text, max(0, start - 60), start)) is not None
        and _RE_PORT_WORD.search(text, max(0, maker.start() - 40), maker.start()) is None
        and match_at(_RE_PASSIVE_AFTER, text, end) is None)
        else (start, end, row) for start, end, row in cues]


_PROJECT_COST_ROW: Final = min(rows_of("project cost"))


def project_costs(cues: list[tuple[int, int, int]], text: str) -> list[tuple[int, int, int]]:
    """The cues (start, end, row), a bare noun of carrying's cost before a project's noun
    (`_RE_PROJECT_AFTER`) taking the project cost's row on its first word: "the cost of
    transport corridors rebuilt in the south reached $3.2 billion" (no freight rate)."""
    if "ost" not in text:
        return cues
    return [(start, text.index(" ", start), _PROJECT_COST_ROW) if (
        text[start:end].lower() in CARRYING_COST_CUES
        and match_at(_RE_PROJECT_AFTER, text, end) is not None) else (start, end, row)
        for start, end, row in cues]


def remitted_inflows(cues: list[tuple[int, int, int]], text: str) -> list[tuple[int, int, int]]:
    """The cues (start, end, row), a bare "inflows" within `_REMITTANCE_REACH` characters
    after remittances were named taking the remittances' row ("Remittances remain a lifeline
    ... in Uzbekistan, where inflows reached $16.5 billion"). Once a text, where it names
    remittances at all."""
    if "emittance" not in text:
        return cues
    return [(start, end, _REMITTANCE_ROW) if (
        row in _INVESTMENT_ROWS and text[start:end].lower() in ("inflow", "inflows")
        and "emittance" in text[max(0, start - _REMITTANCE_REACH) : start]) else (start, end, row)
        for start, end, row in cues]


_RE_DEPENDING: Final = regex.compile(
    r"\b(?:(?i:depending|dependent|depends)[\s\u00a0]++(?i:on|upon)"
    r"|(?i:excluding|except|excepting|not[\s\u00a0]++counting))\b")


def depends_on(gap: str) -> bool:
    """Does a cue after a figure follow "depending on" or "excluding" (`gap`: the text
    between)? "needs 18 to 25 days, depending on ferry waits": what the figure varies with;
    "estimates 3.8 million tonnes, excluding oil products": what it leaves out; neither is
    what it measures."""
    return ("depend" in gap or "xcep" in gap or "xclud" in gap or "counting" in gap) and (
        _RE_DEPENDING.search(gap) is not None)


# A clause of its own after a comma, the cue in its subject: a few words, a conjunction maybe
# before them (not a part, "of which", "including", a participle, "lifting reserves", nor a
# relative clause, "where inflows reached"), no verb among them, then after the cue its
# verb and a figure (not a year) before a comma or a semicolon. Not an apposition (", a loan
# priced at 4.5%": "a" with no conjunction before it; an "-ed" word before "at" is no verb).
_RE_SUBJECT_AFTER_COMMA: Final = regex.compile(
    r",[\s\u00a0]++(?:(?:while|whereas|and|but)[\s\u00a0]++|(?!(?i:an?)\b))"
    r"(?!(?:of|including|incl|so|as|on|to|from|up|down|against|compared|versus|or|with|by|at"
    r"|in|for|which|who|whose|where|when|that|[a-z]++ing)\b)"
    r"(?:(?!(?:that|which|rose|fell|grew|was|were|is|are|said|says|expects|projects)\b)"
    r"[A-Za-z-]++[\s\u00a0]++){0,6}+\Z")
_RE_VERB_THEN_FIGURE: Final = regex.compile(
    rf"[^,;]{{0,80}}?\b(?:[a-z]{{3,}}ed(?![\s\u00a0]++at\b)|{PAST_IRREGULAR_WORDS}|shrank|was"
    r"|were|is|are|rises|falls|grows|reaches|remains|stands)\b[^,;]{0,60}?(?<![0-9.,])(?!(?:19|20)[0-9]{2}\b)[0-9]")


# A part of the figure before it, with its own figure: ", including 36 million tonnes of
# transit", ", of which containers would account for 3 million tonnes".
_RE_PART_OPENS: Final = regex.compile(
    r",[\s\u00a0]*+(?:including|incl\.|of[\s\u00a0]++which|of[\s\u00a0]++them"
    r"|among[\s\u00a0]++them)[\s\u00a0]")
_RE_PART_FIGURE: Final = regex.compile(r"[^,;:]*?[0-9]")
_RE_PART_ENDS: Final = regex.compile(r"[,;](?![0-9])")


def names_a_part(figure_end: int, cue_start: int, text: str, hi: int) -> bool:
    """Is a cue after a figure (ending at `figure_end`; the cue at `cue_start`) in a part of it
    told after it with a figure of its own (before `hi`)? "KTZ expects to carry about 290
    million tonnes, including 36 million tonnes of transit": transit is the part's goods, not
    the total's. Not a cue past the part's end, its next comma or semicolon: "About $2
    billion, including $500 million from the EBRD, will be invested" (the total's)."""
    if text.find(",", figure_end, cue_start) < 0:
        return False  # the common case: no comma between, so no part opened
    part = _RE_PART_OPENS.search(text, figure_end, cue_start)
    return (part is not None and _RE_PART_FIGURE.match(text, part.end(), hi) is not None
            and _RE_PART_ENDS.search(text, part.end(), cue_start) is None)


# A phrase fronted before the main clause, the figure in it: "Having grown 15% in 2023,",
# "After rising 12% last year,", "Up 7% year on year,", "Though down 3%,", "At 3.2 mt," (the
# subject after the comma is the figure's own; no subject nor finite verb before the figure).
_RE_FRONTED_BEFORE: Final = regex.compile(
    r"[\s\u00a0\"\u201c(]*+(?i:having|being|after|before|though|although|while|once|up|down"
    r"|at|with|despite|since|following|compared|against|[a-z]++ing)\b"
    rf"(?:(?!\b(?:{PAST_IRREGULAR_WORDS}|was|were|is|are|has|have|had|will|would)\b)"
    r"[^,;:.!?0-9]){0,40}+\Z")


def leads_a_later_figure(
    figure: tuple[int, int], cue: tuple[int, int], text: str, clause: tuple[int, int]
) -> bool:
    """Is a cue (start, end) after a figure (start, end) the subject of a clause of its own
    past a comma, with its own verb and figure (before the clause's end)? "The wear of the
    fleet fell to 61% from 66%, the average speed of freight trains rose to 41.8 km/h": the
    speed is the next figure's, no measure of the shares before the comma. Not when the
    figure stands in a phrase fronted before its subject (`_RE_FRONTED_BEFORE`)."""
    comma = text.rfind(",", figure[1], cue[0])
    if comma < 0 or _RE_SUBJECT_AFTER_COMMA.match(text, comma, cue[0]) is None or (
            _RE_VERB_THEN_FIGURE.match(text, cue[1], clause[1]) is None):
        return False
    own = max(clause[0], text.rfind(",", clause[0], figure[0]) + 1,
              text.rfind(";", clause[0], figure[0]) + 1)
    return _RE_FRONTED_BEFORE.fullmatch(text, own, figure[0]) is None


# "Dry bulk cargo, mainly grain, metals and construction materials, accounted for 3.1 mt": a
# good that opens a list of goods names part of a mix, not what the figure measures.
_RE_GOODS_LIST_AFTER: Final = regex.compile(
    r",\s++(?!(?:which|that|who|while|but|and|or|up|down|with|including|compared|as|the|a|an"
    r"|its|their|this)\b)"  # (not an apposition: "2.1 mt of wheat, the largest volume and a")
    r"(?:[a-z][a-z-]*+\s++){0,2}?[a-z][a-z-]*+(?:,\s++(?:[a-z][a-z-]*+\s++){0,2}?[a-z][a-z-]*+)*+"
    r",?\s++and\s++[a-z]"
)


def opens_a_goods_list(row: int, end: int, text: str) -> bool:
    """Is the goods cue of `row` (of METRICS), ending at `end` before a comma, the first of a
    list?"""
    return (METRICS[row][0] in GOODS_EXPORTS
            and _RE_GOODS_LIST_AFTER.match(text, end, min(len(text), end + 80)) is not None)
