"""Levels a verb of change reaches or passes, which are no change themselves: "rose above
3.4 mln t", "vacancy has fallen below 3%", "to increase the number of vessels up to 170
units" (`unless_a_level`, read by `quantity` and `pairs`), and the change of a share with none
beside it, read across a figure before it (`share_change_before`, read by `pairs`).

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Change
from dashboard.hedges import BY_REACH, answer_change, change_around

# "rose above 3.4 mln t": a level passed, not a change; "to increase the number of vessels
# up to 170 units": the level a verb of a level reaches, "up to" its "to" (not "by up to",
# nor an amount's "add up to", "lose up to", "cut up to 700 workers")
_RE_BOUND_BEFORE: Final = regex.compile(
    r"(?i:\b(above|below|under|beyond|past)[\s\u00a0]+)\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)
_RE_UP_TO_AFTER_VERB: Final = regex.compile(
    r"(?i:\b(?:increas|rais|expand|bring|brought|grow|grew|reduc|decreas)[a-z]*"
    r"(?:[\s\u00a0]+[^\s\u00a0.;,0-9]+){0,6}[\s\u00a0]+(?<!\bby[\s\u00a0]+)up[\s\u00a0]+to"
    r"[\s\u00a0]+)\Z",
    flags=regex.REVERSE,  # anchored at the end: tried from the end only
)


def _bound_before(window: str) -> str | None:
    """The bound word right before the figure ("above", "below", ..., "up to" after a verb of
    level), lower-cased, if any; "up to" told by the window's end before its pattern."""
    if window.rstrip()[-5:].lower() == "up to":
        return "up to" if _RE_UP_TO_AFTER_VERB.search(window) is not None else None
    bound = _RE_BOUND_BEFORE.search(window)
    return None if bound is None else bound.group(1).lower()


_TIMES: Final = frozenset({"s", "min", "hour", "day", "week", "month", "year"})


def unless_a_level(unit: str | None, change: Change | None, window: str) -> Change | None:
    """`change`, unless a bound right after the change verb makes it a level passed ("rose
    above 3.4 mln t"); of a share only a fall below one ("vacancy has fallen below 3%"), as
    "rose over 20%" is a rise by it."""
    bound = None if change is None else _bound_before(window)
    if bound is None:
        return change
    if bound == "up to" and unit in _TIMES:
        return change  # "transit time was cut up to 5 days": by as much, as like as not
    if unit not in ("%", "pp", "x"):
        return None
    below = change is Change.DECREASE and bound in ("below", "under")
    return None if unit == "%" and below else change


def share_change_before(unit: str | None, text: str, start: int) -> Change | None:
    """The change of a share with none next to it, across a figure before it ("raised the
    tariff on 12 tariff lines by 10 percentage points"; a "by" reaches further), or an
    answer's ("fall?" / "A: By 35%")."""
    reach = text[max(0, start - BY_REACH) : start]
    return unless_a_level(unit, change_around(reach, "") or answer_change(text, start), reach)
