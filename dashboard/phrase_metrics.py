"""Metrics a short phrase around the figure says, where the nearest cue word misleads.

Pure: no pandas, no dash. Read by `metric_rules.by_goods_or_price`
(`by_phrase`):
- a length or a weight written as a train's adjective is the train's ("740-metre trains",
  "9,000-tonne trains"), not a route's length or cargo carried.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Located, Topic
from dashboard.scanning import match_at


def by_phrase(
    label: str | None, claim: Located, clause: tuple[int, int], text: str, uclass: str
) -> tuple[str | None, Topic] | None:
    """The metric the phrase around the figure says (see the module), or None."""
    if uclass in ("length", "mass") and _is_train_adjective(claim, text):
        return ("train length" if uclass == "length" else "train weight"), Topic.LOGISTICS
    return None


# "740-metre", "9,000-tonne": the unit hyphened to its number, as an adjective
_RE_HYPHENED_UNIT: Final = regex.compile(r"[0-9]-[^\W\d_]++\Z")
# the train it qualifies, perhaps after one word saying which trains
_RE_TRAINS_AFTER: Final = regex.compile(
    r"[\s\u00a0]++(?:(?i:container|freight|cargo|block|heavy|long|heavy-haul|grain|coal|"
    r"conventional|new)[\s\u00a0]++)?(?i:trains?)\b"
)


def _is_train_adjective(claim: Located, text: str) -> bool:
    """Is the figure a length or weight hyphened to its unit before "train(s)"?"""
    if "rain" not in text[claim.end : claim.end + 30].lower():
        return False  # the common case, told without the patterns
    return (_RE_HYPHENED_UNIT.search(text, claim.start, claim.end) is not None
            and match_at(_RE_TRAINS_AFTER, text, claim.end) is not None)
