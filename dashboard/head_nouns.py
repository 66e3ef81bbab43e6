"""Cues a head noun or the paragraph makes more precise, for `measures`: a thing carried or
made inside the "of" phrase of a more specific noun ("The average speed of container trains
rose": the speed), the loan that a project's money lent "for" it is ("the financing package
for the Middle Corridor upgrade"), and a bare "shipments" that goes on about the paragraph's
goods ("Kazakhstan's oil exports via CPC fell 3%. In April, shipments recovered").

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.facts import Facts
from dashboard.vocab.classes import GOODS_EXPORTS
from dashboard.vocab.metrics import METRICS, rows_of

Cue = tuple[int, int]  # (distance from the claim, row of METRICS), as `measures` keeps them
MetricNote = tuple[int, str | None, Topic]  # (paragraph, metric, topic), as `measures` has it


# "The average speed of container trains": a head noun's "of" phrase, a few words, no figure
_RE_OF_PHRASE: Final = regex.compile(r"[\s\u00a0]++of[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){0,3}+")


def head_of_phrase(
    claim: Located, facts: Facts, lo: int, text: str, uclass: str, before: Cue | None
) -> Cue | None:
    """The more specific (earlier) cue whose "of" phrase holds the nearest one, a thing carried
    or made (`_QUALIFIER_ROWS`): "The average speed of container trains rose" is the speed;
    not "exports of oil", "the cost of a train ticket"; or the loan a project's money is."""
    if before is None:
        return None
    lent = before[1] in _FUNDED_ROWS  # "AIIB's lending to Central Asian transport projects"
    priced = before[1] in _TRADED_ROWS  # "the average price of imported cars": a price
    if not (lent or priced) and before[1] not in _QUALIFIER_ROWS:
        return before
    near = claim.start - before[0]
    for start, end, row in facts.cues:
        if end < near and lo <= start and uclass in METRICS[row][3] and (
                row in _LOAN_ROWS if lent else row in _PRICE_ROWS if priced
                else row < before[1]) and (
                (_RE_LENT_FOR if lent else _RE_OF_PHRASE).fullmatch(
                    text, end, near - _cue_length(facts, near))):
            return (claim.start - end, row)
    return before


# Money lent for a project: "The total financing package for the Middle Corridor upgrade
# reaches €1.2 billion", "lending to ... transport projects grew 18%" are loans.
_RE_LENT_FOR: Final = regex.compile(
    r"(?:[\s\u00a0]++(?:package|facility|programme|program|portfolio))?+[\s\u00a0]++(?:for|to|of)"
    r"[\s\u00a0]++(?:[\w'’-]++[\s\u00a0]++){0,3}+")
_FUNDED_ROWS: Final = rows_of("project cost", "investment")
_LOAN_ROWS: Final = rows_of("loan")
_TRADED_ROWS: Final = rows_of("imports", "exports")
_PRICE_ROWS: Final = rows_of("price")
_QUALIFIER_ROWS: Final = rows_of("cargo volume", "container volume", "train count",
                                  "vehicle count", "production")


# A bare noun of goods moved goes on about the paragraph's goods: "Kazakhstan's oil exports
# via CPC fell 3% in January-March. In April, shipments recovered to 6.1 million tonnes."
_ANAPHORIC_SHIPMENTS: Final = frozenset({"shipments", "deliveries", "supplies", "shipments to"})


def goes_on_about(
    claim: Located, facts: Facts, text: str, before: Cue, inherited: MetricNote | None
) -> int | None:
    """The row of the paragraph's goods' exports (`inherited`) when the exports cue `before`
    is a bare "shipments"; else None."""
    if inherited is None or inherited[1] not in GOODS_EXPORTS:
        return None
    end = claim.start - before[0]
    if text[end - _cue_length(facts, end) : end].lower() not in _ANAPHORIC_SHIPMENTS:
        return None
    return next(k for k, row in enumerate(METRICS) if row[0] == inherited[1])


def _cue_length(facts: Facts, end: int) -> int:
    return next((e - s for s, e, _ in facts.cues if e == end), 0)


# A bare "volumes" after boxes were counted goes on about the boxes: "Poti handled 533,000
# containers ... In the same months of 2024 the count was 454,000, so volumes grew by 17%"
# (a change or share only: tonnes named "volumes" stay cargo's).
_BARE_VOLUMES: Final = frozenset({"volume", "volumes"})
_BOX_METRICS: Final = frozenset({"container count", "container volume"})
_CONTAINER_VOLUME_ROW: Final = min(rows_of("container volume"))


def volumes_of_boxes(
    claim: Located, facts: Facts, text: str, before: Cue, inherited: MetricNote | None
) -> int | None:
    """The container volume's row when the cue `before` is a bare "volumes", the figure a
    per cent or a multiple, and the paragraph was counting boxes (`inherited`); else None."""
    if inherited is None or inherited[1] not in _BOX_METRICS or claim.unit not in ("%", "x"):
        return None
    end = claim.start - before[0]
    start = end - _cue_length(facts, end)
    if text[start:end].lower() not in _BARE_VOLUMES or _RE_WHOLE_BEFORE.search(
            text[max(0, start - 12) : start]) or any(
            start - 3 <= e <= start for _, e, _ in facts.cues):
        return None  # "Grain volumes" (a cue of other goods), "Overall volumes" (the whole)
    return _CONTAINER_VOLUME_ROW


_RE_WHOLE_BEFORE: Final = regex.compile(
    r"\b(?i:overall|total|combined|aggregate|all|bulk|cargo|freight)[\s\u00a0]++\Z")

