"""Held-out sentences on what a figure measures and in which field it falls, written after a
third audit of the bundled claims' `metric`, `topic` and `item`.

A port that is the subject of a verb of moving ("Poti moved 7.9 mln t") reports its
throughput, not cargo at large; a capacity of energy goods (an oil pipeline's tonnes, what a
hydrogen plant could make) is energy's; a bare "for export" in a story about one good's
exports, with no other goods named, goes on about that good. With near misses where those
rules must not fire (trucks or a railway moving goods through a port, a railway's capacity,
a port's capacity beside oil, a total of exports in money, other goods named). Written by
hand in our own words, expectations first, then compared with the parser.
"""

from __future__ import annotations

from . import Example, c, ex

PORT_MOVED: list[Example] = [
    ex("m7-port-of-moved",
       "The port of Batumi moved 4.3 million tonnes of cargo in 2024, up 6%.",
       c("4.3 million tonnes", 4.3e6, "t", metric="port throughput", topic="logistics",
         entities=["Port of Batumi"]),
       c("6%", 6, "%", change="increase", metric="port throughput"),
       published="2025-02-10"),
    ex("m7-bare-port-moved-and-gapped",
       "Aktau moved 5.6 mln t in January-September, and Kuryk 2.1 mln t.",
       c("5.6 mln t", 5.6e6, "t", metric="port throughput", entities=["Port of Aktau"]),
       c("2.1 mln t", 2.1e6, "t", metric="port throughput", entities=["Port of Kuryk"]),
       published="2025-10-10"),
    ex("m7-port-shipped-after-time",
       "In 2024 the port of Poti shipped 9.2 million tonnes, 11% more than a year earlier.",
       c("9.2 million tonnes", 9.2e6, "t", metric="port throughput"),
       c("11%", 11, "%", change="increase", metric="port throughput"),
       published="2025-02-10"),
    ex("m7-port-moved-while-second-port",
       "The port of Aktau shipped 3.9 mln t, while Kuryk port saw a 12% drop to 1.8 mln t.",
       c("3.9 mln t", 3.9e6, "t", metric="port throughput"),
       c("12%", 12, "%", change="decrease", metric="port throughput"),
       c("1.8 mln t", 1.8e6, "t", metric="port throughput"),
       published="2025-10-10"),
    # near miss: after the port's figure, trucks carried the second one
    ex("m7-port-near-then-trucks",
       "Poti moved 6.4 mln t, and trucks carried 2 mln t, 10% more than a year earlier.",
       c("6.4 mln t", 6.4e6, "t", metric="port throughput"),
       c("2 mln t", 2e6, "t", metric="cargo volume"),
       c("10%", 10, "%", change="increase", metric="cargo volume"),
       published="2025-10-10"),
    # near miss: the trucks moved the goods, the port is where they left from
    ex("m7-port-near-trucks-moved",
       "Trucks leaving the port of Poti moved 700,000 tonnes in 2024.",
       c("700,000 tonnes", 700000, "t", metric="cargo volume"),
       published="2025-02-10"),
    # near miss: a railway moved the goods through the port
    ex("m7-port-near-railway-moved-through",
       "Kazakhstan Temir Zholy moved 3 million tonnes through the port of Aktau last year.",
       c("3 million tonnes", 3e6, "t", metric="cargo volume"),
       published="2025-02-10"),
]

ENERGY_CAPACITY: list[Example] = [
    ex("m7-oil-pipeline-capacity",
       "The Caspian Pipeline Consortium line can carry 72.5 million tonnes a year.",
       c("72.5 million tonnes", 72.5e6, "t", per="year", metric="capacity", topic="energy"),
       published="2025-02-10"),
    ex("m7-hydrogen-plant-capacity",
       "The Emirati-backed green hydrogen plant is meant to produce 300,000 tonnes of hydrogen "
       "a year, with a total capacity of 450,000 tonnes.",
       c("300,000 tonnes", 300000, "t", per="year", metric="hydrogen production",
         topic="energy", kind="projection"),
       c("450,000 tonnes", 450000, "t", metric="capacity", topic="energy"),
       published="2025-02-10"),
    # near miss: a railway's capacity stays logistics
    ex("m7-capacity-near-railway",
       "The Baku-Tbilisi-Kars railway can carry 5 million tonnes a year.",
       c("5 million tonnes", 5e6, "t", per="year", metric="capacity", topic="logistics"),
       published="2025-02-10"),
    # near miss: a port's capacity beside its oil handled stays logistics
    ex("m7-capacity-near-port-oil",
       "The port of Kuryk handled 2 million tonnes of oil last year, and its capacity is 6 "
       "million tonnes a year.",
       c("2 million tonnes", 2e6, "t"),
       c("6 million tonnes", 6e6, "t", per="year", metric="capacity", topic="logistics"),
       published="2025-02-10"),
]

GOODS_GO_ON: list[Example] = [
    ex("m7-grain-for-export-next-paragraph",
       "Kazakh railways carried 4.1 million tonnes of wheat to foreign buyers in "
       "July-September, 12% more than a year before.\n\n"
       "September alone brought 1.6 million tonnes, of which 1.2 million tonnes went for "
       "export. Shipments to Uzbekistan rose 20%.",
       c("4.1 million tonnes", 4.1e6, "t", metric="grain exports", topic="agriculture"),
       c("12%", 12, "%", change="increase", metric="grain exports"),
       c("1.6 million tonnes", 1.6e6, "t"),
       c("1.2 million tonnes", 1.2e6, "t", metric="grain exports", topic="agriculture"),
       c("20%", 20, "%", change="increase", metric="grain exports", topic="agriculture"),
       published="2025-10-10"),
    # near miss: other goods named; the bare exports are no longer the grain's
    ex("m7-goods-near-other-goods",
       "Kazakhstan exported 2.3 million tonnes of wheat in the quarter.\n\n"
       "It also sent 1.1 million tonnes of coal for export.",
       c("2.3 million tonnes", 2.3e6, "t", metric="grain exports"),
       c("1.1 million tonnes", 1.1e6, "t", metric="exports"),
       published="2025-10-10"),
    # near miss: a noun of other goods before "exports"
    ex("m7-goods-near-coal-exports",
       "Uzbekistan sold 900,000 tonnes of cotton fibre abroad last season.\n\n"
       "Its coal exports came to 400,000 tonnes.",
       c("900,000 tonnes", 900000, "t", metric="agricultural exports"),
       c("400,000 tonnes", 400000, "t", metric="exports"),
       published="2025-10-10"),
    # near miss: a total of exports in money is the country's exports
    ex("m7-goods-near-total-money",
       "Grain exports reached 8 million tonnes in the season.\n\n"
       "Total exports rose 5% to $40 billion.",
       c("8 million tonnes", 8e6, "t", metric="grain exports"),
       c("5%", 5, "%", change="increase", metric="exports", topic="trade"),
       c("$40 billion", 40e9, "USD", metric="exports", topic="trade"),
       published="2025-10-10"),
]

HEADLINES: list[Example] = [
    # a headline's figure over the ports' tonnage is their throughput, as the body says
    ex("m7-headline-ports-cargo",
       "Kazakh ports: nine-month cargo at 6.2 million tonnes\n\n"
       "Total cargo handled at the Caspian ports of Kazakhstan in January-September reached "
       "6.2 million tonnes, 8% more than a year earlier.",
       c("6.2 million tonnes", 6.2e6, "t", metric="port throughput"),
       c("6.2 million tonnes", 6.2e6, "t", nth=1, metric="port throughput"),
       c("8%", 8, "%", change="increase", metric="port throughput"),
       published="2025-10-10"),
]

NEGATIVES: list[Example] = [
    ex("m7-neg-berth-number",
       "Berth 4 of the port of Aktau moved to round-the-clock work on 3 March.",
       published="2025-03-10"),
    ex("m7-neg-pipeline-string",
       "The second string of the pipeline, Line 2, was tested in 2024.",
       published="2025-03-10"),
]

EXAMPLES: list[Example] = (PORT_MOVED + ENERGY_CAPACITY + GOODS_GO_ON + HEADLINES
                            + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {}
