"""A headline's figure without a time, dated by the lead that states it: "Azerbaijan-China
trade nears $1 bln" over "Trade between China and Azerbaijan amounted to $968.2 million in
January-June 2024" is the half year's figure (the headline sums up the lead; a period is
otherwise carried forward only, `carry`); and a headline's general measure made precise by
the body's same figure ("11-month cargo at 15.8 million tonnes" over "Total cargo handled
... reached 15.8 million tonnes": port throughput). Read by `parser.extract_claims`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.claim import Claim, Kind
from dashboard.object_sizes import RE_HYPHENED

# A headline's round figure and the lead's exact one differ by at most this share of the
# larger ("nears $1 bln" over $968.2 million, "tops $2bn" over $2.1 billion).
_ROUNDING: Final = 0.1


def _headline_end(text: str) -> int | None:
    """Where the headline ends: a first line without a full stop, with a line after it."""
    end = text.find("\n")
    head = text[:end].rstrip() if end > 0 else ""
    if not head or head.endswith((".", "!", "?", '"', ":")):
        return None
    return end


def _lead_end(text: str, start: int) -> int:
    """The end of the lead paragraph after the headline (its first non-blank paragraph)."""
    body = len(text) - len(text[start:].lstrip())
    end = text.find("\n\n", body)
    return len(text) if end < 0 else end


def _states(head: Claim, lead: Claim) -> bool:
    """Does the lead's dated figure state the headline's (one measure, a rounded value; the
    same value also when the headline names its subject more loosely: "Kazakh railways ship
    2.9 million tonnes" over "Kazakhstan Temir Zholy carried 2.9 mln tonnes")?"""
    return (lead.period is not None and lead.kind is Kind.ACTUAL
            and (lead.metric, lead.unit, lead.per, lead.change is None)
            == (head.metric, head.unit, head.per, head.change is None)
            # (not "moving a 310-tonne reactor": a size joined to its noun, what a thing is,
            # the lead's figure of the same value by chance)
            and ((lead.value == head.value and not RE_HYPHENED.search(head.surface)) or (
                _same_subject(lead, head) and abs(lead.value - head.value)
                <= _ROUNDING * max(abs(lead.value), abs(head.value)))))


def _same_subject(lead: Claim, head: Claim) -> bool:
    """Do the lead's figure and the headline's name one subject: the same entities, or the
    lead's some of the headline's ("Uzbek textile exports hit $3.6 billion as yarn shipments
    to China surge" over "Uzbekistan exported ... $3.62 billion": the lead's names no
    partner)?"""
    lead_names, head_names = set(lead.entities), set(head.entities)
    return lead_names == head_names or (bool(lead_names) and lead_names < head_names
                                        and not RE_HYPHENED.search(head.surface))


def date_the_headline(claims: list[Claim], text: str) -> list[Claim]:
    """The claims, a headline's undated actual figure with the period of the first figure of
    the lead that states it."""
    end = _headline_end(text)
    if end is None:
        return claims
    if not any(c.end <= end and c.period is None for c in claims):
        return _name_the_headline(claims, text, end)
    lead_end = _lead_end(text, end)
    lead = [c for c in claims if end < c.start < lead_end]
    out = []
    for claim in claims:
        if claim.end <= end and claim.period is None and claim.kind is Kind.ACTUAL and (
                claim.metric is not None):
            stated = next((c for c in lead if _states(claim, c)), None)
            if stated is not None:
                claim = replace(claim, period=stated.period)
        out.append(claim)
    return _name_the_headline(out, text, end)


# A headline's general measure and the one the body states the same figure with: "Georgian
# ports: 11-month cargo at 15.8 million tonnes" over "Total cargo handled in the first 11
# months reached 15.8 million tonnes" is the ports' throughput.
_MADE_PRECISE: Final = {"cargo volume": frozenset({"port throughput"})}
_BODY_PARAGRAPHS: Final = 2  # the lead and the paragraph after it


def _name_the_headline(claims: list[Claim], text: str, end: int) -> list[Claim]:
    """The claims, a headline's figure of a general measure (`_MADE_PRECISE`) with the more
    precise one of the first figure of the body's first paragraphs stating the same value."""
    heads = [k for k, c in enumerate(claims) if c.end <= end and c.metric in _MADE_PRECISE]
    if not heads:
        return claims
    body_end = end
    for _ in range(_BODY_PARAGRAPHS):
        body_end = _lead_end(text, body_end)
    body = [c for c in claims if end < c.start < body_end]
    claims = list(claims)
    for k in heads:
        head = claims[k]
        same = next((c for c in body if (c.value, c.unit, c.per, c.change, c.kind)
                     == (head.value, head.unit, head.per, head.change, head.kind)), None)
        if same is not None and same.metric in _MADE_PRECISE[head.metric or ""] and (
                not head.entities or not set(head.entities).isdisjoint(same.entities)):
            claims[k] = replace(head, metric=same.metric, topic=same.topic)
    return claims
