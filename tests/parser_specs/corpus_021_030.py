"""Sentences of the bundled corpus, articles 021-030 (`data/articles/articles`), with the
claims an analyst reads in them. Ids start with the article number; `published` is the
article's date from `data/articles/manifest.csv`. Each text is copied verbatim (a test
checks it is still in its article)."""

from __future__ import annotations

from . import KZ_AZ, TITR, Example, c, ex

EXAMPLES: list[Example] = [
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

KNOWN_GAPS: dict[str, str] = {
    "corpus-022-can-now-take":
        "per and metric: '100,000 TEU of it' (of six million tonnes a year of capacity) gets "
        "neither the rate nor capacity",
    "corpus-024-numbered-elliptic-counts":
        "elliptic counts 'numbered 10,546' and 'China 8,846' (services) are dropped",
}
