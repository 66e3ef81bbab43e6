"""Held-out sentences written after the parser was tuned, on breakdowns of a total into its
parts, as trade and transport statistics give them: trade by partner country ("of which China
accounted for $X (Y%), Russia for ..."), exports and imports by commodity, cargo by type on a
route, "respectively" lists, parenthesised shares after each part, "the rest" and "the
remainder", "the bulk of", "the lion's share", "each", "combined", "in total", splits by port
and by border crossing, and top-N lists ("the top three partners were ..."); with hedges,
periods, projections, entities and negatives (ranks, table and section numbers, "top ten").
Each part must get its own entities and metric, shares stay shares (%), the total keeps the
total's entities, and periods carry across the parts.
Expectations were written by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KZ = "Kazakhstan"

PARTNERS: list[Example] = [
    ex("bd-of-which-partner-values-and-shares",
       "Kazakhstan's foreign trade turnover reached $142.3 billion in 2024, of which China "
       "accounted for $43.8 billion (30.8%) and Russia for $27.5 billion (19.3%).",
       c("$142.3 billion", 142.3e9, "USD", metric="trade turnover", topic="trade",
         period="2024", kind="actual", only_entities=[KZ]),
       c("$43.8 billion", 43.8e9, "USD", metric="trade turnover", period="2024",
         only_entities=["China", KZ]),
       c("30.8%", 30.8, "%", change=None, period="2024", only_entities=["China", KZ]),
       c("$27.5 billion", 27.5e9, "USD", metric="trade turnover", period="2024",
         only_entities=["Russia", KZ]),
       c("19.3%", 19.3, "%", change=None, period="2024", only_entities=["Russia", KZ]),
       published="2025-02-15"),
    ex("bd-top-three-partners-parenthesised-values",
       "Uzbekistan's top three trading partners in January-June 2025 were China ($7.1 "
       "billion), Russia ($5.9 billion) and Kazakhstan ($2.2 billion).",
       c("$7.1 billion", 7.1e9, "USD", metric="trade turnover", period="2025-01/2025-06",
         only_entities=["China", "Uzbekistan"]),
       c("$5.9 billion", 5.9e9, "USD", metric="trade turnover", period="2025-01/2025-06",
         only_entities=["Russia", "Uzbekistan"]),
       c("$2.2 billion", 2.2e9, "USD", metric="trade turnover", period="2025-01/2025-06",
         only_entities=[KZ, "Uzbekistan"]),
       published="2025-07-20"),
    ex("bd-respectively-partner-shares-of-imports",
       "Russia and China accounted for 24% and 21% of Kyrgyzstan's imports, respectively.",
       c("24%", 24, "%", change=None, metric="imports",
         only_entities=["Russia", "Kyrgyzstan"]),
       c("21%", 21, "%", change=None, metric="imports",
         only_entities=["China", "Kyrgyzstan"])),
    ex("bd-exports-total-then-partner-shares",
       "Azerbaijan exported goods worth $26.4 billion in 2024: Italy took 45.7%, Türkiye 12.1% "
       "and Israel 4.5%.",
       c("$26.4 billion", 26.4e9, "USD", metric="exports", period="2024",
         only_entities=["Azerbaijan"]),
       c("45.7%", 45.7, "%", change=None, metric="exports", period="2024",
         entities=["Italy"]),
       c("12.1%", 12.1, "%", change=None, metric="exports", period="2024",
         entities=["Türkiye"]),
       c("4.5%", 4.5, "%", change=None, metric="exports", period="2024"),
       published="2025-02-10"),
    ex("bd-each-accounted-for-about-share",
       "Türkiye and Iran each accounted for about 7% of Turkmenistan's trade.",
       c("7%", 7, "%", approx="approx", change=None,
         entities=["Türkiye", "Iran", "Turkmenistan"])),
    ex("bd-two-parts-together-almost-a-third",
       "Exports to Russia ($9.8 billion) and China ($15.1 billion) together made up almost a "
       "third of the total.",
       c("$9.8 billion", 9.8e9, "USD", metric="exports", only_entities=["Russia"]),
       c("$15.1 billion", 15.1e9, "USD", metric="exports", only_entities=["China"]),
       c("a third", 100 / 3, "%", approx="approx", change=None)),
    ex("bd-bloc-total-or-share-of-total",
       "Trade with EAEU members totalled $28.4 billion, or 20% of the total.",
       c("$28.4 billion", 28.4e9, "USD", metric="trade turnover",
         entities=["Eurasian Economic Union"]),
       c("20%", 20, "%", change=None)),
    ex("bd-partner-share-fell-from-to",
       "Russia's share in Armenia's exports fell from 35.1% to 29.4% as re-exports of gold "
       "slowed.",
       c("35.1%", 35.1, "%", change=None, metric="exports", entities=["Russia", "Armenia"]),
       c("29.4%", 29.4, "%", change=None, metric="exports", entities=["Russia", "Armenia"])),
    ex("bd-bloc-share-fell-pp",
       "The EU's share of Kazakhstan's exports fell to 39.5% from 41.2%, a drop of 1.7 "
       "percentage points.",
       c("39.5%", 39.5, "%", change=None, metric="exports",
         entities=["European Union", KZ]),
       c("41.2%", 41.2, "%", change=None, metric="exports"),
       c("1.7 percentage points", 1.7, "pp", change="decrease", metric="exports")),
    ex("bd-respectively-growth-with-partner-by-year",
       "Trade with Türkiye grew by 8% and 11% in 2023 and 2024, respectively.",
       c("8%", 8, "%", change="increase", period="2023", metric="trade turnover",
         entities=["Türkiye"]),
       c("11%", 11, "%", change="increase", period="2024", metric="trade turnover",
         entities=["Türkiye"])),
    ex("bd-respectively-imports-from-two-partners-grew",
       "Imports from China and Russia rose 14% and 6%, respectively, in January-May 2025.",
       c("14%", 14, "%", change="increase", metric="imports", period="2025-01/2025-05",
         only_entities=["China"]),
       c("6%", 6, "%", change="increase", metric="imports", period="2025-01/2025-05",
         only_entities=["Russia"]),
       published="2025-06-20"),
    ex("bd-bilateral-total-split-exports-imports",
       "Trade between Uzbekistan and Türkiye reached $3.5 billion in 2024, of which Uzbek "
       "exports made up $1.4 billion and imports $2.1 billion.",
       c("$3.5 billion", 3.5e9, "USD", metric="trade turnover", period="2024",
         only_entities=["Uzbekistan", "Türkiye"]),
       c("$1.4 billion", 1.4e9, "USD", metric="exports", period="2024",
         entities=["Uzbekistan"]),
       c("$2.1 billion", 2.1e9, "USD", metric="imports", period="2024",
         entities=["Uzbekistan"]),
       published="2025-03-01"),
    ex("bd-combined-sellers-worth",
       "Combined, Kazakhstan, Kyrgyzstan and Uzbekistan sold $1.1 billion worth of goods to "
       "Azerbaijan in 2024.",
       c("$1.1 billion", 1.1e9, "USD", metric="exports", period="2024",
         entities=[KZ, "Kyrgyzstan", "Uzbekistan", "Azerbaijan"]),
       published="2025-02-01"),
    ex("bd-wheat-by-destination-bare-million-parts",
       "Kazakhstan exported 11.2 million tonnes of wheat, with Uzbekistan taking 3.5 million "
       "tonnes, Tajikistan 1.1 million and Afghanistan 1.0 million.",
       c("11.2 million tonnes", 11.2e6, "t", metric="grain exports", topic="agriculture",
         only_entities=[KZ]),
       c("3.5 million tonnes", 3.5e6, "t", metric="grain exports",
         entities=["Uzbekistan", KZ]),
       c("1.1 million", 1.1e6, "t", metric="grain exports", entities=["Tajikistan", KZ]),
       c("1.0 million", 1.0e6, "t", metric="grain exports", entities=["Afghanistan", KZ])),
    ex("bd-lions-share-of-gas-exports",
       "China took the lion's share of Turkmenistan's gas exports, about 34 bcm of the 41 bcm "
       "shipped in 2024.",
       c("34 bcm", 34e9, "m3", approx="approx", metric="gas exports", topic="energy",
         period="2024", entities=["China", "Turkmenistan"]),
       c("41 bcm", 41e9, "m3", metric="gas exports", period="2024",
         entities=["Turkmenistan"]),
       published="2025-03-01"),
    ex("bd-gas-imports-rest-from",
       "Uzbekistan imported 2.1 bcm of gas in 2024, 1.6 bcm of it from Russia and the rest "
       "from Turkmenistan.",
       c("2.1 bcm", 2.1e9, "m3", period="2024", entities=["Uzbekistan"]),
       c("1.6 bcm", 1.6e9, "m3", period="2024", entities=["Russia", "Uzbekistan"]),
       published="2025-02-01"),
]

COMMODITIES: list[Example] = [
    ex("bd-commodity-shares-followed-by",
       "Metals made up 38% of Kazakhstan's non-oil exports last year, followed by grain at 12% "
       "and chemicals at 9%.",
       c("38%", 38, "%", change=None, metric="exports", period="2024", entities=[KZ]),
       c("12%", 12, "%", change=None, period="2024"),
       c("9%", 9, "%", change=None, metric="exports", period="2024"),
       published="2025-03-01"),
    ex("bd-top-three-goods-dash-aside",
       "The top three export goods, crude oil ($42.1 billion), copper ($3.9 billion) and "
       "wheat ($1.5 billion), made up two thirds of the total.",
       c("$42.1 billion", 42.1e9, "USD", metric="oil exports"),
       c("$3.9 billion", 3.9e9, "USD", metric="exports"),
       c("$1.5 billion", 1.5e9, "USD"),
       c("two thirds", 200 / 3, "%", change=None)),
    ex("bd-lions-share-percent-after-comma",
       "Oil and gas condensate accounted for the lion's share of exports, 54.6%.",
       c("54.6%", 54.6, "%", change=None)),
    ex("bd-category-share-and-worth",
       "Machinery and equipment made up 41.2% of Uzbekistan's imports, worth $16.7 billion, "
       "in 2024.",
       c("41.2%", 41.2, "%", change=None, metric="imports", period="2024",
         entities=["Uzbekistan"]),
       c("$16.7 billion", 16.7e9, "USD", metric="imports", period="2024",
         entities=["Uzbekistan"]),
       published="2025-02-01"),
    ex("bd-month-exports-imports-surplus",
       "In May, exports totalled $2.3 billion and imports $1.9 billion, giving a surplus of "
       "$400 million.",
       c("$2.3 billion", 2.3e9, "USD", metric="exports", period="2025-05"),
       c("$1.9 billion", 1.9e9, "USD", metric="imports", period="2025-05"),
       c("$400 million", 400e6, "USD", metric="trade balance", period="2025-05"),
       published="2025-06-15"),
    ex("bd-respectively-exports-imports-after-comma",
       "Georgia's exports and imports amounted to $5.6 billion and $15.9 billion, "
       "respectively, in 2024.",
       c("$5.6 billion", 5.6e9, "USD", metric="exports", period="2024",
         only_entities=["Georgia"]),
       c("$15.9 billion", 15.9e9, "USD", metric="imports", period="2024",
         only_entities=["Georgia"]),
       published="2025-01-25"),
    ex("bd-first-half-two-years-respectively",
       "Transit through Georgia's ports in the first half of 2024 and 2025 was 2.3 and 2.6 "
       "million tonnes, respectively.",
       c("2.3", 2.3e6, "t", period="2024-01/2024-06", entities=["Georgia"]),
       c("2.6 million tonnes", 2.6e6, "t", period="2025-01/2025-06", entities=["Georgia"]),
       published="2025-07-20"),
]

CARGO: list[Example] = [
    ex("bd-route-cargo-including-types",
       "Cargo on the Middle Corridor reached 4.5 million tonnes in 2024, including 2.1 "
       "million tonnes of oil products, 1.3 million tonnes of grain and 0.4 million tonnes of "
       "metals.",
       c("4.5 million tonnes", 4.5e6, "t", metric="cargo volume", topic="logistics",
         period="2024", entities=[TITR]),
       c("2.1 million tonnes", 2.1e6, "t", period="2024", entities=[TITR]),
       c("1.3 million tonnes", 1.3e6, "t", period="2024", entities=[TITR]),
       c("0.4 million tonnes", 0.4e6, "t", period="2024", entities=[TITR]),
       published="2025-02-01"),
    ex("bd-port-total-oil-part-remainder-dry",
       "Of the 4.6 million tonnes handled at Aktau port in 2024, oil accounted for 2.9 million "
       "tonnes, and the remainder was dry cargo.",
       c("4.6 million tonnes", 4.6e6, "t", metric="port throughput", period="2024",
         entities=["Port of Aktau"]),
       c("2.9 million tonnes", 2.9e6, "t", period="2024", entities=["Port of Aktau"]),
       published="2025-01-30"),
    ex("bd-bulk-of-transit-some",
       "The bulk of the 27.1 million tonnes of transit cargo that crossed Kazakhstan in 2024, "
       "some 19.6 million tonnes, moved between China and Europe.",
       c("27.1 million tonnes", 27.1e6, "t", metric="transit cargo volume", period="2024",
         entities=[KZ]),
       c("19.6 million tonnes", 19.6e6, "t", approx="approx", metric="transit cargo volume",
         period="2024", entities=["China", "Europe"]),
       published="2025-02-01"),
    ex("bd-containers-share-rest-bulk",
       "Containers made up 18% of the cargo, the rest being bulk and liquid freight.",
       c("18%", 18, "%", change=None)),
    ex("bd-projection-of-which-containers",
       "By 2030 the corridor is expected to carry 10 million tonnes a year, of which "
       "containers would account for 3 million tonnes.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2030"),
       c("3 million tonnes", 3e6, "t", kind="projection", period="2030"),
       published="2025-05-01"),
    ex("bd-eastbound-westbound",
       "Eastbound cargo made up 1.2 million tonnes and westbound 3.3 million tonnes.",
       c("1.2 million tonnes", 1.2e6, "t", metric="cargo volume", change=None),
       c("3.3 million tonnes", 3.3e6, "t", metric="cargo volume", change=None)),
    ex("bd-about-share-rail-remainder-road",
       "About 60% of the transit went by rail and the remainder by road.",
       c("60%", 60, "%", approx="approx", change=None)),
    ex("bd-in-total-trains-of-which",
       "In total, 1,510 container trains ran on the China-Europe route via Kazakhstan in the "
       "first nine months of 2025, of which 420 went through the Caspian.",
       c("1,510 container trains", 1510, "count", item="container train",
         period="2025-01/2025-09", kind="actual"),
       c("420", 420, "count", period="2025-01/2025-09"),
       published="2025-10-10"),
    ex("bd-each-ferry-up-to-wagons",
       "The two new ferries will each carry up to 50 rail wagons.",
       c("50 rail wagons", 50, "count", approx="max", kind="projection", item="wagon")),
    ex("bd-each-train-teu",
       "Each block train carries 82 TEU.",
       c("82 TEU", 82, "TEU", metric="container volume")),
    ex("bd-upgrade-split-between-parts",
       "The $1.3 billion upgrade will be split between the railway ($800 million) and the "
       "port ($500 million).",
       c("$1.3 billion", 1.3e9, "USD", kind="projection"),
       c("$800 million", 800e6, "USD", kind="projection"),
       c("$500 million", 500e6, "USD", kind="projection")),
]

PORTS_AND_CROSSINGS: list[Example] = [
    ex("bd-ports-total-colon-per-port",
       "Kazakhstan's Caspian ports handled 6.2 million tonnes in 2024: Aktau 4.6 million "
       "tonnes and Kuryk 1.6 million tonnes.",
       c("6.2 million tonnes", 6.2e6, "t", metric="port throughput", period="2024",
         entities=[KZ]),
       c("4.6 million tonnes", 4.6e6, "t", metric="port throughput", period="2024",
         entities=["Port of Aktau"]),
       c("1.6 million tonnes", 1.6e6, "t", metric="port throughput", period="2024",
         entities=["Port of Kuryk"]),
       published="2025-02-01"),
    ex("bd-combined-two-ports-less",
       "Combined, the ports of Poti and Batumi handled 14.2 million tonnes in 2024, 3% less "
       "than a year earlier.",
       c("14.2 million tonnes", 14.2e6, "t", metric="port throughput", period="2024",
         entities=["Port of Poti", "Port of Batumi"]),
       c("3%", 3, "%", change="decrease", period="2024"),
       published="2025-02-01"),
    ex("bd-three-ports-respectively",
       "The ports of Aktau, Kuryk and Baku handled 4.6, 1.6 and 5.2 million tonnes, "
       "respectively, in 2024.",
       c("4.6", 4.6e6, "t", period="2024", only_entities=["Port of Aktau"]),
       c("1.6", 1.6e6, "t", period="2024", only_entities=["Port of Kuryk"]),
       c("5.2 million tonnes", 5.2e6, "t", period="2024", only_entities=["Port of Baku"]),
       published="2025-02-01"),
    ex("bd-each-port-about-a-year",
       "Each of the three ports handles about 2 million tonnes a year.",
       c("2 million tonnes", 2e6, "t", approx="approx", per="year")),
    ex("bd-container-hubs-respectively",
       "The Aktau and Baku container hubs handled 45,000 TEU and 61,000 TEU, respectively, in "
       "the first half of 2025.",
       c("45,000 TEU", 45000, "TEU", period="2025-01/2025-06",
         only_entities=["Port of Aktau"]),
       c("61,000 TEU", 61000, "TEU", period="2025-01/2025-06",
         only_entities=["Port of Baku"]),
       published="2025-07-20"),
    ex("bd-port-quarter-by-quarter",
       "Container traffic at Poti port was 95,000 TEU in the first quarter and 102,000 TEU in "
       "the second.",
       c("95,000 TEU", 95000, "TEU", metric="container volume", period="2025-01/2025-03",
         entities=["Port of Poti"]),
       c("102,000 TEU", 102000, "TEU", metric="container volume", period="2025-04/2025-06",
         entities=["Port of Poti"]),
       published="2025-08-01"),
    ex("bd-vessel-calls-respectively-month",
       "Kuryk and Aktau received 52 and 48 vessels, respectively, in March.",
       c("52", 52, "count", period="2025-03", only_entities=["Port of Kuryk"]),
       c("48 vessels", 48, "count", item="vessel", period="2025-03",
         only_entities=["Port of Aktau"]),
       published="2025-04-10"),
    ex("bd-trucks-per-border-crossing",
       "Of the 1.2 million trucks that crossed the Kazakh-Chinese border last year, 640,000 "
       "used Nur Zholy and 310,000 Bakhty.",
       c("1.2 million trucks", 1.2e6, "count", item="truck", period="2024",
         only_entities=[KZ, "China"]),
       c("640,000", 640000, "count", period="2024", entities=["Nur Zholy crossing"]),
       c("310,000", 310000, "count", period="2024"),
       published="2025-01-20"),
    ex("bd-checkpoints-respectively-trucks",
       "Georgia's Sarpi and Upper Lars checkpoints cleared 620,000 and 410,000 trucks "
       "respectively last year.",
       c("620,000", 620000, "count", period="2024", entities=["Sarpi crossing"]),
       c("410,000 trucks", 410000, "count", item="truck", period="2024",
         entities=["Upper Lars crossing"]),
       published="2025-01-20"),
    ex("bd-quarter-and-just-over-share-by-crossing",
       "Roughly a quarter of the container trains ran via Dostyk and just over 60% via "
       "Altynkol.",
       c("a quarter", 25, "%", approx="approx", change=None, entities=["Dostyk crossing"]),
       c("60%", 60, "%", approx="min", change=None, entities=["Altynkol crossing"])),
    ex("bd-almost-half-of-port-cargo-to-region",
       "Almost half of the 3.4 million tonnes shipped through Baku port went to Central Asia.",
       c("half", 50, "%", approx="approx", change=None),
       c("3.4 million tonnes", 3.4e6, "t", entities=["Port of Baku"])),
]

# A second batch, written after the first round of fixes, to see whether they generalise.
SECOND_BATCH: list[Example] = [
    ex("bd-of-total-exports-gas-brought-in-or-share",
       "Of Turkmenistan's $11.9 billion in exports last year, gas brought in about $8.6 "
       "billion, or 72%.",
       c("$11.9 billion", 11.9e9, "USD", metric="exports", period="2024",
         only_entities=["Turkmenistan"]),
       c("$8.6 billion", 8.6e9, "USD", approx="approx", metric="gas exports", period="2024"),
       c("72%", 72, "%", change=None, period="2024"),
       published="2025-03-01"),
    ex("bd-bulk-of-transit-out-of-total",
       "Grain accounted for the bulk of transit via Aktau, at 1.4 million tonnes out of 2.2 "
       "million tonnes.",
       c("1.4 million tonnes", 1.4e6, "t", entities=["Port of Aktau"]),
       c("2.2 million tonnes", 2.2e6, "t", metric="transit cargo volume",
         entities=["Port of Aktau"])),
    ex("bd-respectively-three-partners-mixed-currencies",
       "Imports from the EU, China and Russia stood at €4.1 billion, $6.3 billion and $5.5 "
       "billion, respectively.",
       c("€4.1 billion", 4.1e9, "EUR", metric="imports", only_entities=["European Union"]),
       c("$6.3 billion", 6.3e9, "USD", metric="imports", only_entities=["China"]),
       c("$5.5 billion", 5.5e9, "USD", metric="imports", only_entities=["Russia"])),
    ex("bd-top-five-destinations-listed-took-share",
       "Kazakhstan's top five export destinations, Italy, China, Russia, the Netherlands and "
       "Uzbekistan, took 64% of its exports in 2024.",
       c("64%", 64, "%", change=None, metric="exports", period="2024",
         entities=[KZ, "Italy", "Netherlands"]),
       published="2025-03-01"),
    ex("bd-modes-shares-sea-the-remainder",
       "Trucks carried 41% of the cargo, rail 38% and sea the remainder.",
       c("41%", 41, "%", change=None, metric="cargo volume"),
       c("38%", 38, "%", change=None, metric="cargo volume")),
    ex("bd-each-of-two-ferries-can-take",
       "Each of the two Caspian ferries can take 56 wagons.",
       c("56 wagons", 56, "count", item="wagon", metric="capacity")),
    ex("bd-of-which-parts-named-after-came-from",
       "Kyrgyzstan's imports totalled $12.4 billion in January-October 2025, of which $4.9 "
       "billion came from China and $3.8 billion from Russia.",
       c("$12.4 billion", 12.4e9, "USD", metric="imports", period="2025-01/2025-10",
         only_entities=["Kyrgyzstan"]),
       c("$4.9 billion", 4.9e9, "USD", metric="imports", period="2025-01/2025-10",
         only_entities=["China", "Kyrgyzstan"]),
       c("$3.8 billion", 3.8e9, "USD", metric="imports", period="2025-01/2025-10",
         only_entities=["Russia", "Kyrgyzstan"]),
       published="2025-11-20"),
    ex("bd-combined-exports-of-region-to-bloc",
       "Combined exports of the five Central Asian states to the EU reached €14.5 billion.",
       c("€14.5 billion", 14.5e9, "EUR", metric="exports",
         entities=["Central Asia", "European Union"])),
    ex("bd-remaining-share-other-destinations",
       "The remaining 12% went to other destinations.",
       c("12%", 12, "%", change=None)),
]

NEGATIVES: list[Example] = [
    ex("bd-neg-rank-for-years-in-a-row",
       "China remained the second-largest trading partner of Kazakhstan for the third year in "
       "a row, ahead of Russia and Italy."),
    ex("bd-neg-five-of-top-ten",
       "Five of the top ten destinations for Georgian wine are in the European Union."),
    ex("bd-neg-table-and-chapter",
       "Table 3 shows trade by partner for the 11 months to November, with HS chapter 27 at "
       "the top.", published="2025-12-20"),
    ex("bd-neg-ranks-third",
       "Kazakhstan ranks 3rd among Georgia's partners, after Türkiye and Russia."),
    ex("bd-neg-checkpoint-and-gate-numbers",
       "Trucks queue at checkpoint No. 2 and Gate 7 of the Dostyk station."),
]

EXAMPLES: list[Example] = [
    *PARTNERS, *COMMODITIES, *CARGO, *PORTS_AND_CROSSINGS, *SECOND_BATCH, *NEGATIVES,
]

KNOWN_GAPS: dict[str, str] = {
}
