"""Sentences of the bundled corpus, articles 000-020 (`data/articles/articles`), with the
claims an analyst reads in them. Ids start with the article number; `published` is the
article's date from `data/articles/manifest.csv`. Each text is copied verbatim (a test
checks it is still in its article)."""

from __future__ import annotations

from . import Example, c, ex

KZ_AZ = ["Kazakhstan", "Azerbaijan"]
TITR = "Trans-Caspian International Transport Route"
BTC = "Baku-Tbilisi-Ceyhan pipeline"

A000_010: list[Example] = [
    ex("corpus-000-fivefold-to-529-million",
       "Since 2020, trade turnover between Kazakhstan and Azerbaijan has surged fivefold, "
       "reaching $529 million, signaling a dynamic phase in their economic partnership.",
       c("fivefold", 5, "x", change="increase", metric="trade turnover", topic="trade",
         period="2020/..", kind="actual", entities=KZ_AZ),
       c("$529 million", 529e6, "USD", change=None, metric="trade turnover", kind="actual",
         entities=KZ_AZ),
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
       "Turkmenbashi seaport gains traffic; Caspian hub designed for 17-18 million tonnes a year",
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
       c("17-18 mln tonnes", 17e6, "t", value_high=18e6, per="year", kind="projection"),
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
       c("46.8%", 46.8, "%", change="increase", per=None),
       c("99,469", 99469, "count", item="container", entities=["Port of Batumi"]),
       c("21.3%", 21.3, "%", change="increase"),
       published="2020-01-15"),
    ex("corpus-002-first-11-months-15-more",
       "Total cargo handled in the first 11 months reached 15.8 million tonnes, 15% more than "
       "a year earlier.",
       c("15.8 million tonnes", 15.8e6, "t", period="2019-01/2019-11", change=None),
       c("15%", 15, "%", change="increase", per=None),
       published="2020-01-15"),
    ex("corpus-002-rise-of-and-slipped-to",
       "Poti moved 7.9 mln t, a rise of 36.2%, while Batumi Sea Port slipped 15% to 2.9 mln t.",
       c("7.9 mln t", 7.9e6, "t", change=None, entities=["Port of Poti"]),
       c("36.2%", 36.2, "%", change="increase"),
       c("15%", 15, "%", change="decrease"),
       c("2.9 mln t", 2.9e6, "t", change=None, entities=["Port of Batumi"]),
       published="2020-01-15"),
    ex("corpus-002-plus-signs-in-brackets",
       "The Supsa marine terminal handled 3.5 mln t (+3%) and the Kulevi terminal 1.5 mln t "
       "(+15%).",
       c("3.5 mln t", 3.5e6, "t", change=None), c("+3%", 3, "%", change="increase"),
       c("1.5 mln t", 1.5e6, "t", change=None), c("+15%", 15, "%", change="increase"),
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
       c("443 km", 443, "km", entities=["Azerbaijan"]),
       c("249 km", 249, "km", entities=["Georgia"]),
       c("1,076 km", 1076, "km", entities=["Türkiye"]),
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
       c("66%", 66, "%", change="increase"),
       c("1.1 million tonnes", 1.1e6, "t", approx="min", change=None),
       c("11.6%", 11.6, "%", change="increase"),
       c("45,025 TEU", 45025, "TEU", change=None),
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
       c("23,476", 23476, "count", item="vehicle"),
       c("59.5%", 59.5, "%", change=None),
       c("15,955", 15955, "count", item="vehicle"),
       c("40.5%", 40.5, "%", change=None),
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
       c("$100 million", 100e6, "USD", approx="approx", metric="investment"),
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
       c("122 active projects", 122, "count", item="project"),
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
       c("80,000 TEU", 80000, "TEU", kind="projection"),
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

A011_020: list[Example] = [
    ex("corpus-011-push-trade-to-target",
       "ASTANA - Kazakhstan is working with Azerbaijan's government to push two-way trade to $1 "
       "billion, Prime Minister Alikhan Smailov told President Ilham Aliyev at a meeting on "
       "June 22, The Astana Times reported, citing the prime minister's press office.",
       c("$1 billion", 1e9, "USD", kind="projection", change=None, metric="trade turnover",
         entities=KZ_AZ),
       published="2023-06-22"),
    ex("corpus-011-rose-in-year-to-record",
       "Kazakhstan counts Azerbaijan as its most important economic partner in the South "
       "Caucasus, and turnover between them rose 40% in 2022 to a record $460 million.",
       c("40%", 40, "%", change="increase", period="2022", metric="trade turnover"),
       c("$460 million", 460e6, "USD", change=None, period="2022", kind="actual",
         metric="trade turnover"),
       published="2023-06-22"),
    ex("corpus-011-so-far-up-at",
       "The momentum has carried into 2023, with trade so far up 40% at $185 million.",
       c("40%", 40, "%", change="increase", metric="trade turnover"),
       c("$185 million", 185e6, "USD", change=None, kind="actual", metric="trade turnover"),
       published="2023-06-22"),
    ex("corpus-011-100th-anniversary",
       "The meeting also marked the 100th anniversary of national leader Heydar Aliyev.",
       published="2023-06-22"),
    ex("corpus-012-headline-nine-months",
       "BTC carried 3.82 million tonnes of Kazakh and Turkmen oil in nine months of 2023",
       c("3.82 million tonnes", 3.82e6, "t", period="2023-01/2023-09", metric="oil exports",
         topic="energy"),
       published="2023-10-14"),
    ex("corpus-012-three-decimals-before-million",
       "Oil from Kazakhstan and Turkmenistan pumped through the Baku-Tbilisi-Ceyhan pipeline in "
       "January-September 2023 came to 3.820 million tonnes, AzerNews reported on October 14, "
       "citing Azerbaijan's State Statistics Committee.",
       c("3.820 million tonnes", 3.82e6, "t", period="2023-01/2023-09", metric="oil exports",
         entities=["Kazakhstan", "Turkmenistan", BTC]),
       published="2023-10-14"),
    ex("corpus-012-shares-and-tonnes",
       "That was 16.9% of the 22.665 mln t the line carried in total; the remaining 83.1%, or "
       "18.844 mln t, was Azerbaijani crude.",
       c("16.9%", 16.9, "%", change=None), c("22.665 mln t", 22.665e6, "t"),
       c("83.1%", 83.1, "%", change=None), c("18.844 mln t", 18.844e6, "t"),
       published="2023-10-14"),
    ex("corpus-012-accounted-for-share",
       "BTC accounted for 76.2% of the 29.787 million tonnes moved through Azerbaijan's trunk "
       "oil pipelines over the period.",
       c("76.2%", 76.2, "%", change=None), c("29.787 million tonnes", 29.787e6, "t"),
       published="2023-10-14"),
    ex("corpus-012-previous-year-nine-months",
       "In the first nine months of 2022 the network carried 27.505 million tonnes, 78.9% of "
       "it (21.688 million tonnes) via BTC.",
       c("27.505 million tonnes", 27.505e6, "t", period="2022-01/2022-09"),
       c("78.9%", 78.9, "%", change=None),
       c("21.688 million tonnes", 21.688e6, "t"),
       published="2023-10-14"),
    ex("corpus-012-should-reach-short-of-agreed",
       "Energy Minister Parviz Shahbazov has said Kazakh volumes via BTC should reach 1.1 "
       "million tonnes by the end of 2023, short of the 1.5 million tonnes first agreed, "
       "because deliveries only began in April.",
       c("1.1 million tonnes", 1.1e6, "t", kind="projection", period="2023"),
       c("1.5 million tonnes", 1.5e6, "t", approx=None, kind="projection"),
       published="2023-10-14"),
    ex("corpus-012-between-tankers-each-month",
       "Between 12 and 14 tankers carrying Kazakh crude arrive in Azerbaijan each month, he "
       "said.",
       c("12 and 14 tankers", 12, "count", value_high=14, item="tanker", per="month"),
       published="2023-10-14"),
    ex("corpus-013-headline-bcm",
       "Azerbaijan sent 11.8 bcm of gas to Europe in 2023",
       c("11.8 bcm", 11.8e9, "m3", period="2023", metric="gas exports", topic="energy",
         entities=["Azerbaijan", "Europe"]),
       published="2024-01-11"),
    ex("corpus-013-billion-cubic-metres",
       "BAKU, January 11 - Azerbaijan delivered 11.8 billion cubic metres of natural gas to "
       "Europe in 2023, Energy Minister Parviz Shahbazov wrote on X, Trend reported.",
       c("11.8 billion cubic metres", 11.8e9, "m3", period="2023", metric="gas exports",
         topic="energy", entities=["Azerbaijan", "Europe"]),
       published="2024-01-11"),
    ex("corpus-013-exports-up",
       "Overall, the country's gas exports for the year were up 5.3%.",
       c("5.3%", 5.3, "%", change="increase", metric="gas exports"),
       published="2024-01-11"),
    ex("corpus-013-elliptic-bcm-list",
       "Türkiye received 9.5 bcm and Georgia 2.5 bcm, while the TANAP pipeline supplied 5.6 "
       "bcm to the Turkish market.",
       c("9.5 bcm", 9.5e9, "m3", entities=["Türkiye"]),
       c("2.5 bcm", 2.5e9, "m3", entities=["Georgia"]),
       c("5.6 bcm", 5.6e9, "m3", entities=["TANAP"]),
       published="2024-01-11"),
    ex("corpus-013-date-system-cost-payback",
       "Exports to Europe via the Southern Gas Corridor began on December 31, 2020; the $33 bln "
       "system is expected to recover its capital costs within 8-10 years.",
       c("$33 bln", 33e9, "USD", entities=["Southern Gas Corridor"]),
       c("8-10 years", 8, "year", value_high=10, kind="projection"),
       published="2024-01-11"),
    ex("corpus-013-double-from-current-to",
       "Under a July 2022 understanding with the EU, Baku aims to double supplies through the "
       "corridor from the current 10 bcm to 20 bcm by 2027.",
       c("double", 2, "x", change="increase", kind="projection", period="2027"),
       c("10 bcm", 10e9, "m3", kind="actual"),
       c("20 bcm", 20e9, "m3", kind="projection", period="2027"),
       published="2024-01-11"),
    ex("corpus-014-totalled-in-2023",
       "ALMATY, Jan 24 - Cargo on the Trans-Caspian International Transport Route totalled 2.8 "
       "mln tonnes in 2023, Erlan Koishybaev, deputy chairman for logistics at Kazakhstan Temir "
       "Zholy, said, according to Interfax.",
       c("2.8 mln tonnes", 2.8e6, "t", period="2023", kind="actual", metric="cargo volume",
         entities=[TITR]),
       published="2024-01-24"),
    ex("corpus-014-rise-on-and-increase-of",
       "The agency's lead described this as a 90% rise on 2022, while Koishybaev himself "
       "quoted an increase of 86%.",
       c("90%", 90, "%", change="increase"), c("86%", 86, "%", change="increase"),
       published="2024-01-24"),
    ex("corpus-014-delivery-time-and-wants",
       "He said the corridor now offers an average delivery time of 12 days and that KTZ wants "
       "to raise volumes to 10 million tonnes in the medium term.",
       c("12 days", 12, "day", metric="transit time", kind="actual"),
       c("10 million tonnes", 10e6, "t", kind="projection", change=None),
       published="2024-01-24"),
    ex("corpus-014-tripling-by-2030",
       "World Bank projections cited in the report see traffic tripling from 2021 levels to 11 "
       "million tonnes by 2030.",
       c("tripling", 3, "x", change="increase", kind="projection"),
       c("11 million tonnes", 11e6, "t", kind="projection", period="2030", change=None),
       published="2024-01-24"),
    ex("corpus-014-could-reach-shares-and-times",
       "Container cargo could reach 4.074 million tonnes by then, or 35.8% of the total "
       "against 22.7% in 2021 and 2.5 times the 2021 level, while oil and oil products could "
       "climb to 3.553 million tonnes (31.2% versus 30%), 3.2 times more than in 2021.",
       c("4.074 million tonnes", 4.074e6, "t", kind="projection"),
       c("35.8%", 35.8, "%", kind="projection"),
       c("22.7%", 22.7, "%", kind="actual", period="2021"),
       c("2.5 times", 2.5, "x", change="increase", kind="projection"),
       c("3.553 million tonnes", 3.553e6, "t", kind="projection", change=None),
       c("31.2%", 31.2, "%", kind="projection"),
       c("30%", 30, "%"),
       c("3.2 times", 3.2, "x", change="increase", kind="projection"),
       published="2024-01-24"),
    ex("corpus-015-all-time-high-last-year",
       "ASTANA, March 28 - Trade between Kazakhstan and China reached an all-time high of $41 "
       "bln last year, President Kassym-Jomart Tokayev told a plenary session of the Boao "
       "Forum for Asia, Interfax reported, citing his press service.",
       c("$41 bln", 41e9, "USD", period="2023", kind="actual", metric="trade turnover",
         entities=["Kazakhstan", "China"]),
       published="2024-03-28"),
    ex("corpus-015-rose-in-year-to-almost",
       "Freight moved between the two countries rose 22% in 2023 to almost 30 million tonnes, "
       "according to the president.",
       c("22%", 22, "%", change="increase", period="2023"),
       c("30 million tonnes", 30e6, "t", approx="approx", change=None, period="2023",
         metric="cargo volume"),
       published="2024-03-28"),
    ex("corpus-015-up-to-share-ten-years",
       "Tokayev added that up to 80% of land freight moving between China and Europe passes "
       "through Kazakhstan, an advantage he said the country should use to the full, more than "
       "ten years after the Belt and Road idea was first announced in Kazakhstan.",
       c("80%", 80, "%", approx="max", change=None),
       published="2024-03-28"),
    ex("corpus-016-two-way-turnover",
       "ASTANA, April 1 - China was Kazakhstan's largest trading partner in 2023, with two-way "
       "turnover of $31.4 billion, Trend reported.",
       c("$31.4 billion", 31.4e9, "USD", period="2023", metric="trade turnover",
         entities=["China", "Kazakhstan"]),
       published="2024-04-01"),
    ex("corpus-016-above-and-exports",
       "That is 30% above the $24.2 billion recorded in 2022, and Kazakh exports to China over "
       "the year came to $14.7 bln.",
       c("30%", 30, "%", change="increase"),
       c("$24.2 billion", 24.2e9, "USD", period="2022", change=None),
       c("$14.7 bln", 14.7e9, "USD", metric="exports", entities=["Kazakhstan", "China"]),
       published="2024-04-01"),
    ex("corpus-016-about-members",
       "The figures accompanied a report on Foreign Minister Murat Nurtleu's meetings with "
       "Chinese business leaders, including talks with Shandong Hi-Speed Group on a joint "
       "Kazakh-Chinese commercial and industrial park and with the China Meat Association, "
       "which has about 1,300 members.",
       c("1,300 members", 1300, "count", item="member", approx="approx"),
       published="2024-04-01"),
    ex("corpus-017-headline-plans-up-to",
       "KazTransOil plans up to 1.5 million tonnes of oil via Aktau to BTC in 2024",
       c("1.5 million tonnes", 1.5e6, "t", approx="max", kind="projection", period="2024",
         metric="oil exports"),
       published="2024-05-30"),
    ex("corpus-017-as-much-as-this-year",
       "Kazakhstan's pipeline operator KazTransOil intends to send as much as 1.5 mln tonnes of "
       "oil through the port of Aktau towards Baku and the Baku-Tbilisi-Ceyhan pipeline this "
       "year, a company source told News.Az on May 30, 2024.",
       c("1.5 mln tonnes", 1.5e6, "t", approx="max", kind="projection", period="2024",
         metric="oil exports", topic="energy", entities=["KazTransOil"]),
       published="2024-05-30"),
    ex("corpus-017-first-quarter-from-published",
       "In the first quarter, 355,000 tonnes went that way.",
       c("355,000 tonnes", 355000, "t", period="2024-01/2024-03", kind="actual"),
       published="2024-05-30"),
    ex("corpus-017-loaded-of-which",
       "In 2023 the company loaded 3.376 million tonnes of oil onto tankers at Aktau, of which "
       "1.057 million tonnes was bound for BTC.",
       c("3.376 million tonnes", 3.376e6, "t", period="2023", metric="oil exports"),
       c("1.057 million tonnes", 1.057e6, "t", period="2023"),
       published="2024-05-30"),
    ex("corpus-017-agreed-up-to-a-year",
       "The shipments follow a 2022 instruction by President Kassym-Jomart Tokayev to expand "
       "Trans-Caspian oil flows, under which SOCAR and KazMunayGas agreed to move up to 1.5 "
       "million tonnes a year of Tengiz crude.",
       c("1.5 million tonnes", 1.5e6, "t", approx="max", per="year", kind="projection",
         metric="oil exports"),
       published="2024-05-30"),
    ex("corpus-017-deal-to-raise-per-year",
       "During Tokayev's visit to Azerbaijan on March 11-12, 2024, the two national oil "
       "companies signed a deal to raise transit through BTC to 2.2 million tonnes per year.",
       c("2.2 million tonnes", 2.2e6, "t", per="year", kind="projection", change=None),
       published="2024-05-30"),
    ex("corpus-018-headline-up-in-months",
       "Middle Corridor freight up 62% in January-July 2024",
       c("62%", 62, "%", change="increase", period="2024-01/2024-07", entities=[TITR]),
       published="2024-08-06"),
    ex("corpus-018-about-between-months",
       "About 2.5 million tonnes of cargo travelled along the Trans-Caspian International "
       "Transport Route between January and July 2024, AzerNews reported on August 6.",
       c("2.5 million tonnes", 2.5e6, "t", approx="approx", period="2024-01/2024-07",
         metric="cargo volume", entities=[TITR]),
       published="2024-08-06"),
    ex("corpus-018-more-than-and-forecast",
       "That is 62% more than in the same seven months of 2023, and the ministry's forecast for "
       "the full year is 4.2 mln tonnes.",
       c("62%", 62, "%", change="increase"),
       c("4.2 mln tonnes", 4.2e6, "t", kind="projection", period="2024"),
       published="2024-08-06"),
    ex("corpus-018-rose-on-base-to-level",
       "In 2023, volumes on the Middle Corridor rose 65% on 2022 to 2.7 million tonnes.",
       c("65%", 65, "%", change="increase", period="2023"),
       c("2.7 million tonnes", 2.7e6, "t", change=None, period="2023", entities=[TITR]),
       published="2024-08-06"),
    ex("corpus-019-no-claim-sixth-meeting",
       "Azerbaijani President Ilham Aliyev arrived in Astana for the sixth Consultative Meeting "
       "of Central Asian heads of state and was met at the airport by Prime Minister Olzhas "
       "Bektenov, Kazinform reported on August 8, 2024, citing the Kazakh government.",
       published="2024-08-08"),
    ex("corpus-019-rose-to-and-reached",
       "Trade between Kazakhstan and Azerbaijan rose 14.3% in 2023 to US$529.4 million and "
       "reached US$280.6 million in January-June 2024.",
       c("14.3%", 14.3, "%", change="increase", period="2023", metric="trade turnover"),
       c("US$529.4 million", 529.4e6, "USD", change=None, period="2023",
         metric="trade turnover", entities=KZ_AZ),
       c("US$280.6 million", 280.6e6, "USD", period="2024-01/2024-06",
         metric="trade turnover", kind="actual"),
       published="2024-08-08"),
    ex("corpus-019-from-to-and-climbed",
       "Trade among Central Asian countries has grown from $5.7bn to $11bn over the past five "
       "years, and Kazakhstan's trade with the region climbed 26.8% to $8bn in 2023.",
       c("$5.7bn", 5.7e9, "USD", metric="trade turnover", entities=["Central Asia"]),
       c("$11bn", 11e9, "USD", metric="trade turnover", change=None),
       c("26.8%", 26.8, "%", change="increase", period="2023"),
       c("$8bn", 8e9, "USD", change=None, period="2023", entities=["Kazakhstan"]),
       published="2024-08-08"),
    ex("corpus-020-headline-expects-and-tops",
       "Kuryk port expects 2.2 million tonnes this year; Aktau capacity tops 11 million",
       c("2.2 million tonnes", 2.2e6, "t", kind="projection", period="2024",
         entities=["Port of Kuryk"]),
       c("11 million", 11e6, "t", approx="min", metric="capacity", entities=["Port of Aktau"]),
       published="2024-09-26"),
    ex("corpus-020-passed-since-and-forecast",
       "ASTANA - Cargo handled at Kazakhstan's Kuryk seaport has passed 1.5 million tonnes "
       "since January and is forecast to reach 2.2 mln tonnes by the end of 2024, the prime "
       "minister's office said after Olzhas Bektenov toured the Mangystau Region on September "
       "25, according to The Astana Times.",
       c("1.5 million tonnes", 1.5e6, "t", approx="min", kind="actual",
         metric="port throughput", entities=["Port of Kuryk"]),
       c("2.2 mln tonnes", 2.2e6, "t", kind="projection", period="2024"),
       published="2024-09-26"),
    ex("corpus-020-design-capacity-and-berths",
       "Dredging and a new grain terminal are due this year, and Kuryk's design capacity is six "
       "million tonnes a year across four specialised berths.",
       c("six million tonnes", 6e6, "t", per="year", metric="capacity",
         entities=["Port of Kuryk"]),
       c("four specialised berths", 4, "count", item="berth"),
       published="2024-09-26"),
    ex("corpus-020-hydrogen-venture",
       "At Kuryk the premier was also briefed on a Kazakh-German green hydrogen venture meant "
       "to produce one million tonnes of hydrogen a year, with total capacity of two million "
       "tonnes.",
       c("one million tonnes", 1e6, "t", per="year", kind="projection"),
       c("two million tonnes", 2e6, "t", metric="capacity", kind="projection"),
       published="2024-09-26"),
    ex("corpus-020-investment-exceeds-and-jobs",
       "The investment exceeds EUR 50 billion (USD 55 billion), and the project would create "
       "1,800 jobs.",
       c("EUR 50 billion", 50e9, "EUR", approx="min", metric="investment"),
       c("USD 55 billion", 55e9, "USD", metric="investment"),
       c("1,800 jobs", 1800, "count", item="job", kind="projection"),
       published="2024-09-26"),
    ex("corpus-020-aktau-capacity-berths-grain",
       "At the Aktau commercial seaport, throughput capacity already exceeds 11 million tonnes, "
       "with three oil-loading berths, three dry-cargo berths and a grain terminal able to "
       "handle 800,000 tonnes a year.",
       c("11 million tonnes", 11e6, "t", approx="min", metric="capacity", kind="actual",
         entities=["Port of Aktau"]),
       c("three oil-loading berths", 3, "count", item="berth"),
       c("three dry-cargo berths", 3, "count", item="berth"),
       c("800,000 tonnes", 800000, "t", per="year", metric="capacity"),
       published="2024-09-26"),
]

EXAMPLES: list[Example] = A000_010 + A011_020

KNOWN_GAPS: dict[str, str] = {
    "corpus-001-headline-designed-range":
        "entities: 'Turkmenbashi' sits in the clause before ';' and is lost (got only Caspian "
        "Sea)",
    "corpus-001-planned-range-and-sized-for":
        "per: 'a year' after 'of cargo' and 'annually' after a list reach only the nearest number",
    "corpus-001-yearly-capacity-teu": "per: 'yearly capacity' before the number gives no rate",
    "corpus-002-teu-and-elliptic-containers":
        "elliptic count 'Batumi for 99,469' (containers) is dropped",
    "corpus-004-less-than-and-roughly":
        "period: 'in January-September 2019, when roughly 178.6 million barrels' not attached (a "
        "comparison base for the 9.3%, but the level's own time)",
    "corpus-004-lengths-and-design-capacity":
        "surface takes the rate phrase: 'one million barrels per day'",
    "corpus-007-fold-to-more-than":
        "metric: 'Oil and oil-product exports' reads as exports/trade, not oil exports/energy",
    "corpus-007-vehicles-of-which":
        "elliptic counts 'of which 23,476 (59.5%) ... and 15,955' (vehicles) are dropped",
    "corpus-008-investment-exceeded-over-years":
        "period: 'over 1995-2021' is taken for a comparison base (got None)",
    "corpus-008-firms-elliptic-count":
        "elliptic count '159 have Kazakh capital' (firms) is dropped",
    "corpus-009-tenge-or-almost-eur":
        "period: the conversion 'or almost EUR 100 million' does not share '2022' with the amount"
        " it restates",
    "corpus-012-headline-nine-months":
        "period and metric: 'of Kazakh and Turkmen oil in nine months of 2023' gives neither the "
        "period nor oil exports",
    "corpus-012-between-tankers-each-month":
        "per: 'each month' after 'arrive in Azerbaijan' is not attached",
    "corpus-013-double-from-current-to":
        "kind and period: 'double ... by 2027' gets the period '2022-07' of 'Under a July 2022 "
        "understanding' and kind actual",
    "corpus-015-up-to-share-ten-years":
        "time span 'more than ten years after' reported as a duration claim",
    "corpus-017-as-much-as-this-year":
        "period: 'this year' at the end of a long clause is not attached",
    "corpus-017-agreed-up-to-a-year":
        "kind: a volume agreed for the future ('agreed to move up to') reads as actual",
    "corpus-019-from-to-and-climbed":
        "time span 'over the past five years' reported as a duration claim",
    "corpus-020-passed-since-and-forecast":
        "kind: 'has passed 1.5 million tonnes' reads as a projection (the forecast belongs to the"
        " next clause)",
    "corpus-020-hydrogen-venture":
        "kind and per: 'meant to produce one million tonnes of hydrogen a year' gives neither "
        "projection nor the rate",
    "corpus-020-aktau-capacity-berths-grain":
        "metric: 'a grain terminal able to handle 800,000 tonnes a year' reads as grain exports, "
        "not capacity",
}
