"""Place names that stand for more than a place: a capital for its country where it is a
party ("trade with Baku", "Tashkent hopes to ...", "Beijing's imports"; not "held in
Tashkent"), and a port's town for its port where it is listed with ports ("the ports of
Aktau, Kuryk and Baku"); and names that are no party where they stand (`names_no_party`: a
currency, an airport, a title, an event's host, a builder's nationality). Read by
`facts.DocFacts`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import SENTENCE_ENDS, last_sentence_end, match_at
from dashboard.vocab.entities import (
    CAPITALS,
    COUNTRY_OF_ALIAS,
    ENTITIES,
    PORT_TOWNS,
    PORTS,
    REGIONS,
)

# Every alias of an entity (a town that is one names its entity itself: "Aktau", "Poti").
_ALIASES: Final = frozenset(alias for aliases in ENTITIES.values() for alias in aliases)

# A capital as a party, not a place (`CAPITALS`): trading ("trade with Baku", "talks between
# Astana and Tashkent"), acting as a sentence's subject ("Tashkent hopes to ...", "Astana
# and Baku agreed ..."), or owning ("Beijing's imports"). Each capital the text holds is
# found, then its context read around it (one alternation of these over the text: 180 ms a
# MB). The capitals by their first word, lower-cased as `Words.runs` holds it ("new": "New
# Delhi").
_CAPITALS_BY_WORD: Final[dict[str, list[str]]] = {}
for _name in CAPITALS:
    _CAPITALS_BY_WORD.setdefault(_name.split()[0].lower(), []).append(_name)
_CAPITAL_NAME: Final = r"(?:" + "|".join(
    regex.escape(name) for name in sorted(CAPITALS, key=len, reverse=True)) + r")"
_RE_TRADES_WITH: Final = regex.compile(
    r"(?i:\b(?:trade|turnover|ties|relations|cooperation|partnership|talks|negotiations)"
    r"[\s\u00a0]++(?:with|between)[\s\u00a0]++)(?:" + _CAPITAL_NAME
    + r"[\s\u00a0]++and[\s\u00a0]++)?+\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
_RE_AND_CAPITAL: Final = regex.compile(
    r"[\s\u00a0]++and[\s\u00a0]++(?P<name>" + _CAPITAL_NAME + r")(?![\w-])"
)
_RE_ACTS: Final = regex.compile(
    r"[\s\u00a0]++(?i:(?:has|have|had|will)[\s\u00a0]++)?+(?i:hopes?|plans?|aims?|expects?|"
    r"wants?|intends?|seeks?|agreed|signed|pledged|exported|imported|shipped|supplied|bought|"
    r"sold|exports|imports|ships|supplies|buys|sells|set|is\s+ready|are\s+ready|budgets|"
    r"budgeted|allocated|earmarked|invested|allocates?|earmarks|invests?)\b"  # "Ankara has
    # budgeted 18.5 billion lira": a government spending is a party to the figure
)
_RE_OWNS: Final = regex.compile(
    r"(?:'s|’s)[\s\u00a0]++(?i:exports?|imports?|trade|purchases|supplies|shipments|"
    r"investments?|share|stake|loans?|budget|economy)\b"
)


def _capital_mentions(text: str, runs: frozenset[str] | None) -> list[tuple[int, int, str]]:
    """(start, end, country) of each capital written as a word of its own ("Baku", "Baku's";
    not "Baku-Tbilisi-Kars"), in text order: only the capitals among the text's words are
    looked for, each with `str.find` (a word lookup over all the words: 3 times slower)."""
    names = list(CAPITALS) if runs is None else [
        name for word, names in _CAPITALS_BY_WORD.items() if word in runs for name in names]
    found = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not (_joined(text, start - 1) or _joined(text, end)):
                found.append((start, end, CAPITALS[name]))
            start = text.find(name, end)
    return sorted(found)


def _joined(text: str, at: int) -> bool:
    """Is text[at] part of a word next to a name (a letter, a digit, a hyphen)?"""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "_-")


def capitals_as_parties(text: str, runs: frozenset[str] | None) -> list[tuple[int, str]]:
    """(position, country) of each capital named as a party, with the one paired with it
    ("between Astana and Tashkent"). `runs`: the text's runs of word characters, lower-cased
    (`Words.runs`), when known."""
    found: list[tuple[int, str]] = []
    for start, end, country in _capital_mentions(text, runs):
        pair = match_at(_RE_AND_CAPITAL, text, end) if "and" in text[end : end + 6] else None
        first = start == 0 or text[max(0, start - 2) : start].rstrip(" \u00a0")[-1:] in (
            "", ".", "!", "?", "\n") or _after_opening(text, start)  # a sentence's subject
        before = text[max(0, start - 90) : start]
        if ((("with" in before or "between" in before)
             and _RE_TRADES_WITH.search(text, max(0, start - 90), start))
                or (first and match_at(_RE_ACTS, text, pair.end() if pair else end))
                or (text[end : end + 1] in ("'", "’") and match_at(_RE_OWNS, text, end))):
            found.append((start, country))
            if pair:
                found.append((pair.start("name"), CAPITALS[pair.group("name")]))
    return list(dict.fromkeys(found))


# A sentence's opening phrase before its subject: "Under a 2023 accord with the EU, Baku aims
# to ...", "In 2024, Tashkent exported ..." (one comma, after an opening preposition).
_RE_OPENING: Final = regex.compile(
    r"(?:Under|In|After|Since|Following|By|At|On|For|Last|Earlier|Meanwhile|Separately|"
    r"Overall|Now|This|Next)\b[^,.;!?\n]{0,100}+,[\s\u00a0]++\Z")


def _after_opening(text: str, start: int) -> bool:
    """Does the capital at `start` follow its sentence's opening phrase and comma?"""
    if text[max(0, start - 2) : start] != ", ":
        return False  # the common case
    lo = max(0, start - 110)
    begins = last_sentence_end(text, lo, start)
    at = lo if begins < 0 and lo == 0 else begins + 1 if begins >= 0 else -1
    while 0 <= at < start and text[at] in " \u00a0\n":
        at += 1
    return at >= 0 and _RE_OPENING.match(text, at, start) is not None


# A port's town that names no entity alone ("Baku": the capital) listed with ports: "the
# ports of Aktau, Kuryk and Baku", "the Aktau and Baku container hubs" name its port.
_BARE_PORT_TOWNS: Final = {
    town: port for town, port in PORT_TOWNS.items() if town not in _ALIASES
}
_TOWN: Final = "|".join(map(regex.escape, sorted(_BARE_PORT_TOWNS, key=len, reverse=True)))
_ROW_MARK: Final = r"[ \t]*+(?:[-*\u2022\u2013\u2014]|[0-9]{1,2}[.)])?[ \t]*+"  # "• ", "2. "
_RE_TOWN_AFTER: Final = regex.compile(
    rf"(?:[\s\u00a0]*+,[\s\u00a0]*+(?:and[\s\u00a0]++)?|[\s\u00a0]++and[\s\u00a0]++"
    rf"|(?P<row>[^\n]{{0,80}}+\n{_ROW_MARK}))"
    rf"(?P<town>{_TOWN})\b(?(row)[ \t]*+[-:\u2013\u2014]|(?![\s\u00a0]*+['’]))"
)
_RE_TOWN_BEFORE: Final = regex.compile(
    rf"\b(?P<town>{_TOWN})(?:[\s\u00a0]*+,[\s\u00a0]*+|[\s\u00a0]++and[\s\u00a0]++)\Z"
)


_RE_PORT_WORD: Final = regex.compile(r"(?i:\b(?:ports?|hubs?|terminals?|harbou?rs?)\b)")
_RE_ROW_MARK: Final = regex.compile(_ROW_MARK)


def towns_listed_with_ports(text: str, ports: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """(position, port) of each bare port town listed right before or after a port, a port
    word beside the list (not "the railway between Baku and Aktau": two towns), or opening
    the row after the port's own row of a list ("• Aktau – 3.2 mln t" / "• Baku – 3.9 mln t":
    the rows say what the town is)."""
    found = []
    for start, end in ports:
        after = match_at(_RE_TOWN_AFTER, text, end)
        before = _RE_TOWN_BEFORE.search(text, max(0, start - 16), start)
        for m in filter(None, (after, before)):
            if after is not None and m is after and after["row"] is not None:  # its own row
                listed = _RE_ROW_MARK.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
            else:
                listed = _RE_PORT_WORD.search(text, max(0, min(start, m.start()) - 30),
                                              max(end, m.end()) + 30)
            if listed:
                found.append((m.start("town"), _BARE_PORT_TOWNS[m["town"]]))
    return found


# A name that only hosts the event a figure was told at: "said at a panel during the Asian
# Infrastructure Investment Bank's annual meeting in Beijing", "at the annual meeting of the
# AIIB" (a venue, no party); not "the AIIB's annual meeting approved $500 million".
_EVENTS: Final = (r"(?:(?:annual|yearly|general|board|ministerial|regular|plenary|"
                  r"\d{4})[\s\u00a0]++)*(?:meeting|summit|forum|conference|congress|"
                  r"assembly|session|gathering)s?")
_RE_AT_EVENT_BEFORE: Final = regex.compile(
    r"\b(?:at|during|on[\s\u00a0]++the[\s\u00a0]++sidelines[\s\u00a0]++of|ahead[\s\u00a0]++of)"
    r"[\s\u00a0]++(?:a[\s\u00a0]++[\w-]++[\s\u00a0]++(?:at|during)[\s\u00a0]++)?the[\s\u00a0]++"
    r"(?:" + _EVENTS + r"[\s\u00a0]++of[\s\u00a0]++(?:the[\s\u00a0]++)?)?\Z"
)
_RE_EVENT_AFTER: Final = regex.compile(r"['’]s[\s\u00a0]++" + _EVENTS + r"\b")
_RE_EVENT_OF_BEFORE: Final = regex.compile(
    r"\b" + _EVENTS + r"[\s\u00a0]++of[\s\u00a0]++(?:the[\s\u00a0]++)?\Z")


def is_venue(text: str, start: int, end: int) -> bool:
    """Is the name at `start`-`end` the host of an event the figure was told at ("at the
    AIIB's annual meeting", "during the annual meeting of the AIIB")?"""
    if not text[max(0, start - 5) : start].rstrip().endswith(("the", "of")):
        return False  # the pattern's last word, told without it ("at the AIIB's", "of the")
    before = _RE_AT_EVENT_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return False
    return bool(match_at(_RE_EVENT_AFTER, text, end)) or bool(
        _RE_EVENT_OF_BEFORE.search(text, before.start(), start))


# A nationality of the firm that built a thing, not whose the thing is: "Turkish contractor
# Gap Insaat built the complex, a project valued at USD 1.5 billion" (the port's cost); not
# "Turkish contractors won $2 billion of work" (their own earnings).
_RE_BUILDER_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:contractors?|builders?|construction[\s\u00a0]++(?:company|firm|group))"
    # a firm named after it ("Turkish contractor Gap Insaat built"), not the builders of a
    # country at work at home ("Kazakh builders constructed 1,000 km of new lines")
    r"(?:,?[\s\u00a0]++\p{Lu}[\w&'’.-]*+){1,4}?,?[\s\u00a0]++(?:(?:has|have|had|will|is|was|are|"
    r"were)[\s\u00a0]++)?(?:built|constructed|building|build|builds|constructing|erected)\b"
)


def is_builders_nationality(text: str, end: int) -> bool:
    """Is the name ending at `end` the nationality of the firm that built what the sentence
    is about ("Turkish contractor Gap Insaat built the complex", "an Uzbek builder erected")?"""
    after = text[end : end + 80]
    if "uil" not in after and "onstruct" not in after and "erected" not in after:
        return False  # the common case, told without the pattern
    return bool(match_at(_RE_BUILDER_AFTER, text, end))


# A port's town named for something else than the port: "Aktau International Airport".
_RE_NOT_THE_PORT: Final = regex.compile(
    r"[\s\u00a0]+(?:(?i:international)[\s\u00a0]+)?(?i:airport|city[\s\u00a0]+(?:council|hall)"
    r"|akimat|mayor)\b"
)
# The Trans-Caspian cable, and how far from a generic name of it ("fibre-optic cable") the
# word "Caspian" may stand for the name to be that cable's.
_CASPIAN_CABLE: Final = "Trans-Caspian fibre-optic cable"
_CASPIAN_REACH: Final = 250
_RE_DOLLARS_AFTER: Final = regex.compile(r"[\s\u00a0]*(?i:dollars?|\$|cents?)")
# A world currency a loan or a price is told in names no party, like the dollar: "Loans in
# Swiss francs fell 20%" (not a national currency of the trade told: "4.3 trillion Russian
# rubles" of Belarus-Russia trade is Russia's).
_RE_FRANCS_AFTER: Final = regex.compile(r"[\s\u00a0]++(?i:francs?)\b")
_WORLD_CURRENCY_AFTER: Final = {"United States": _RE_DOLLARS_AFTER,
                                "Switzerland": _RE_FRANCS_AFTER}
# A country joined to the seat of a firm or the maker of a thing: "Swiss-based trader Mercuria
# loaded", "A Swiss-made crane worth $5 million" (the firm's, the thing's; no party, like a
# builder's nationality), unless its sentence trades: the seat is the seller's home
# ("Uzbekistan-based Artel exported"), the maker the supplier ("imports of Chinese-made cars",
# "Kazakhstan bought 200 Chinese-made locomotives"). A registered vehicle's country is its
# carrier's ("Turkmen-registered trucks carried 40%"), a party.
_RE_SEAT_AFTER: Final = regex.compile(
    r"-(?i:based|headquartered|registered(?!(?:[\s\u00a0]++[\w-]++){0,2}?[\s\u00a0]++(?:trucks|"
    r"lorries|vehicles|cars|ships|vessels|tankers|ferries|barges|carriers|aircraft|planes|"
    r"wagons|fleets?|hauliers|haulers)\b))\b")
_RE_MAKER_AFTER: Final = regex.compile(r"-(?i:made|built|manufactured|designed|assembled)\b")
# A made thing's own purchase or delivery told in an aside with no figure (a year at most):
# "A Turkish-built ferry, delivered in 2023, carried 45,000 tonnes" (its cargo is no trade of
# the maker's; not "locomotives, bought for $500 million,": the price is).
_RE_FIGURELESS_ASIDE: Final = regex.compile(
    r",[\s\u00a0]++(?:(?:which|that)[\s\u00a0]++(?:was|were|had[\s\u00a0]++been|ha(?:s|ve)"
    r"[\s\u00a0]++been)[\s\u00a0]++)?(?:\w++ly[\s\u00a0]++)?(?P<word>\p{Ll}++)(?:(?![,;:.!?\n(])(?:(?:19|20)\d\d\b|\D))"
    r"{0,60}?,")
_RE_TRADED: Final = regex.compile(
    r"(?i:\b(?:\w*?(?:import|export)|sells?|selling|sold|sales?|shipped|shipments?|suppl|"
    r"deliver|buys?|buying|bought|purchas|ordered|orders|receiv)\w*+)")
_REACH: Final = 120  # how far in its sentence
# Goods of another country, sold or shipped by a firm with a seat: "Swiss-based Gunvor
# shipped 1.2 million tonnes of Kazakh oil", "sold Turkmen gas" (the goods' origin is the
# party, the trader's seat none); not bought ("Kazakhstan-based Kaspi imported $5 million of
# Chinese kit": the buyer's home is a party).
# The origin is a country's name right before the good ("of Kazakh oil", "sold Turkmen gas"),
# or after "of <good> from" ("of wheat from Kazakhstan"); not a route's "from China to Europe"
# nor what the goods are "made from/of" ("clothing made from Uzbek cotton").
_NAMES: Final = "|".join(map(regex.escape, sorted(COUNTRY_OF_ALIAS, key=len, reverse=True)))
_RE_GOODS_ORIGIN: Final = regex.compile(
    r"\b(?:(?i:(?<!made[\s\u00a0]++)of|shipped|ships|sold|sells|exported|exports|supplied|"
    r"supplies|traded|trades)[\s\u00a0]++(?:the[\s\u00a0]++)?(?P<name>" + _NAMES + r")"
    r"(?=[\s\u00a0]++(?!(?:in|on|at|to|and|or|for|by|from|with|via|last|this|since|through|"
    r"over)\b)\p{Ll})"
    r"|(?<!made[\s\u00a0]++)of[\s\u00a0]++(?!(?:cargo|freight|goods|containers|transit)\b)"
    r"\p{Ll}++[\s\u00a0]++from[\s\u00a0]++(?:the[\s\u00a0]++)?(?P<name>" + _NAMES + r")"
    r"(?![\w-]))")
# A seller in its home market keeps its home: "Kazakhstan-based retailer Magnum sold Uzbek
# fruit", "sold $40 million of Chinese steel to local builders".
_RE_HOME_SELLER: Final = regex.compile(
    r"[\s\u00a0]++(?:[\w-]++[\s\u00a0]++)?(?i:retail\w*+|local|domestic|supermarkets?|"
    r"grocer\w*+|distributors?|wholesalers?|chains?|dealers?)\b")
_RE_HOME_BUYERS: Final = regex.compile(
    r"(?i:\b(?:to|for|among|on)[\s\u00a0]++(?:the[\s\u00a0]++)?(?:local|domestic|home)\b)")
_RE_BOUGHT: Final = regex.compile(r"(?i:\b(?:\w*?import|buy|bought|purchas|order|receiv)\w*+)")


# Only a thing named with its article ("The Turkish-built ferry, delivered in 2023,"), in an
# aside naming no place: "Kazakh-assembled buses, sold in Kyrgyzstan, reached 1,200 units" is
# the trade the figure counts.
_RE_ARTICLE_BEFORE: Final = regex.compile(r"(?i:\b(?:a|an|the|its|their)[\s\u00a0]++)$")
_RE_PLACE_IN_ASIDE: Final = regex.compile(r"\b(?:in|to|into|across)[\s\u00a0]++(?!the\b)\p{Lu}")


def _in_figureless_aside(text: str, at: int, lo: int, hi: int) -> bool:
    """Is the word at `at` the first of an aside between commas after `lo`, with no figure
    but a year and no place ("ferry, delivered in 2023, carried")?"""
    start = text.rfind(",", lo, at)
    m = _RE_FIGURELESS_ASIDE.match(text, start, hi) if start >= 0 else None
    return (m is not None and m.start("word") == at
            and _RE_PLACE_IN_ASIDE.search(m.group()) is None)


def _seat_or_maker(text: str, start: int, end: int) -> bool:
    """Is the name at `start`-`end` the seat of a firm ("Swiss-based") or the maker of a thing
    ("Swiss-made crane") its sentence does not trade, or the seat of a firm that sells or
    ships another country's goods ("Swiss-based Gunvor shipped Kazakh oil")?"""
    if text[end : end + 1] != "-" or not ((seat := match_at(_RE_SEAT_AFTER, text, end))
                                          or match_at(_RE_MAKER_AFTER, text, end)):
        return False  # the common case
    lo = max(0, start - _REACH)
    lo = max(lo, last_sentence_end(text, lo, start) + 1)
    ends = [at for mark in SENTENCE_ENDS if (at := text.find(mark, end, end + _REACH)) >= 0]
    hi = min([end + _REACH, *ends])
    named = _RE_ARTICLE_BEFORE.search(text, max(0, start - 8), start) is not None
    if all(named and _in_figureless_aside(text, m.start(), end, hi)
           for m in _RE_TRADED.finditer(text, lo, hi)):
        return True
    own = COUNTRY_OF_ALIAS.get(text[start:end])
    if (not seat or own is None or match_at(_RE_HOME_SELLER, text, seat.end())
            or _RE_HOME_BUYERS.search(text, end, hi)):
        return False
    return _RE_BOUGHT.search(text, lo, hi) is None and any(
        COUNTRY_OF_ALIAS[m["name"]] != own for m in _RE_GOODS_ORIGIN.finditer(text, end, hi))


# A region in a job title or a department's name, not what a figure is about: "managing
# director for Central Asia Zsuzsanna Hargitai", "ADB's Central and West Asia Department".
_RE_TITLE_BEFORE: Final = regex.compile(
    r"(?i:\b(?:director|head|chief|manager|president|representative|envoy|commissioner)"
    r"(?:[\s\u00a0]+general)?[\s\u00a0]+(?:for|of)[\s\u00a0]+(?:the[\s\u00a0]+)?)\Z"
)
# A sea as one port's descriptor ("Caspian hub designed for 17 mt", "Georgia's Black Sea port
# of Batumi": the port, named or meant; not "Caspian ports", many), or where the ships are
# not ("its voyages outside the Caspian Sea"). Not the sea's ports in general, "port" then a
# noun it qualifies: "Caspian port throughput fell", "Black Sea port operators handled".
_SEAS: Final = frozenset(name for name in REGIONS if name.endswith(" Sea"))
_RE_ONE_PORT_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++Sea)?[\s\u00a0]++(?i:hub|port|seaport|sea[\s\u00a0]++port|gateway|harbou?r)"
    r"\b(?![\s\u00a0]++(?i:cities|towns|countries|states|nations|capacit(?:y|ies)|throughput|"
    r"traffic|tariffs?|fees?|charges?|dues|operators|authorities|networks?|infrastructure|"
    r"volumes?|cargo(?:es)?|calls|congestion|workers|sector|industry|system|services|"
    r"investments?|projects|facilities|expansion|upgrades|development|operations|activity|"
    r"statistics|data|rates|prices|costs|users)\b)")
_RE_OUTSIDE_BEFORE: Final = regex.compile(
    r"\b(?i:outside|beyond)(?:[\s\u00a0]++of)?[\s\u00a0]++(?:the[\s\u00a0]++)?\Z")


# One port the clause names after the sea's ports and their noun: "the Caspian port tariff at
# Kuryk", "Caspian port capacity at Aktau" (that port's, the sea its descriptor again).
_PORT_BY_ALIAS: Final = {alias: name for name in PORTS for alias in ENTITIES[name]} | {
    town: port for town, port in _BARE_PORT_TOWNS.items()}
_RE_PORT_NAME: Final = regex.compile(r"\b(?:" + "|".join(
    map(regex.escape, sorted(_PORT_BY_ALIAS, key=len, reverse=True))) + r")\b")
_RE_PORT_NOUN: Final = regex.compile(
    r"(?:[\s\u00a0]++Sea)?[\s\u00a0]++(?i:port|seaport|sea[\s\u00a0]++port)[\s\u00a0]++[\w-]++"
    r"[^,;:.!?\n(]{0,60}?\b(?i:at|in|of|for)[\s\u00a0]++(?:(?i:the)[\s\u00a0]++)?(?:(?i:port)"
    r"[\s\u00a0]++(?i:of)[\s\u00a0]++)?(?=\p{Lu})")
_RE_CLAUSE_END: Final = regex.compile(r"[;.!?\n(]")


def _one_port_named(text: str, end: int) -> bool:
    """Is the sea ending at `end` followed by its port noun and one port of its clause, the
    figure's ("Caspian port tariff at Kuryk"; not "at Aktau and Kuryk")?"""
    m = match_at(_RE_PORT_NOUN, text, end)
    if m is None or _RE_PORT_NAME.match(text, m.end()) is None:
        return False
    stop = _RE_CLAUSE_END.search(text, m.end(), m.end() + 80)
    hi = stop.start() if stop else m.end() + 80
    return len({_PORT_BY_ALIAS[p.group()] for p in _RE_PORT_NAME.finditer(text, m.end(), hi)}) == 1


def _sea_names_no_party(text: str, start: int, end: int) -> bool:
    """Is the sea named at `start`-`end` one port's descriptor or where the ships are not?"""
    if match_at(_RE_ONE_PORT_AFTER, text, end) or _one_port_named(text, end):
        return True
    before = text[max(0, start - 16) : start]
    return ("tside" in before or "eyond" in before) and _RE_OUTSIDE_BEFORE.search(
        text, max(0, start - 24), start) is not None


_RE_DEPARTMENT_AFTER: Final = regex.compile(
    r"[\s\u00a0]+(?:Department|Division|Directorate|Desk|Bureau)\b")


def names_no_party(name: str, m: regex.Match[str], text: str) -> bool:
    """Is the entity `name` at `m` no party: a currency ("3 billion U.S. dollars", "$76 US a
    barrel", "Swiss francs"), a firm's seat or a thing's maker ("Swiss-based", "Swiss-made"),
    a port's town ("Aktau airport"), a title ("director for Central Asia"), some other cable
    ("24,500 km of fiber-optic lines": the Trans-Caspian one only near "Caspian"), the host
    of the event a figure was told at ("during the AIIB's annual meeting"), the nationality
    of the firm that built it ("Turkish contractor Gap Insaat built")?"""
    return bool(((currency := _WORLD_CURRENCY_AFTER.get(name)) is not None
                 and match_at(currency, text, m.end()))
                or (name == "United States"  # "$76 US a barrel"
                    and text[max(0, m.start() - 2) : m.start()].rstrip()[-1:].isdigit())
                or _seat_or_maker(text, m.start(), m.end())  # "Swiss-based trader"
                or (name in PORTS and match_at(_RE_NOT_THE_PORT, text, m.end()))
                or (name in REGIONS and (match_at(_RE_DEPARTMENT_AFTER, text, m.end())
                                         or _RE_TITLE_BEFORE.search(text, max(0, m.start() - 40),
                                                                    m.start())))
                or (name in _SEAS and _sea_names_no_party(text, m.start(), m.end()))
                or (name == _CASPIAN_CABLE and m.group()[:1].islower() and "aspian" not in text[
                    max(0, m.start() - _CASPIAN_REACH) : m.end() + _CASPIAN_REACH])
                or is_venue(text, m.start(), m.end())  # "at the AIIB's annual meeting"
                or is_builders_nationality(text, m.end()))  # "Turkish contractor
