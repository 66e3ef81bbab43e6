"""Words of a company's registered name, which measure nothing: "Steppe Cargo Logistics JSC
will offer 24 million new shares" offers no cargo, "Caspian Trade Partners LLP" reports no
trade. A capitalised metric cue is part of such a name when a few capitalised words, then a
legal form (JSC, LLP, LLC, Ltd, PLC, Inc, GmbH), follow it; or of a state agency's when
"Service", "Committee" or "Agency" does ("the Revenue Service said").

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.scanning import match_at

# Up to three capitalised words after the cue, then the legal form ("Cargo Logistics JSC");
# or a state body's name right after the cue: "the Revenue Service said", "the State Revenue
# Committee" (an agency that collects taxes reports no revenue of the figure's). One pattern,
# one call a cue.
_RE_NAME_AFTER: Final = regex.compile(
    r"(?:[\s\u00a0]++[A-Z][\w&'’-]*+){0,3}?[\s\u00a0]++"
    r"(?:JSC|CJSC|OJSC|PJSC|LLC|LLP|Ltd\b\.?|PLC|plc|Inc\b\.?|GmbH)(?![\w-])"
    r"|[\s\u00a0]++(?:Service|Committee|Agency)\b"
)


def in_a_firm_name(start: int, end: int, text: str) -> bool:
    """Is the capitalised word at text[start:end] part of a company's registered name, or of
    a state agency's?"""
    return text[start : start + 1].isupper() and match_at(_RE_NAME_AFTER, text, end) is not None
