"""Held-out sentences written after the parser was tuned, on oil and gas pipelines and transit
around the Caspian as analysts read them: CPC loadings and throughput (tonnes, barrels per
day, tankers and cargoes at Novorossiysk), BTC volumes and the Kazakh oil shipped through it,
Atyrau-Samara, the Kazakhstan-China oil pipeline, the Central Asia-China gas pipeline and its
Line D, TANAP, TAP and the South Caucasus Pipeline (bcm, expansion), TAPI and the
Trans-Caspian gas idea; transit tariffs per tonne and per barrel, outages (days, lost
barrels), storage in cubic metres, oil blends and their discounts to Brent; with hedges,
rates, periods, projections against actuals, and negatives that must not be claims (line and
block names, pipe diameters used as a size, pump station and mooring numbers, kilometre
points, years). Expectations were written by hand from reading the text, before the parser
was run on it.
"""

from __future__ import annotations

from . import BTC, Example, c, ex

CPC = "Caspian Pipeline Consortium"
NOVO = "Port of Novorossiysk"
TAP = "Trans Adriatic Pipeline"
SCP = "South Caucasus Pipeline"

CPC_ROUTE: list[Example] = [
    ex("pp-cpc-terminal-h1-tonnes-and-growth",
       "The CPC terminal near Novorossiysk loaded 33.2 million tonnes of oil in the first half "
       "of 2025, up 4.1% on a year earlier.",
       c("33.2 million tonnes", 33.2e6, "t", metric="oil exports", topic="energy",
         period="2025-01/2025-06", kind="actual", change=None, entities=[CPC, NOVO]),
       c("4.1%", 4.1, "%", change="increase", metric="oil exports", topic="energy"),
       published="2025-07-10"),
    ex("pp-cpc-around-bpd-month",
       "Flows on the Caspian Pipeline Consortium averaged around 1.5 million barrels per day "
       "in October.",
       c("1.5 million barrels", 1.5e6, "bbl", per="day", approx="approx", period="2025-10",
         kind="actual", topic="energy", entities=[CPC]),
       published="2025-11-05"),
    ex("pp-cpc-tankers-against-bare-count",
       "A total of 47 tankers loaded at the CPC terminal in March, against 52 in February.",
       c("47 tankers", 47, "count", item="tanker", period="2025-03", entities=[CPC]),
       c("52", 52, "count", item="tanker", period="2025-02"),
       published="2025-04-02"),
    ex("pp-cpc-blend-discount-per-barrel",
       "CPC Blend traded at a discount of $2.40 per barrel to Dated Brent this week, the "
       "widest since 2022.",
       c("$2.40", 2.4, "USD", per="bbl", change=None, entities=[CPC], topic="energy"),
       published="2025-09-12"),
    ex("pp-cpc-storm-days-and-lost-barrels",
       "A storm halted loadings at the CPC terminal for 11 days in February, costing an "
       "estimated 3.5 million barrels of exports.",
       c("11 days", 11, "day", change=None),
       c("3.5 million barrels", 3.5e6, "bbl", metric="oil exports", topic="energy",
         entities=[CPC]),
       published="2025-03-05"),
    ex("pp-cpc-pump-stations-and-capacity",
       "The CPC expansion added ten pump stations and raised the pipeline's capacity to 67 "
       "million tonnes a year.",
       c("ten pump stations", 10, "count", item="pump station"),
       c("67 million tonnes", 67e6, "t", per="year", metric="capacity", change=None,
         kind="actual")),
    ex("pp-cpc-debottlenecking-cost-and-increase",
       "The $600 million debottlenecking programme will lift throughput by 2.5 million tonnes "
       "a year.",
       c("$600 million", 600e6, "USD", kind="projection"),
       c("2.5 million tonnes", 2.5e6, "t", per="year", change="increase", kind="projection")),
    ex("pp-cpc-december-schedule-bpd-cargoes",
       "Loadings of CPC Blend are scheduled at 1.55 million bpd in December, or about 46 "
       "cargoes.",
       c("1.55 million bpd", 1.55e6, "bbl", per="day", kind="projection", period="2025-12",
         entities=[CPC]),
       c("46 cargoes", 46, "count", item="cargo", approx="approx", kind="projection"),
       published="2025-11-20"),
    ex("pp-cpc-forecast-vs-shipped",
       "The consortium had forecast 72 million tonnes for 2024 but shipped only 63.5 million "
       "tonnes.",
       c("72 million tonnes", 72e6, "t", kind="projection", period="2024"),
       c("63.5 million tonnes", 63.5e6, "t", kind="actual"),
       published="2025-02-01"),
    ex("pp-cpc-tariff-raised-from",
       "The CPC tariff for Kazakh shippers was raised to $38 per tonne from $35 per tonne.",
       c("$38", 38, "USD", per="t", change=None),
       c("$35", 35, "USD", per="t", change=None)),
    ex("pp-kz-share-via-novorossiysk",
       "Around 80% of Kazakhstan's crude exports leave via Novorossiysk.",
       c("80%", 80, "%", approx="approx", metric="oil exports", topic="energy",
         entities=["Kazakhstan", NOVO])),
    ex("pp-kz-oil-novorossiysk-month-record",
       "Shipments of Kazakh oil via Novorossiysk reached 4.9 million tonnes in October, a record "
       "for a single month.",
       c("4.9 million tonnes", 4.9e6, "t", period="2025-10", kind="actual", change=None,
         metric="oil exports", entities=["Kazakhstan", NOVO]),
       published="2025-11-10"),
    ex("pp-pump-station-drone-range-cut",
       "A drone strike on the Kropotkinskaya pump station (PS-2) on February 17 cut flows by "
       "30-40%.",
       c("30-40%", 30, "%", value_high=40, change="decrease"),
       published="2025-02-20"),
]

BTC_ROUTE: list[Example] = [
    ex("pp-btc-kazakh-tonnes-nine-months-growth",
       "Kazakhstan shipped 1.4 million tonnes of oil via the Baku-Tbilisi-Ceyhan pipeline in "
       "January-September 2025, 36% more than a year earlier.",
       c("1.4 million tonnes", 1.4e6, "t", metric="oil exports", topic="energy",
         period="2025-01/2025-09", kind="actual", entities=["Kazakhstan", BTC]),
       c("36%", 36, "%", change="increase", metric="oil exports"),
       published="2025-10-15"),
    ex("pp-btc-length-and-design-capacity",
       "The BTC pipeline, 1,768 km long, has a design capacity of 1.2 million barrels per day.",
       c("1,768 km", 1768, "km", entities=[BTC]),
       c("1.2 million barrels", 1.2e6, "bbl", per="day", metric="capacity", entities=[BTC])),
    ex("pp-ceyhan-tankers-and-tonnes-quarter",
       "Ceyhan loaded 52 tankers with Azeri Light in the third quarter, totalling 6.9 million "
       "tonnes.",
       c("52 tankers", 52, "count", item="tanker", period="2025-07/2025-09"),
       c("6.9 million tonnes", 6.9e6, "t", period="2025-07/2025-09", topic="energy"),
       published="2025-10-05"),
    ex("pp-btc-utilisation-and-bpd",
       "BTC is running at roughly 55% of its capacity, pumping about 600,000 bpd.",
       c("55%", 55, "%", approx="approx", entities=[BTC]),
       c("600,000 bpd", 600000, "bbl", per="day", approx="approx", entities=[BTC])),
    ex("pp-kmg-btc-plan-next-year-from-this-year",
       "KazMunayGas intends to raise shipments through BTC to 2.2 million tonnes in 2026 from "
       "1.5 million tonnes this year.",
       c("2.2 million tonnes", 2.2e6, "t", kind="projection", period="2026", change=None,
         entities=["KazMunayGas", BTC]),
       c("1.5 million tonnes", 1.5e6, "t", period="2025", change=None),
       published="2025-10-20"),
    ex("pp-btc-turkmen-oil-bpd-quarter",
       "Turkmen oil moving through BTC averaged 20,000 bpd in the first quarter.",
       c("20,000 bpd", 20000, "bbl", per="day", period="2025-01/2025-03", kind="actual",
         entities=["Turkmenistan", BTC], topic="energy"),
       published="2025-04-15"),
    ex("pp-azeri-light-premium-a-barrel",
       "Azeri Light sold at a premium of $3.10 a barrel over Brent in Augusta.",
       c("$3.10", 3.1, "USD", per="bbl", change=None)),
    ex("pp-cargo-sizes-ceyhan-novorossiysk",
       "An Aframax cargo at Ceyhan is typically 600,000 barrels, while Suezmax lots at "
       "Novorossiysk reach 1 million barrels.",
       c("600,000 barrels", 600000, "bbl", per=None),
       c("1 million barrels", 1e6, "bbl", per=None)),
]

OTHER_OIL: list[Example] = [
    ex("pp-atyrau-samara-plan-next-year",
       "Transneft plans to pump 10 million tonnes of Kazakh oil via the Atyrau-Samara pipeline "
       "in 2026.",
       c("10 million tonnes", 10e6, "t", kind="projection", period="2026",
         metric="oil exports", topic="energy", entities=["Kazakhstan"]),
       published="2025-12-01"),
    ex("pp-russian-transit-to-china-a-year",
       "Russian oil transit to China through Kazakhstan will stay at 10 million tonnes a year "
       "under the agreement.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", metric="oil exports",
         entities=["Russia", "China", "Kazakhstan"])),
    ex("pp-kenkiyak-kumkol-from-to-capacity",
       "KazTransOil aims to lift the Kenkiyak-Kumkol section's capacity from 20 million to 25 "
       "million tonnes a year.",
       c("20 million", 20e6, "t", per="year", metric="capacity", change=None),
       c("25 million tonnes", 25e6, "t", per="year", metric="capacity", kind="projection",
         change=None, entities=["KazTransOil"])),
    ex("pp-kz-china-length-and-last-year",
       "The Kazakhstan-China oil pipeline runs 2,228 km from Atyrau to Alashankou and carried "
       "10.9 million tonnes last year.",
       c("2,228 km", 2228, "km"),
       c("10.9 million tonnes", 10.9e6, "t", period="2024", kind="actual",
         entities=["Kazakhstan", "China"], topic="energy"),
       published="2025-03-01"),
    ex("pp-tariff-tenge-per-tonne",
       "KazTransOil set the tariff for pumping oil to China at 4,450 tenge per tonne.",
       c("4,450 tenge", 4450, "KZT", per="t", entities=["KazTransOil"])),
    ex("pp-kashagan-maintenance-cut-bpd-days",
       "Maintenance at Kashagan cut output by 150,000 bpd for 24 days.",
       c("150,000 bpd", 150000, "bbl", per="day", change="decrease", metric="oil production"),
       c("24 days", 24, "day")),
    ex("pp-tonnes-equivalent-barrels-a-day",
       "Kazakhstan exported 72 million tonnes of crude in 2024, equivalent to about 1.45 "
       "million barrels a day.",
       c("72 million tonnes", 72e6, "t", metric="oil exports", period="2024",
         entities=["Kazakhstan"]),
       c("1.45 million barrels", 1.45e6, "bbl", per="day", approx="approx", period="2024"),
       published="2025-02-15"),
    ex("pp-urals-discount-narrowed-by-to",
       "The discount on Urals to Brent narrowed by $1.50 to $11.20 a barrel.",
       c("$1.50", 1.5, "USD", change="decrease"),
       c("$11.20", 11.2, "USD", per="bbl", change=None)),
    ex("pp-tank-farm-tanks-cubic-metres",
       "The new tank farm at Atyrau adds four tanks of 20,000 cubic metres each, bringing "
       "storage to 260,000 cubic metres.",
       c("four tanks", 4, "count", item="tank"),
       c("20,000 cubic metres", 20000, "m3", change=None, metric="capacity"),
       c("260,000 cubic metres", 260000, "m3", change=None, metric="capacity",
         topic="energy")),
]

GAS: list[Example] = [
    ex("pp-cagp-lines-abc-bcm-a-year",
       "Lines A, B and C of the Central Asia-China gas pipeline together can carry 55 billion "
       "cubic metres a year.",
       c("55 billion cubic metres", 55e9, "m3", per="year", metric="capacity", topic="energy")),
    ex("pp-line-d-annual-capacity-expected",
       "Line D, which will add 30 bcm of annual capacity, is expected to be completed in 2028.",
       c("30 bcm", 30e9, "m3", per="year", kind="projection", metric="capacity")),
    ex("pp-turkmen-gas-to-china-about-share",
       "Turkmenistan supplied about 33 bcm of gas to China in 2024, roughly 65% of China's "
       "pipeline imports.",
       c("33 bcm", 33e9, "m3", approx="approx", period="2024", metric="gas exports",
         topic="energy", kind="actual", entities=["Turkmenistan", "China"]),
       c("65%", 65, "%", approx="approx", change=None),
       published="2025-03-10"),
    ex("pp-tanap-actual-and-expansion",
       "TANAP carried 11.6 bcm in 2024 and its shareholders are studying an expansion to 31 "
       "bcm per year.",
       c("11.6 bcm", 11.6e9, "m3", period="2024", kind="actual", metric="gas exports",
         entities=["TANAP"]),
       c("31 bcm", 31e9, "m3", per="year", kind="projection", metric="capacity",
         change=None),
       published="2025-04-01"),
    ex("pp-tap-delivered-more-than-since",
       "Since it started up at the end of 2020, TAP has delivered more than 45 billion cubic "
       "metres of Azerbaijani gas to Europe.",
       c("45 billion cubic metres", 45e9, "m3", approx="min", kind="actual",
         metric="gas exports", topic="energy", entities=[TAP, "Azerbaijan", "Europe"]),
       published="2025-06-01"),
    ex("pp-tap-expansion-by-and-taking-it-to",
       "TAP's capacity is set to grow by 1.2 bcm a year from January 2026, taking it to 11.2 "
       "bcm.",
       c("1.2 bcm", 1.2e9, "m3", per="year", change="increase", kind="projection",
         metric="capacity", entities=[TAP]),
       c("11.2 bcm", 11.2e9, "m3", change=None, kind="projection", metric="capacity"),
       published="2025-06-01"),
    ex("pp-tapi-length-capacity-cost",
       "The 1,814-kilometre TAPI pipeline is designed to carry 33 bcm annually and is estimated "
       "to cost $10 billion.",
       c("1,814-kilometre", 1814, "km", entities=["TAPI gas pipeline"]),
       c("33 bcm", 33e9, "m3", per="year", metric="capacity"),
       c("$10 billion", 10e9, "USD", metric="project cost", topic="investment")),
    ex("pp-trans-caspian-would-run-carry",
       "The proposed Trans-Caspian Gas Pipeline would run about 300 km under the sea and carry "
       "30 bcm a year.",
       c("300 km", 300, "km", approx="approx", kind="projection"),
       c("30 bcm", 30e9, "m3", per="year", kind="projection")),
    ex("pp-turkmen-up-to-range-to-europe",
       "Turkmenistan could send 10-12 bcm a year to Europe through a trans-Caspian link.",
       c("10-12 bcm", 10e9, "m3", value_high=12e9, per="year", kind="projection",
         entities=["Turkmenistan", "Europe"])),
    ex("pp-cagp-flows-fell-percent",
       "Gas flows through the Central Asia-China pipeline fell 5% in 2024 as Uzbekistan cut "
       "exports to meet domestic demand.",
       c("5%", 5, "%", change="decrease", period="2024", topic="energy"),
       published="2025-02-01"),
    ex("pp-kz-gas-exports-china-to-from",
       "Kazakhstan cut gas exports to China to 5.1 bcm in 2024 from 7.2 bcm a year earlier.",
       c("5.1 bcm", 5.1e9, "m3", metric="gas exports", period="2024", change=None,
         entities=["Kazakhstan", "China"]),
       c("7.2 bcm", 7.2e9, "m3", metric="gas exports", period="2023", change=None),
       published="2025-03-01"),
    ex("pp-scp-last-year-up-from",
       "The South Caucasus Pipeline carried 24.5 bcm last year, up from 23.8 bcm in 2023.",
       c("24.5 bcm", 24.5e9, "m3", period="2024", metric="gas exports", entities=[SCP],
         change=None),
       c("23.8 bcm", 23.8e9, "m3", period="2023", change=None),
       published="2025-02-10"),
    ex("pp-galadagh-storage-by",
       "Azerbaijan plans to expand its Galadagh gas storage to 5 bcm by 2030.",
       c("5 bcm", 5e9, "m3", kind="projection", period="2030", metric="capacity",
         topic="energy", entities=["Azerbaijan"])),
    ex("pp-line-d-cost-above-estimate",
       "The cost of Line D has risen to $6.7 billion, 20% above the original estimate.",
       c("$6.7 billion", 6.7e9, "USD", metric="project cost", change=None),
       c("20%", 20, "%", change="increase")),
    ex("pp-georgia-transit-fee-share-of-gas",
       "Georgia takes 5% of the gas crossing its territory as a transit fee.",
       c("5%", 5, "%", entities=["Georgia"])),
]

NEGATIVES: list[Example] = [
    ex("pp-neg-mooring-numbers",
       "SPM-2 was taken offline after damage, while SPM-1 and SPM-3 kept loading."),
    ex("pp-neg-block-numbers-year",
       "Block 2 of the Shah Deniz field and Block 14 offshore were put up for tender in 2025."),
    ex("pp-neg-diameter-as-size",
       "Line D will be built from 1,219 mm pipe supplied by Chinese mills."),
    ex("pp-neg-kilometre-point-pump-station",
       "The leak was found at kilometre 1,320 of the pipeline, near PS-5."),
    ex("pp-neg-start-up-years",
       "The BTC pipeline came on stream in 2006, and the CPC pipeline in 2001."),
    ex("pp-neg-line-letters-and-stage",
       "Work on Line D and the second stage of the Kenkiyak-Atyrau section resumed on 3 March."),
    ex("pp-neg-km-marker-diameter-adjective",
       "A 1,420-mm section at km 47 near Tikhoretsk was replaced over the weekend."),
]

EXAMPLES: list[Example] = CPC_ROUTE + BTC_ROUTE + OTHER_OIL + GAS + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
}
