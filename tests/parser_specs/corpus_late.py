"""Sentences of the bundled corpus, articles 021-040 (`data/articles/articles`), with the
claims an analyst reads in them. Ids start with the article number; `published` is the
article's date from `data/articles/manifest.csv`. Each text is copied verbatim (a test
checks it is still in its article)."""

from __future__ import annotations

from . import Example, c, ex

KZ_AZ = ["Kazakhstan", "Azerbaijan"]
TITR = "Trans-Caspian International Transport Route"
EU = "European Union"

A021_030: list[Example] = [
    ex("corpus-021-grain-between-months-more-than",
       "ASTANA - Kazakhstan Temir Zholy carried 2.9 mln tonnes of new-harvest grain to foreign "
       "buyers between September and November 2024, 51% more than a year earlier, The Astana "
       "Times reported on December 3.",
       c("2.9 mln tonnes", 2.9e6, "t", period="2024-09/2024-11", metric="grain exports",
         topic="agriculture", entities=["Kazakhstan Temir Zholy"]),
       c("51%", 51, "%", change="increase", per=None),
       published="2024-12-03"),
    ex("corpus-021-in-the-period-up",
       "Counting domestic hauls, the railway moved 3.7 million tonnes of grain in the period, "
       "up 45%, according to the Agriculture Ministry.",
       c("3.7 million tonnes", 3.7e6, "t", change=None),
       c("45%", 45, "%", change="increase"),
       published="2024-12-03"),
    ex("corpus-021-monthly-record-including",
       "November alone set a monthly record of more than 1.4 million tonnes, including 350,000 "
       "tonnes for the home market and over one million tonnes for export.",
       c("1.4 million tonnes", 1.4e6, "t", approx="min"),
       c("350,000 tonnes", 350000, "t", approx=None),
       c("one million tonnes", 1e6, "t", approx="min"),
       published="2024-12-03"),
    ex("corpus-021-compared-with-a-year-before",
       "Shipments to Central Asian countries rose 35% and to Afghanistan 58%, while Iran took "
       "356,000 tonnes compared with just 14,000 tonnes a year before.",
       c("35%", 35, "%", change="increase", entities=["Central Asia"]),
       c("58%", 58, "%", change="increase", entities=["Afghanistan"]),
       c("356,000 tonnes", 356000, "t", entities=["Iran"], per=None),
       c("14,000 tonnes", 14000, "t", per=None),
       published="2024-12-03"),
    ex("corpus-021-in-only-two-months",
       "China took 445,000 tonnes, a figure held back by how much grain the country can absorb "
       "for processing, and Azerbaijan emerged as a new market with 104,000 tonnes in only two "
       "months.",
       c("445,000 tonnes", 445000, "t", entities=["China"]),
       c("104,000 tonnes", 104000, "t", entities=["Azerbaijan"]),
       published="2024-12-03"),
    ex("corpus-021-plus-in-brackets",
       "Another 793,000 tonnes (+29%) were relocated inside the country to flour mills, poultry "
       "farms and other processors.",
       c("793,000 tonnes", 793000, "t", change=None), c("+29%", 29, "%", change="increase"),
       published="2024-12-03"),
    ex("corpus-022-headline-in-11-months",
       "Middle Corridor cargo climbs 63% to 4.1 million tonnes in 11 months",
       c("63%", 63, "%", change="increase", period="2024-01/2024-11"),
       c("4.1 million tonnes", 4.1e6, "t", change=None, period="2024-01/2024-11",
         entities=[TITR]),
       published="2024-12-17"),
    ex("corpus-022-rose-in-months-to",
       "ASTANA, December 17 - Freight on the Trans-Caspian International Transport Route rose "
       "63% in January-November 2024 to 4.1 million tonnes, Trend reported, citing Kazakhstan's "
       "government.",
       c("63%", 63, "%", change="increase", period="2024-01/2024-11", metric="cargo volume"),
       c("4.1 million tonnes", 4.1e6, "t", change=None, period="2024-01/2024-11",
         metric="cargo volume", topic="logistics", entities=[TITR]),
       published="2024-12-17"),
    ex("corpus-022-grew-times-to-teu",
       "Container traffic on the corridor grew 2.6 times to 50,500 TEU.",
       c("2.6 times", 2.6, "x", change="increase", metric="container volume"),
       c("50,500 TEU", 50500, "TEU", change=None, metric="container volume"),
       published="2024-12-17"),
    ex("corpus-022-can-now-take",
       "After capacity was expanded during the period, the corridor can now take six million "
       "tonnes a year, 100,000 TEU of it in containers.",
       c("six million tonnes", 6e6, "t", per="year", metric="capacity", kind="actual"),
       c("100,000 TEU", 100000, "TEU", per="year", metric="capacity"),
       published="2024-12-17"),
    ex("corpus-022-cut-to-days",
       "A TITR coordination centre launched this year is tasked with making the corridor more "
       "competitive so that Europe-Asia delivery times can be cut to 15 days.",
       c("15 days", 15, "day", metric="transit time", kind="projection", change=None),
       published="2024-12-17"),
    ex("corpus-023-headline-handled-and-up",
       "Port of Baku handled 7.6 million tonnes in 2024; containers up 73%",
       c("7.6 million tonnes", 7.6e6, "t", period="2024", metric="port throughput",
         entities=["Port of Baku"]),
       c("73%", 73, "%", change="increase", metric="container volume"),
       published="2025-01-15"),
    ex("corpus-023-came-to-more-than-in",
       "Total cargo handled at the Port of Baku in 2024 came to 7.6 million tonnes, 3.2% more "
       "than in 2023, the maritime outlet Sea News reported on January 15, 2025.",
       c("7.6 million tonnes", 7.6e6, "t", period="2024", metric="port throughput",
         entities=["Port of Baku"]),
       c("3.2%", 3.2, "%", change="increase"),
       published="2025-01-15"),
    ex("corpus-023-teu-and-jump",
       "Containers were the standout: the port processed 76,775 TEU, a 73% jump on the "
       "previous year.",
       c("76,775 TEU", 76775, "TEU", change=None, metric="container volume"),
       c("73%", 73, "%", change="increase"),
       published="2025-01-15"),
    ex("corpus-023-units-exceeded-wagons",
       "Wheeled vehicles handled in both directions rose 7.2% to 58,169 units, dry cargo "
       "exceeded 1.044 million tonnes and 37,515 rail wagons were handled.",
       c("7.2%", 7.2, "%", change="increase"),
       c("58,169 units", 58169, "count", change=None),
       c("1.044 million tonnes", 1.044e6, "t", approx="min"),
       c("37,515 rail wagons", 37515, "count", item="wagon"),
       published="2025-01-15"),
    ex("corpus-023-transit-more-than-or-share",
       "Transit goods accounted for more than 5.3 mln tonnes, or 70% of the total, a sign of "
       "third-country interest in the Middle Corridor.",
       c("5.3 mln tonnes", 5.3e6, "t", approx="min"), c("70%", 70, "%", change=None),
       published="2025-01-15"),
    ex("corpus-024-headline-more-than-trains",
       "More than 19,000 China-Europe freight trains ran in 2024",
       c("19,000 China-Europe freight trains", 19000, "count", item="freight train",
         approx="min", period="2024", metric="train count"),
       published="2025-01-22"),
    ex("corpus-024-train-services-and-teu",
       "China Railway Container Transport (CRCT) counted 19,392 China-Europe train services in "
       "2024, carrying a combined 2,077,216 TEU of goods, the Eurasian rail portal Index1520 "
       "reported on January 22, 2025.",
       c("19,392 China-Europe train services", 19392, "count", item="train service",
         period="2024", metric="train count", topic="logistics"),
       c("2,077,216 TEU", 2077216, "TEU", period="2024"),
       published="2025-01-22"),
    ex("corpus-024-rose-and-elliptic-rose",
       "Train numbers rose 10.7% and cargo volume 9.2% year on year.",
       c("10.7%", 10.7, "%", change="increase", per=None),
       c("9.2%", 9.2, "%", change="increase", per=None),
       published="2025-01-22"),
    ex("corpus-024-numbered-elliptic-counts",
       "Services heading to Europe numbered 10,546 and those returning to China 8,846.",
       c("10,546", 10546, "count", item="service", entities=["Europe"]),
       c("8,846", 8846, "count", item="service", entities=["China"]),
       published="2025-01-22"),
    ex("corpus-024-trips-and-bracketed-counts",
       "Xi'an led all cities with 3,849 trips, ahead of Chengdu (2,285), Chongqing (2,059) and "
       "Zhengzhou (2,052).",
       c("3,849 trips", 3849, "count", item="trip"),
       c("2,285", 2285, "count", item="trip"),
       c("2,059", 2059, "count", item="trip"),
       c("2,052", 2052, "count", item="trip"),
       published="2025-01-22"),
    ex("corpus-024-count-grew-and-rose",
       "Chengdu's count grew 17.8%, enough to overtake Chongqing, while Xi'an's rose 12.1%.",
       c("17.8%", 17.8, "%", change="increase"), c("12.1%", 12.1, "%", change="increase"),
       published="2025-01-22"),
    ex("corpus-025-headline-km-cable",
       "Kazakhstan and Azerbaijan sign off on 370 km Caspian fibre-optic cable",
       c("370 km", 370, "km", metric="cable length", topic="digital"),
       published="2025-03-04"),
    ex("corpus-025-will-stretch-kilometres",
       "Construction is expected to be finished in 2025, and the line will stretch 370 "
       "kilometres from Aktau in Kazakhstan to Siyazan in Azerbaijan.",
       c("370 kilometres", 370, "km", kind="projection"),
       published="2025-03-04"),
    ex("corpus-025-investing-more-than",
       "AzerTelecom and Kazakhtelecom are investing more than $50 million in the project on an "
       "equal-share basis.",
       c("$50 million", 50e6, "USD", approx="min", metric="investment", topic="investment",
         entities=["AzerTelecom", "Kazakhtelecom"]),
       published="2025-03-04"),
    ex("corpus-025-trade-reached-and-ready-to-ship",
       "Bilateral trade reached $533 million in 2024, and Kazakhstan says it is ready to ship "
       "130 non-resource products worth more than $340 million to Azerbaijan.",
       c("$533 million", 533e6, "USD", period="2024", kind="actual", metric="trade turnover"),
       c("130 non-resource products", 130, "count", item="product", kind="projection"),
       c("$340 million", 340e6, "USD", approx="min", kind="projection", metric="exports",
         entities=KZ_AZ),
       published="2025-03-04"),
    ex("corpus-026-headline-km-and-tbps",
       "Caspian data cable: 380 km, up to 400 Tbps, completion targeted for end-2026",
       c("380 km", 380, "km", metric="cable length", topic="digital"),
       c("400 Tbps", 400, "Tbps", approx="max", topic="digital"),
       published="2025-03-05"),
    ex("corpus-026-cable-and-terabits",
       "The plan calls for a 380 km cable on the sea floor between Sumgayit and Aktau, offering "
       "connections of up to 400 terabits per second.",
       c("380 km", 380, "km", metric="cable length", topic="digital", kind="projection"),
       c("400 terabits per second", 400, "Tbps", approx="max", per=None, topic="digital"),
       published="2025-03-05"),
    ex("corpus-026-two-operators-no-claim",
       "Work will go in stages, from coastal and seabed surveys to manufacturing, transport and "
       "laying of the cable, and the two operators intend to finish by the end of 2026.",
       published="2025-03-05"),
    ex("corpus-027-headline-targets",
       "TITR association targets 2.5 million tonnes and 96,000 TEU for 2025",
       c("2.5 million tonnes", 2.5e6, "t", kind="projection", period="2025", entities=[TITR]),
       c("96,000 TEU", 96000, "TEU", kind="projection", period="2025"),
       published="2025-03-06"),
    ex("corpus-027-plans-to-move-including",
       "ASTANA - The international association of the Trans-Caspian International Transport "
       "Route plans to move 2.5 mln tonnes of goods in 2025, including 96,000 TEU of "
       "containers, members agreed at a meeting in Baku on March 4, The Astana Times reported, "
       "citing Kazinform.",
       c("2.5 mln tonnes", 2.5e6, "t", kind="projection", period="2025",
         metric="cargo volume", entities=[TITR]),
       c("96,000 TEU", 96000, "TEU", kind="projection", period="2025",
         metric="container volume"),
       published="2025-03-06"),
    ex("corpus-027-seaports-totalled-up-on",
       "In 2024, cargo passing through the seaports of Kazakhstan and Azerbaijan totalled 3.3 "
       "million tonnes, up 20% on 2023.",
       c("3.3 million tonnes", 3.3e6, "t", period="2024", kind="actual", entities=KZ_AZ),
       c("20%", 20, "%", change="increase"),
       published="2025-03-06"),
    ex("corpus-027-surged-and-times-as-many",
       "Container traffic surged 176% to 56,500 TEU, and 33 times as many container trains "
       "came in from China as a year earlier.",
       c("176%", 176, "%", change="increase", metric="container volume"),
       c("56,500 TEU", 56500, "TEU", change=None, metric="container volume"),
       c("33 times", 33, "x", change="increase"),
       published="2025-03-06"),
    ex("corpus-028-headline-from-to",
       "Report: Middle Corridor volume grew from 840,000 to 4.5 million tonnes in three years",
       c("840,000", 840000, "t"), c("4.5 million tonnes", 4.5e6, "t", entities=[TITR]),
       published="2025-06-18"),
    ex("corpus-028-more-than-fivefold-from-to",
       "ASTANA, June 18 - Freight on the Middle Corridor has risen more than fivefold in three "
       "years, from 840,000 tonnes in 2021 to 4.5 mln tonnes in 2024, according to a joint "
       "study by the Astana International Financial Centre (AIFC) and the Institute for "
       "Development and Diplomacy at ADA University, Trend reported.",
       c("fivefold", 5, "x", approx="min", change="increase", entities=[TITR]),
       c("840,000 tonnes", 840000, "t", period="2021", change=None),
       c("4.5 mln tonnes", 4.5e6, "t", period="2024", change=None),
       published="2025-06-18"),
    ex("corpus-028-higher-and-aim-by",
       "The 2024 figure was 62% higher than a year earlier, and participating countries aim for "
       "10 million tonnes by 2030.",
       c("62%", 62, "%", change="increase", kind="actual"),
       c("10 million tonnes", 10e6, "t", kind="projection", period="2030"),
       published="2025-06-18"),
    ex("corpus-028-day-ranges-from-to",
       "Transit times have fallen from 38-53 days to 19-23 days, with a further cut to 15 days "
       "in view.",
       c("38-53 days", 38, "day", value_high=53, metric="transit time"),
       c("19-23 days", 19, "day", value_high=23, change=None, metric="transit time"),
       c("15 days", 15, "day", kind="projection", change=None),
       published="2025-06-18"),
    ex("corpus-028-ebrd-projections-teu",
       "The report quotes EBRD projections that container volumes on the central Trans-Caspian "
       "route could grow from 18,000 TEU in 2022 to 130,000 TEU by 2040, or to as much as "
       "865,000 TEU, 48 times the current level, if large infrastructure projects go ahead.",
       c("18,000 TEU", 18000, "TEU", period="2022", kind="actual",
         metric="container volume"),
       c("130,000 TEU", 130000, "TEU", period="2040", kind="projection"),
       c("865,000 TEU", 865000, "TEU", approx="max", kind="projection"),
       c("48 times", 48, "x", kind="projection"),
       published="2025-06-18"),
    ex("corpus-028-will-triple-to-as-much-as",
       "It also cites a World Bank forecast that cargo volumes will triple by 2030, to as much "
       "as 11 million tonnes a year.",
       c("triple", 3, "x", change="increase", kind="projection", period="2030"),
       c("11 million tonnes", 11e6, "t", approx="max", per="year", kind="projection",
         period="2030", change=None),
       published="2025-06-18"),
    ex("corpus-029-headline-at-least",
       "ADB lines up at least $3.5 billion for Middle Corridor projects in 2025-2028",
       c("$3.5 billion", 3.5e9, "USD", approx="min", period="2025/2028", kind="projection",
         entities=["Asian Development Bank", TITR]),
       published="2025-06-26"),
    ex("corpus-029-more-than-projects-at-least",
       "BAKU, June 26 - The Asian Development Bank has singled out more than 10 separate "
       "projects to support on the Middle Corridor in 2025-2028, worth at least $3.5 billion "
       "in total, Yevgeniy Zhukov, director general of ADB's Central and West Asia Department, "
       "said at a panel during the Asian Infrastructure Investment Bank's annual meeting in "
       "Beijing, Trend reported.",
       c("10 separate projects", 10, "count", item="project", approx="min"),
       c("$3.5 billion", 3.5e9, "USD", approx="min", period="2025/2028", kind="projection",
         topic="investment", entities=["Asian Development Bank", TITR]),
       published="2025-06-26"),
    ex("corpus-030-traded-goods-worth",
       "BAKU, August 28 - Azerbaijan traded goods worth $4.228 billion with member countries of "
       "the Organization of Turkic States in January-July 2025, Trend reported, citing the "
       "State Customs Committee.",
       c("$4.228 billion", 4.228e9, "USD", period="2025-01/2025-07", metric="trade turnover",
         entities=["Azerbaijan", "Organization of Turkic States"]),
       published="2025-08-28"),
    ex("corpus-030-percent-or-money-more",
       "That is 8.3%, or $324.3 million, more than a year earlier and equals 14.6% of the "
       "country's total foreign trade.",
       c("8.3%", 8.3, "%", change="increase"),
       c("$324.3 million", 324.3e6, "USD", change="increase"),
       c("14.6%", 14.6, "%", change=None),
       published="2025-08-28"),
    ex("corpus-030-slipped-jumped-rose-times",
       "Turnover with Türkiye slipped 6.5% to $3.4 bln, while trade with Kazakhstan jumped 3.8 "
       "times to $517.1 million and trade with Uzbekistan rose 2.3 times to $268.9 million.",
       c("6.5%", 6.5, "%", change="decrease", entities=["Türkiye"]),
       c("$3.4 bln", 3.4e9, "USD", change=None, metric="trade turnover",
         entities=["Türkiye"]),
       c("3.8 times", 3.8, "x", change="increase", entities=["Kazakhstan"]),
       c("$517.1 million", 517.1e6, "USD", change=None, entities=["Kazakhstan"]),
       c("2.3 times", 2.3, "x", change="increase", entities=["Uzbekistan"]),
       c("$268.9 million", 268.9e6, "USD", change=None, entities=["Uzbekistan"]),
       published="2025-08-28"),
    ex("corpus-030-doubled-to",
       "Exchanges with Kyrgyzstan doubled to $40.06 million.",
       c("doubled", 2, "x", change="increase", entities=["Kyrgyzstan"]),
       c("$40.06 million", 40.06e6, "USD", change=None, metric="trade turnover",
         entities=["Kyrgyzstan"]),
       published="2025-08-28"),
    ex("corpus-030-sold-tonnes-worth",
       "Over the seven months Azerbaijan sold 51,500 tonnes of crude oil and related products "
       "worth $24 million to Türkiye and non-oil goods worth $59.8 million to Kazakhstan.",
       c("51,500 tonnes", 51500, "t", metric="oil exports"),
       c("$24 million", 24e6, "USD"),
       c("$59.8 million", 59.8e6, "USD", metric="exports", entities=["Kazakhstan"]),
       published="2025-08-28"),
]

A031_040: list[Example] = [
    ex("corpus-031-headline-fold-to-first-half",
       "Azerbaijan-Kazakhstan trade jumps 4.2-fold to $501 million in first half of 2025",
       c("4.2-fold", 4.2, "x", change="increase"),
       c("$501 million", 501e6, "USD", change=None, period="2025-01/2025-06",
         metric="trade turnover", entities=KZ_AZ),
       published="2025-10-14"),
    ex("corpus-031-increased-reaching-times-level",
       "Trade between Azerbaijan and Kazakhstan increased by 50% in 2024 to $470 million and "
       "kept accelerating this year, reaching $501 million in January-June 2025, 4.2 times the "
       "level of a year earlier, Azerbaijani Energy Minister Parviz Shahbazov said in Baku on "
       "October 14, News.Az reported, citing AZERTAC.",
       c("50%", 50, "%", change="increase", period="2024", metric="trade turnover"),
       c("$470 million", 470e6, "USD", change=None, period="2024", metric="trade turnover",
         entities=KZ_AZ),
       c("$501 million", 501e6, "USD", change=None, period="2025-01/2025-06",
         kind="actual"),
       c("4.2 times", 4.2, "x", change="increase"),
       published="2025-10-14"),
    ex("corpus-031-programme-years-no-claim",
       "He spoke at a meeting with Kazakh Transport Minister Nurlan Sauranbayev on the two "
       "countries' Comprehensive Program of cooperation for 2022-2026.",
       published="2025-10-14"),
    ex("corpus-031-since-and-annual-transit-by",
       "Shahbazov said 3.4 million tonnes of Kazakh oil have reached world markets through the "
       "Baku-Tbilisi-Ceyhan pipeline since 2023 and that talks are under way to lift annual "
       "transit to 7 million tonnes by 2027.",
       c("3.4 million tonnes", 3.4e6, "t", period="2023/..", kind="actual",
         metric="oil exports"),
       c("7 million tonnes", 7e6, "t", per="year", kind="projection", period="2027",
         change=None),
       published="2025-10-14"),
    ex("corpus-032-rose-in-months-to",
       "Freight carried on Azerbaijan's railways along the East-West route, known as the Middle "
       "Corridor, rose 6% in January-September 2025 to 2.651 million tonnes, Report.az said on "
       "October 20, citing AZCON Holding.",
       c("6%", 6, "%", change="increase", period="2025-01/2025-09"),
       c("2.651 million tonnes", 2.651e6, "t", change=None, period="2025-01/2025-09",
         entities=[TITR]),
       published="2025-10-20"),
    ex("corpus-032-container-handling-grew",
       "Container handling at the Port of Baku grew 40% over the nine months to 77,000 TEU.",
       c("40%", 40, "%", change="increase"),
       c("77,000 TEU", 77000, "TEU", change=None, metric="container volume",
         entities=["Port of Baku"]),
       published="2025-10-20"),
    ex("corpus-032-asco-three-changes",
       "Cargo moved by road by the Azerbaijan Caspian Shipping Company (ASCO) increased 70% to "
       "1.019 mln t, its tanker shipments rose 11% to 3.346 mln t and its voyages outside the "
       "Caspian Sea surged 191% to 1.1 million tonnes.",
       c("70%", 70, "%", change="increase"),
       c("1.019 mln t", 1.019e6, "t", change=None, entities=["ASCO"]),
       c("11%", 11, "%", change="increase"),
       c("3.346 mln t", 3.346e6, "t", change=None),
       c("191%", 191, "%", change="increase"),
       c("1.1 million tonnes", 1.1e6, "t", change=None),
       published="2025-10-20"),
    ex("corpus-032-in-2024-grew-to",
       "In 2024, volume on the Trans-Caspian route grew 62% to 4.5 million tonnes.",
       c("62%", 62, "%", change="increase", period="2024"),
       c("4.5 million tonnes", 4.5e6, "t", change=None, period="2024", kind="actual",
         entities=[TITR]),
       published="2025-10-20"),
    ex("corpus-032-expected-breakdown",
       "For 2025 it is expected to reach 5.2 million tonnes, of which 4.2 million tonnes would "
       "cross the corridor countries: 2.5 million tonnes of dry cargo (equal to 96,000 TEU) and "
       "1.7 million tonnes of oil.",
       c("5.2 million tonnes", 5.2e6, "t", kind="projection", period="2025"),
       c("4.2 million tonnes", 4.2e6, "t", kind="projection", period="2025"),
       c("2.5 million tonnes", 2.5e6, "t", kind="projection", period="2025"),
       c("96,000 TEU", 96000, "TEU", kind="projection", period="2025"),
       c("1.7 million tonnes", 1.7e6, "t", kind="projection", period="2025",
         metric="oil exports"),
       published="2025-10-20"),
    ex("corpus-032-could-carry-a-year-by",
       "By 2027 the route could be able to carry 10 million tonnes a year.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2027",
         metric="capacity"),
       published="2025-10-20"),
    ex("corpus-033-allocated-just-over-manats",
       "Azerbaijan allocated just over 2.9 billion manats (slightly more than $1.706 billion) "
       "from the state budget to rebuilding its liberated territories in January-September "
       "2025, Report.az said on October 22, citing the Finance Ministry.",
       c("2.9 billion manats", 2.9e9, "AZN", approx="min", metric="budget", topic="economy",
         period="2025-01/2025-09", entities=["Azerbaijan"]),
       c("$1.706 billion", 1.706e9, "USD", approx="min"),
       published="2025-10-22"),
    ex("corpus-033-azn-with-usd-conversions",
       "Roughly AZN 2.235 billion ($1.314 billion) of that went to infrastructure, AZN 291.7 "
       "million ($171.6 million) to education, health, culture and sports, and AZN 41 million "
       "($24.1 million) to demining.",
       c("AZN 2.235 billion", 2.235e9, "AZN", approx="approx"),
       c("$1.314 billion", 1.314e9, "USD"),
       c("AZN 291.7 million", 291.7e6, "AZN", approx=None),
       c("$171.6 million", 171.6e6, "USD"),
       c("AZN 41 million", 41e6, "AZN", approx=None),
       c("$24.1 million", 24.1e6, "USD"),
       published="2025-10-22"),
    ex("corpus-033-manats-with-usd-conversions",
       "Within infrastructure, design and construction of highways took just over 1.525 "
       "billion manats ($897.1 million), new housing 461.1 million manats ($271.2 million) and "
       "railway construction 107.3 million manats ($63.1 million).",
       c("1.525 billion manats", 1.525e9, "AZN", approx="min"),
       c("$897.1 million", 897.1e6, "USD"),
       c("461.1 million manats", 461.1e6, "AZN", approx=None),
       c("$271.2 million", 271.2e6, "USD"),
       c("107.3 million manats", 107.3e6, "AZN", approx=None),
       c("$63.1 million", 63.1e6, "USD"),
       published="2025-10-22"),
    ex("corpus-033-channelled",
       "A further 328.7 million manats ($193.4 million) was channelled to the transport sector "
       "under other budget lines.",
       c("328.7 million manats", 328.7e6, "AZN", metric="budget"),
       c("$193.4 million", 193.4e6, "USD", metric="budget"),
       published="2025-10-22"),
    ex("corpus-034-roughly-containers-months",
       "Georgia's largest port, Poti, handled roughly 533,000 containers in January-October "
       "2025, according to APM Terminals Poti, as cited by Vestnik Kavkaza on November 9.",
       c("533,000 containers", 533000, "count", item="container", approx="approx",
         period="2025-01/2025-10", entities=["Port of Poti"]),
       published="2025-11-09"),
    ex("corpus-034-count-was-grew-by",
       "In the same ten months of 2024 the count was 454,000, so volumes grew by 17%.",
       c("454,000", 454000, "count", period="2024-01/2024-10"),
       c("17%", 17, "%", change="increase"),
       published="2025-11-09"),
    ex("corpus-034-vessels-compared-with",
       "The terminal served 300 container vessels this year, compared with 262 a year earlier.",
       c("300 container vessels", 300, "count", item="vessel", period="2025"),
       c("262", 262, "count", item="vessel", period="2024"),
       published="2025-11-09"),
    ex("corpus-034-accounts-for-share",
       "Poti accounts for 85% of all cargo moving through Georgia's seaports.",
       c("85%", 85, "%", change=None, entities=["Port of Poti"]),
       published="2025-11-09"),
    ex("corpus-035-budget-lari-down-from",
       "TBILISI - Georgia's final 2026 budget sets aside 50 million lari (about USD 18 million) "
       "for water infrastructure at the planned Anaklia deep-sea port, down from GEL 150 "
       "million (USD 56 million) in both earlier drafts, Dredgewire reported on December 3, "
       "2025, citing BM.",
       c("50 million lari", 50e6, "GEL", period="2026", kind="projection", metric="budget",
         change=None, entities=["Georgia", "Port of Anaklia"]),
       c("USD 18 million", 18e6, "USD", approx="approx"),
       c("GEL 150 million", 150e6, "GEL", change=None),
       c("USD 56 million", 56e6, "USD"),
       published="2025-12-03"),
    ex("corpus-035-earmarked-and-road-km",
       "An unchanged GEL 45 million (USD 17 million) is earmarked for an 18-kilometre access "
       "road, bringing 2026 spending on the port and the road to 95 million lari (USD 35 "
       "million).",
       c("GEL 45 million", 45e6, "GEL", metric="budget"),
       c("USD 17 million", 17e6, "USD"),
       c("18-kilometre", 18, "km"),
       c("95 million lari", 95e6, "GEL", period="2026", kind="projection", metric="budget"),
       c("USD 35 million", 35e6, "USD"),
       published="2025-12-03"),
    ex("corpus-035-annex-foresees",
       "For 2027, the capital-projects annex foresees 125 million lari (USD 46 million) for the "
       "road and a matching sum for port infrastructure.",
       c("125 million lari", 125e6, "GEL", kind="projection", period="2027"),
       c("USD 46 million", 46e6, "USD", kind="projection"),
       published="2025-12-03"),
    ex("corpus-035-dredger-dates-no-claim",
       "A small dredger is due in early 2026 and a large one in July 2026, with dredging to "
       "finish in spring 2027.",
       published="2025-12-03"),
    ex("corpus-035-completion-date-no-claim",
       "The contract sets May 14, 2027 as the completion date for the breakwater and dredging "
       "works.",
       published="2025-12-03"),
    ex("corpus-036-headline-expects-up-to",
       "Baku port expects 8 million tonnes and up to 105,000 TEU in 2025",
       c("8 million tonnes", 8e6, "t", kind="projection", period="2025",
         entities=["Port of Baku"]),
       c("105,000 TEU", 105000, "TEU", approx="max", kind="projection", period="2025"),
       published="2025-12-18"),
    ex("corpus-036-expects-to-finish-around",
       "BAKU, December 18 - Baku International Sea Trade Port expects to finish 2025 with "
       "around eight million tonnes of cargo handled, director Eldar Salahov told reporters, "
       "Trend reported.",
       c("eight million tonnes", 8e6, "t", approx="approx", kind="projection", period="2025",
         metric="port throughput", entities=["Port of Baku"]),
       published="2025-12-18"),
    ex("corpus-036-last-year-pass-reach-rise",
       "Container throughput, which was about 76,000 TEU last year, should pass 100,000 TEU "
       "this year and reach roughly 104,000-105,000 TEU, he said, close to a 40% rise.",
       c("76,000 TEU", 76000, "TEU", approx="approx", period="2024", kind="actual",
         metric="container volume"),
       c("100,000 TEU", 100000, "TEU", approx="min", kind="projection", period="2025"),
       c("104,000-105,000 TEU", 104000, "TEU", value_high=105000, approx="approx",
         kind="projection"),
       c("40%", 40, "%", approx="approx", change="increase", kind="projection"),
       published="2025-12-18"),
    ex("corpus-037-reached-last-year",
       "BAKU, December 23 - Trade between Türkiye and Azerbaijan reached $8 bln last year, "
       "Turkish Vice President Cevdet Yilmaz told the second Azerbaijan-Türkiye Investment "
       "Forum in Baku, Trend reported.",
       c("$8 bln", 8e9, "USD", period="2024", kind="actual", metric="trade turnover",
         entities=["Türkiye", "Azerbaijan"]),
       published="2025-12-23"),
    ex("corpus-037-aim-for-target",
       "He warned of a possible dip this year, mainly because of oil price changes and other "
       "temporary factors, but said the two countries still aim for the $15 billion target set "
       "by their presidents.",
       c("$15 billion", 15e9, "USD", kind="projection"),
       published="2025-12-23"),
    ex("corpus-037-investment-approaching-close-to",
       "Turkish direct investment in Azerbaijan is approaching $18 billion, while Azerbaijani "
       "investment in Türkiye is close to $21 billion, for a combined volume of $39 billion.",
       c("$18 billion", 18e9, "USD", metric="investment", entities=["Türkiye", "Azerbaijan"]),
       c("$21 billion", 21e9, "USD", approx="approx", metric="investment"),
       c("$39 billion", 39e9, "USD", approx=None, metric="investment"),
       published="2025-12-23"),
    ex("corpus-038-shrank-in-year-to",
       "Container traffic by rail between China and the European Union shrank 14.1% in 2025 "
       "to 310,579 TEU, SeaNews Türkiye reported on February 10, 2026, citing European Rail "
       "Alliance data published by Upply Market Insights.",
       c("14.1%", 14.1, "%", change="decrease", period="2025", metric="container volume"),
       c("310,579 TEU", 310579, "TEU", change=None, period="2025", kind="actual",
         entities=["China", EU]),
       published="2026-02-10"),
    ex("corpus-038-fell-dropped-decline",
       "Westbound flows from China fell 17.7% to 272,157 TEU, while eastbound traffic from "
       "Europe dropped 22.7% to 38,422 TEU, following a 26.7% decline in 2024.",
       c("17.7%", 17.7, "%", change="decrease"),
       c("272,157 TEU", 272157, "TEU", change=None, entities=["China"]),
       c("22.7%", 22.7, "%", change="decrease"),
       c("38,422 TEU", 38422, "TEU", change=None, entities=["Europe"]),
       c("26.7%", 26.7, "%", change="decrease", period="2024"),
       published="2026-02-10"),
    ex("corpus-038-exports-and-imports-value",
       "China's exports to the EU nevertheless rose 8.4% in value to US$560 billion, while its "
       "imports from Europe slipped 0.5% to US$268.2 billion.",
       c("8.4%", 8.4, "%", change="increase", metric="exports"),
       c("US$560 billion", 560e9, "USD", change=None, metric="exports",
         entities=["China", EU]),
       c("0.5%", 0.5, "%", change="decrease", metric="imports"),
       c("US$268.2 billion", 268.2e9, "USD", change=None, metric="imports"),
       published="2026-02-10"),
    ex("corpus-038-share-or-teu-down-slumped",
       "Traffic on the China-Poland axis made up 94% of the total, or 255,869 TEU (down "
       "12.7%), and volumes to Germany slumped 43% to 13,552 TEU.",
       c("94%", 94, "%", change=None),
       c("255,869 TEU", 255869, "TEU", change=None),
       c("12.7%", 12.7, "%", change="decrease"),
       c("43%", 43, "%", change="decrease"),
       c("13,552 TEU", 13552, "TEU", change=None, entities=["Germany"]),
       published="2026-02-10"),
    ex("corpus-039-guarantee-to-mobilise",
       "BAKU, February 26 - The World Bank has approved an $846 million IBRD guarantee designed "
       "to mobilise $1.41 billion of long-term commercial financing for a Kazakh railway "
       "project on the Middle Corridor, Trend reported.",
       c("$846 million", 846e6, "USD", metric="loan", topic="investment", kind="actual",
         entities=["World Bank"]),
       c("$1.41 billion", 1.41e9, "USD", metric="loan", kind="projection"),
       published="2026-02-26"),
    ex("corpus-039-line-km-shorten-by",
       "The Transforming Rail Connectivity in Kazakhstan (Middle Corridor Development) Project "
       "includes a new 322.3-kilometre line between Mointy and Kyzylzhar, which will shorten "
       "the corridor by 149 km, ease congested sections and allow double-stack container "
       "trains.",
       c("322.3-kilometre", 322.3, "km", metric="route length"),
       c("149 km", 149, "km", change="decrease", kind="projection"),
       published="2026-02-26"),
    ex("corpus-039-threefold-and-in-half-by",
       "According to the bank, the scheme should contribute to a threefold rise in freight on "
       "the corridor and cut transit times in half by 2030.",
       c("threefold", 3, "x", change="increase", kind="projection", period="2030"),
       c("half", 0.5, "x", change="decrease", kind="projection", period="2030",
         metric="transit time"),
       published="2026-02-26"),
    ex("corpus-039-co-guarantee",
       "The Asian Infrastructure Investment Bank is providing a co-guarantee of $564 million, "
       "and the IFC and MIGA also take part.",
       c("$564 million", 564e6, "USD", metric="loan", entities=["AIIB"]),
       published="2026-02-26"),
    ex("corpus-040-fivefold-from-to-a-year",
       "ALMATY - Freight on the Trans-Caspian International Transport Route has grown fivefold "
       "over seven years, from 0.8 million to 4.5 million tonnes a year, Kazakhstan's Ministry "
       "of Transport said on March 10, 2026, as reported by The Astana Times.",
       c("fivefold", 5, "x", change="increase", entities=[TITR]),
       c("0.8 million", 0.8e6, "t", per="year", change=None),
       c("4.5 million tonnes", 4.5e6, "t", per="year", change=None),
       published="2026-03-10"),
    ex("corpus-040-yearly-tally-lends-unit",
       "The ministry's yearly tally: 2.76 mln tonnes for 2023, 4.48 mln for 2024 and 4.12 mln "
       "for 2025.",
       c("2.76 mln tonnes", 2.76e6, "t", period="2023", kind="actual"),
       c("4.48 mln", 4.48e6, "t", period="2024", kind="actual"),
       c("4.12 mln", 4.12e6, "t", period="2025", kind="actual"),
       published="2026-03-10"),
    ex("corpus-040-around-and-goal-by",
       "Containers have grown especially quickly, with around 77,000 TEU carried in 2025 and a "
       "goal of 300,000 TEU by 2029.",
       c("77,000 TEU", 77000, "TEU", approx="approx", period="2025", kind="actual"),
       c("300,000 TEU", 300000, "TEU", kind="projection", period="2029"),
       published="2026-03-10"),
    ex("corpus-040-days-instead-of-bare-range",
       "A trip along the corridor now takes 13-17 days instead of 28-32.",
       c("13-17 days", 13, "day", value_high=17, metric="transit time"),
       c("28-32", 28, "day", value_high=32, metric="transit time"),
       published="2026-03-10"),
    ex("corpus-040-roadmaps-years-no-claim",
       "Kazakhstan, Azerbaijan and Georgia continue to work under bottleneck-removal roadmaps "
       "adopted in Aktau in 2022 and in Almaty in 2025.",
       published="2026-03-10"),
]

EXAMPLES: list[Example] = A021_030 + A031_040

KNOWN_GAPS: dict[str, str] = {
    "corpus-021-grain-between-months-more-than":
        "metric/topic: 'grain to foreign buyers' reads as cargo volume/logistics, not grain "
        "exports/agriculture",
    "corpus-021-in-only-two-months": "time span 'in only two months' reported as a duration claim",
    "corpus-022-can-now-take":
        "per and metric: '100,000 TEU of it' (of six million tonnes a year of capacity) gets "
        "neither the rate nor capacity",
    "corpus-023-teu-and-jump":
        "metric: TEU processed by the port read as port throughput, not container volume (splits "
        "the port's TEU series)",
    "corpus-024-train-services-and-teu":
        "period: 'carrying a combined 2,077,216 TEU' does not share 'in 2024'",
    "corpus-024-numbered-elliptic-counts":
        "elliptic counts 'numbered 10,546' and 'China 8,846' (services) are dropped",
    "corpus-024-trips-and-bracketed-counts":
        "elliptic counts in brackets 'Chengdu (2,285)' (trips) are dropped",
    "corpus-027-plans-to-move-including": "period: 'including 96,000 TEU' does not share 'in 2025'",
    "corpus-028-headline-from-to": "time span 'in three years' reported as a duration claim",
    "corpus-028-more-than-fivefold-from-to":
        "time span 'in three years' reported as a duration claim",
    "corpus-028-will-triple-to-as-much-as":
        "period: 'to as much as 11 million tonnes' does not share 'by 2030' with the change",
    "corpus-029-more-than-projects-at-least":
        "period and kind: 'projects to support ... in 2025-2028, worth at least $3.5 billion' "
        "gives neither",
    "corpus-030-percent-or-money-more":
        "change: '8.3%, or $324.3 million, more than a year earlier' gives no increase",
    "corpus-030-sold-tonnes-worth":
        "time span 'Over the seven months' reported as a duration claim",
    "corpus-031-since-and-annual-transit-by":
        "period and per: 'since 2023' after the verb phrase and 'annual transit' before the "
        "number are not read",
    "corpus-032-container-handling-grew":
        "time span 'over the nine months' reported as a duration claim",
    "corpus-033-allocated-just-over-manats":
        "period: 'in January-September 2025' after a long parenthesis is not attached",
    "corpus-034-count-was-grew-by":
        "elliptic count 'the count was 454,000' (containers) is dropped",
    "corpus-034-vessels-compared-with":
        "elliptic count 'compared with 262 a year earlier' (vessels) is dropped",
    "corpus-035-earmarked-and-road-km":
        "period and kind: '2026 spending ... to 95 million lari' gives neither 2026 nor "
        "projection",
    "corpus-036-last-year-pass-reach-rise":
        "approx: 'close to a 40% rise' (hedge before the article) is not read",
    "corpus-039-guarantee-to-mobilise":
        "kind: 'designed to mobilise $1.41 billion' reads as actual",
    "corpus-039-line-km-shorten-by":
        "change: 'will shorten the corridor by 149 km' gives no decrease",
    "corpus-039-threefold-and-in-half-by":
        "period: 'a threefold rise ... and cut ... in half by 2030' gives 2030 only to the second",
    "corpus-040-fivefold-from-to-a-year":
        "time span 'over seven years' reported as a duration claim",
    "corpus-040-days-instead-of-bare-range": "elliptic range 'instead of 28-32' (days) is dropped",
}
