"""Weeks on the way or between sailings, for `refine.weeks_metric`: a journey named before a
time ("A container from Chongqing reaches Baku in", "Delivery from Xian to Duisburg takes", "The
sea voyage from Shanghai to Rotterdam lasts"), a time no journey takes ("Ferries from Aktau to
Baku were cancelled for three weeks", "The strike ... lasted two weeks") and a service that runs
"every N weeks" (a ferry, a train, a line that sails, runs or leaves; not a committee that
meets every six weeks); and "daily" or "weekly" services that carried something over a stated
time ("The weekly services carried 5,000 passengers in June": how often they run, no rate);
and berth-days, the time berths were taken, with a change right after them (no journey's).
Read by `metric_rules` too: a tolerance around a promised date is no journey's time
(`off_the_date`), a share of trains that ran on time no count of them (`share_on_time`).

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.scanning import CLAUSE_TIMEOUT, match_at
from dashboard.vocab.calendar import MONTHS
from dashboard.vocab.hedging import HEDGE_WORDS

# A route from one name to another with a journey's word after it, or "reaches <Name> in".
_RE_JOURNEY_BEFORE: Final = regex.compile(
    r"\b(?i:from)[\s\u00a0]++\p{Lu}[\w'’-]*+(?:[\s\u00a0]++\p{Lu}[\w'’-]*+)?[\s\u00a0]++"
    r"(?i:to|via)[\s\u00a0]++\p{Lu}[^.;:!?]*?\b(?i:takes?|took|taking|taken|journey|trip"
    r"|delivery|delivered|transit|voyage|crossing|travel\w*+|arrives?[\s\u00a0]++in"
    r"|last(?:s|ed)?)\b"
    r"|\b(?i:reach(?:es|ed)?|arrives?[\s\u00a0]++in|gets?"
    r"[\s\u00a0]++to)[\s\u00a0]++\p{Lu}[\w'’-]*+(?:[\s\u00a0]++\p{Lu}[\w'’-]*+)?[\s\u00a0]++"
    rf"(?i:in|within)[\s\u00a0]++(?:(?i:{HEDGE_WORDS}|under)[\s\u00a0]++)?\Z")
# A stop, or a time that lasts with no journey its subject ("The strike ... lasted"; "The sea
# voyage ... lasts" is on the way); "for" only right before the figure ("cancelled for three
# weeks"; not "For exporters, the trip ... takes").
_RE_NOT_ON_THE_WAY: Final = regex.compile(
    r"(?i:\b(?:every|cancell?ed|stopped|halted|idle|closed|suspended|banned|shut)\b"
    r"|(?<!\b(?:voyage|journey|trip|crossing|transit|passage|delivery)\b[^,;.!?]*?)"
    r"\b(?:lasted|lasting|lasts?)\b)")
_RE_FOR_BEFORE: Final = regex.compile(
    rf"(?i:\bfor[\s\u00a0]++(?:(?:{HEDGE_WORDS})[\s\u00a0]++)?\Z)")
# A service that runs every so many weeks: its noun or its verb in the sentence, before the
# figure or after it ("Every two weeks, a block train leaves Xian", "Aktau receives a grain
# tanker ... every two weeks").
_RE_SERVICE: Final = regex.compile(
    r"(?i:\b(?:sails?|sailings?|runs?|departs?|departures?|leaves?|calls?|ferr(?:y|ies)|trains?"
    r"|services?|lines?|ships?|vessels?|flights?|shuttles?|ro-ro|convoys?|liners?|tankers?"
    r"|barges?|feeders?|arriv(?:es?|als?)|receives?)\b)")
_RE_SENTENCE_END: Final = regex.compile(r"[.;!?\n](?![0-9])")


def off_the_way(claim: Located, lo: int, text: str) -> bool:
    """Is the time one no journey takes (a stop, a time lasted, "for" right before it)?"""
    return _RE_NOT_ON_THE_WAY.search(text, max(lo, claim.start - 60), claim.start,
                                     timeout=CLAUSE_TIMEOUT) is not None or (
        _RE_FOR_BEFORE.search(text, max(lo, claim.start - 24), claim.start) is not None)


def journey_before(claim: Located, lo: int, text: str) -> bool:
    """Is a journey named before the time in its clause (from `lo`; see above)?"""
    return _RE_JOURNEY_BEFORE.search(text, max(lo, claim.start - 120), claim.start,
                                     timeout=CLAUSE_TIMEOUT) is not None


def a_service_runs(lo: int, at: int, hi: int, text: str) -> bool:
    """Does the sentence around `at` (from `lo`, up to its end or `hi`, the end of the
    sentence's window) name a service or its sailing (see above)?"""
    stop = _RE_SENTENCE_END.search(text, at, hi)
    return _RE_SERVICE.search(text, lo, hi if stop is None else stop.start(),
                              timeout=CLAUSE_TIMEOUT) is not None


# Hours with the power off are no journey's time: "power cuts of 4 hours a day", "blackouts
# lasted up to 6 hours", "8 hours a day without electricity"; nor is a queue at a shop
# ("queued for 3 hours outside bakeries"). Not "trains stood 4 hours after a power cut": a
# vehicle or a journey named in the clause keeps its time (drivers, passengers, traffic, a
# border or customs too: "Drivers waited 8 hours at Dostyk after an outage of the customs
# IT system"); a bare "outage" may be any system's, not the power's.
_RE_POWER_OFF: Final = regex.compile(
    r"(?i:\b(?:(?:power|electric(?:al|ity)?|grid)[\s\u00a0]++(?:cuts?|outages?|rationing"
    r"|shortages?)"
    r"|blackouts?|load[\s\u00a0-]shedding|(?:no|without)[\s\u00a0]++(?:power"
    r"|electricity|light|heating))\b)")
_RE_SHOP_QUEUE: Final = regex.compile(
    r"(?i:\b(?:queu\w*+|lin(?:ed|ing)[\s\u00a0]++up)\b[^.;:!?]{0,50}?\b(?:at|outside|in[\s\u00a0]++"
    r"front[\s\u00a0]++of)[\s\u00a0]++(?:(?:the|a|local|state)[\s\u00a0]++)?(?:baker(?:y|ies)|shops?"
    r"|stores?|supermarkets?|pharmac(?:y|ies)|banks?|exchange[\s\u00a0]++offices?|markets?)\b)")
_RE_ON_THE_WAY: Final = regex.compile(
    r"(?i:\b(?:trains?|trucks?|lorr(?:y|ies)|ferr(?:y|ies)|ships?|vessels?|flights?|wagons?"
    r"|containers?|cargo|freight|journeys?|trips?|transit|voyages?|deliver(?:y|ies)|drivers?"
    r"|passengers?|traffic|railways?|borders?|crossings?|checkpoints?|customs)\b)")


def no_journey_time(claim: Located, clause: tuple[int, int], text: str) -> Topic | None:
    """The topic of a time in its clause (`clause`) that the power was off, near it, or a
    queue at a shop took, with no vehicle or journey named, or of a tolerance around a date
    (`off_the_date`); else None."""
    if off_the_date(claim, text):
        return Topic.LOGISTICS  # "arrived within two days of the promised date"
    lo, hi = max(clause[0], claim.start - 80), min(clause[1], claim.end + 30)
    if _RE_POWER_OFF.search(text, lo, hi, timeout=CLAUSE_TIMEOUT) is not None:
        topic = Topic.ENERGY
    elif _RE_SHOP_QUEUE.search(text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT) is not None:
        topic = Topic.OTHER
    else:
        return None  # (the common case: the rare words first)
    on_the_way = _RE_ON_THE_WAY.search(text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT)
    return topic if on_the_way is None else None


# A tolerance around a promised date is no journey's time: "arrived within two days of the
# promised date", "within 48 hours of schedule".
_RE_OF_A_DATE_AFTER: Final = regex.compile(
    r"[\s\u00a0]++of[\s\u00a0]++(?:(?:the|their|its|our|a)[\s\u00a0]++)?(?:(?:promised|scheduled"
    r"|agreed|planned|booked|quoted|target|contracted|due|expected|arrival)[\s\u00a0]++)?"
    r"(?:date|dates|schedule|timetable|deadline|eta|time)\b", regex.I)
_RE_WITHIN_BEFORE: Final = regex.compile(r"\b(?i:within)[\s\u00a0]++\Z")


def off_the_date(claim: Located, text: str) -> bool:
    """Is the time a tolerance around a date ("within two days of the promised date")?"""
    return _RE_WITHIN_BEFORE.search(text, max(0, claim.start - 8), claim.start) is not None and (
        match_at(_RE_OF_A_DATE_AFTER, text, claim.end) is not None)


# A share of trains or ships that ran on time or late is how punctual they were, no count of
# them: "82% of our northern trains arrived within two days of the promised date", "40% of
# the ferries sailed late" (not "30% of trains carry cars").
_SHARE_ON_TIME: Final = (
    r"[\s\u00a0]++of[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){0,4}?(?:trains?|ships?|vessels?|ferr(?:y|ies)"
    r"|flights?|trucks?|services?|sailings?|departures?|arrivals?|voyages?|journeys?|trips?"
    r"|shipments?|deliveries|containers?|consignments?)[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){0,3}?"
    r"(?:arriv\w*+[\s\u00a0]++(?:on[\s\u00a0-]time|on[\s\u00a0]++schedule|late|early|within)"
    r"|(?:ran|run|runs|sailed|departed|left|were|was|are|is)[\s\u00a0]++(?:on[\s\u00a0-]time"
    r"|on[\s\u00a0]++schedule|late|delayed|behind[\s\u00a0]++schedule|punctual)|on[\s\u00a0-]time)\b")
_RE_SHARE_ON_TIME: Final = regex.compile(_SHARE_ON_TIME, regex.I)
# ... and so are shares compared with it on its line ("..., against 54% on the Middle
# Corridor. At sea it was about 60%").
_RE_ON_TIME_BEFORE: Final = regex.compile(
    rf"[0-9](?:%|[\s\u00a0]*+per[\s\u00a0]?cent){_SHARE_ON_TIME}[^\n%]*+\Z", regex.I)


def share_on_time(claim: Located, text: str, label: str) -> bool:
    """Is a share one of trains, ships or shipments that ran on time or late, or one of no
    change told after such a share on its line, with a count's or boxes' metric (`label`;
    see above)?"""
    return _RE_SHARE_ON_TIME.match(text, claim.end, min(len(text), claim.end + 160),
                                   timeout=CLAUSE_TIMEOUT) is not None or (
        claim.change is None and (label.endswith(" count") or label == "container volume")
        and _RE_ON_TIME_BEFORE.search(text, max(0, claim.start - 240), claim.start,
                                  timeout=CLAUSE_TIMEOUT) is not None)


# "weekly services carried" (how often the subject runs) 5,000 "in June": June's total, no rate
_RE_RUNS: Final = regex.compile(r"[\s\u00a0]++(?:[\w-]++[\s\u00a0]++){0,2}?(?i:services?|flights?"
                                r"|trains?|sailings?|departures?|ferr(?:y|ies)|shuttles?|voyages?)\b"
                                r"[^.;:,]{0,40}?\b(?i:carried|moved|transported|brought|delivered"
                                r"|handled|shipped|took)\b")  # (not "slipped to 38 trains": runs)
_RE_STATED_TIME: Final = regex.compile(  # (past the goods: "1,200 tonnes of cargo in 2024")
    r"(?:[\s\u00a0]++of(?:[\s\u00a0]++[a-z-]++){1,2}?)?[\s\u00a0]++"
    r"(?i:(?:in|during|over|throughout)[\s\u00a0]++(?:(?:the[\s\u00a0]++)?(?:first"
    r"|second|third|fourth|past|last)[\s\u00a0]++(?:quarter|half|year|month)|(?:19|20)[0-9]{2}"
    rf"|(?:{MONTHS}))|last[\s\u00a0]++(?:month|quarter|year))\b")


def runs_over_a_stated_time(periodic: regex.Match[str], after: str) -> bool:
    """Is the periodic word before a figure (`periodic`, matched in the text up to it)
    "daily" or "weekly" before services that carried something (`_RE_RUNS`), with a time of
    the figure's right after it (`after`, `_RE_STATED_TIME`)? Then it says how often they
    run, no rate of what they carried then (read by `rates.read_rate`); unless the figure is
    an average ("Daily trains carried an average of 1,200 tonnes in July": a rate)."""
    if periodic["word"].lower() not in ("daily", "weekly"):
        return False  # (the common case: told by the word)
    before = periodic.string
    clause = before[max(before.rfind("."), before.rfind(";")) + 1 :]
    return ("average" not in clause.lower()
            and _RE_RUNS.match(periodic.string, periodic.end("word")) is not None
            and _RE_STATED_TIME.match(after) is not None)


# A change right after berth-days in their clause is one of the berths' time too: "spent
# 4,930 berth-days at anchor last year, up 12% from 2023" (no budget's spending, no ships).
_RE_AFTER_BERTH_DAYS: Final = regex.compile(
    r"(?i:\bberth-days\b)(?:[^0-9.;]|\b(?:19|20)[0-9]{2}\b){0,60}+\Z")


def berth_time(claim: Located, lo: int, text: str) -> bool:
    """Whether the claim is berth-days ("4,930 berth-days") or a change right after them."""
    if claim.unit == "day":
        return text[claim.end - 10 : claim.end].lower() == "berth-days"
    return claim.change is not None and claim.unit in ("%", "pp", "x") and (
        _RE_AFTER_BERTH_DAYS.search(text, max(lo, claim.start - 80), claim.start,
                                    timeout=CLAUSE_TIMEOUT) is not None)
