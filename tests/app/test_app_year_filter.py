"""The "figure refers to" year filter without a browser: reading a period as years, the
filter's normalisation, file names, URLs, the mask and the words that describe it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from appdata import FixtureData

from dashboard.store import Filters, Store
from dashboard.store.periods import period_years

# (period as the parser writes it, years it touches: first, last (None: open), or None)
PERIOD_YEARS: list[tuple[str | None, tuple[int, int | None] | None]] = [
    ("2023", (2023, 2023)),                 # a closed year
    ("2024-03", (2024, 2024)),              # a month
    ("2024-03-11", (2024, 2024)),           # a day
    ("2024-Q3", (2024, 2024)),              # a quarter
    ("2024-H1", (2024, 2024)),              # a half year
    ("2024-01/2024-11", (2024, 2024)),      # months of one year
    ("2019-12/2020-01", (2019, 2020)),      # months across a new year
    ("2021/2024", (2021, 2024)),            # years
    ("2024/2021", (2021, 2024)),            # reversed bounds, read as the midpoint reads them
    ("2020/..", (2020, None)),              # open: every year from 2020 on
    ("2024-Q2/..", (2024, None)),           # open from a quarter
    (None, None), ("", None),               # unknown
    ("garbage", None), ("2024-13", None), ("2024-02-30", None), ("2024-Q5", None),
    ("../2024", None), ("2020/..x", None), ("2020/2021/2022", None), ("/2024", None),
    ("..", None), ("20245", None),
]


@pytest.mark.parametrize("period, expected", PERIOD_YEARS)
def test_app_year001_period_years(period: str | None,
                                  expected: tuple[int, int | None] | None) -> None:
    assert period_years(period) == expected
