"""The benchmark scripts import, and their scoring behaves on small hand-made inputs.

No benchmark data is read here: the suite runs from the repository alone.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dashboard.claim import Approx, Change, Claim

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load(name: str) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


common = _load("_bench_common")
accuracy = _load("bench_accuracy")
speed = _load("bench_speed")
regex_share = _load("bench_regex_share")
Q = common.Quantity


@pytest.mark.parametrize(
    ("name", "surface", "expected"),
    [
        ("dollar", "$", ("USD", 1.0, "money")),
        ("cent", "cents", ("USD", 0.01, "money")),
        ("metric ton", "tonnes", ("t", 1.0, "physical")),
        ("ton", "tons", ("t", 1.0, "physical")),
        ("gigaton", "gigatonnes", ("t", 1e9, "physical")),
        ("barrel per day", "bpd", ("bbl/day", 1.0, "physical")),
        ("dollar per barrel", "$ per barrel", ("USD/bbl", 1.0, "money")),
        ("percentage", "%", ("%", 1.0, "percent")),
        ("percentage per year", "percent a year", ("%/year", 1.0, "percent")),
        ("% of the voters", "%", ("%", 1.0, "percent")),
        ("basis point", "bps", ("pp", 0.01, "percent")),
        ("day", "days", ("day", 1.0, "duration")),
        ("point", "points", ("point", 1.0, "other")),
        ("year of age", "years old", ("age", 1.0, "other")),
        ("-", "-", ("-", 1.0, "other")),
        ("count", "times", ("x", 1.0, "other")),
        ("count", "count", ("count", 1.0, "count")),
        ("happy customer", "customers", ("count", 1.0, "count")),
        ("per cent", "per cent", ("%", 1.0, "percent")),
    ],
)
def test_gold_unit_maps_names_to_our_codes(
    name: str, surface: str, expected: tuple[str, float, str]
) -> None:
    assert common.gold_unit(name, surface) == expected


def test_in_scope_categories_exclude_counts_points_and_ages() -> None:
    in_scope = common.IN_SCOPE_CATEGORIES
    assert common.unit_category("dollar") in in_scope
    assert common.unit_category("kilometre per hour") in in_scope
    for name in ("point", "people", "year of age", "-", "count"):
        assert common.unit_category(name) not in in_scope


def test_our_unit_joins_per_and_applies_factors() -> None:
    assert common.our_unit("t", "year") == ("t/year", 1.0)
    assert common.our_unit("bbl", "days") == ("bbl/day", 1.0)
    assert common.our_unit("USD", "40ft container") == ("USD/container", 1.0)
    assert common.our_unit("Gt", None) == ("t", 1e9)
    assert common.our_category("KZT") == "money"
    assert common.our_category("TEU") == "physical"
    assert common.our_category("x") == "multiplier"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("529000000.0", (529000000.0, None)),
        ("252.0-287.0", (252.0, 287.0)),
        ("3.0 - 4.0", (3.0, 4.0)),
        ("-1.4", (-1.4, None)),
        ("1E-5", (1e-5, None)),
    ],
)
def test_parse_gold_value(text: str, expected: tuple[float, float | None]) -> None:
    assert common.parse_gold_value(text) == expected


def test_value_match_uses_isclose_and_both_range_bounds() -> None:
    assert common.value_match(Q(100.0, "USD"), Q(100.0004, "EUR"))
    assert not common.value_match(Q(100.0, "USD"), Q(100.1, "USD"))
    assert common.value_match(Q(5.0, "t", high=6.0), Q(5.0, "t", high=6.0))
    assert not common.value_match(Q(5.0, "t", high=6.0), Q(5.0, "t", high=7.0))
    assert not common.value_match(Q(5.0, "t", high=6.0), Q(5.0, "t"))


def test_unit_match_compares_after_the_factor() -> None:
    cents = Q(19.0, "USD", factor=0.01)
    assert common.unit_match(cents, Q(0.19, "USD"))
    assert common.value_match(cents, Q(0.19, "USD"))  # value+unit implies value
    assert not common.unit_match(cents, Q(19.0, "EUR"))


def test_change_match_needs_the_same_symbol() -> None:
    assert common.change_match(Q(5.0, "%", change="up"), Q(5.0, "count", change="up"))
    assert not common.change_match(Q(5.0, "%", change="up"), Q(5.0, "%", change="="))


def test_max_matching_is_one_to_one_and_maximal() -> None:
    golds = [Q(1.0, "t"), Q(1.0, "USD")]
    preds = [Q(1.0, "USD"), Q(1.0, "t"), Q(1.0, "t")]
    assert len(common.max_matching(golds, preds, common.unit_match)) == 2
    assert len(common.max_matching(golds, preds[:1], common.value_match)) == 1


def test_select_drops_predictions_that_stand_for_out_of_scope_gold() -> None:
    golds = [Q(30.0, "USD"), Q(14.0, "count", in_scope=False)]
    preds = [Q(30.0, "USD"), Q(14.0, "count"), Q(2019.0, "count")]
    part = common.select(golds, preds, common.counted_in_scope)
    assert part.golds == [golds[0]]
    assert part.preds == [preds[0], preds[2]]  # the year stays a false positive
    assert part.dropped == [preds[1]]
    whole = common.select(golds, preds, common.counted_all)
    assert len(whole.golds) == 2 and len(whole.preds) == 3


def test_select_prefers_counted_gold_for_a_shared_value() -> None:
    golds = [Q(3.0, "count", in_scope=False), Q(3.0, "hour")]
    part = common.select(golds, [Q(3.0, "day")], common.counted_in_scope)
    assert part.preds == [Q(3.0, "day")]  # a value hit on in-scope gold, wrong unit


def test_optional_gold_is_neither_missed_nor_a_false_positive() -> None:
    golds = [Q(40.0, "ft", optional=True), Q(2000.0, "USD")]
    tally = common.score([(golds, [Q(40.0, "ft"), Q(2000.0, "USD")])], common.counted_all)
    assert (tally.gold, tally.pred) == (1, 1)
    assert tally.prf("value") == (1.0, 1.0, 1.0)


def test_tally_precision_recall_f1() -> None:
    golds = [Q(1.0, "t"), Q(2.0, "t", change="up")]
    preds = [Q(1.0, "t"), Q(2.0, "USD", change="up"), Q(9.0, "t")]
    tally = common.score([(golds, preds), ([], [])], common.counted_all)
    assert tally.prf("value") == pytest.approx((2 / 3, 1.0, 0.8))
    assert tally.prf("value+unit") == pytest.approx((1 / 3, 0.5, 0.4))
    assert common.Tally().prf("value") == (None, None, None)


@pytest.mark.parametrize(
    ("change", "approx", "symbols"),
    [("increase", "approx", ("~", "up")), ("decrease", "max", ("<", "down")),
     ("decrease", None, ("down", None)), (None, "approx", ("~", None)),
     (None, "min", (">", None)), (None, "max", ("<", None)), (None, None, ("=", None))],
)
def test_claim_change_symbol(
    change: str | None, approx: str | None, symbols: tuple[str, str | None]
) -> None:
    assert accuracy.claim_change_symbol(change, approx) == symbols


@pytest.mark.parametrize(("gold", "matches"), [("~", True), ("up", True), ("=", False),
                                               ("down", False), (">", False)])
def test_a_hedged_change_matches_either_symbol(gold: str, matches: bool) -> None:
    claim = Claim(start=0, end=4, surface="1.5%", value=1.5, unit="%", approx=Approx.APPROX,
                  change=Change.INCREASE)
    pred = accuracy.claim_to_quantity(claim)
    assert common.change_match(Q(1.5, "%", change=gold), pred) is matches
    assert accuracy.claim_to_quantity(claim, coarse_change=True).change == "change"


def test_claim_to_quantity_reads_a_claim() -> None:
    claim = Claim(start=0, end=10, surface="5-6 mt", value=5e6, value_high=6e6, unit="t",
                  per="year", approx=Approx.MIN, change=None)
    expected = Q(5e6, "t/year", change=">", high=6e6, text="5-6 mt")
    assert accuracy.claim_to_quantity(claim) == expected
    grew = Claim(start=0, end=8, surface="fivefold", value=5.0, unit="x", change=Change.INCREASE)
    assert accuracy.claim_to_quantity(grew, coarse_change=True).change == "change"


def test_quantulum_midpoint_becomes_a_range_but_plus_minus_does_not() -> None:
    ranged = accuracy.quantulum_to_quantity(3.5, 0.5, "litre", "3 to 4 L")
    assert (ranged.value, ranged.high, ranged.unit) == (3.0, 4.0, "l")
    plus_minus = accuracy.quantulum_to_quantity(9.8, 0.1, "metre", "9.8 +/- 0.1 m")
    assert (plus_minus.value, plus_minus.high) == (9.8, None)
    assert accuracy.quantulum_to_quantity(1.0, None, "dollar barn", "$1 bn").unit == "?dollar barn"


def test_accuracy_script_skips_without_benchmarks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert accuracy.main(["--benchmarks", str(tmp_path / "missing")]) == 0
    assert "skipped" in capsys.readouterr().out


def test_markdown_table_has_a_row_per_set_and_part() -> None:
    bench = accuracy.BenchSet("tiny", (), has_change=False)
    tally = common.score([([Q(1.0, "t")], [Q(1.0, "t")])], common.counted_all)
    row = accuracy.tally_json(tally, bench)
    assert "value+change" not in row
    text = accuracy.markdown({"tiny": {"all": {"ours": row}, "in-scope": {"ours": row}}}, ["ours"])
    assert "| tiny | all | 1 | 1.000 / 1.000 / — | 1 |" in text
    assert "| tiny | in-scope | ours |" in text


def test_speed_text_is_deterministic_and_sized() -> None:
    first = speed.make_documents(20_000, seed=3)
    assert first == speed.make_documents(20_000, seed=3)
    assert first != speed.make_documents(20_000, seed=4)
    assert sum(map(len, first)) >= 20_000
    assert all(len(doc) >= speed.DOC_CHARS for doc in first)
    seconds, found = speed.time_calls(lambda text: text.split(), first[:2])
    assert seconds >= 0 and found > 0


def test_regex_share_records_every_engine_call_and_undoes_the_wrapping() -> None:
    import regex

    compile_before = regex.compile
    log: list[object] = []
    undo = regex_share._record_compiles(log)
    try:
        pattern = regex.compile(r"\d++")
        assert pattern.search("a 12 b", timeout=1.0).group() == "12"
        assert [m.group() for m in pattern.finditer("1 2 3")] == ["1", "2", "3"]
        assert regex.match(r"[a-z]++", "ab1").group() == "ab"
        assert pattern.pattern == r"\d++"  # other attributes pass through, unrecorded
    finally:
        undo()
    assert regex.compile is compile_before
    assert [(lazy, kwargs) for _, _, kwargs, lazy in log] == [
        (False, {"timeout": 1.0}), (True, {}), (False, {})]
    assert regex_share.replay(log) >= 0.0


def test_error_dump_pairs_full_matches_first() -> None:
    golds = [Q(0.2, "%", change="up"), Q(0.2, "%", change="down")]
    preds = [Q(0.2, "%", change="down"), Q(0.2, "%", change="up")]
    assert accuracy._staged_pairs(golds, preds) == [(0, 1), (1, 0)]
    bench = accuracy.BenchSet("tiny", (accuracy.Case("t", tuple(golds)),), has_change=True)
    lines = list(accuracy.error_lines(bench, [preds], "all"))
    assert lines == ["totals: FN 0, FP 0, UNIT 0, CHANGE 0"]


def test_levels_part_splits_from_to_ranges_after_a_verb_of_change_only() -> None:
    moved = accuracy.Case("Horsepower rose from 240.5 hp to 273 hp.",
                          (Q(240.5, "hp", high=273.0, change="up"),))
    assert accuracy.as_levels(moved) == (Q(240.5, "hp"), Q(273.0, "hp"))
    span = accuracy.Case("Prices range from 5 to 6 dollars.", (Q(5.0, "USD", high=6.0),))
    assert accuracy.as_levels(span) == span.golds
    revised = accuracy.Case("Growth was revised from 5 to 7 per cent to 3 to 5 per cent.",
                            (Q(5.0, "%", high=7.0), Q(3.0, "%", high=5.0)))
    assert accuracy.as_levels(revised) == revised.golds


def test_value_match_after_the_factor_ignores_the_rate_but_not_the_unit() -> None:
    gigatonnes = Q(127.0, "t", factor=1e9)
    assert common.value_match(gigatonnes, Q(1.27e11, "t/year"))
    assert not common.value_match(gigatonnes, Q(1.27e11, "USD"))


def test_versions_are_timed_side_by_side_on_the_same_text() -> None:
    """HEAD against the working tree on a few documents: the same claims, a finite ratio."""
    import shutil
    import subprocess

    root = SCRIPTS.parent
    inside = shutil.which("git") and subprocess.run(
        ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, check=False
    ).returncode == 0
    if not inside:
        pytest.skip("not a git checkout: there is no other version to time against")
    versions = _load("bench_versions")
    result = versions.compare("HEAD", None, mb=0.02, runs=1)
    assert result["claims"]["base"] > 0
    assert result["ratio"] > 0
    assert "new / base" in versions.report(result)


def test_held_out_tables_are_scored_with_the_spec_tests_own_check() -> None:
    """The working tree passes every held-out example but its tables' known gaps."""
    heldout = _load("bench_heldout")
    modules = heldout.heldout_modules()
    assert "own_heldout_trade" in modules
    scores = heldout.score(SCRIPTS.parent, ["own_heldout_trade"])
    sys.path.insert(0, str(SCRIPTS.parent / "tests"))
    from parser_specs import own_heldout_trade

    examples = len(own_heldout_trade.EXAMPLES)
    assert scores == {"own_heldout_trade": [examples - len(own_heldout_trade.KNOWN_GAPS),
                                            examples]}
    table = heldout.report({"working tree": scores})
    assert "| trade |" in table and "| all |" in table


@pytest.mark.parametrize(("surface", "gold", "matches"), [
    ("A third", 0.3333333, True),  # NewsQuant writes a fraction in words as a decimal
    ("A third", 33.33333, True),
    ("33.3%", 0.333, False),  # a figure written with digits is compared as written
])
def test_a_fraction_in_words_compares_as_a_fraction(
    surface: str, gold: float, matches: bool
) -> None:
    claim = Claim(start=0, end=len(surface), surface=surface, value=100 / 3 if "t" in surface
                  else 33.3, unit="%")
    pred = accuracy.claim_to_quantity(claim)
    assert common.value_match(Q(gold, "%"), pred) is matches


@pytest.mark.parametrize(("surface", "gold", "matches"), [
    ("one per cent", 1.0, True),  # a percentage in words is still a percentage
    ("five percent", 5.0, True),
    ("half", 0.5, True),  # a fraction in words is compared as the fraction
    ("half", 50.0, False),
])
def test_a_percentage_in_words_keeps_its_unit(surface: str, gold: float, matches: bool) -> None:
    value = 50.0 if surface == "half" else float(gold)
    claim = Claim(start=0, end=len(surface), surface=surface, value=value, unit="%")
    pred = accuracy.claim_to_quantity(claim)
    assert common.unit_match(Q(gold, "%"), pred) is matches
