"""The words that hedge a figure from just before it, kept as data.

"rose to about 5%", "a loan of up to $300 million", "carried more than 300 trains": many of
the parser's context patterns read past such a word between their cue and the figure. They
all take it from `HEDGE_WORDS`, so that one list says which words those are; a pattern that
needs more ("the", "another", "an estimated") adds its own after it.

Which hedge a figure itself takes (`approx`, `min`, `max`) is `change_words.RE_HEDGE`'s
business, not this list's.
"""

from __future__ import annotations

from typing import Final

HEDGES_BEFORE: Final[tuple[str, ...]] = (
    "about", "around", "some", "nearly", "almost", "roughly", "approximately",
    "just", "only", "over", "just over", "just under", "more than", "less than", "up to",
    "at least",
)

# One alternation of them (case as the pattern around it says; the words of a phrase
# separated by any white space), longest first: "just over" before "just", so that a
# possessive group around it does not stop at "just".
HEDGE_WORDS: Final = "(?:" + "|".join(
    phrase.replace(" ", r"[\s\u00a0]++")
    for phrase in sorted(HEDGES_BEFORE, key=len, reverse=True)
) + ")"
# One of them, optional, and the space after it: "rose to (about )5%".
HEDGED: Final = rf"(?:{HEDGE_WORDS}\s+)?"
# One of them, or a word that makes the figure an addition: "another 3 mt", "a further $50m".
HEDGE_OR_MORE: Final = rf"(?:{HEDGE_WORDS}|another|a[\s\u00a0]++further)"
# One of them, or a word that makes the figure an estimate: "an estimated 3 mt".
HEDGE_OR_ESTIMATED: Final = rf"(?:{HEDGE_WORDS}|an[\s\u00a0]++estimated)"
# ... or a peak too: "a record 5 mt".
HEDGE_OR_ESTIMATE: Final = rf"(?:{HEDGE_OR_ESTIMATED}|a[\s\u00a0]++record)"
