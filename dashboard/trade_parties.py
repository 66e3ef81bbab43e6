"""Whose trade a trade figure is: the home country of a figure naming one partner ("exports to
China rose 5%" in a story on Kazakhstan), "its" trade after a country, and the other party of
a deal named after its figure (read by `subject` and `tables`).

Pure: no pandas, no dash.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from dashboard.claim import Located
from dashboard.facts import Facts
from dashboard.scanning import CLAUSE_TIMEOUT, last_sentence_end
from dashboard.vocab.entities import COUNTRIES, COUNTRY_OF_ALIAS, REGIONS

TRADE_METRICS: Final = frozenset({"trade turnover", "exports", "imports"})
# Exports of farm goods, whose home only a headline names surely ("Kazakh railways ship 2.9
# million tonnes of new-crop grain for export" over "Shipments to Afghanistan rose 58%"); a
# sentence's other country is as often a buyer of a part ("Kazakhstan exported 11.2 million
# tonnes of wheat, with Uzbekistan taking 3.5 million tonnes").
FARM_EXPORTS: Final = frozenset({"grain exports", "agricultural exports", "fertiliser exports"})
# A verb of selling after the country its clause names: that country is the exporter
# ("Tajikistan expects to export 500,000 tonnes of cotton"), not a buyer ("Iran took").
_RE_SELLS: Final = regex.compile(r"(?i:\b(?:export|ship|sell|sold|suppl|deliver)\w*+)")


def with_trade_home(
    claim: Located, facts: Facts, text: str, lo: int, found: list[str], headline: list[str],
    named_to: int | None, metric: str | None,
) -> list[str]:
    """`found` with a trade figure's home country (`with_home`), or a farm export's
    (`with_farm_home`); as it is for other metrics."""
    if metric in TRADE_METRICS:
        return with_home(claim, facts, text, lo, found, headline, named_to)
    if metric in FARM_EXPORTS and headline:
        return with_farm_home(claim, facts, text, lo, found, headline)
    return found


def with_farm_home(claim: Located, facts: Facts, text: str, lo: int, found: list[str],
                   headline: list[str]) -> list[str]:
    """A farm export's `found` entities with the home country its headline names (`with_home`
    without the sentence's countries), unless the one country its clause names sells."""
    named = [pos for pos, name in facts.entities if lo <= pos < claim.start and name in COUNTRIES]
    if named and _RE_SELLS.search(text, named[0], claim.start, timeout=CLAUSE_TIMEOUT):
        return found
    its = _RE_ITS_SALES.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT) is not None
    seller = _other_seller_before(text, facts.lo, headline, its)
    if seller is not None:  # "Russia ... Its grain exports to Iran", "Russia shipped 50 mt"
        return with_home_country(found, [seller])
    return with_home(claim, facts, text, lo, found, headline, facts.lo)


# Another's sales: "its grain exports", "their wheat shipments" (whose, the text before says).
_RE_ITS_SALES: Final = regex.compile(
    r"\b(?i:its|their)[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,3}?(?i:exports?|shipments|sales|"
    r"supplies|deliveries)\b")
# The subject opening a sentence: "Russia shipped ...", "The Russian grain union sold ...".
_RE_OPENING_NAME: Final = regex.compile(
    r"[\s\u00a0]*+(?:(?i:the)[\s\u00a0]++)?(?P<name>\p{Lu}[\p{L}-]*+)")


def _other_seller_before(text: str, start: int, headline: list[str], its: bool) -> str | None:
    """The country other than the headline's opening the sentence before the one at `start`
    as a seller ("Russia shipped 50 million tonnes of wheat last season.") or as the owner of
    "its" sales in the claim's clause (`its`: "Russia is expanding its reach. Its grain ...")."""
    lo = max(0, start - 300)
    end = lo + len(text[lo:start].rstrip())
    if text[end - 1 : end] not in (".", "!", "?"):
        return None  # a headline or no sentence before
    at = last_sentence_end(text, lo, end - 1)
    opening = None if at < 0 else _RE_OPENING_NAME.match(text, at + 1, end)
    home = next((e for e in headline if e in COUNTRIES), None)
    if opening is None or COUNTRY_OF_ALIAS.get(opening["name"]) in (None, home):
        return None
    sells = its or _RE_SELLS.search(text, opening.end(), end, timeout=CLAUSE_TIMEOUT)
    return COUNTRY_OF_ALIAS[opening["name"]] if sells else None


def with_home(
    claim: Located, facts: Facts, text: str, lo: int, found: list[str], headline: list[str],
    named_to: int | None,
) -> list[str]:
    """A trade figure's `found` entities with its home country: the first other country the
    headline or the sentence names (up to `named_to`, else its ";") when its clause (from
    `lo`) names one country and no country's total trade; the country named before "its
    exports" when it names none."""
    countries = [e for e in found if e in COUNTRIES]
    if len(countries) == 1 and not _RE_TOTAL_TRADE.search(
            text, lo, claim.start, timeout=CLAUSE_TIMEOUT):
        if named_to is None:  # not in a clause after a ";": "exports rose 2.1% to $1.4bn;
            named_to = before_semicolon(claim, facts, text)  # exports to Russia ..."
        if _trades_itself(claim, facts, text, countries[0]) and not _pair_led(
                text, countries[0]):
            headline = []  # "Georgia exported 112 million bottles": the home, named; the
            # headline's other country ("as China orders rise") is no partner of it
        return with_home_country(found, headline + facts.subjects(facts.lo, named_to))
    if not countries and _RE_ITS_TRADE.search(text, lo, claim.start, timeout=CLAUSE_TIMEOUT):
        # "China's exports to the EU rose 8.4%, while its imports from Europe slipped 0.5%"
        return [e for e in facts.subjects(facts.lo, lo) if e in COUNTRIES][:1] + found
    if not countries and found and _region_partner(facts, text, lo, claim.start):
        # "Exports to Central Asian countries rose 35%" in a story on Kazakhstan's grain (the
        # home named before: "Trade with Central Asian neighbours totalled $7.6 billion, with
        # Kazakhstan accounting for $3.9 billion" is not Kazakhstan's)
        home = _region_home(text, (facts.lo, lo), headline + facts.subjects(facts.lo, lo))
        return found if home is None else [*found, home]
    return found


# A verb or noun of a country's own trade right after its name: "Georgia exported", "Georgia's
# wine exports", "Uzbekistan bought" (not "Kyrgyzstan, which re-exports many, took 41%": an
# aside's verb, the country a buyer).
_RE_TRADES: Final = regex.compile(
    r"[\p{L}-]++(?:[\s\u00a0]++\p{Lu}[\p{L}-]*+)*+(?:['’]s)?+[\s\u00a0]++"
    r"(?:[\w-]++[\s\u00a0]++){0,2}?"
    r"(?i:export|import|ship|sell|sold|suppl|deliver|buy|bought|purchas)\w*+")


def _trades_itself(claim: Located, facts: Facts, text: str, country: str) -> bool:
    """Is the one country of a trade figure's sentence named before it as the trader (a verb
    or noun of its trade right after its name)?"""
    at = next((pos for pos, name in facts.entities
               if facts.lo <= pos < claim.start and name == country), None)
    return at is not None and _RE_TRADES.match(text, at, claim.start) is not None


# A story on two countries' trade, told so at its top: "Kazakhstan-China trade hits record
# $44 billion" (the other of the pair is the partner of the trader's figures below).
_RE_PAIR_TRADE: Final = regex.compile(
    r"(?P<a>\p{Lu}\p{L}++)[-–](?P<b>\p{Lu}\p{L}++)[\s\u00a0]++"
    r"(?i:trade|turnover|commerce|exports|imports)\b")


def _pair_led(text: str, country: str) -> bool:
    """Does the text's top name a pair's trade that `country` is one of (see above)?"""
    pair = _RE_PAIR_TRADE.search(text, 0, min(len(text), _HEADLINE_REACH))
    return pair is not None and country in (COUNTRY_OF_ALIAS.get(pair["a"]),
                                            COUNTRY_OF_ALIAS.get(pair["b"]))


# A country's own trade, named by its possessive or its adjective: "Uzbekistan's exports",
# "Kazakh foreign trade" (not "Uzbekistan's top trade partner": another's trade with it).
_RE_OWN_TRADE: Final = regex.compile(
    r"\b(?P<name>\p{Lu}[\p{L}-]*+)(?:['’]s)?+[\s\u00a0]++(?:(?i:foreign|external|overall|total|"
    r"non-oil|farm|grain)[\s\u00a0]++)?(?i:trade|exports|imports|turnover)\b(?![\s\u00a0]++"
    r"(?i:partners?|ties|relations|deals?|agreements?|talks)\b)")
_HEADLINE_REACH: Final = 300


def _region_home(text: str, before: tuple[int, int], named: list[str]) -> str | None:
    """The home country of a trade figure whose partner is a region, among the countries
    `named` (the headline's, the sentence's up to the clause: `before`): the one named, else
    the one whose own trade the headline or the sentence names ("China and Russia dominate
    Kazakh foreign trade"), else none ("Russia remains Uzbekistan's top trade partner":
    whose exports?)."""
    countries = list(dict.fromkeys(e for e in named if e in COUNTRIES))
    if len(countries) <= 1:
        return countries[0] if countries else None
    spans = ((0, min(before[1], _HEADLINE_REACH)), (max(_HEADLINE_REACH, before[0]), before[1]))
    owners = {COUNTRY_OF_ALIAS.get(m["name"]) for a, b in spans if a < b
              for m in _RE_OWN_TRADE.finditer(text, a, b, timeout=CLAUSE_TIMEOUT)}
    owners &= set(countries)
    return owners.pop() if len(owners) == 1 else None


# A region as a partner: "exports to Central Asian countries", "trade with the Middle East",
# "imports from Europe" (not "trade among Central Asian states", "exports from Central Asia").
_RE_REGION_PARTNER_BEFORE: Final = regex.compile(
    r"\b(?i:to|with|(?<=\bimports?[\s\u00a0]++)from)[\s\u00a0]++(?:the[\s\u00a0]++)?\Z")


def _region_partner(facts: Facts, text: str, lo: int, end: int) -> bool:
    """Does the clause up to the figure (text[lo:end]) name a region as the trade's partner?"""
    return any(name in REGIONS and _RE_REGION_PARTNER_BEFORE.search(
        text, max(lo, pos - 20), pos, timeout=CLAUSE_TIMEOUT) is not None
        for pos, name in facts.entities if lo <= pos < end)


# A country's own totals have no partner: "the foreign trade turnover of Turkmenistan",
# "Total Turkish exports reached $126.7 billion" (a nationality between).
_RE_TOTAL_TRADE: Final = regex.compile(
    r"(?i:\b(?:foreign|external|overall|total)\s+(?:(?-i:[A-Z][\w'’-]+)\s+)?"
    r"(?:trade|exports|imports|turnover)\b)"
)


_RE_ITS_TRADE: Final = regex.compile(r"\bits[\s\u00a0]++(?:exports|imports|trade)\b")


# "an investment agreement, worth $60 million, with a logistics company from the UAE": the
# other party of a deal, set off by a comma after the figure.
_RE_WITH_PARTY_FROM: Final = regex.compile(
    r",[\s\u00a0]++with[\s\u00a0]++(?:an?|the)[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,3}?"
    r"(?:company|companies|firm|firms|investor|investors|partner|partners|group|consortium)"
    r"[\s\u00a0]++(?:from|of|based[\s\u00a0]++in)[\s\u00a0]++(?:the[\s\u00a0]++)?"
)


def partner_after(claim: Located, facts: Facts, text: str) -> list[str]:
    """The country of the other party of a deal named right after its figure."""
    if "with" not in text[claim.end : claim.end + 8]:
        return []  # the common case, told without the pattern
    found = _RE_WITH_PARTY_FROM.match(text, claim.end, min(facts.hi, claim.end + 90))
    if found is None:
        return []
    return [name for pos, name in facts.entities if pos == found.end() and name in COUNTRIES]


def before_semicolon(claim: Located, facts: Facts, text: str) -> int:
    """Where the sentence's clauses after the claim start to be another statement: at the
    first ";" after it, else the sentence's end."""
    at = text.find(";", claim.end, facts.hi)
    return facts.hi if at < 0 else at


def with_home_country(found: list[str], named: Sequence[str]) -> list[str]:
    """A trade figure's entities naming one country, with the first other country `named`
    (the headline's, the sentence's): "exports to China rose 5%" in a story on Kazakhstan is
    Kazakhstan's trade with China. As they are when they name no country or several."""
    countries = [e for e in found if e in COUNTRIES]
    if len(countries) != 1:
        return found
    home = next((e for e in named if e in COUNTRIES and e != countries[0]), None)
    return found if home is None else [*found, home]


def home_only(facts: Facts, clause: tuple[int, int], found: Sequence[str],
              headline: Sequence[str], metric: str | None) -> Sequence[str]:
    """A figure kept at home (its metric "domestic supplies", `goods.kept_at_home`) whose
    clause names no country: the home country (the first the headline names) alone, not the
    foreign buyers the sentences before name ("Iran took 356,000 tonnes ... Another 793,000
    tonnes were relocated inside the country"). As it is when the clause names a country, the
    names carried are no country's or have the headline's after another, or the headline
    names none."""
    if metric != "domestic supplies" or not any(e in COUNTRIES for e in found) or any(
            e in COUNTRIES for e in facts.subjects(*clause)):
        return found
    home = next((e for e in headline if e in COUNTRIES), None)
    # (a headline country among the names carried but not first is no sign of which is home:
    # "China buys more Kazakh wheat" over Kazakhstan's exports to China, kept as they are)
    return found if home is None or (home in found and found[0] != home) else [home]


# What a thing measures, not a flow: no destination of a flow named before a ";" is its party.
_THING_METRICS: Final = frozenset({"project cost", "duration", "capacity", "route length",
                                   "investment", "budget", "loan", "cable length"})
# A flow's destination right before a name: "exports to Europe", "oil bound for Europe" (not
# "via the Southern Gas Corridor": the way; nor "gas from Turkmenistan": its source).
_RE_DESTINATION_BEFORE: Final = regex.compile(
    r"\b(?:to|for)[\s\u00a0]++(?:the[\s\u00a0]++)?\Z")


def without_ends(found: list[str], facts: Facts, text: str, clause: tuple[int, int],
                         metric: str | None) -> list[str]:
    """The names a thing's figure in a clause after a ";" naming nothing takes from the clause
    before, less the destinations of the flow told there when a named way (no country or
    region) is left or the clause is an item of a ";" list: "Exports to Europe via the
    Southern Gas Corridor began in 2020; the $33 bln system is expected to ..." is the
    corridor's; "Kazakhstan plans a new rail line to China; the $2 billion project ..." keeps
    China (the line's own end)."""
    lo, hi = clause
    if metric not in _THING_METRICS or text[lo : lo + 1] != ";" or facts.subjects(lo, hi):
        return found  # the common case
    ends = {name for pos, name in facts.entities if facts.lo <= pos < lo
            and _RE_DESTINATION_BEFORE.search(text, max(facts.lo, pos - 16), pos,
                                              timeout=CLAUSE_TIMEOUT) is not None}
    left = [e for e in found if e not in ends]
    way = any(e not in COUNTRIES and e not in REGIONS for e in left)
    # (an item of a ";" list: "... a crossing to China in 2027; the Darbaza line, 152 km,
    # towards Uzbekistan; and the Almaty bypass, 71 km": the first item's end is no other's)
    return left if left and (way or ";" in text[facts.lo : lo]) else found
