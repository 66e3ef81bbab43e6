"""Held-out sentences written after the parser was tuned, on English-language news from
Chinese and Turkish state media and their regional counterparts (Xinhua, CGTN, China Daily,
Anadolu, Daily Sabah, Trend, Kazinform) about China-Europe freight trains, the Belt and Road,
Khorgos, the Xi'an/Chongqing/Urumqi hubs, Türkiye's Middle Corridor role and its trade with
Central Asia: yuan with a dollar gloss in brackets ("yuan (about 1.4 billion U.S. dollars)"),
"a year-on-year increase of 10.5 percent", "up 10.5 percent year on year", "accounting for 30
percent of the total", "the figure stood at", "hit a record high of", "during the
January-September period", lira, "the Kazakh side", "Xinjiang Uygur Autonomous Region", and
negatives (dates, "the Belt and Road Forum's third edition", "the 10th anniversary",
"Line 1", "No. 3 berth").

Written in our own words and read by hand first (issue 2's field definitions); the parser
was run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

CN_TR = ["China", "Türkiye"]

FREIGHT_TRAINS: list[Example] = [
    ex("xh-trains-trips-yoy-increase",
       "China-Europe freight trains made 19,000 trips in 2024, a year-on-year increase of "
       "10.5 percent, data from the China State Railway Group showed.",
       c("19,000 trips", 19000, "count", item="trip", period="2024", kind="actual",
         topic="logistics", change=None),
       c("10.5 percent", 10.5, "%", change="increase", period="2024", kind="actual"),
       published="2025-01-10"),
    ex("xh-teus-up-pct-year-on-year",
       "The trains carried 2.07 million TEUs of goods, up 10.5 percent year on year.",
       c("2.07 million TEUs", 2.07e6, "TEU", change=None, topic="logistics"),
       c("10.5 percent", 10.5, "%", change="increase"),
       published="2025-01-10"),
    ex("xh-xian-hub-share-of-total",
       "Xi'an launched 5,000 China-Europe freight trains in 2023, accounting for 30 percent "
       "of the national total.",
       c("5,000 China-Europe freight trains", 5000, "count", item="freight train", period="2023",
         metric="train count", change=None),
       c("30 percent", 30, "%", change=None, period="2023"),
       published="2024-01-15"),
    ex("xh-chongqing-record-high",
       "Freight trains departing Chongqing hit a record high of 5,300 trips last year.",
       c("5,300 trips", 5300, "count", item="trip", period="2024", kind="actual"),
       published="2025-02-01"),
    ex("xh-khorgos-figure-stood-at",
       "By the end of October, the figure stood at 7,100 trains through the Khorgos port, "
       "compared with 6,500 during the same period last year.",
       c("7,100 trains", 7100, "count", item="train", kind="actual",
         entities=["Khorgos dry port"]),
       c("6,500", 6500, "count", kind="actual"),
       published="2025-11-05"),
    ex("xh-urumqi-jan-sep-period",
       "During the January-September period, the Urumqi assembly center handled 1,200 "
       "freight trains, up 8.2 percent compared with the same period last year.",
       c("1,200 freight trains", 1200, "count", item="freight train", period="2025-01/2025-09",
         kind="actual"),
       c("8.2 percent", 8.2, "%", change="increase", period="2025-01/2025-09"),
       published="2025-10-12"),
    ex("xh-transit-time-days-cut",
       "The new service cuts transit time between Xi'an and Duisburg to about 12 days, "
       "from 18 days by the old route.",
       c("12 days", 12, "day", approx="approx", metric="transit time"),
       c("18 days", 18, "day", metric="transit time"),
       published="2025-03-01"),
    ex("xh-kazakh-side-containers",
       "The Kazakh side has handled more than 450,000 containers at the Khorgos dry port "
       "since the start of the year.",
       c("450,000 containers", 450000, "count", approx="min", item="container",
         kind="actual", entities=["Kazakhstan"]),
       published="2025-08-20"),
]

MONEY_AND_TRADE: list[Example] = [
    ex("xh-yuan-with-usd-gloss",
       "Trade between Xinjiang Uygur Autonomous Region and Central Asia reached 10 billion "
       "yuan (about 1.4 billion U.S. dollars) in the first quarter.",
       c("10 billion yuan", 10e9, "CNY", metric="trade turnover", topic="trade",
         period="2025-01/2025-03", kind="actual", entities=["Xinjiang"]),
       c("1.4 billion U.S. dollars", 1.4e9, "USD", approx="approx",
         period="2025-01/2025-03"),
       published="2025-04-18"),
    ex("xh-billion-yuan-imports-exports",
       "Chongqing's foreign trade totalled 712.4 billion yuan in 2024, with exports of 480 "
       "billion yuan.",
       c("712.4 billion yuan", 712.4e9, "CNY", period="2024", kind="actual"),
       c("480 billion yuan", 480e9, "CNY", metric="exports", period="2024"),
       published="2025-01-25"),
    ex("xh-tr-exports-central-asia-lira",
       "Türkiye's exports to Central Asian countries rose 12 percent to 6.1 billion dollars "
       "last year, the Turkish Exporters Assembly said.",
       c("12 percent", 12, "%", change="increase", metric="exports", period="2024",
         entities=["Türkiye"]),
       c("6.1 billion dollars", 6.1e9, "USD", change=None, metric="exports", period="2024"),
       published="2025-01-05"),
    ex("xh-lira-investment",
       "Ankara will invest 45 billion lira in railway lines linking Kars to the Georgian "
       "border.",
       c("45 billion lira", 45e9, "TRY", kind="projection", metric="investment",
         topic="investment"),
       published="2025-05-01"),
    ex("xh-cn-tr-trade-turnover",
       "Trade turnover between China and Turkey stood at 48 billion U.S. dollars in 2024, "
       "according to Chinese customs data.",
       c("48 billion U.S. dollars", 48e9, "USD", metric="trade turnover", period="2024",
         kind="actual", entities=CN_TR),
       published="2025-02-10"),
    ex("xh-bri-trade-share",
       "China's trade with Belt and Road partner countries amounted to 22.1 trillion yuan, "
       "accounting for 50.3 percent of its total foreign trade.",
       c("22.1 trillion yuan", 22.1e12, "CNY", metric="trade turnover", entities=["China"]),
       c("50.3 percent", 50.3, "%", change=None),
       published="2025-01-14"),
    ex("xh-kz-cn-trade-target",
       "The two sides aim to raise bilateral trade to 40 billion dollars by 2030.",
       c("40 billion dollars", 40e9, "USD", kind="projection", period="2030",
         metric="trade turnover"),
       published="2025-06-17"),
    ex("xh-anadolu-exports-month",
       "Türkiye's exports hit 23.4 billion dollars in September, up 3.3 percent from a year "
       "earlier, Trade Minister Omer Bolat announced.",
       c("23.4 billion dollars", 23.4e9, "USD", metric="exports", period="2025-09",
         kind="actual", change=None),
       c("3.3 percent", 3.3, "%", change="increase", period="2025-09"),
       published="2025-10-02"),
    ex("xh-daily-sabah-middle-corridor-cargo",
       "Cargo carried along the Middle Corridor via Türkiye jumped 63 percent to 4.2 million "
       "tons in the first half of the year.",
       c("63 percent", 63, "%", change="increase", period="2025-01/2025-06"),
       c("4.2 million tons", 4.2e6, "t", change=None, period="2025-01/2025-06",
         topic="logistics"),
       published="2025-07-20"),
    ex("xh-fdi-yuan-decline",
       "Actual use of foreign investment in Xinjiang fell 5.4 percent to 2.3 billion yuan.",
       c("5.4 percent", 5.4, "%", change="decrease", metric="investment"),
       c("2.3 billion yuan", 2.3e9, "CNY", change=None, metric="investment"),
       published="2025-03-30"),
    ex("xh-trend-az-cn-turnover-9m",
       "Azerbaijan's trade with China amounted to 3.1 billion dollars during the "
       "January-September period, Trend reports citing the State Customs Committee.",
       c("3.1 billion dollars", 3.1e9, "USD", metric="trade turnover",
         period="2025-01/2025-09", entities=["Azerbaijan", "China"]),
       published="2025-10-21"),
    ex("xh-kazinform-transit-tonnes",
       "Transit cargo traffic between China and Europe via Kazakhstan reached 1.5 million "
       "tonnes, nearly double the figure of 2023.",
       c("1.5 million tonnes", 1.5e6, "t", topic="logistics", entities=["Kazakhstan"]),
       c("double", 2, "x", approx="approx", change="increase"),
       published="2025-01-20"),
]

MORE: list[Example] = [
    ex("xh-khorgos-tonnes-yoy-increase-of",
       "The volume of goods transported by China-Europe freight trains via Khorgos exceeded "
       "8 million tonnes, a year-on-year increase of 13.2 percent.",
       c("8 million tonnes", 8e6, "t", approx="min", metric="cargo volume",
         entities=["Khorgos dry port"]),
       c("13.2 percent", 13.2, "%", change="increase", metric="cargo volume"),
       published="2025-08-01"),
    ex("xh-alashankou-first-11-months",
       "In the first 11 months, the Alashankou port saw 6,890 China-Europe freight trains "
       "pass through, up 5.1 percent year on year.",
       c("6,890 China-Europe freight trains", 6890, "count", metric="train count",
         period="2024-01/2024-11", entities=["Dostyk crossing"]),
       c("5.1 percent", 5.1, "%", change="increase", period="2024-01/2024-11"),
       published="2025-08-01"),
    ex("xh-tr-annual-capacity-target",
       "Türkiye aims to raise the Middle Corridor's annual capacity to 10 million tonnes.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", metric="capacity",
         entities=["Türkiye"]),
       published="2025-08-01"),
    ex("xh-cn-central-asia-first-half-yuan",
       "The trade volume between China and Central Asian countries reached 286.42 billion "
       "yuan in the first half, up 11.2 percent.",
       c("286.42 billion yuan", 286.42e9, "CNY", metric="trade turnover",
         period="2025-01/2025-06", entities=["China", "Central Asia"]),
       c("11.2 percent", 11.2, "%", change="increase", metric="trade turnover"),
       published="2025-08-01"),
    ex("xh-lira-terms-exports",
       "Trade settled in yuan rose 15 percent, while exports in lira terms surged 62.3 "
       "percent.",
       c("15 percent", 15, "%", change="increase"),
       c("62.3 percent", 62.3, "%", change="increase", metric="exports"),
       published="2025-08-01"),
    ex("xh-share-of-trains-via-kz",
       "Around 75 percent of China-Europe freight trains pass through Kazakhstan.",
       c("75 percent", 75, "%", approx="approx", change=None, entities=["Kazakhstan"]),
       published="2025-08-01"),
    ex("xh-each-train-carries-containers",
       "Each train carries 55 containers on average, and some 1.6 million tons of goods "
       "crossed the Khorgos border in the first eight months.",
       c("55 containers", 55, "count", per="train", item="container", approx=None),
       c("1.6 million tons", 1.6e6, "t", approx="approx", period="2024-01/2024-08",
         entities=["Khorgos dry port"], per=None),
       published="2025-06-01"),
    ex("xh-every-wagon-holds-tonnes",
       "Every wagon on the Lanzhou-Almaty service holds up to 68 tonnes of cargo.",
       c("68 tonnes", 68, "t", per="wagon", approx="max"),
       published="2025-06-01"),
    ex("xh-xinjiang-record-high-usd-gloss",
       "Xinjiang's foreign trade hit a record high of 1.2 trillion yuan ($165 billion) in "
       "2024.",
       c("1.2 trillion yuan", 1.2e12, "CNY", metric="trade turnover", period="2024",
         entities=["Xinjiang"], kind="actual"),
       c("$165 billion", 165e9, "USD", metric="trade turnover", period="2024"),
       published="2025-01-20"),
    ex("xh-tr-ots-up-from",
       "Anadolu Agency reported that Türkiye's trade volume with the Organization of Turkic "
       "States reached $29.6 billion in 2024, up 2 percent from $29 billion in 2023.",
       c("$29.6 billion", 29.6e9, "USD", metric="trade turnover", period="2024",
         entities=["Türkiye", "Organization of Turkic States"]),
       c("2 percent", 2, "%", change="increase", period="2024"),
       c("$29 billion", 29e9, "USD", period="2023", change=None),
       published="2025-02-01"),
    ex("xh-shares-of-goods",
       "Some 40 percent of the goods were electronics, while auto parts accounted for another "
       "15 percent.",
       c("40 percent", 40, "%", approx="approx", change=None),
       c("15 percent", 15, "%", approx=None, change=None),
       published="2025-06-01"),
    ex("xh-port-doubling-capacity",
       "The port plans to handle 1 million TEUs annually by 2027, doubling its current "
       "capacity.",
       c("1 million TEUs", 1e6, "TEU", per="year", kind="projection", period="2027"),
       c("doubling", 2, "x", change="increase", kind="projection", metric="capacity"),
       published="2025-06-01"),
    ex("xh-standard-containers-teu",
       "The Xi'an hub shipped 10,000 TEUs of standard containers in March alone.",
       c("10,000 TEUs", 10000, "TEU", period="2025-03", kind="actual", topic="logistics"),
       published="2025-04-08"),
    ex("xh-expected-to-exceed-projection",
       "The number of trips is expected to exceed 20,000 this year, the operator said.",
       c("20,000", 20000, "count", kind="projection", approx="min", period="2025"),
       published="2025-05-08"),
    ex("xh-tl-lira-revenue-decrease",
       "Turkish State Railways' freight revenue fell 4.1 percent to 9.8 billion Turkish lira "
       "in 2024.",
       c("4.1 percent", 4.1, "%", change="decrease", metric="revenue", period="2024"),
       c("9.8 billion Turkish lira", 9.8e9, "TRY", change=None, metric="revenue",
         period="2024"),
       published="2025-02-08"),
    ex("xh-yoy-decrease-of",
       "Imports from Kazakhstan registered a year-on-year decrease of 6.7 percent in the "
       "first 10 months.",
       c("6.7 percent", 6.7, "%", change="decrease", metric="imports",
         period="2025-01/2025-10", entities=["Kazakhstan"]),
       published="2025-11-10"),
    ex("xh-cgtn-container-price-per-teu",
       "Shipping a container from Chongqing to Duisburg costs around 6,000 dollars per TEU "
       "by rail.",
       c("6,000 dollars", 6000, "USD", per="TEU", approx="approx",
         metric="freight rate"),
       published="2025-04-01"),
    ex("xh-routes-cities-countries",
       "The trains now run on 86 routes reaching 229 cities in 25 European countries.",
       c("86 routes", 86, "count", item="route"),
       c("229 cities", 229, "count", item="city"),
       published="2025-01-10"),
    ex("xh-daily-trains-average",
       "An average of 15 trains a day now cross the border at Alashankou.",
       c("15 trains", 15, "count", per="day", item="train", approx=None),
       published="2025-06-01"),
    ex("xh-share-rose-pp",
       "Rail's share of China-EU trade by volume rose 1.2 percentage points to 8 percent.",
       c("1.2 percentage points", 1.2, "pp", change="increase"),
       c("8 percent", 8, "%", change=None),
       published="2025-06-01"),
]

NEGATIVES: list[Example] = [
    ex("xh-neg-forum-third-edition",
       "The Belt and Road Forum's third edition was held in Beijing on Oct. 17-18, 2023.",
       published="2023-10-20"),
    ex("xh-neg-tenth-anniversary",
       "This year marks the 10th anniversary of the Belt and Road Initiative.",
       published="2023-09-01"),
    ex("xh-neg-line-1-berth",
       "Trains on Line 1 of the dry port feed the No. 3 berth, officials said on Monday.",
       published="2025-05-05"),
    ex("xh-neg-dateline",
       "URUMQI, March 12 (Xinhua) -- The 2025 China-Eurasia Expo will open in Urumqi in June.",
       published="2025-03-12"),
    ex("xh-neg-phase-ii",
       "Phase II of the Khorgos Gateway was launched under the 14th Five-Year Plan.",
       published="2025-03-12"),
]

EXAMPLES: list[Example] = FREIGHT_TRAINS + MONEY_AND_TRADE + MORE + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
}
