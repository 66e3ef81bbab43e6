"""Held-out passages written after the parser was tuned, on one shape of text rather than one
field of the news: short passages (3-6 sentences, often two paragraphs) about the Middle
Corridor's trade, cargo, ports, rail and investment, where a figure's period, metric, entities
or kind must come from an earlier sentence or paragraph, or must not. A period named once and
carried on ("In January-October 2025, ... The port of Aktau handled ..."), a new paragraph
about an earlier year that must not take the later period, a forecast followed by an actual
figure, a metric named in a lead and implied later ("Of this, oil accounted for 60%"),
headlines that do and do not lend their time, lists after a colon, officials' quotes between
figures, "respectively" across two parties or two years, "the figure"/"this"/"that" pointing
back, and figure-less sentences that end a carry. Expectations were written by hand from
reading each passage, before the parser was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KZ = "Kazakhstan"
AZ = "Azerbaijan"
GE = "Georgia"
CN = "China"
UZ = "Uzbekistan"
TR = "Türkiye"
AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
POTI = "Port of Poti"
BATUMI = "Port of Batumi"
JAN_OCT = "2025-01/2025-10"
JAN_SEP = "2025-01/2025-09"
JAN_JUN = "2025-01/2025-06"

PERIOD_CARRY: list[Example] = [
    ex("carry-jan-oct-to-port-of-aktau",
       "In January-October 2025, cargo handled by Kazakhstan's seaports rose 9.4% to 14.2 "
       "million tonnes. The port of Aktau handled 5.3 million tonnes of this.",
       c("9.4%", 9.4, "%", change="increase", period=JAN_OCT, kind="actual", entities=[KZ]),
       c("14.2 million tonnes", 14.2e6, "t", change=None, period=JAN_OCT, kind="actual",
         topic="logistics", entities=[KZ]),
       c("5.3 million tonnes", 5.3e6, "t", change=None, period=JAN_OCT, kind="actual",
         entities=[AKTAU]),
       published="2025-11-12"),
    ex("carry-three-sentences-poti",
       "In January-September 2025, the port of Poti handled 5.6 million tonnes of cargo. "
       "Containers made up 210,000 TEU. Dry bulk fell 7%.",
       c("5.6 million tonnes", 5.6e6, "t", period=JAN_SEP, entities=[POTI], kind="actual"),
       c("210,000 TEU", 210e3, "TEU", period=JAN_SEP, metric="container volume"),
       c("7%", 7, "%", change="decrease", period=JAN_SEP),
       published="2025-10-15"),
    ex("carry-quote-between-figures",
       "Rail freight between China and Kazakhstan rose 12% to 28 million tonnes in 2024. "
       "\"We see the corridor becoming the backbone of Eurasian trade,\" the minister said. "
       "Container shipments grew 21%.",
       c("12%", 12, "%", change="increase", period="2024", entities=[CN, KZ]),
       c("28 million tonnes", 28e6, "t", change=None, period="2024", entities=[CN, KZ]),
       c("21%", 21, "%", change="increase", period="2024"),
       published="2025-02-03"),
    ex("carry-lead-sentence-without-figures",
       "In January-September 2025, Georgia's foreign trade grew strongly. Exports rose 11% to "
       "$4.7 billion.",
       c("11%", 11, "%", change="increase", metric="exports", period=JAN_SEP),
       c("$4.7 billion", 4.7e9, "USD", change=None, metric="exports", period=JAN_SEP),
       published="2025-10-20"),
    ex("carry-into-next-paragraph-imports",
       "Between January and August, exports from Uzbekistan to China grew 18% to $2.9 "
       "billion.\n\nImports from China stood at $7.4 billion.",
       c("18%", 18, "%", change="increase", metric="exports", period="2025-01/2025-08",
         entities=[UZ, CN]),
       c("$2.9 billion", 2.9e9, "USD", metric="exports", period="2025-01/2025-08"),
       c("$7.4 billion", 7.4e9, "USD", metric="imports", period="2025-01/2025-08",
         entities=[CN]),
       published="2025-09-15"),
    ex("carry-into-next-paragraph-passengers",
       "Georgian Railway carried 11.2 million tonnes of freight in 2024.\n\nPassenger traffic "
       "fell 3%.",
       c("11.2 million tonnes", 11.2e6, "t", period="2024", entities=["Georgian Railway"]),
       c("3%", 3, "%", change="decrease", period="2024"),
       published="2025-02-20"),
    ex("carry-same-period-of-earlier-year-looks-back",
       "Exports rose 14% to $24 billion in January-September 2025. In the same period of "
       "2024 they stood at $21 billion. Imports reached $19 billion.",
       c("14%", 14, "%", change="increase", metric="exports", period=JAN_SEP),
       c("$24 billion", 24e9, "USD", metric="exports", period=JAN_SEP),
       c("$21 billion", 21e9, "USD", period="2024-01/2024-09"),
       c("$19 billion", 19e9, "USD", metric="imports", period=JAN_SEP),
       published="2025-10-20"),
    ex("carry-this-is-more-than",
       "In January-August 2025, Kazakhstan shipped 1.2 million tonnes of oil via BTC. This is "
       "40% more than in January-August 2024.",
       c("1.2 million tonnes", 1.2e6, "t", period="2025-01/2025-08",
         entities=[KZ, "Baku-Tbilisi-Ceyhan pipeline"]),
       c("40%", 40, "%", change="increase", period="2025-01/2025-08"),
       published="2025-09-10"),
    ex("carry-that-is-more-than-year",
       "China-Europe trains via Kazakhstan carried 420,000 TEU in 2024. That is 8% more than "
       "in 2023.",
       c("420,000 TEU", 420e3, "TEU", period="2024", metric="container volume"),
       c("8%", 8, "%", change="increase", period="2024"),
       published="2025-01-25"),
    ex("carry-year-earlier-base",
       "Container throughput at Aktau stood at 42,000 TEU in January-June, compared with "
       "31,000 TEU a year earlier.",
       c("42,000 TEU", 42e3, "TEU", period=JAN_JUN, entities=[AKTAU]),
       c("31,000 TEU", 31e3, "TEU", period="2024-01/2024-06", entities=[AKTAU]),
       published="2025-07-10"),
    ex("carry-third-quarter-then-nine-months",
       "In the third quarter, container volumes on the TITR rose 27% year on year. Volumes for "
       "the first nine months were up 19%.",
       c("27%", 27, "%", change="increase", period="2025-07/2025-09", entities=[TITR]),
       c("19%", 19, "%", change="increase", period=JAN_SEP),
       published="2025-10-20"),
    ex("carry-last-year-then-share-word",
       "Kazakhstan's grain exports via Aktau rose to 1.1 million tonnes last year. Most of it "
       "went to Iran.",
       c("1.1 million tonnes", 1.1e6, "t", change=None, period="2024", kind="actual",
         entities=[KZ, AKTAU]),
       published="2025-02-10"),
    ex("carry-in-october-alone",
       "In October alone, the Trans-Caspian route carried 96 container trains. Kazakhstan "
       "Temir Zholy said the number of trains was 14% higher than in October 2024.",
       c("96 container trains", 96, "count", period="2025-10", entities=[TITR]),
       c("14%", 14, "%", change="increase", period="2025-10"),
       published="2025-11-05"),
    ex("carry-previous-year-opens-sentence",
       "Trade between Georgia and China reached $2.1 billion in 2024. The previous year it was "
       "$1.9 billion.",
       c("$2.1 billion", 2.1e9, "USD", metric="trade turnover", period="2024",
         entities=[GE, CN]),
       c("$1.9 billion", 1.9e9, "USD", metric="trade turnover", period="2023"),
       published="2025-02-10"),
    ex("carry-previous-years-figure-months",
       "Exports reached $2.1 billion in January-March. The previous year's figure was $1.8 "
       "billion.",
       c("$2.1 billion", 2.1e9, "USD", metric="exports", period="2025-01/2025-03"),
       c("$1.8 billion", 1.8e9, "USD", metric="exports", period="2024-01/2024-03"),
       published="2025-05-10"),
    ex("carry-own-month-after-quarter",
       "Kazakhstan's oil exports via CPC fell 3% in January-March 2025. In April, shipments "
       "recovered to 6.1 million tonnes.",
       c("3%", 3, "%", change="decrease", metric="oil exports", period="2025-01/2025-03"),
       c("6.1 million tonnes", 6.1e6, "t", change=None, metric="oil exports",
         period="2025-04"),
       published="2025-05-10"),
    ex("carry-heading-line-in-months",
       "Transit via Kazakhstan in January-April 2025\nOil products \u2013 1.2 mln t\nGrain "
       "\u2013 0.9 mln t",
       c("1.2 mln t", 1.2e6, "t", period="2025-01/2025-04", metric="transit cargo volume"),
       c("0.9 mln t", 0.9e6, "t", period="2025-01/2025-04", metric="transit cargo volume"),
       published="2025-05-15"),
    ex("carry-heading-line-exports-in-months",
       "Kazakhstan's exports to China in January-April 2025\nCrude oil \u2013 $2.1 bln\n"
       "Copper \u2013 $0.9 bln",
       c("$2.1 bln", 2.1e9, "USD", period="2025-01/2025-04", metric="oil exports",
         entities=[KZ, CN]),
       c("$0.9 bln", 0.9e9, "USD", period="2025-01/2025-04", entities=[KZ, CN]),
       published="2025-05-20"),
    ex("carry-heading-line-port-in-months",
       "Aktau port in January-April 2025\nTotal cargo \u2013 1.9 mln t\nContainers \u2013 "
       "41,000 TEU",
       c("1.9 mln t", 1.9e6, "t", period="2025-01/2025-04", entities=[AKTAU]),
       c("41,000 TEU", 41e3, "TEU", period="2025-01/2025-04", metric="container volume",
         entities=[AKTAU]),
       published="2025-05-20"),
]

NO_CARRY: list[Example] = [
    ex("nocarry-new-paragraph-earlier-year",
       "Container traffic on the Middle Corridor reached 48,500 TEU in January-September "
       "2025, up 32%.\n\nIn 2023, the route carried 33,600 TEU. Volumes then were held back "
       "by a shortage of ferries.",
       c("48,500 TEU", 48.5e3, "TEU", period=JAN_SEP, entities=[TITR], kind="actual"),
       c("32%", 32, "%", change="increase", period=JAN_SEP),
       c("33,600 TEU", 33.6e3, "TEU", period="2023", kind="actual"),
       published="2025-10-14"),
    ex("nocarry-new-paragraph-whole-of-2022",
       "Azerbaijan Railways carried 4.5 million tonnes of transit freight in January-October "
       "2025.\n\nThe company moved 5.2 million tonnes of transit in the whole of 2022, a "
       "record.",
       c("4.5 million tonnes", 4.5e6, "t", period=JAN_OCT, entities=["Azerbaijan Railways"]),
       c("5.2 million tonnes", 5.2e6, "t", period="2022"),
       published="2025-11-10"),
    ex("nocarry-earlier-year-paragraph-investment",
       "Chinese investment in Kazakhstan reached $2.3 billion in 2024.\n\nIn 2019, it was "
       "$1.6 billion.",
       c("$2.3 billion", 2.3e9, "USD", metric="investment", period="2024", entities=[CN, KZ]),
       c("$1.6 billion", 1.6e9, "USD", period="2019"),
       published="2025-03-01"),
    ex("nocarry-now-transit-time",
       "Freight via the Caspian rose 20% in 2024. A container now takes 18 days from Xi'an "
       "to Baku.",
       c("20%", 20, "%", change="increase", period="2024"),
       c("18 days", 18, "day", period=None, metric="transit time"),
       published="2025-03-01"),
    ex("nocarry-separately-new-story",
       "Exports to Iran fell 12% in January-July. Separately, a Chinese company signed a deal "
       "to build a $300 million terminal at Aktau.",
       c("12%", 12, "%", change="decrease", metric="exports", period="2025-01/2025-07"),
       c("$300 million", 300e6, "USD", period=None, entities=[AKTAU]),
       published="2025-08-15"),
    ex("nocarry-capacity-deal-signed-in-year",
       "Under a deal signed in 2023, the Khorgos dry port's capacity will reach 1 million TEU. "
       "It handled 410,000 TEU in 2024.",
       c("1 million TEU", 1e6, "TEU", metric="capacity", kind="projection", period=None),
       c("410,000 TEU", 410e3, "TEU", kind="actual", period="2024"),
       published="2025-04-01"),
    ex("nocarry-headline-level-to-other-level",
       "Georgia's ports moved 9.8 mln t in January-September\nBatumi port handled 2.4 "
       "million tonnes of oil products, the Ministry of Economy said.",
       c("9.8 mln t", 9.8e6, "t", period=JAN_SEP, entities=[GE]),
       c("2.4 million tonnes", 2.4e6, "t", period=None, entities=[BATUMI]),
       published="2025-10-12"),
    ex("nocarry-entities-not-to-new-paragraph",
       "Kazakhstan and China signed 15 agreements worth $4 billion.\n\nMeanwhile, Türkiye's "
       "exports to Georgia rose 9% in 2024.",
       c("15 agreements", 15, "count", item="agreement", kind="actual"),
       c("$4 billion", 4e9, "USD", entities=[KZ, CN]),
       c("9%", 9, "%", change="increase", metric="exports", period="2024",
         only_entities=[TR, GE]),
       published="2025-03-20"),
    ex("nocarry-currently-per-year",
       "The Aktau-Baku line is projected to carry 5 million tonnes in 2026. It currently "
       "carries 1.2 million tonnes a year.",
       c("5 million tonnes", 5e6, "t", kind="projection", period="2026"),
       c("1.2 million tonnes", 1.2e6, "t", per="year", kind="actual", period=None),
       published="2025-06-01"),
]

HEADLINES: list[Example] = [
    ex("head-figure-points-back",
       "Aktau port handles 3.1 mln tonnes in January-May\nThe figure is 11% higher than a "
       "year earlier, the port said.",
       c("3.1 mln tonnes", 3.1e6, "t", period="2025-01/2025-05", entities=[AKTAU]),
       c("11%", 11, "%", change="increase", period="2025-01/2025-05"),
       published="2025-06-05"),
    ex("head-entity-name-line",
       "Port of Baku\nThe port handled 4.6 million tonnes of cargo in January-October, "
       "including 51,000 TEU of containers.",
       c("4.6 million tonnes", 4.6e6, "t", period=JAN_OCT, kind="actual"),
       c("51,000 TEU", 51e3, "TEU", period=JAN_OCT, metric="container volume"),
       published="2025-11-08"),
]

FORECAST_ACTUAL: list[Example] = [
    ex("fa-expects-then-last-year",
       "The railway expects to move 32 million tonnes of transit cargo in 2025. Last year it "
       "carried 27.6 million tonnes.",
       c("32 million tonnes", 32e6, "t", kind="projection", period="2025"),
       c("27.6 million tonnes", 27.6e6, "t", kind="actual", period="2024"),
       published="2025-06-10"),
    ex("fa-forecast-then-half-year-actual",
       "The ministry forecasts trade turnover with Türkiye at $10 billion in 2026. In "
       "January-June 2025, turnover came to $3.1 billion, a rise of 6%.",
       c("$10 billion", 10e9, "USD", kind="projection", period="2026",
         metric="trade turnover", entities=[TR]),
       c("$3.1 billion", 3.1e9, "USD", kind="actual", period=JAN_JUN,
         metric="trade turnover"),
       c("6%", 6, "%", kind="actual", change="increase", period=JAN_JUN),
       published="2025-07-20"),
    ex("fa-by-2030-then-it-handled",
       "The Middle Corridor could carry 10 million tonnes a year by 2030. It handled 4.5 "
       "million tonnes in 2024.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2030",
         entities=[TITR]),
       c("4.5 million tonnes", 4.5e6, "t", per=None, kind="actual", period="2024"),
       published="2025-05-01"),
    ex("fa-actual-then-target-for-year",
       "Kuryk port handled 2.1 million tonnes in 2024, up 15%. For 2025 the port targets 2.6 "
       "million tonnes.",
       c("2.1 million tonnes", 2.1e6, "t", kind="actual", period="2024", entities=[KURYK]),
       c("15%", 15, "%", change="increase", kind="actual", period="2024"),
       c("2.6 million tonnes", 2.6e6, "t", kind="projection", period="2025"),
       published="2025-02-15"),
    ex("fa-expected-to-exceed",
       "Uzbekistan's trade with Russia reached $9.8 billion in 2024. In 2025 it is expected "
       "to exceed $11 billion.",
       c("$9.8 billion", 9.8e9, "USD", kind="actual", period="2024",
         metric="trade turnover", entities=[UZ, "Russia"]),
       c("$11 billion", 11e9, "USD", kind="projection", period="2025", approx="min"),
       published="2025-03-01"),
    ex("fa-the-figure-expected-to-rise",
       "Transit via Kazakhstan reached 26 million tonnes in 2024. The figure is expected to "
       "rise to 30 million tonnes in 2025.",
       c("26 million tonnes", 26e6, "t", kind="actual", period="2024", entities=[KZ]),
       c("30 million tonnes", 30e6, "t", kind="projection", period="2025", change=None),
       published="2025-04-01"),
    ex("fa-quote-with-target",
       "Batumi port handled 1.9 million tonnes in January-June 2025. \"Our target for the full "
       "year is 4 million tonnes,\" the director said.",
       c("1.9 million tonnes", 1.9e6, "t", kind="actual", period=JAN_JUN, entities=[BATUMI]),
       c("4 million tonnes", 4e6, "t", kind="projection", period="2025"),
       published="2025-07-15"),
    ex("fa-plan-by-year-then-container-target",
       "Kazakhstan plans to raise transit traffic to 35 million tonnes by 2029. Container "
       "traffic is to reach 2 million TEU.",
       c("35 million tonnes", 35e6, "t", kind="projection", period="2029"),
       c("2 million TEU", 2e6, "TEU", kind="projection", metric="container volume"),
       published="2025-05-20"),
    ex("fa-this-year-up-from",
       "Ferry shipments across the Caspian are expected to reach 1.2 million tonnes this "
       "year, up from 950,000 tonnes in 2024.",
       c("1.2 million tonnes", 1.2e6, "t", kind="projection", period="2025"),
       c("950,000 tonnes", 950e3, "t", kind="actual", period="2024"),
       published="2025-05-12"),
    ex("fa-quote-last-year-then-this-year",
       "\"Last year we handled 6.5 million tonnes,\" the head of the port said. This year, "
       "the port expects 7 million tonnes.",
       c("6.5 million tonnes", 6.5e6, "t", kind="actual", period="2024"),
       c("7 million tonnes", 7e6, "t", kind="projection", period="2025"),
       published="2025-03-12"),
    ex("fa-forecast-next-paragraph-no-time",
       "Kazakhstan's transit freight rose 12% to 25 million tonnes in 2024.\n\nThe government "
       "expects it to reach 30 million tonnes.",
       c("12%", 12, "%", change="increase", period="2024", metric="transit cargo volume"),
       c("25 million tonnes", 25e6, "t", period="2024", metric="transit cargo volume"),
       c("30 million tonnes", 30e6, "t", kind="projection", period=None,
         metric="transit cargo volume"),
       published="2025-03-01"),
]

METRIC_CARRY: list[Example] = [
    ex("metric-of-this-oil-share",
       "Kazakhstan's exports reached $5 billion in the first quarter of 2025. Of this, oil "
       "accounted for 60%.",
       c("$5 billion", 5e9, "USD", metric="exports", period="2025-01/2025-03", entities=[KZ]),
       c("60%", 60, "%", change=None, period="2025-01/2025-03"),
       published="2025-04-25"),
    ex("metric-of-the-total-copper",
       "Georgia's exports totalled $5.6 billion in 2024. Copper ore made up $1.1 billion of "
       "the total.",
       c("$5.6 billion", 5.6e9, "USD", metric="exports", period="2024", entities=[GE]),
       c("$1.1 billion", 1.1e9, "USD", metric="exports", period="2024"),
       published="2025-01-30"),
    ex("metric-of-which-exports",
       "Trade turnover between Kazakhstan and China reached $43.8 billion in 2024, of which "
       "Kazakh exports accounted for $19.2 billion.",
       c("$43.8 billion", 43.8e9, "USD", metric="trade turnover", period="2024",
         entities=[KZ, CN]),
       c("$19.2 billion", 19.2e9, "USD", metric="exports", period="2024", entities=[KZ]),
       published="2025-01-20"),
    ex("metric-country-accounted-for-and",
       "Kazakhstan's imports from the EU rose to $12.3 billion in 2024. Germany accounted for "
       "$3.1 billion and Italy for $1.4 billion.",
       c("$12.3 billion", 12.3e9, "USD", metric="imports", change=None, period="2024"),
       c("$3.1 billion", 3.1e9, "USD", metric="imports", period="2024", entities=["Germany"]),
       c("$1.4 billion", 1.4e9, "USD", metric="imports", period="2024", entities=["Italy"]),
       published="2025-02-15"),
    ex("metric-investment-share-went-to",
       "The EBRD invested €1.1 billion in Kazakhstan in 2024. Around 35% went to transport.",
       c("€1.1 billion", 1.1e9, "EUR", metric="investment", topic="investment", period="2024",
         entities=["EBRD", KZ]),
       c("35%", 35, "%", approx="approx", change=None, period="2024"),
       published="2025-03-05"),
    ex("metric-exports-while-imports",
       "Uzbekistan's exports to Afghanistan reached $1.1 billion in 2024, while imports "
       "stood at $0.2 billion.",
       c("$1.1 billion", 1.1e9, "USD", metric="exports", period="2024",
         entities=[UZ, "Afghanistan"]),
       c("$0.2 billion", 0.2e9, "USD", metric="imports", period="2024"),
       published="2025-02-01"),
    ex("metric-of-this-gas-to-two-markets",
       "In 2024, Azerbaijan exported 24 bcm of gas. Of this, 12.9 bcm went to Europe and 9.7 "
       "bcm to Türkiye.",
       c("24 bcm", 24e9, "m3", metric="gas exports", period="2024", entities=[AZ]),
       c("12.9 bcm", 12.9e9, "m3", metric="gas exports", period="2024",
         only_entities=[AZ, "Europe"]),
       c("9.7 bcm", 9.7e9, "m3", metric="gas exports", period="2024", only_entities=[AZ, TR]),
       published="2025-02-01"),
]

LISTS_RESPECTIVELY: list[Example] = [
    ex("list-colon-export-destinations",
       "In January-November 2024, Azerbaijan's main export destinations were: Italy with "
       "$6.1 billion, Türkiye with $2.9 billion and Israel with $1.1 billion.",
       c("$6.1 billion", 6.1e9, "USD", metric="exports", period="2024-01/2024-11",
         entities=["Italy"]),
       c("$2.9 billion", 2.9e9, "USD", metric="exports", period="2024-01/2024-11",
         entities=[TR]),
       c("$1.1 billion", 1.1e9, "USD", metric="exports", period="2024-01/2024-11",
         entities=["Israel"]),
       published="2024-12-20"),
    ex("list-colon-transit-cargo-semicolons",
       "In January-June 2025, transit through Azerbaijan consisted of: oil products, 1.4 "
       "million tonnes; grain, 380,000 tonnes; and containers, 29,000 TEU.",
       c("1.4 million tonnes", 1.4e6, "t", period=JAN_JUN),
       c("380,000 tonnes", 380e3, "t", period=JAN_JUN),
       c("29,000 TEU", 29e3, "TEU", period=JAN_JUN),
       published="2025-07-25"),
    ex("resp-two-ports-two-volumes",
       "Aktau and Kuryk ports handled 5.3 million and 2.1 million tonnes, respectively, in "
       "January-October.",
       c("5.3 million", 5.3e6, "t", period=JAN_OCT, only_entities=[AKTAU]),
       c("2.1 million tonnes", 2.1e6, "t", period=JAN_OCT, only_entities=[KURYK]),
       published="2025-11-10"),
    ex("resp-two-countries-exports",
       "Exports from Georgia and Armenia to the EU reached $1.2 billion and $0.9 billion, "
       "respectively, in 2024.",
       c("$1.2 billion", 1.2e9, "USD", metric="exports", period="2024",
         entities=[GE, "European Union"]),
       c("$0.9 billion", 0.9e9, "USD", metric="exports", period="2024",
         entities=["Armenia", "European Union"]),
       published="2025-03-01"),
    ex("resp-two-years",
       "Kazakhstan-Azerbaijan turnover reached $1.4 billion and $1.7 billion in 2023 and "
       "2024, respectively.",
       c("$1.4 billion", 1.4e9, "USD", metric="trade turnover", period="2023"),
       c("$1.7 billion", 1.7e9, "USD", metric="trade turnover", period="2024"),
       published="2025-02-01"),
    ex("resp-exports-imports-changes",
       "Exports and imports rose 7% and 12%, respectively, in January-May 2025.",
       c("7%", 7, "%", change="increase", metric="exports", period="2025-01/2025-05"),
       c("12%", 12, "%", change="increase", metric="imports", period="2025-01/2025-05"),
       published="2025-06-20"),
    ex("resp-then-next-sentence-carry",
       "Poti and Batumi handled 5.6 million and 1.9 million tonnes, respectively, in "
       "January-June 2025. Both ports expect higher volumes in the second half.",
       c("5.6 million", 5.6e6, "t", period=JAN_JUN, entities=[POTI]),
       c("1.9 million tonnes", 1.9e6, "t", period=JAN_JUN, entities=[BATUMI]),
       published="2025-07-20"),
    ex("resp-rail-two-countries-changes",
       "Rail shipments from Kazakhstan and Uzbekistan to China rose 14% and 9%, respectively, "
       "in 2024.",
       c("14%", 14, "%", change="increase", period="2024", only_entities=[KZ, CN]),
       c("9%", 9, "%", change="increase", period="2024", only_entities=[UZ, CN]),
       published="2025-02-01"),
]

NEGATIVES: list[Example] = [
    ex("neg-phases-and-years",
       "The 2024 agreement sets out three phases for the Aktau hub.\n\nPhase two runs to 2027, "
       "the ministry said.",
       published="2025-02-01"),
    ex("neg-figure-free-follow-up",
       "The Lapis Lazuli corridor was launched in 2018. Its members met in Ashgabat on 12 "
       "March 2025 to discuss tariffs.",
       published="2025-03-13"),
]

EXAMPLES: list[Example] = [
    *PERIOD_CARRY, *NO_CARRY, *HEADLINES, *FORECAST_ACTUAL, *METRIC_CARRY,
    *LISTS_RESPECTIVELY, *NEGATIVES,
]

KNOWN_GAPS: dict[str, str] = {
    "carry-heading-line-in-months":
        "the heading's time now carries to its lines, but the lines name goods ('Oil "
        "products', 'Grain'), which read as oil and grain exports: the heading's 'Transit' "
        "names no metric the lines take",
    "fa-forecast-next-paragraph-no-time":
        "'expects it to reach 30 million tonnes' in a new paragraph: a unit's default metric "
        "(tonnes: cargo volume) wins over the earlier paragraph's 'transit cargo volume' that "
        "'it' points back to",
    "metric-of-this-gas-to-two-markets":
        "'12.9 bcm went to Europe and 9.7 bcm to Türkiye': one clause, so each figure takes "
        "both destinations (and not the exporter of the sentence before); the same holds for "
        "'exported $3 billion to China and $1 billion to Türkiye'",
}
