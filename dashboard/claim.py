"""The `Claim` record: one numeric claim found in a text.

Pure: imports neither pandas nor dash. Its field names become the dataset's claim
columns (see `dashboard.schema`; a test holds the two together).
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple, Protocol


class Kind(enum.StrEnum):
    """Whether a figure was reported or is a forecast, plan, target or potential."""

    ACTUAL = "actual"
    PROJECTION = "projection"


class Change(enum.StrEnum):
    """Set only when the number itself is a change (growth rate, difference, multiplier)."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Approx(enum.StrEnum):
    """Hedge words before the number: about / over / up to."""

    APPROX = "approx"
    MIN = "min"
    MAX = "max"


class Topic(enum.StrEnum):
    TRADE = "trade"
    LOGISTICS = "logistics"
    ENERGY = "energy"
    INVESTMENT = "investment"
    DIGITAL = "digital"
    AGRICULTURE = "agriculture"
    ECONOMY = "economy"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeric claim with its exact position in the source text.

    Offsets are half-open: ``text[start:end] == surface`` always holds.
    """

    start: int
    end: int
    surface: str
    value: float
    unit: str
    value_high: float | None = None
    per: str | None = None
    approx: Approx | None = None
    change: Change | None = None
    kind: Kind = Kind.ACTUAL
    metric: str | None = None
    topic: Topic = Topic.OTHER
    entities: tuple[str, ...] = field(default_factory=tuple)
    item: str | None = None
    period: str | None = None
    sentence: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able values: enums as their strings, entities as a list."""
        out = asdict(self)
        for key in ("approx", "change", "kind", "topic"):
            member = out[key]
            out[key] = member.value if member is not None else None
        out["entities"] = list(self.entities)
        return out


class Located(Protocol):
    """What reading a claim's context needs of it: a `Claim`, or a quantity not yet one."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def unit(self) -> str: ...
    @property
    def item(self) -> str | None: ...
    @property
    def change(self) -> Change | None: ...
    @property
    def per(self) -> str | None: ...
    @property
    def value(self) -> float: ...


class Draft(NamedTuple):
    """A quantity before it is a claim: what reading its context needs (`Located`)."""

    start: int
    end: int
    unit: str
    item: str | None
    change: Change | None
    per: str | None
    value: float


# The order of fields in the dataset (claim_id, doc_id and published are added there).
CLAIM_FIELD_ORDER: tuple[str, ...] = (
    "start",
    "end",
    "surface",
    "value",
    "value_high",
    "unit",
    "per",
    "approx",
    "change",
    "kind",
    "metric",
    "topic",
    "entities",
    "item",
    "period",
    "sentence",
)
