"""Month names as news writes them, for the parser's date and time patterns."""

from __future__ import annotations

from typing import Final

MONTH_NAMES: Final = ("January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December")
# Their short forms ("Sept" before "Sep": the longer first, as an alternation must try it)
MONTH_ABBREVIATIONS: Final = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep",
                              "Oct", "Nov", "Dec")
# The names and short forms as one regex alternation, full names first: "(?:%s)" % MONTHS
MONTHS: Final = "|".join(MONTH_NAMES + MONTH_ABBREVIATIONS)
