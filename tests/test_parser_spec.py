"""Spec-driven parser tests: every example of `tests/parser_specs` through one test.

An example passes when the parser finds exactly the expected claims, in order, each at the
expected offsets (`text[start:end] == surface`), with the expected value and unit and every
other field the example names. Known gaps run as strict xfails: a fix turns them into
failures until the id is taken off its module's `KNOWN_GAPS`.
"""

from __future__ import annotations

import csv
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import parser_specs
import pytest
from parser_specs import (
    Example,
    corpus_000_010,
    corpus_011_020,
    corpus_021_030,
    corpus_031_040,
    describe,
    mismatches,
    own_context,
    own_heldout_afghan,
    own_heldout_ago,
    own_heldout_agri,
    own_heldout_agriyield,
    own_heldout_ais,
    own_heldout_arbitration,
    own_heldout_armenia,
    own_heldout_aviation,
    own_heldout_blacksea,
    own_heldout_border,
    own_heldout_breakdowns,
    own_heldout_bri,
    own_heldout_build,
    own_heldout_captions,
    own_heldout_carry,
    own_heldout_cars,
    own_heldout_caspports,
    own_heldout_cerail,
    own_heldout_cku,
    own_heldout_codes,
    own_heldout_coldchain,
    own_heldout_commodities,
    own_heldout_compare,
    own_heldout_containers,
    own_heldout_corporate,
    own_heldout_corrections,
    own_heldout_corridors,
    own_heldout_customs,
    own_heldout_digital,
    own_heldout_disrupt,
    own_heldout_ecommerce,
    own_heldout_energy,
    own_heldout_enforcement,
    own_heldout_entities5,
    own_heldout_entities6,
    own_heldout_entities7,
    own_heldout_entities8,
    own_heldout_equities,
    own_heldout_eugateway,
    own_heldout_exchanges,
    own_heldout_fez,
    own_heldout_finance,
    own_heldout_fiscal,
    own_heldout_fleet,
    own_heldout_flows,
    own_heldout_formats,
    own_heldout_freightmkt,
    own_heldout_fuel,
    own_heldout_fx,
    own_heldout_green,
    own_heldout_growth,
    own_heldout_gulf,
    own_heldout_headlines,
    own_heldout_hedges,
    own_heldout_history,
    own_heldout_hubs,
    own_heldout_instc,
    own_heldout_insurance,
    own_heldout_interviews,
    own_heldout_investclimate,
    own_heldout_kgtj,
    own_heldout_labour,
    own_heldout_laws,
    own_heldout_loanterms,
    own_heldout_localcurrencies,
    own_heldout_logistics,
    own_heldout_longform,
    own_heldout_longform2,
    own_heldout_longform3,
    own_heldout_longform4,
    own_heldout_longform5,
    own_heldout_longform6,
    own_heldout_longform7,
    own_heldout_longform8,
    own_heldout_longform9,
    own_heldout_longform10,
    own_heldout_longform11,
    own_heldout_longform12,
    own_heldout_longform13,
    own_heldout_longform14,
    own_heldout_longform15,
    own_heldout_longform16,
    own_heldout_longform17,
    own_heldout_longform18,
    own_heldout_longform19,
    own_heldout_longform20,
    own_heldout_longform21,
    own_heldout_macro,
    own_heldout_marineworks,
    own_heldout_messy,
    own_heldout_metals,
    own_heldout_metrics5,
    own_heldout_metrics6,
    own_heldout_metrics7,
    own_heldout_mining,
    own_heldout_mirror,
    own_heldout_misreads,
    own_heldout_mongolia,
    own_heldout_navigation,
    own_heldout_negatives,
    own_heldout_opinion,
    own_heldout_opsreports,
    own_heldout_passengers,
    own_heldout_pdftext,
    own_heldout_periods5,
    own_heldout_periods6,
    own_heldout_periods7,
    own_heldout_pipes,
    own_heldout_ports,
    own_heldout_power,
    own_heldout_pressrel,
    own_heldout_projectcargo,
    own_heldout_projects,
    own_heldout_quotes,
    own_heldout_rail,
    own_heldout_railtech,
    own_heldout_rankings,
    own_heldout_ratios,
    own_heldout_recon2,
    own_heldout_reports,
    own_heldout_research,
    own_heldout_road,
    own_heldout_roro,
    own_heldout_routecompare,
    own_heldout_rulish,
    own_heldout_russiaca,
    own_heldout_sanctions,
    own_heldout_scenarios,
    own_heldout_schedules,
    own_heldout_seasons,
    own_heldout_speeches,
    own_heldout_sps,
    own_heldout_state,
    own_heldout_stats,
    own_heldout_summit,
    own_heldout_surveys,
    own_heldout_tables,
    own_heldout_tariffs,
    own_heldout_telegram,
    own_heldout_tenders,
    own_heldout_textiles,
    own_heldout_time,
    own_heldout_trade,
    own_heldout_transcripts,
    own_heldout_turkmen,
    own_heldout_unitcosts,
    own_heldout_upgaps,
    own_heldout_upstream,
    own_heldout_warehouses,
    own_heldout_water,
    own_heldout_webscraps,
    own_heldout_wire,
    own_heldout_words,
    own_heldout_xinhua,
    own_heldout_yearend,
    own_heldout_zangezur,
    own_money,
    own_negatives,
    own_units,
    tricky,
)

from dashboard.parser import extract_claims

# Grouped by where the examples came from (see parser_specs/__init__.py).
GROUPS: tuple[ModuleType, ...] = (
    own_heldout_corrections,
    own_heldout_mirror,
    own_heldout_growth,
    own_heldout_opinion,
    own_heldout_periods5,
    own_heldout_periods6,
    own_heldout_periods7,
    own_money, own_units, own_context, own_negatives, own_heldout_trade, own_heldout_logistics,
    own_heldout_energy, own_heldout_upstream, own_heldout_stats, own_heldout_wire,
    own_heldout_projects,
    own_heldout_turkmen,
    own_heldout_xinhua,
    own_heldout_agri, own_heldout_agriyield, own_heldout_time, own_heldout_corridors,
    own_heldout_formats,
    own_heldout_finance, own_heldout_loanterms, own_heldout_border, own_heldout_digital,
    own_heldout_scenarios,
    own_heldout_negatives, own_heldout_breakdowns, own_heldout_rail, own_heldout_tables,
    own_heldout_commodities, own_heldout_quotes, own_heldout_aviation,
    own_heldout_sanctions, own_heldout_ports, own_heldout_power, own_heldout_corporate,
    own_heldout_passengers, own_heldout_customs, own_heldout_fleet, own_heldout_compare,
    own_heldout_macro, own_heldout_green, own_heldout_hubs, own_heldout_road,
    own_heldout_carry, own_heldout_words, own_heldout_pipes, own_heldout_hedges,
    own_heldout_history,
    own_heldout_build, own_heldout_mining, own_heldout_metals, own_heldout_misreads,
    own_heldout_summit,
    own_heldout_instc,
    own_heldout_equities,
    own_heldout_labour,
    own_heldout_laws,
    own_heldout_fx,
    own_heldout_messy,
    own_heldout_cerail,
    own_heldout_state,
    own_heldout_fiscal,
    own_heldout_disrupt,
    own_heldout_ecommerce,
    own_heldout_flows,
    own_heldout_water,
    own_heldout_freightmkt,
    own_heldout_fuel,
    own_heldout_afghan,
    own_heldout_recon2,
    own_heldout_blacksea,
    own_heldout_bri,
    own_heldout_cars,
    own_heldout_mongolia,
    own_heldout_textiles,
    own_heldout_armenia,
    own_heldout_caspports,
    own_heldout_kgtj,
    own_heldout_cku,
    own_heldout_headlines,
    own_heldout_eugateway,
    own_heldout_zangezur,
    own_heldout_pdftext,
    own_heldout_surveys,
    own_heldout_tariffs,
    own_heldout_yearend,
    own_heldout_russiaca,
    own_heldout_longform,
    own_heldout_longform2,
    own_heldout_longform3,
    own_heldout_longform4,
    own_heldout_longform5,
    own_heldout_longform6,
    own_heldout_longform7,
    own_heldout_longform8,
    own_heldout_longform9,
    own_heldout_longform10,
    own_heldout_longform11,
    own_heldout_longform12,
    own_heldout_longform13,
    own_heldout_longform14,
    own_heldout_longform15,
    own_heldout_longform16,
    own_heldout_longform17,
    own_heldout_longform18,
    own_heldout_longform19,
    own_heldout_longform20,
    own_heldout_longform21,
    own_heldout_gulf,
    own_heldout_pressrel,
    own_heldout_rulish,
    own_heldout_interviews,
    own_heldout_tenders,
    own_heldout_exchanges,
    own_heldout_schedules,
    own_heldout_seasons,
    own_heldout_ais,
    corpus_000_010, corpus_011_020, corpus_021_030, corpus_031_040,
    tricky,
    own_heldout_investclimate,
    own_heldout_webscraps,
    own_heldout_marineworks,
    own_heldout_rankings,
    own_heldout_reports,
    own_heldout_routecompare,
    own_heldout_coldchain,
    own_heldout_codes,
    own_heldout_telegram,
    own_heldout_projectcargo,
    own_heldout_enforcement,
    own_heldout_railtech,
    own_heldout_ratios,
    own_heldout_containers,
    own_heldout_ago,
    own_heldout_localcurrencies,
    own_heldout_speeches,
    own_heldout_opsreports,
    own_heldout_fez,
    own_heldout_entities5,
    own_heldout_entities6,
    own_heldout_entities7,
    own_heldout_entities8,
    own_heldout_research,
    own_heldout_navigation,
    own_heldout_upgaps,
    own_heldout_insurance,
    own_heldout_sps,
    own_heldout_transcripts,
    own_heldout_unitcosts,
    own_heldout_roro,
    own_heldout_captions,
    own_heldout_warehouses,
    own_heldout_arbitration,
    own_heldout_metrics5,
    own_heldout_metrics6,
    own_heldout_metrics7,
)
CORPUS_GROUPS = (corpus_000_010, corpus_011_020, corpus_021_030, corpus_031_040)
MIN_EXAMPLES = 300  # parser issue, "Done when" item 2
ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
RE_CORPUS_ID = re.compile(r"corpus-([0-9]{3})-")


def _params() -> Iterator[Any]:
    for module in GROUPS:
        gaps: dict[str, str] = module.KNOWN_GAPS
        for example in module.EXAMPLES:
            marks = ([pytest.mark.xfail(strict=True, reason=gaps[example.id])]
                     if example.id in gaps else [])
            yield pytest.param(example, id=example.id, marks=marks)


@pytest.mark.parametrize("example", list(_params()))
def test_parser_spec(example: Example) -> None:
    claims = extract_claims(example.text, published=example.published)
    problems = mismatches(example, claims)
    assert not problems, "\n".join([*problems, "parser said:", *map(describe, claims)])


def test_spec_tables_hold_together() -> None:
    """Ids are unique, every known gap names an example, and there are enough examples."""
    ids = [e.id for m in GROUPS for e in m.EXAMPLES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for module in GROUPS:
        stale = set(module.KNOWN_GAPS) - {e.id for e in module.EXAMPLES}
        assert not stale, f"{module.__name__}.KNOWN_GAPS names no example: {sorted(stale)}"
    assert len(ids) >= MIN_EXAMPLES
    # a table written but not listed in GROUPS would never run
    tables = {m.name for m in pkgutil.iter_modules(parser_specs.__path__)}
    assert tables == {m.__name__.rsplit(".", 1)[-1] for m in GROUPS}


def test_corpus_examples_quote_their_article() -> None:
    """Corpus examples are verbatim sentences of the article their id names, with its date."""
    with (ARTICLES / "manifest.csv").open(encoding="utf-8", newline="") as f:
        published = {row["file"].split("/")[-1][:3]: row["published"] for row in csv.DictReader(f)}
    for example in (e for module in CORPUS_GROUPS for e in module.EXAMPLES):
        match = RE_CORPUS_ID.match(example.id)
        assert match, f"{example.id}: corpus ids start with the article number"
        [path] = (ARTICLES / "articles").glob(f"{match.group(1)}-*.txt")
        assert example.text in path.read_text(encoding="utf-8"), f"{example.id}: not in {path.name}"
        assert example.published == published[match.group(1)], example.id
