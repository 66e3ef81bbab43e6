"""Generic cues whose measure the words before them make precise (read by `measures`).

- a bare "inflows" shortly after remittances are the migrants' money, not investors'
  (`remitted_inflows`);
- a bare "a deficit of" or "a surplus of" after its sentence named the current account or
  the budget is that balance, not trade's (`books_balance`).

Each is told with a substring test or a bounded window first. Pure: no pandas, no dash.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Final

import regex

from dashboard.facts import Facts
from dashboard.vocab.metrics import rows_of

Cue = tuple[int, int, int]  # (start, end, row of METRICS), as `Facts.cues` holds them
_INVESTMENT_ROWS: Final = rows_of("investment")
_REMITTANCE_ROW: Final = min(rows_of("remittances"))
_REMITTANCE_REACH: Final = 400  # characters before the cue searched for remittances
_TRADE_BALANCE_ROWS: Final = rows_of("trade balance")
_BOOKS_ROWS: Final = rows_of("current account", "budget balance")
_RE_BARE_BALANCE: Final = regex.compile(
    r"(?i:\ba[\s\u00a0]++(?:deficit|surplus)[\s\u00a0]++of)\Z")


def remitted_inflows(cues: Iterable[Cue], text: str) -> Iterator[Cue]:
    """The cues (start, end, row), a bare "inflows" within `_REMITTANCE_REACH` characters
    after remittances were named taking the remittances' row ("Remittances remain a lifeline
    ... in Uzbekistan, where inflows reached $16.5 billion")."""
    for start, end, row in cues:
        if (row in _INVESTMENT_ROWS and text[start:end].lower() in ("inflow", "inflows")
                and "emittance" in text[max(0, start - _REMITTANCE_REACH) : start]):
            row = _REMITTANCE_ROW
        yield start, end, row


def books_balance(end: int, row: int, facts: Facts, text: str) -> int:
    """The row of a cue ending at `end` (owned by `row`): a bare "a deficit of" or "a surplus
    of" after the sentence has named a country's books is their balance ("The current
    account is forecast to swing to a deficit of 1.2% of GDP from a surplus of 2.3%"), else
    `row`."""
    if row not in _TRADE_BALANCE_ROWS or not _RE_BARE_BALANCE.search(
            text, max(0, end - 20), end):
        return row
    named = [k for start, _, k in facts.cues if facts.lo <= start < end - 10 and k in _BOOKS_ROWS]
    return named[-1] if named else row
