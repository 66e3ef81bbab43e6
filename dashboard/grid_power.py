"""Whose watts and cable lengths are (read by `metric_rules.by_cost_or_pace`): a power
plant's or a power line's ("40 GW of wind capacity", "a 1,195 km subsea cable" of a green
energy corridor), or a data centre's ("a 20 MW data centre"); a fibre-optic cable stays data.

Pure: no pandas, no dash. Each test reads the claim's clause only.
"""

from __future__ import annotations

from typing import Final

import regex

from dashboard.claim import Topic
from dashboard.scanning import CLAUSE_TIMEOUT

# Power that is generated or carried on a grid: a capacity in watts beside these words is a
# power plant's or a power line's ("40 GW of wind and solar capacity", "an electricity cable
# with a capacity of 4 GW"), not a data centre's.
_RE_GENERATION: Final = regex.compile(
    r"(?i:\b(?:wind|solar|hydro\w*|power\s+(?:plants?|stations?|lines?|cables?|grids?)|"
    r"generat\w+|renewable\w*|thermal|nuclear|photovoltaic|CASA-1000|electricity|dams?|"
    r"HPPs?|TPPs?|CHPs?|installed|[a-z]+-fired|"  # "Rogun dam ... full capacity of
    # 3,780 MW", "Kambarata HPP-1", "24 GW of installed capacity", "coal-fired plants"
    r"transmission|HVDC|interconnect\w*|energy\s+corridors?)\b)"
)
# Watts (a capacity's or with no cue) and a cable's length: whose they are, the clause says.
GRID_OR_SERVERS: Final = frozenset({("capacity", "power"), ("power capacity", "power"),
                                    ("cable length", "length")})
_RE_DATA_CENTRE: Final = regex.compile(r"(?i:\bdata[\s-]cent(?:re|er)s?\b)")


def on_the_grid(label: str, topic: Topic, text: str, clause: tuple[int, int]) -> tuple[str, Topic]:
    """A capacity in watts or a cable's length in a clause about power is energy: "with 40 GW
    of wind and solar capacity" (a plant's, not a data centre's), "a 1,195 km subsea cable"
    of a green energy corridor (a power cable, not a fibre-optic one); watts in a clause
    about a data centre are its capacity ("a 20 MW data centre", "a power load of 4 MW")."""
    power = _RE_GENERATION.search(text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT)
    if not power and label != "cable length" and _RE_DATA_CENTRE.search(
            text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT):
        return "data centre capacity", Topic.DIGITAL
    if label == "capacity":  # watts are never cargo capacity, power words or not ("Capacity
        return "power capacity", Topic.ENERGY  # of the power bridge ... to 1,300 MW")
    if not power:
        return label, topic
    if _RE_DATA_CABLE.search(text, clause[0], clause[1], timeout=CLAUSE_TIMEOUT):
        return label, topic  # "a fibre-optic cable along the transmission line"
    return label, Topic.ENERGY


# A cable that carries data, whatever power words stand beside it.
_RE_DATA_CABLE: Final = regex.compile(r"(?i:\b(?:fib(?:re|er)|optic\w*|data|internet|digital)\b)")
