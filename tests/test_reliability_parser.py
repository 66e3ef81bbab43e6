"""Hostile input to the parser: bounded time and the written number policy.

RELIABILITY.md R1 (bounded time: input cap, regex budgets, linear patterns), R2 (never
raises), R4 (finite values, digit cap, signs, separators, non-ASCII digits) and catalogue
rows 4 and 12-24. The policy tested here is the one README.md states under "The parser".

Times are wall-clock (`time.perf_counter`) against the issue's bound of 2 s per hostile input.
This 2-core machine is shared, and a neighbour can only add time: an input over the bound is
timed again (at most three runs) and the fastest run counts. A quadratic pattern fails every
run, and a run still going at three times its bound (plus 5 s) is stopped by SIGALRM, so a
regression fails in seconds rather than hanging the suite. Growth checks compare CPU time
(`time.process_time`, the least disturbed clock) of an input and its double: linear is 2,
quadratic 4; the bound is 3.
"""

from __future__ import annotations

import contextlib
import math
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import dashboard.parser
from dashboard.claim import Change, Claim
from dashboard.parser import MAX_DIGITS, MAX_TEXT_CHARS, extract_claims
from dashboard.tables import MAX_CELLS

HOSTILE_LIMIT_S = 2.0  # issue 5, "Done when": each hostile input under 2 s on this machine
GROWTH_LIMIT = 3.0  # doubling the input at most triples the time (linear: 2, quadratic: 4)
# Documented parse budget for real prose (proposed for README "The parser"): at least
# 200,000 characters a second on this machine, so a 9.9 MB article parses in under a minute.
# Measured: about 450,000 characters a second with the machine otherwise busy.
PROSE_CHARS_PER_S = 200_000
ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles" / "articles"


class DeadlineExceeded(Exception):
    """A run went on far past its bound (raised by the SIGALRM handler)."""


@contextlib.contextmanager
def hard_deadline(seconds: float) -> Iterator[None]:
    """Stop a run that goes on far past its bound, so a regression fails in seconds instead
    of hanging the suite (regex checks for signals while matching). Main thread only."""
    if not hasattr(signal, "setitimer") or threading.current_thread() != threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise DeadlineExceeded(f"still running after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def best_time(run: Callable[[], Any], limit: float, attempts: int = 3) -> tuple[float, Any]:
    """Wall time of `run()`; over `limit`, run again (noise only adds time), keep the best.

    A run still going at three times `limit` (plus 5 s) fails the test at once.
    """
    best, result = math.inf, None
    for _ in range(attempts):
        start = time.perf_counter()
        with hard_deadline(3 * limit + 5):
            result = run()
        best = min(best, time.perf_counter() - start)
        if best < limit:
            break
    return best, result


def cpu_time(run: Callable[[], Any], repeats: int = 3) -> float:
    """Fastest CPU time of `repeats` runs (none may take a minute)."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        with hard_deadline(60):
            run()
        times.append(time.process_time() - start)
    return min(times)


def surfaces(claims: list[Claim]) -> list[str]:
    return [c.surface for c in claims]


def assert_well_formed(text: str, claims: list[Claim]) -> None:
    end = 0
    for claim in claims:
        assert text[claim.start:claim.end] == claim.surface and claim.start >= end
        assert math.isfinite(claim.value)
        assert claim.value_high is None or math.isfinite(claim.value_high)
        end = claim.end


# --- rows 15-18, 23 and more: hostile inputs, each under 2 s ------------------------------------

HOSTILE: list[tuple[str, str, list[str]]] = [
    # (id, text, the claims' surfaces it must give)
    ("row15-10000-digit-number", "Exports reached " + "7" * 10_000 + " tonnes.", []),
    ("row15-10000-digits-with-currency-and-scale", "$" + "7" * 10_000 + " million", []),
    ("row15-exponent-10000-digits", "1e" + "9" * 10_000 + " tonnes", []),
    ("row16-100000-ones-then-junk", "1" * 100_000 + " junk", []),
    ("row16-100000-ones-then-a-scale", "1" * 100_000 + " million tonnes", []),
    # A digit run the grammar refuses at its end ("10:30", "3/2024", "5th"): a scan that
    # restarted inside the run would read it again from every digit.
    ("row16-100000-ones-then-a-clock-colon", "1" * 100_000 + ":30", []),
    ("row16-100000-ones-then-a-slash", "1" * 100_000 + "/2024", []),
    ("row16-100000-ones-then-an-ordinal", "1" * 100_000 + "th", []),
    ("row17-comma-groups", "1," * 50_000 + "x", []),
    ("row17-dot-groups", "1." * 50_000, []),
    ("row17-space-groups", "1 " * 50_000 + "million?", ["1 million"]),
    ("row17-nbsp-groups", "123\u00a0" * 50_000 + "tonnes", []),
    ("row17-thin-space-groups", "123\u2009" * 50_000 + "tonnes", []),
    ("row17-dash-chain", "5-" * 50_000 + "6 million", []),
    ("row18-question-marks", "?" * 100_000 + "x", []),
    ("row18-open-parentheses", "(" * 500_000, []),
    ("row18-nines-then-letter", "9" * 1000 + "z", []),
    ("row18-leading-zeros", "0" * 100_000 + "1 tonnes", []),
    ("row18-currency-signs", "$" * 100_000 + "5", []),
    ("row18-minus-signs", "-" * 100_000 + "5", []),
    ("row18-quotes", '"' * 100_000, []),
    ("row18-letters-then-number", "x" * 100_000 + "5 tonnes", []),
    ("row12-arabic-indic-digit-run", "\u0663" * 100_000 + " tonnes", []),
    ("row13-bidi-override-run", "\u202e" * 100_000 + "5$", []),
    ("row14-zero-width-digit-run", "1\u200b" * 50_000, []),
    ("row23-nested-parentheses", "(" * 10_000 + "5" + ")" * 10_000, []),
    ("row23-deeper-nesting", "(" * 100_000 + "5" + ")" * 100_000, []),
    ("row23-nested-claim", "(" * 10_000 + "5 million tonnes" + ")" * 10_000,
     ["5 million tonnes"]),
    ("row23-nested-brackets-around-money", "[{" * 50_000 + "$5 million" + "}]" * 50_000,
     ["$5 million"]),
    ("row24-range-lead-words", "between 5 and " * 20_000, []),
    ("row24-from-to-chain", "rose from 5 to " * 20_000, []),
    ("words-and-scale-words", "million " * 100_000, []),
    # An unnamed route in every sentence and no named one: looking back for the route it
    # stands for must stop (unbounded, 8,000 such sentences took 11 s).
    ("unnamed-route-in-every-sentence", "The line carried 5 tonnes of grain. " * 4_000,
     ["5 tonnes"] * 4_000),
    # A correction notice on every line: each corrected figure looks up the figure told first
    # and the notice before it once, not every claim or notice again.
    ("correction-notice-on-every-line",
     "Aktau handled 62,000 TEU in 2024.\n" + "Correction: an earlier version of this article "
     "said the port handled 26,000 TEU; it handled 62,000 TEU.\n" * 3_000,
     ["62,000 TEU"] * 3_001),
    # Pipe tables: 5 MB of "|" and "-" (one line, and short rows that are all separators),
    # and a table of 100,000 rows, whose cells are read up to `tables.MAX_CELLS`.
    ("table-5mb-of-pipes-and-dashes", "|-" * 2_500_000, []),
    ("table-5mb-of-separator-rows", "|-|\n" * 1_250_000, []),
    ("table-100000-rows", "| Item | 2024, t |\n|---|---|\n" + "| a | 1 |\n" * 100_000,
     ["1"] * MAX_CELLS),
    # The same size (1 MB) as a table aligned with spaces (pasted from a PDF): as many cells.
    ("spaced-table-50000-rows", "Cargo (t)\n        2023    2024\n"
     + "Aktau      1     2\n" * 50_000, ["1", "2"] * (MAX_CELLS // 2)),
    # ... and as a table of bars between its cells, none at the line's ends (a bulletin's).
    ("bare-pipe-table-100000-rows", "Crossing | Trucks | Hours\n" + "Aktau | 1 | 2\n" * 100_000,
     ["1", "2"] * (MAX_CELLS // 2)),
    # A chart's data written out, 50,000 items, and a pipe table whose 50,000 rows are years:
    # the rows past the cap are no context either (their years are not read).
    ("series-50000-items", "Cargo on the route, million tonnes\n" + "2021: 1\n" * 50_000,
     ["1"] * MAX_CELLS),
    ("table-50000-rows-of-years", "| Year | Cargo, t |\n|---|---|\n" + "| 2021 | 1 |\n" * 50_000,
     ["1"] * MAX_CELLS),
    # A small number before a megabyte of spaces: a time trigger's look-ahead backtracked
    # over the run ("5" then spaces then "months"), the whole text timed out and gave nothing.
    ("number-then-1mb-of-spaces",
     "Exports reached 5 t. In 5" + " " * 1_000_000 + "months later 12 tonnes",
     ["5 t", "12 tonnes"]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in HOSTILE])
def test_hostile_input_finishes_under_two_seconds(text: str, expected: list[str]) -> None:
    elapsed, claims = best_time(lambda: extract_claims(text), HOSTILE_LIMIT_S)
    assert elapsed < HOSTILE_LIMIT_S, f"{elapsed:.2f} s"
    assert surfaces(claims) == expected
    assert_well_formed(text, claims)


# --- R1: time grows linearly ----------------------------------------------------------------------


def _prose() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt")))


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


GROWTH: list[tuple[str, Callable[[int], str], int]] = [
    # (id, text of n characters, n: sized so one run takes some tens of milliseconds)
    ("digit-run", lambda n: "1" * n + " million", 1_000_000),
    ("digit-run-refused-at-its-end", lambda n: "1" * n + ":30", 1_000_000),
    ("space-separated-ones", lambda n: _repeat("1 ", n) + "million", 20_000),
    ("dense-money-claims", lambda n: _repeat("($5 ", n), 6_000),
    ("range-lead-words", lambda n: _repeat("between 5 and ", n), 20_000),
    ("nested-parentheses", lambda n: "(" * (n // 2) + "5" + ")" * (n // 2), 500_000),
    ("news-prose", lambda n: _repeat(_prose() + "\n\n", n), 50_000),
]


@pytest.mark.parametrize("make,n", [pytest.param(m, n, id=i) for i, m, n in GROWTH])
def test_doubling_the_input_at_most_triples_the_time(make: Callable[[int], str], n: int) -> None:
    small, large = make(n), make(2 * n)
    ratio = cpu_time(lambda: extract_claims(large)) / max(cpu_time(lambda: extract_claims(small)),
                                                           1e-3)
    assert ratio < GROWTH_LIMIT, f"time x{ratio:.1f} for input x2"


# --- rows 4 and 19: long texts ------------------------------------------------------------------


def test_row04_real_prose_parses_within_the_documented_budget() -> None:
    """1 MB of the bundled articles (linear above: 9.9 MB takes under ten times as long)."""
    text = _repeat(_prose() + "\n\n", 2**20)
    budget = len(text) / PROSE_CHARS_PER_S
    elapsed, claims = best_time(lambda: extract_claims(text, published="2025-01-01"), budget,
                                attempts=2)
    assert elapsed < budget, f"{len(text) / elapsed:,.0f} characters/s"
    assert len(claims) > 10_000
    assert_well_formed(text, claims)


def test_row19_one_five_megabyte_line_is_bounded_and_its_sentence_context_truncated() -> None:
    filler = "the corridor carried cargo between ports and more words follow without a stop "
    chunk = _repeat(filler, 10_000 - 40) + " it carried 12 million tonnes of grain "
    text = _repeat(chunk, 5_000_000)
    assert not any(mark in text for mark in ".!?;\n")
    budget = 15.0  # measured: 3-4 s (a sentence read whole around each quantity: many minutes)
    elapsed, claims = best_time(lambda: extract_claims(text), budget, attempts=2)
    assert elapsed < budget, f"{elapsed:.1f} s"
    assert len(claims) == 500 and set(surfaces(claims)) == {"12 million tonnes"}
    for claim in claims:
        assert claim.surface in claim.sentence and len(claim.sentence) <= 1000


def test_input_beyond_the_cap_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_TEXT_CHARS == 10_000_000  # the documented cap
    text = "Exports reached 5 million tonnes. " + " " * 1000 + "Imports reached 7 million tonnes."
    assert surfaces(extract_claims(text)) == ["5 million tonnes", "7 million tonnes"]
    monkeypatch.setattr(dashboard.parser, "MAX_TEXT_CHARS", 1000)
    assert surfaces(extract_claims(text)) == ["5 million tonnes"]


# --- R4: the number policy, rows 12-14 and 20-24 -------------------------------------------------

# (id, text, [(surface, value, value_high, unit)]); README "The parser", "Number policy".
POLICY: list[tuple[str, str, list[tuple[str, float, float | None, str]]]] = [
    # Row 12: only ASCII digits form numbers; a number touching another script's digit is
    # ignored whole, never half-parsed.
    ("row12-arabic-indic", "Exports reached \u0663\u0664\u0665 million tonnes.", []),
    ("row12-arabic-indic-then-ascii", "Exports reached \u0663\u06645 tonnes.", []),
    ("row12-ascii-then-arabic-indic", "Exports reached 5\u0663 tonnes.", []),
    ("row12-fullwidth", "Exports reached \uff11\uff12\uff13 tonnes.", []),
    ("row12-fullwidth-then-ascii", "Exports reached \uff11\uff123 tonnes.", []),
    ("row12-ascii-then-fullwidth", "Exports reached 3\uff11\uff12 tonnes.", []),
    ("row12-math-bold", "The port handled \U0001d7d7 million tonnes.", []),
    ("row12-math-bold-then-ascii", "Exports reached \U0001d7d79 tonnes.", []),
    ("row12-devanagari", "Exports reached \u096b\u0966 tonnes.", []),
    # Row 13: a number inside bidi controls is not read (the app shows the controls as marks).
    ("row13-override", "The fee is \u202e005$\u202c per box.", []),
    ("row13-embedding", "Exports reached \u202a5 tonnes\u202c.", []),
    ("row13-isolate", "Trade reached \u2067$529 million\u2069 last year.", []),
    ("row13-first-strong-isolate", "Exports reached \u20665 tonnes\u2069.", []),
    ("row13-mark-inside", "Exports reached 5\u200e000 tonnes.", []),
    # Row 14: only the documented separators join digit groups; zero-width ones never do.
    ("row14-zero-width-space", "The port handled 1\u200b234 tonnes.", []),
    ("row14-zero-width-non-joiner", "Exports reached 5\u200c0 tonnes.", []),
    ("row14-zero-width-joiner", "The port handled 1\u200d234 tonnes.", []),
    ("row14-word-joiner", "Exports reached 5\u2060000 tonnes.", []),
    ("row14-bom-inside", "Exports reached 5\ufeff000 tonnes.", []),
    ("row14-nbsp", "The port handled 531\u00a0731 tonnes.",
     [("531\u00a0731 tonnes", 531731, None, "t")]),
    ("row14-thin-space", "The port handled 64\u2009250 TEU.", [("64\u2009250 TEU", 64250, None,
                                                                "TEU")]),
    ("row14-narrow-nbsp", "The port handled 64\u202f250 TEU.", [("64\u202f250 TEU", 64250, None,
                                                                 "TEU")]),
    ("row14-space", "The port handled 1 234 567 tonnes.",
     [("1 234 567 tonnes", 1234567, None, "t")]),
    # Other spaces neither join digit groups nor leave half a number ("64 250" is not 250).
    ("row14-figure-space", "The port handled 64\u2007250 TEU.", []),
    ("row14-en-space", "The port handled 64\u2002250 TEU.", []),
    ("row14-ideographic-space", "The port handled 64\u3000250 TEU.", []),
    # Row 15: past 15 significant digits a digit run is not a quantity.
    ("row15-sixteen-digits", "Exports reached " + "7" * 16 + " tonnes.", []),
    ("row15-decimal-past-the-cap", "Exports reached 123456789012345.6 tonnes.", []),
    ("row15-fifteen-significant-digits-kept", "Exports reached 123,456,789,012,345 tonnes.",
     [("123,456,789,012,345 tonnes", 123456789012345, None, "t")]),
    ("row15-fifteen-digits-with-a-scale", "Trade reached $1.23456789012345 million.",
     [("$1.23456789012345 million", 1234567.89012345, None, "USD")]),
    ("row15-leading-zeros-are-not-significant", "Exports reached 0000000000000000005 tonnes.",
     [("0000000000000000005 tonnes", 5, None, "t")]),
    # Row 20: no exponents, no infinities, no NaN; a real figure beside them survives.
    ("row20-1e309", "The port handled 1e309 tonnes.", []),
    ("row20-1E+400", "The port handled 1E+400 tonnes.", []),
    ("row20-infinity", "Trade was Infinity dollars.", []),
    ("row20-nan", "Trade was NaN tonnes.", []),
    ("row20-beside-a-figure", "Exports reached 1e309 tonnes and 5 tonnes.",
     [("5 tonnes", 5, None, "t")]),
    ("row20-among-figures", "Exports reached 5 tonnes, 1E+400 tonnes and NaN tonnes.",
     [("5 tonnes", 5, None, "t")]),
    # Row 21: signs.
    ("row21-dollar-minus", "The operator's net result was $-5 million.",
     [("$-5 million", -5e6, None, "USD")]),
    ("row21-minus-dollar", "The operator's net result was -$5 million.",
     [("-$5 million", -5e6, None, "USD")]),
    ("row21-unicode-minus", "Output fell \u22125% in May.", [("\u22125%", -5, None, "%")]),
    ("row21-hyphen-minus", "Output fell -5% in May.", [("-5%", -5, None, "%")]),
    ("row21-minus-word", "The loss was minus 233 million dollars.",
     [("minus 233 million dollars", -233e6, None, "USD")]),
    ("row21-plus", "Output rose +5% in May.", [("+5%", 5, None, "%")]),
    ("row21-fullwidth-minus", "Exports reached \uff0d5 tonnes.",
     [("\uff0d5 tonnes", -5, None, "t")]),
    ("row21-small-minus", "Exports reached \ufe635 tonnes.", [("\ufe635 tonnes", -5, None, "t")]),
    ("row21-figure-dash", "Exports reached \u20125 tonnes.", [("\u20125 tonnes", -5, None, "t")]),
    ("row21-parentheses-are-not-a-sign", "Trade with Georgia ($45 million) grew.",
     [("$45 million", 45e6, None, "USD")]),
    ("row21-parenthesised-bare-number", "The result was (5) million dollars.", []),
    # Row 22: separators.
    ("row22-comma-thousands-dot-decimal", "Output reached 1,234.5 tonnes.",
     [("1,234.5 tonnes", 1234.5, None, "t")]),
    ("row22-dot-thousands-comma-decimal", "Output reached 1.234,5 tonnes.",
     [("1.234,5 tonnes", 1234.5, None, "t")]),
    ("row22-space-thousands-comma-decimal", "Output reached 1 234,5 tonnes.",
     [("1 234,5 tonnes", 1234.5, None, "t")]),
    ("row22-lone-comma-three-digits-is-thousands", "Output reached 1,234 tonnes.",
     [("1,234 tonnes", 1234, None, "t")]),
    ("row22-comma-two-digits-is-decimal", "Output reached 1,23 tonnes.",
     [("1,23 tonnes", 1.23, None, "t")]),
    ("row22-lone-dot-three-digits-is-decimal", "Output reached 1.234 tonnes.",
     [("1.234 tonnes", 1.234, None, "t")]),
    ("row22-dot-groups", "Exports reached 1.234.567 tonnes.",
     [("1.234.567 tonnes", 1234567, None, "t")]),
    ("row22-indian-lakh-grouping", "Exports reached 12,34,567 tonnes.",
     [("12,34,567 tonnes", 1234567, None, "t")]),
    ("row22-two-digit-groups-without-a-last-three-are-not-guessed",
     "Exports reached 12,34,56 tonnes.", []),
    ("row22-irregular-dots-are-not-guessed", "Exports reached 1.23.45 tonnes.", []),
    ("row22-leading-comma-is-not-a-number", "Exports reached ,5 tonnes.", []),
    # Row 24: ranges per policy; years, fiscal years and quarters are periods, never claims.
    ("row24-percent-range", "Growth was 5\u201310% a year.", [("5\u201310%", 5, 10, "%")]),
    ("row24-between", "Trade was between 3 and 4 million tonnes.",
     [("3 and 4 million tonnes", 3e6, 4e6, "t")]),
    ("row24-money-range", "Trade was $1,200-1,500 per box.",
     [("$1,200-1,500", 1200, 1500, "USD")]),
    ("row24-two-year-season", "The 2023\u201324 season was good.", []),
    ("row24-fiscal-year", "FY2024 was good.", []),
    ("row24-quarter", "Q3 2025 was good.", []),
    ("row24-fiscal-year-beside-a-claim", "Exports in FY2024 were 5 million tonnes.",
     [("5 million tonnes", 5e6, None, "t")]),
    ("row24-quarter-beside-a-claim", "Exports rose 5% in Q3 2025.", [("5%", 5, None, "%")]),
]


@pytest.mark.parametrize("text,expected", [pytest.param(t, e, id=i) for i, t, e in POLICY])
def test_number_policy(text: str, expected: list[tuple[str, float, float | None, str]]) -> None:
    claims = extract_claims(text)
    assert [(c.surface, c.value, c.value_high, c.unit) for c in claims] == expected
    assert_well_formed(text, claims)


def test_row21_signed_percentages_are_changes_and_periods_are_attached_not_claimed() -> None:
    assert [c.change for c in extract_claims("Output fell \u22125% in May.")] == [Change.DECREASE]
    assert [c.change for c in extract_claims("Output rose +5% in May.")] == [Change.INCREASE]
    [quarter] = extract_claims("Exports rose 5% in Q3 2025.")
    assert quarter.period == "2025-07/2025-09"
    [season] = extract_claims("Exports in 2023\u201324 were 5 million tonnes.")
    assert season.period == "2023/2024"


def test_row15_digit_cap_and_no_int_of_a_huge_run() -> None:
    """A 10,000-digit run is never converted (int() of it would raise in Python 3.11)."""
    assert MAX_DIGITS == 15
    ok = "Exports reached " + "7" * MAX_DIGITS + " tonnes."
    assert len(extract_claims(ok)) == 1
    assert extract_claims(ok.replace("7" * MAX_DIGITS, "7" * (MAX_DIGITS + 1))) == []
    for n_digits in (4301, 10_000):  # past sys.get_int_max_str_digits()
        assert extract_claims("$" + "7" * n_digits) == []


# --- regex budgets: a budget that runs out makes the parser return, never raise ----------------


@pytest.mark.parametrize("after_the_quantity_scan", [True, False], ids=["context", "everywhere"])
def test_a_regex_budget_running_out_never_raises(after_the_quantity_scan: bool,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow machine or a huge text can outrun any budget: the parser must still return.

    Every whole-text scan (or every one after the quantity scan: context, facts, word
    lexicons) is given no time at all.
    """
    for name, module in list(sys.modules.items()):
        if name.startswith("dashboard.") and hasattr(module, "scan_timeout") and not (
                after_the_quantity_scan and name == "dashboard.scanning"):
            monkeypatch.setattr(module, "scan_timeout", lambda n_chars: 1e-9)
    text = "Cargo through the port reached 2.8 million tonnes in 2023. " * 2000
    assert extract_claims(text) == []


def test_a_regex_budget_running_out_in_the_quantity_scan_returns_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dashboard.scanning.scan_timeout", lambda n_chars: 1e-9)
    assert extract_claims("Cargo through the port reached 2.8 million tonnes. " * 2000) == []


# Run in a fresh interpreter: `regex.compile` is wrapped before the parser compiles its
# patterns, so that every anchored match it makes on a long text is seen with its window.
_ANCHORED_PROBE = r"""
import sys
import regex

compile_ = regex.compile
seen = set()


class Probe:
    def __init__(self, pattern):
        self._pattern = pattern

    def __getattr__(self, name):
        attr = getattr(self._pattern, name)
        if name not in ("match", "fullmatch"):
            return attr

        def call(string, pos=0, endpos=None, **kwargs):
            end = len(string) if endpos is None else min(endpos, len(string))
            if len(string) > 50_000 and end - pos > 5_000 and "timeout" not in kwargs:
                seen.add(self._pattern.pattern[:60])
            return attr(string, pos, len(string) if endpos is None else endpos, **kwargs)

        return call


regex.compile = lambda *args, **kwargs: Probe(compile_(*args, **kwargs))
from dashboard.parser import extract_claims

text = sys.stdin.read()
extract_claims(text, published="2025-01-01")
print("\n".join(sorted(seen)))
"""


def test_anchored_matches_read_a_window_not_the_rest_of_the_text() -> None:
    """A `match` at a position of a long text, with no end given, first looks for a literal
    its pattern needs in all the rest of the text (the regex engine's fast check): one call a
    figure made parsing quadratic ("Aktau shipped 5 tonnes of grain. " x 20,000: 22 s). Every
    anchored match the parser makes without a timeout must be given a window
    (`scanning.match_at`)."""
    import subprocess

    text = _prose() + "\n\n" + "Aktau shipped 5 tonnes of grain. " * 3_000
    run = subprocess.run([sys.executable, "-c", _ANCHORED_PROBE], input=text, text=True,
                         capture_output=True, check=True, cwd=Path(__file__).parent.parent,
                         timeout=300)
    assert run.stdout.strip() == "", f"unbounded anchored matches:\n{run.stdout}"
