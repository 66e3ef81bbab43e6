"""Sentences of the bundled corpus, articles 000-010 (`data/articles/articles`), with the
claims an analyst reads in them. Ids start with the article number; `published` is the
article's date from `data/articles/manifest.csv`. Each text is copied verbatim (a test
checks it is still in its article)."""

from __future__ import annotations

from . import BTC, KZ_AZ, TITR, Example, c, ex

EXAMPLES: list[Example] = [
    ex("corpus-000-fivefold-to-529-million",
       "Since 2020, trade turnover between Kazakhstan and Azerbaijan has surged fivefold, "
       "reaching $529 million, signaling a dynamic phase in their economic partnership.",
       c("fivefold", 5, "x", change="increase", metric="trade turnover", topic="trade",
         period="2020/..", kind="actual", entities=KZ_AZ),
       c("$529 million", 529e6, "USD", change=None, metric="trade turnover", kind="actual",
         entities=KZ_AZ, period=None),  # the level reached, not a total since 2020
       published="2024-03-11"),
    ex("corpus-000-titr-10-million-tons-projected",
       "The anticipated increase in cargo flow along the TITR, projected to reach 10 million "
       "tons per year, highlights the potential for significant economic benefits and the "
       "strengthening of supply chains across the region.",
       c("10 million tons", 10e6, "t", per="year", metric="cargo volume", topic="logistics",
         kind="projection", change=None, entities=[TITR]),
       published="2024-03-11"),
    ex("corpus-000-two-nations-inaugural",
       "ASTANA, March 11, 2024 – Kazakhstan's President Kassym-Jomart Tokayev embarks on a "
       "pivotal state visit to Azerbaijan, aiming to deepen the ties between the two nations "
       "through strategic discussions with Azerbaijani President Ilham Aliyev and participation "
       "in the inaugural Kazakh-Azerbaijani Supreme Interstate Council meeting.",
       published="2024-03-11"),
    ex("corpus-001-headline-designed-range",
       "Turkmenbashi seaport gains traffic; Caspian hub designed for 17-18 million tonnes a year"
       "\n\nCargo flows through Turkmenistan's Turkmenbashi International Seaport keep rising",
       c("17-18 million tonnes", 17e6, "t", value_high=18e6, per="year", metric="capacity",
         entities=["Port of Turkmenbashi"]),
       published="2019-01-03"),
    ex("corpus-001-inaugurated-date",
       'The new port was inaugurated on May 2, 2018, and was designed to the "Greenport" '
       "standard.",
       published="2019-01-03"),
    ex("corpus-001-planned-range-and-sized-for",
       "It is planned to handle 17-18 mln tonnes of cargo a year, and its ferry and passenger "
       "complex is sized for 300,000 passengers and 75,000 trailers annually.",
       c("17-18 mln tonnes", 17e6, "t", value_high=18e6, per="year", kind="projection",
         metric="capacity"),
       c("300,000 passengers", 300000, "count", item="passenger", per="year"),
       c("75,000 trailers", 75000, "count", item="trailer", per="year"),
       published="2019-01-03"),
    ex("corpus-001-yearly-capacity-teu",
       "The container terminal's average yearly capacity is put at 400,000 TEU.",
       c("400,000 TEU", 400000, "TEU", metric="capacity", per="year"),
       published="2019-01-03"),
    ex("corpus-001-valued-at-more-than",
       "Turkish contractor Gap Insaat built the complex, a project valued at more than USD 1.5 "
       "billion.",
       c("USD 1.5 billion", 1.5e9, "USD", approx="min", metric="project cost",
         topic="investment"),
       published="2019-01-03"),
    ex("corpus-002-headline-about-42-and-11-month",
       "Georgian ports: container traffic up about 42% in 2019, 11-month cargo at 15.8 million "
       "tonnes",
       c("42%", 42, "%", approx="approx", change="increase", metric="container volume",
         period="2019"),
       c("15.8 million tonnes", 15.8e6, "t", period="2019-01/2019-11"),
       published="2020-01-15"),
    ex("corpus-002-jumped-41-7",
       "Georgia's Ministry of Economy says container traffic through the country's transport "
       "corridor jumped 41.7% in 2019, business outlet BM.GE reported on January 15, 2020.",
       c("41.7%", 41.7, "%", change="increase", metric="container volume", period="2019",
         entities=["Georgia"]),
       published="2020-01-15"),
    ex("corpus-002-teu-and-elliptic-containers",
       "Over January-November the Black Sea ports received 584,879 TEU, with Poti accounting "
       "for 485,410 containers (up 46.8% year on year) and Batumi for 99,469 (up 21.3%).",
       c("584,879 TEU", 584879, "TEU", period="2019-01/2019-11", entities=["Black Sea"]),
       c("485,410 containers", 485410, "count", item="container", entities=["Port of Poti"]),
       c("46.8%", 46.8, "%", change="increase", per=None, only_entities=["Port of Poti"]),
       c("99,469", 99469, "count", item="container", entities=["Port of Batumi"]),
       c("21.3%", 21.3, "%", change="increase", only_entities=["Port of Batumi"]),
       published="2020-01-15"),
    ex("corpus-002-first-11-months-15-more",
       "Total cargo handled in the first 11 months reached 15.8 million tonnes, 15% more than "
       "a year earlier.",
       c("15.8 million tonnes", 15.8e6, "t", period="2019-01/2019-11", change=None),
       c("15%", 15, "%", change="increase", per=None),
       published="2020-01-15"),
    ex("corpus-002-rise-of-and-slipped-to",
       "Poti moved 7.9 mln t, a rise of 36.2%, while Batumi Sea Port slipped 15% to 2.9 mln t.",
       c("7.9 mln t", 7.9e6, "t", change=None, entities=["Port of Poti"],
         metric="port throughput"),
       c("36.2%", 36.2, "%", change="increase", metric="port throughput"),
       c("15%", 15, "%", change="decrease", metric="port throughput"),
       c("2.9 mln t", 2.9e6, "t", change=None, entities=["Port of Batumi"],
         metric="port throughput"),
       published="2020-01-15"),
    ex("corpus-002-plus-signs-in-brackets",
       "The Supsa marine terminal handled 3.5 mln t (+3%) and the Kulevi terminal 1.5 mln t "
       "(+15%).",
       c("3.5 mln t", 3.5e6, "t", change=None), c("+3%", 3, "%", change="increase"),
       c("1.5 mln t", 1.5e6, "t", change=None), c("+15%", 15, "%", change="increase"),
       published="2020-01-15"),
    # the paragraph whole: its first sentence's period goes on through the two after it
    ex("corpus-002-paragraph-period-goes-on",
       "Total cargo handled in the first 11 months reached 15.8 million tonnes, 15% more than "
       "a year earlier. Poti moved 7.9 mln t, a rise of 36.2%, while Batumi Sea Port slipped "
       "15% to 2.9 mln t. The Supsa marine terminal handled 3.5 mln t (+3%) and the Kulevi "
       "terminal 1.5 mln t (+15%).",
       *(c(surface, value, unit, period="2019-01/2019-11", nth=nth, **more)
         for surface, value, unit, nth, more in (
             ("15.8 million tonnes", 15.8e6, "t", 0, {}), ("15%", 15, "%", 0, {}),
             ("7.9 mln t", 7.9e6, "t", 0, {"entities": ["Port of Poti"]}),
             ("36.2%", 36.2, "%", 0, {}), ("15%", 15, "%", 1, {"change": "decrease"}),
             ("2.9 mln t", 2.9e6, "t", 0, {"entities": ["Port of Batumi"]}),
             ("3.5 mln t", 3.5e6, "t", 0, {"only_entities": ["Supsa terminal"]}),
             ("+3%", 3, "%", 0, {"only_entities": ["Supsa terminal"]}),
             ("1.5 mln t", 1.5e6, "t", 0, {"only_entities": ["Kulevi terminal"]}),
             ("+15%", 15, "%", 0, {"only_entities": ["Kulevi terminal"]}))),
       published="2020-01-15"),
    ex("corpus-003-headline-reached",
       "Kazakhstan-Azerbaijan trade reached $229.6 million in 2019",
       c("$229.6 million", 229.6e6, "USD", metric="trade turnover", period="2019",
         kind="actual", entities=KZ_AZ),
       published="2020-01-16"),
    ex("corpus-003-commerce-totalled",
       "Commerce between Azerbaijan and Kazakhstan totalled $229.6 mln in 2019, according to "
       "Azerbaijan's State Customs Committee, AzerNews reported on January 16, 2020, in a story "
       "supplied by Trend.",
       c("$229.6 mln", 229.6e6, "USD", metric="trade turnover", topic="trade", period="2019",
         entities=KZ_AZ),
       published="2020-01-16"),
    ex("corpus-003-shipments-and-deliveries",
       "Azerbaijani shipments to Kazakhstan topped $24 million, while deliveries from "
       "Kazakhstan to Azerbaijan came to $205 million.",
       c("$24 million", 24e6, "USD", approx="min", metric="exports", entities=KZ_AZ),
       c("$205 million", 205e6, "USD", approx=None, metric="exports", entities=KZ_AZ),
       published="2020-01-16"),
    ex("corpus-003-more-than-100-documents",
       "He pointed to more than 100 regulatory documents signed between the two states and to "
       "the rail and road routes through their territory that now tie Southeast Asia to Europe.",
       c("100 regulatory documents", 100, "count", item="document", approx="min"),
       published="2020-01-16"),
    ex("corpus-004-about-barrels-nine-months",
       "The Baku-Tbilisi-Ceyhan pipeline carried about 161.9 million barrels of oil in the first "
       "nine months of 2020, AzerNews reported in a story carried by Today.az on October 6.",
       c("161.9 million barrels", 161.9e6, "bbl", approx="approx", metric="oil exports",
         topic="energy", period="2020-01/2020-09", entities=[BTC]),
       published="2020-10-06"),
    ex("corpus-004-less-than-and-roughly",
       "That is 9.3% less than in January-September 2019, when roughly 178.6 million barrels "
       "went through the line.",
       c("9.3%", 9.3, "%", change="decrease"),
       c("178.6 million barrels", 178.6e6, "bbl", approx="approx", period="2019-01/2019-09"),
       published="2020-10-06"),
    ex("corpus-004-whole-year-and-since-2006",
       "For the whole of 2019 the pipeline shipped 233.1 mln barrels, and the volume pumped "
       "since 2006 has reached 3.5 billion.",
       c("233.1 mln barrels", 233.1e6, "bbl", period="2019", per=None),
       c("3.5 billion", 3.5e9, "bbl", period="2006/.."),
       published="2020-10-06"),
    ex("corpus-004-first-and-busiest-year",
       "In its first year of operation, 2006, BTC moved 57.7 million barrels; its busiest year "
       "was 2009, with 287.6 million barrels.",
       c("57.7 million barrels", 57.7e6, "bbl", period="2006"),
       c("287.6 million barrels", 287.6e6, "bbl", period="2009"),
       published="2020-10-06"),
    ex("corpus-004-lengths-and-design-capacity",
       "The 1,768-km route runs 443 km through Azerbaijan, 249 km through Georgia and 1,076 km "
       "through Turkey, and it was designed for 50 million tonnes a year, or one million "
       "barrels per day.",
       c("1,768-km", 1768, "km", metric="route length"),
       c("443 km", 443, "km", only_entities=["Azerbaijan"]),
       c("249 km", 249, "km", only_entities=["Georgia"]),
       c("1,076 km", 1076, "km", only_entities=["Türkiye"]),
       c("50 million tonnes", 50e6, "t", per="year", metric="capacity"),
       c("one million barrels", 1e6, "bbl", per="day", metric="capacity"),
       published="2020-10-06"),
    ex("corpus-005-headline-near-and-goal",
       "Azerbaijan-Turkey trade near $4 billion; $15 billion goal restated",
       c("$4 billion", 4e9, "USD", approx="approx", kind="actual", metric="trade turnover"),
       c("$15 billion", 15e9, "USD", kind="projection", metric="trade turnover"),
       published="2021-10-12"),
    ex("corpus-005-want-to-lift-trade",
       "BAKU, October 12 - Azerbaijan and Turkey want to lift bilateral trade to $15 billion, "
       "Yagub Safar, trade adviser to Turkey's ambassador in Baku, told an Azerbaijani-Turkish "
       "business forum, Trend reported.",
       c("$15 billion", 15e9, "USD", kind="projection", change=None, metric="trade turnover",
         entities=["Azerbaijan", "Türkiye"]),
       published="2021-10-12"),
    ex("corpus-005-ranks-second-no-claim",
       "Safar noted that Turkey ranks second among suppliers to Azerbaijan, behind Russia, and "
       "wants to take first place.",
       published="2021-10-12"),
    ex("corpus-005-companies-and-entrepreneurs",
       "The forum, organised by AZPROMO and the Turkish Exporters Assembly, gathered more than "
       "20 companies and about 80 entrepreneurs.",
       c("20 companies", 20, "count", item="company", approx="min"),
       c("80 entrepreneurs", 80, "count", item="entrepreneur", approx="approx"),
       published="2021-10-12"),
    ex("corpus-006-headline-trips",
       "China-Europe freight trains hit 15,000 trips in 2021",
       c("15,000 trips", 15000, "count", item="trip", period="2021",
         entities=["China-Europe rail"]),
       published="2022-01-04"),
    ex("corpus-006-journeys-and-percent-more",
       "BEIJING, Jan. 4 (Xinhua) - China-Europe freight trains made 15,000 journeys in 2021, "
       "22 percent more than a year earlier, China State Railway Group said on Tuesday.",
       c("15,000 journeys", 15000, "count", item="journey", period="2021"),
       c("22 percent", 22, "%", change="increase", per=None),
       published="2022-01-04"),
    ex("corpus-006-twenty-foot-equivalent-units",
       "The services hauled 1.46 mln twenty-foot equivalent units of goods over the year, an "
       "increase of 29 percent.",
       c("1.46 mln twenty-foot equivalent units", 1.46e6, "TEU", change=None),
       c("29 percent", 29, "%", change="increase"),
       published="2022-01-04"),
    ex("corpus-007-rose-in-year-to-level",
       "Cargo transshipment at the Port of Baku, a key link of the Trans-Caspian route, rose "
       "14.6% in 2021 to 5.6 million tonnes, the port reported, according to AzerNews in a "
       "story carried by Today.az on February 17, 2022.",
       c("14.6%", 14.6, "%", change="increase", period="2021", metric="port throughput"),
       c("5.6 million tonnes", 5.6e6, "t", change=None, period="2021",
         metric="port throughput", entities=["Port of Baku"]),
       published="2022-02-17"),
    ex("corpus-007-more-than-or-share",
       "Transit goods made up more than 5.1 mln t, or 92.7% of the total.",
       c("5.1 mln t", 5.1e6, "t", approx="min"), c("92.7%", 92.7, "%", change=None),
       published="2022-02-17"),
    ex("corpus-007-on-2020-to-over",
       "Dry cargo climbed 66% on 2020 to over 1.1 million tonnes, and the number of containers "
       "shipped out grew 11.6% to 45,025 TEU.",
       c("66%", 66, "%", change="increase", period="2021"),
       c("1.1 million tonnes", 1.1e6, "t", approx="min", change=None, period="2021"),
       c("11.6%", 11.6, "%", change="increase", period="2021"),
       c("45,025 TEU", 45025, "TEU", change=None, period="2021"),
       published="2022-02-17"),
    ex("corpus-007-fold-to-more-than",
       "Oil and oil-product exports through the Dubandi terminal rose 2.3-fold to more than "
       "1.1 million tonnes.",
       c("2.3-fold", 2.3, "x", change="increase", metric="oil exports", topic="energy"),
       c("1.1 million tonnes", 1.1e6, "t", approx="min", change=None, metric="oil exports"),
       published="2022-02-17"),
    ex("corpus-007-vehicles-of-which",
       "Truck traffic, still hampered by pandemic border rules, fell 8.8% to 39,431 vehicles, "
       "of which 23,476 (59.5%) used the Baku-Turkmenbashi-Baku line and 15,955 (40.5%) the "
       "Baku-Kurik-Baku line.",
       c("8.8%", 8.8, "%", change="decrease"),
       c("39,431 vehicles", 39431, "count", item="vehicle", change=None),
       c("23,476", 23476, "count", item="vehicle", only_entities=["Port of Turkmenbashi"]),
       c("59.5%", 59.5, "%", change=None, only_entities=["Port of Turkmenbashi"]),
       c("15,955", 15955, "count", item="vehicle", only_entities=["Port of Kuryk"]),
       c("40.5%", 40.5, "%", change=None, only_entities=["Port of Kuryk"]),
       published="2022-02-17"),
    ex("corpus-008-headline-triples",
       "Kazakh-Azerbaijani trade triples to $100 million in first quarter of 2022",
       c("triples", 3, "x", change="increase", period="2022-01/2022-03"),
       c("$100 million", 100e6, "USD", change=None, period="2022-01/2022-03",
         metric="trade turnover", entities=KZ_AZ),
       published="2022-06-07"),
    ex("corpus-008-tripled-to-about",
       "Trade between Azerbaijan and Kazakhstan tripled in January-March 2022 to about $100 "
       "mln, QazTrade director-general Azamat Askaruly said during a Kazakh business mission to "
       "Baku, AzerNews reported on June 7.",
       c("tripled", 3, "x", change="increase", period="2022-01/2022-03",
         metric="trade turnover"),
       c("$100 mln", 100e6, "USD", approx="approx", change=None, period="2022-01/2022-03",
         metric="trade turnover", entities=KZ_AZ),
       published="2022-06-07"),
    ex("corpus-008-actual-then-expected",
       "For comparison, the two countries traded goods worth $135.7 million in the whole of "
       "2021, and Askaruly said he expected turnover to reach $500 million this year and $1 "
       "billion further ahead.",
       c("$135.7 million", 135.7e6, "USD", period="2021", kind="actual",
         metric="trade turnover"),
       c("$500 million", 500e6, "USD", kind="projection", period="2022",
         metric="trade turnover"),
       c("$1 billion", 1e9, "USD", kind="projection"),
       published="2022-06-07"),
    ex("corpus-008-investment-exceeded-over-years",
       "Orkhan Mammadov, who chairs Azerbaijan's small and medium business agency, said "
       "Azerbaijani investment in Kazakhstan's non-oil sector exceeded $200 million over "
       "1995-2021, while Kazakh investment in Azerbaijan's non-oil economy was about $100 "
       "million.",
       c("$200 million", 200e6, "USD", approx="min", metric="investment", topic="investment",
         period="1995/2021", entities=KZ_AZ),
       c("$100 million", 100e6, "USD", approx="approx", metric="investment",
         period="1995/2021"),  # the like of the total before "while", over its span
       published="2022-06-07"),
    ex("corpus-008-firms-elliptic-count",
       "Of more than 15,000 foreign-owned firms registered in Azerbaijan, 159 have Kazakh "
       "capital.",
       c("15,000 foreign-owned firms", 15000, "count", item="firm", approx="min"),
       c("159", 159, "count", item="firm"),
       published="2022-06-07"),
    ex("corpus-009-headline-kzt-bond",
       "EBRD put KZT 50 billion into a Kazakhstan Railways bond in 2022",
       c("KZT 50 billion", 50e9, "KZT", period="2022",
         entities=["EBRD", "Kazakhstan Temir Zholy"]),
       published="2023-03-04"),
    ex("corpus-009-tenge-or-almost-eur",
       "BAKU, March 4 - The European Bank for Reconstruction and Development made its first "
       "investment in a local-currency bond of Kazakhstan Temir Zholy (KTZ) in 2022, committing "
       "50 billion tenge, or almost EUR 100 million, EBRD managing director for Central Asia "
       "Zsuzsanna Hargitai told Trend.",
       c("50 billion tenge", 50e9, "KZT", period="2022", kind="actual",
         entities=["EBRD", "Kazakhstan Temir Zholy"]),
       c("EUR 100 million", 100e6, "EUR", approx="approx", period="2022"),
       published="2023-03-04"),
    ex("corpus-009-annual-investment-and-disbursements",
       "The EBRD's annual investment in Kazakhstan reached $525 million (EUR 480 million) "
       "across 14 projects, and yearly disbursements came to $600 million (over EUR 550 "
       "million).",
       c("$525 million", 525e6, "USD", metric="investment", topic="investment",
         entities=["EBRD", "Kazakhstan"]),
       c("EUR 480 million", 480e6, "EUR", metric="investment"),
       c("14 projects", 14, "count", item="project"),
       c("$600 million", 600e6, "USD", approx=None),
       c("EUR 550 million", 550e6, "EUR", approx="min"),
       published="2023-03-04"),
    ex("corpus-009-portfolio-as-of",
       "As of January 1, 2023, its Kazakh portfolio stood at EUR 2.91 billion spread over 122 "
       "active projects.",
       c("EUR 2.91 billion", 2.91e9, "EUR", metric="investment", period="2023-01-01"),
       c("122 active projects", 122, "count", item="project", approx=None),
       published="2023-03-04"),
    ex("corpus-010-headline-fold-to-level",
       "Middle Corridor cargo rose 2.5-fold to 1.5 million tonnes in 2022",
       c("2.5-fold", 2.5, "x", change="increase", period="2022"),
       c("1.5 million tonnes", 1.5e6, "t", change=None, period="2022", metric="cargo volume",
         entities=[TITR]),
       published="2023-05-23"),
    ex("corpus-010-grew-times-in-year-to",
       "ASTANA - Freight on the Trans-Caspian International Transport Route grew 2.5 times in "
       "2022 to 1.5 mln tonnes, Kazakh Vice Minister of Trade and Integration Kairat "
       "Balykbayev told the second EU-Central Asia Economic Forum in Almaty on May 19, The "
       "Astana Times reported, citing Kazinform.",
       c("2.5 times", 2.5, "x", change="increase", period="2022", metric="cargo volume"),
       c("1.5 mln tonnes", 1.5e6, "t", change=None, period="2022", metric="cargo volume",
         topic="logistics", entities=[TITR]),
       published="2023-05-23"),
    ex("corpus-010-throughput-capacity",
       "He put the route's total throughput capacity at 5.8 million tonnes a year.",
       c("5.8 million tonnes", 5.8e6, "t", per="year", metric="capacity", kind="actual"),
       published="2023-05-23"),
    ex("corpus-010-last-year-against-potential",
       "Containers on the corridor totalled 33,000 TEU last year, against a current potential "
       "of 80,000 TEU.",
       c("33,000 TEU", 33000, "TEU", period="2022", kind="actual", metric="container volume"),
       c("80,000 TEU", 80000, "TEU", kind="projection", metric="capacity"),
       published="2023-05-23"),
    ex("corpus-010-first-quarter-with-tripling",
       "In the first quarter of 2023, rail freight on the route rose almost 64% to 433,000 "
       "tonnes, with exports tripling, imports up 22% and more than 4,000 containers moved.",
       c("64%", 64, "%", approx="approx", change="increase", period="2023-01/2023-03"),
       c("433,000 tonnes", 433000, "t", change=None, period="2023-01/2023-03"),
       c("tripling", 3, "x", change="increase", metric="exports"),
       c("22%", 22, "%", change="increase", metric="imports"),
       c("4,000 containers", 4000, "count", item="container", approx="min"),
       published="2023-05-23"),
    ex("corpus-010-share-of-tonnes",
       "Kazakh exports made up 60% of the 1.5 million tonnes carried in 2022.",
       c("60%", 60, "%", change=None),
       c("1.5 million tonnes", 1.5e6, "t", period="2022"),
       published="2023-05-23"),
    ex("corpus-010-roadmap-no-claim",
       "Balykbayev also recalled the roadmap to 2027 that Azerbaijan, Georgia, Kazakhstan and "
       "Türkiye signed last year to remove bottlenecks on the route.",
       published="2023-05-23"),
]

KNOWN_GAPS: dict[str, str] = {
}
