"""A generic cue whose measure the words before it make precise (read by `measures`): a bare
"a deficit of" or "a surplus of" after its sentence named the current account or the budget
is that balance, not trade's (`books_balance`). (A bare "inflows" after remittances is read
once a text, with its cues: `cue_filters.remitted_inflows`.)

Told with a bounded window first. Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.facts import Facts
from dashboard.vocab.metrics import rows_of

_TRADE_BALANCE_ROWS: Final = rows_of("trade balance")
_BOOKS_ROWS: Final = rows_of("current account", "budget balance")
_RE_BARE_BALANCE: Final = regex.compile(
    r"(?i:\ba[\s\u00a0]++(?:deficit|surplus)[\s\u00a0]++of)\Z")


def books_balance(end: int, row: int, facts: Facts, text: str) -> int:
    """The row of a cue ending at `end` (owned by `row`): a bare "a deficit of" or "a surplus
    of" after the sentence has named a country's books is their balance ("The current
    account is forecast to swing to a deficit of 1.2% of GDP from a surplus of 2.3%"), else
    `row`."""
    if row not in _TRADE_BALANCE_ROWS or not _RE_BARE_BALANCE.search(
            text, max(0, end - 20), end):
        return row
    for start, stop, k in reversed(facts.cues):  # the last such name before it
        if facts.lo <= start < end - 10 and k in _BOOKS_ROWS:
            between = text[stop : end].lower()
            # (not across trade named between: "The current account surplus widened, although
            # trade in goods showed a deficit of $2.3 billion")
            return row if any(w in between for w in _TRADE_WORDS) else k
    return row


_TRADE_WORDS: Final = ("trade", "goods", "export", "import", "merchandise")
