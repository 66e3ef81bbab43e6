"""Held-out paragraphs of whole news articles, a sixth round, written after the parser.

Five more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform4`) did not cover, written in our own words and cut into paragraphs, one
example a paragraph (its id `lf6-GENRE-pN`), so that what a paragraph's sentences lend each
other is tested as an analyst reads it: a Kyrgyz national statistics committee's release on
foreign trade in January-September (turnover, exports and imports by partner, shares, changes
on the same period of last year, the trade balance, goods); a think-tank op-ed comparing the
Middle Corridor with the Northern route and the Suez route (transit days, cost per container,
shares of traffic, scenarios for 2030 given as ranges); an interview with a national railway's
chief executive in questions and answers (figures in the answers and in some questions,
wagons and locomotives bought, new lines); a weekly news roundup in bullet points (each bullet
its own subject and figures); and an air-cargo piece on Almaty as a Central Asian hub (tonnes,
flights a week, growth, a new terminal's capacity). About a fifth are paragraphs without a
claim: bylines and series titles, table titles and release schedules, questions without a
figure, week numbers and related links, flight numbers, photo credits and a schedule's dates
and gates ("open 24/7"). Every expectation was written from reading the text, before the
parser was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KZ = "Kazakhstan"
KG = "Kyrgyzstan"
CN = "China"
RU = "Russia"
KTZ = "Kazakhstan Temir Zholy"
ALMATY = "Almaty International Airport"
FT40 = "40ft container"

# --- 1. Kyrgyz statistics committee, foreign trade in January-September (14 Nov 2025) -----
KG_PUB = "2025-11-14"
NINE = "2025-01/2025-09"
STATS: list[Example] = [
    ex("lf6-kgstat-p1",
       "Kyrgyzstan's foreign trade turnover reaches $13.2 billion in January-September\n\n"
       "BISHKEK, 14 November - The foreign trade turnover of the Kyrgyz Republic in "
       "January-September 2025 amounted to 13.2 billion US dollars, which is 9.6% more than in "
       "the same period of 2024, the National Statistical Committee reported.",
       c("$13.2 billion", 13.2e9, "USD", metric="trade turnover", period=NINE, change=None,
         entities=[KG]),
       c("13.2 billion US dollars", 13.2e9, "USD", metric="trade turnover", period=NINE,
         kind="actual", change=None, entities=[KG]),
       c("9.6%", 9.6, "%", change="increase", metric="trade turnover", period=NINE),
       published=KG_PUB),
    ex("lf6-kgstat-p2-balance",
       "Exports of goods totalled $2.71 billion, up 14.3% year on year, while imports rose "
       "8.5% to $10.49 billion. As a result, the negative trade balance widened to $7.78 "
       "billion from $7.3 billion a year earlier.",
       c("$2.71 billion", 2.71e9, "USD", metric="exports", change=None),
       c("14.3%", 14.3, "%", change="increase", metric="exports"),
       c("8.5%", 8.5, "%", change="increase", metric="imports"),
       c("$10.49 billion", 10.49e9, "USD", metric="imports", change=None),
       c("$7.78 billion", 7.78e9, "USD", metric="trade balance", change=None),
       c("$7.3 billion", 7.3e9, "USD", metric="trade balance", change=None),
       published=KG_PUB),
    ex("lf6-kgstat-p3-gold",
       "Excluding gold, exports amounted to $1.62 billion. Gold accounted for 40.2% of total "
       "exports, against 35.7% in January-September 2024.",
       c("$1.62 billion", 1.62e9, "USD", metric="exports", change=None),
       c("40.2%", 40.2, "%", change=None),
       c("35.7%", 35.7, "%", period="2024-01/2024-09", change=None),
       published=KG_PUB),
    ex("lf6-kgstat-p4-eaeu",
       "Trade with the member states of the Eurasian Economic Union came to $4.65 billion, or "
       "35.2% of the total turnover. Russia remained the main partner in the bloc with $3.41 "
       "billion, up 6.1%, followed by Kazakhstan with $1.08 billion.",
       c("$4.65 billion", 4.65e9, "USD", metric="trade turnover", change=None,
         entities=["Eurasian Economic Union"]),
       c("35.2%", 35.2, "%", change=None),
       c("$3.41 billion", 3.41e9, "USD", change=None, entities=[RU]),
       c("6.1%", 6.1, "%", change="increase"),
       c("$1.08 billion", 1.08e9, "USD", change=None, entities=[KZ]),
       published=KG_PUB),
    ex("lf6-kgstat-p5-china",
       "Among countries outside the union, China accounted for the largest share of turnover, "
       "38.9%, or $5.13 billion. Imports from China reached $5.02 billion, while exports to "
       "China were only $112.6 million, down 21.4%.",
       c("38.9%", 38.9, "%", change=None, entities=[CN]),
       c("$5.13 billion", 5.13e9, "USD", change=None, entities=[CN]),
       c("$5.02 billion", 5.02e9, "USD", metric="imports", change=None, entities=[CN]),
       c("$112.6 million", 112.6e6, "USD", metric="exports", change=None, entities=[CN]),
       c("21.4%", 21.4, "%", change="decrease", metric="exports"),
       published=KG_PUB),
    ex("lf6-kgstat-p6-partners",
       "Turkey ranked third with $720.4 million (5.5%), followed by Uzbekistan with $611.8 "
       "million (4.6%) and the United Kingdom, the main buyer of Kyrgyz gold, with $598.3 "
       "million (4.5%).",
       c("$720.4 million", 720.4e6, "USD", change=None, entities=["Türkiye"]),
       c("5.5%", 5.5, "%", change=None),
       c("$611.8 million", 611.8e6, "USD", change=None, entities=["Uzbekistan"]),
       c("4.6%", 4.6, "%", change=None),
       c("$598.3 million", 598.3e6, "USD", change=None, entities=["United Kingdom"]),
       c("4.5%", 4.5, "%", change=None),
       published=KG_PUB),
    ex("lf6-kgstat-p7-goods",
       "Among exported goods, precious metals brought in $1.09 billion, clothing $148 million "
       "and dried fruit and nuts $71.5 million. The largest import items were petroleum "
       "products ($842 million), cars ($655 million) and footwear ($402 million).",
       c("$1.09 billion", 1.09e9, "USD", metric="exports", change=None),
       c("$148 million", 148e6, "USD", change=None),
       c("$71.5 million", 71.5e6, "USD", change=None),
       c("$842 million", 842e6, "USD", metric="imports", change=None),
       c("$655 million", 655e6, "USD", change=None),
       c("$402 million", 402e6, "USD", change=None),
       published=KG_PUB),
    ex("lf6-kgstat-p8-september",
       "In September alone, turnover amounted to $1.58 billion, 4.2% less than in August. "
       "Exports to CIS countries fell by 3.1% over the nine months, while exports to non-CIS "
       "countries grew by 27.4%.",
       c("$1.58 billion", 1.58e9, "USD", metric="trade turnover", period="2025-09",
         change=None),
       c("4.2%", 4.2, "%", change="decrease"),
       c("3.1%", 3.1, "%", change="decrease", metric="exports", period=NINE),
       c("27.4%", 27.4, "%", change="increase", metric="exports"),
       published=KG_PUB),
    ex("lf6-kgstat-p11-soms",
       "In national currency, foreign trade turnover came to 1,152.6 billion soms. Re-exports "
       "made up an estimated 18% of exports, mainly cars and machinery shipped on to Russia "
       "and Kazakhstan.",
       c("1,152.6 billion soms", 1152.6e9, "KGS", metric="trade turnover", change=None),
       c("18%", 18, "%", approx="approx", change=None),
       published=KG_PUB),
    ex("lf6-kgstat-p9-neg-table",
       "Table 1. Foreign trade of the Kyrgyz Republic by main partner countries, "
       "January-September 2025 (million US dollars). Data are preliminary and include "
       "estimates of unorganised trade; see the methodological notes in section 4.",
       published=KG_PUB),
    ex("lf6-kgstat-p10-neg-schedule",
       "The next release, covering January-October 2025, is scheduled for 15 December 2025. "
       "Information: +996 312 32 46 47, www.stat.kg.",
       published=KG_PUB),
]

# --- 2. A think-tank op-ed on the Middle Corridor, Northern and Suez routes (22 Sep 2025) ---
OP_PUB = "2025-09-22"
OPED: list[Example] = [
    ex("lf6-oped-p1-neg-byline",
       "Opinion: The Middle Corridor cannot yet compete on price. It can compete on risk\n\n"
       "By Aigerim Seitkali, senior fellow at the Eurasian Connectivity Institute, Astana",
       published=OP_PUB),
    ex("lf6-oped-p2-shares",
       "Since sanctions upended overland trade between China and Europe in 2022, the numbers "
       "have told a sobering story. The Northern route through Russia and Belarus still "
       "carried about 1.4 million TEU last year, or roughly 85% of all China-Europe rail "
       "traffic. The Middle Corridor handled around 56,000 TEU, less than 4% of the rail total "
       "and a rounding error next to the 24 million TEU that moved by sea through the Suez "
       "Canal.",
       c("1.4 million TEU", 1.4e6, "TEU", approx="approx", period="2024", change=None),
       c("85%", 85, "%", approx="approx", change=None),
       c("56,000 TEU", 56000, "TEU", approx="approx", change=None, entities=[TITR]),
       c("4%", 4, "%", approx="max", change=None),
       c("24 million TEU", 24e6, "TEU", change=None),
       published=OP_PUB),
    ex("lf6-oped-p3-days",
       "On speed, the corridor is competitive on paper. A train from Xi'an to Duisburg over "
       "the Northern route takes 14 to 18 days; the trans-Caspian route needs 18 to 25 days, "
       "depending on ferry waits at Aktau and Baku. A ship from Shanghai to Rotterdam around "
       "the Cape of Good Hope takes 45 to 50 days, and about 35 via Suez when the Red Sea is "
       "open.",
       c("14 to 18 days", 14, "day", value_high=18, metric="transit time", change=None),
       c("18 to 25 days", 18, "day", value_high=25, metric="transit time", change=None),
       c("45 to 50 days", 45, "day", value_high=50, metric="transit time", change=None),
       c("35", 35, "day", approx="approx", change=None),
       published=OP_PUB),
    ex("lf6-oped-p4-cost",
       "Cost is where the corridor struggles. Shippers quote $4,500-5,500 per 40-foot "
       "container from western China to Poti, against $3,000-3,500 on the Northern route and "
       "as little as $2,000 for a sea box when rates are low. Each border crossing and sea leg "
       "along the corridor adds handling fees of $150 to $300 a box.",
       c("$4,500-5,500", 4500, "USD", value_high=5500, per=FT40, metric="freight rate",
         change=None),
       c("$3,000-3,500", 3000, "USD", value_high=3500, metric="freight rate", change=None),
       c("$2,000", 2000, "USD", change=None),
       # what a crossing "adds" is an increase, as the house reads "adds 10 to 14 days"
       c("$150 to $300", 150, "USD", value_high=300, per="container", change="increase"),
       published=OP_PUB),
    ex("lf6-oped-p5-risk",
       "Risk is the corridor's selling point. Since attacks on shipping in the Red Sea began "
       "in late 2023, Suez transits by container ships have fallen by about 60%, and war-risk "
       "insurance premiums have climbed to 0.7-1% of a vessel's value per voyage. Meanwhile "
       "the share of European shippers who say they avoid the Northern route because of "
       "sanctions has risen to 72%.",
       c("60%", 60, "%", approx="approx", change="decrease"),
       c("0.7-1%", 0.7, "%", value_high=1, change=None),
       c("72%", 72, "%", change=None),
       published=OP_PUB),
    ex("lf6-oped-p6-capacity",
       "The Northern route's advantage is scale: its border crossings at Zabaykalsk, Dostyk "
       "and Brest can take 70 trains a day in each direction, while the ferry fleet on the "
       "Caspian can move only about 1,200 wagons a week.",
       c("70 trains", 70, "count", per="day", change=None),
       c("1,200 wagons", 1200, "count", per="week", approx="approx", change=None),
       published=OP_PUB),
    ex("lf6-oped-p7-scenarios",
       "What of 2030? Our baseline scenario sees Middle Corridor container traffic rising to "
       "250,000-300,000 TEU a year, with total freight of 10-12 million tonnes. In an "
       "optimistic case, with through tariffs and a second Caspian ferry line, it could reach "
       "500,000 TEU. In a pessimistic one, if the Northern route reopens to European shippers, "
       "volumes could stall at around 100,000 TEU.",
       c("250,000-300,000 TEU", 250e3, "TEU", value_high=300e3, per="year",
         kind="projection", period="2030", change=None, entities=[TITR]),
       c("10-12 million tonnes", 10e6, "t", value_high=12e6, kind="projection", change=None),
       c("500,000 TEU", 500e3, "TEU", kind="projection", change=None),
       c("100,000 TEU", 100e3, "TEU", approx="approx", kind="projection", change=None),
       published=OP_PUB),
    ex("lf6-oped-p8-investment",
       "None of this comes free. We estimate that the corridor needs $18.5 billion of "
       "investment by 2030, about 40% of it in rail lines and 25% in ports and ferries. "
       "Governments have so far committed roughly $7 billion.",
       c("$18.5 billion", 18.5e9, "USD", metric="investment", kind="projection",
         period="2030", change=None),
       c("40%", 40, "%", approx="approx", change=None),
       c("25%", 25, "%", change=None),
       c("$7 billion", 7e9, "USD", approx="approx", change=None),
       published=OP_PUB),
    ex("lf6-oped-p9-recommendation",
       "My recommendation is modest: aim to cut transit to 15 days and the cost gap with the "
       "Northern route to under $1,000 per box by 2028. If that happens, a 10% share of "
       "China-Europe overland traffic is realistic.",
       c("15 days", 15, "day", metric="transit time", kind="projection", change=None),
       c("$1,000", 1000, "USD", approx="max", per="container", kind="projection",
         period="2028", change=None),
       c("10%", 10, "%", kind="projection", change=None),
       published=OP_PUB),
    ex("lf6-oped-p11-sea-cheaper",
       "Sea freight will stay roughly three times cheaper per box than any overland route. "
       "But rail's share of China-EU trade by value, 3.5% in 2024, could double if transit "
       "times become reliable.",
       c("three times", 3, "x", approx="approx", change="decrease"),
       c("3.5%", 3.5, "%", period="2024", change=None),
       c("double", 2, "x", change="increase", kind="projection"),
       published=OP_PUB),
    ex("lf6-oped-p10-neg-disclaimer",
       "The views expressed are the author's own. This article is part of the Institute's "
       "series \"Corridors 2030\" (Paper No. 14). Photo: AFP/Getty Images.",
       published=OP_PUB),
]

# --- 3. An interview with the railway's chief executive, questions and answers (28 Oct 2025)
QA_PUB = "2025-10-28"
INTERVIEW: list[Example] = [
    ex("lf6-qa-p1-neg-intro",
       "Q&A: 'We will need every wagon we can get' - KTZ's chief executive on transit, "
       "tariffs and the fleet\n\n"
       "Interview by Dana Omarova. Edited for length and clarity.",
       published=QA_PUB),
    ex("lf6-qa-p2-neg-question",
       "Q: Transit through Kazakhstan has been breaking records. What are the numbers this "
       "year?",
       published=QA_PUB),
    ex("lf6-qa-p3-transit",
       "A: In nine months we carried 21.3 million tonnes of transit cargo, 12% more than a "
       "year ago. Container transit grew faster, by 18%, to 1.04 million TEU. China-Europe-"
       "China trains alone account for about 870,000 TEU of that.",
       c("21.3 million tonnes", 21.3e6, "t", metric="transit cargo volume", period=NINE,
         kind="actual", change=None),
       c("12%", 12, "%", change="increase"),
       c("18%", 18, "%", change="increase"),
       c("1.04 million TEU", 1.04e6, "TEU", change=None),
       c("870,000 TEU", 870e3, "TEU", approx="approx", change=None),
       published=QA_PUB),
    ex("lf6-qa-p4-neg-question",
       "Q: Shippers complain about a shortage of wagons and locomotives. How are you dealing "
       "with it?",
       published=QA_PUB),
    ex("lf6-qa-p5-wagons",
       "A: We are buying. This year we have received 2,100 new freight wagons, and next year "
       "another 4,500 will arrive, mostly flat wagons for containers and hoppers for grain. By "
       "2029 we will have bought 25,000 wagons in total, which will let us retire 18,000 "
       "worn-out ones.",
       c("2,100 new freight wagons", 2100, "count", period="2025", change=None),
       c("4,500", 4500, "count", kind="projection", period="2026", change=None),
       c("25,000 wagons", 25000, "count", kind="projection", period="2029", change=None),
       c("18,000", 18000, "count", kind="projection", change=None),
       published=QA_PUB),
    ex("lf6-qa-p6-locomotives",
       "With locomotives it takes longer. We have a contract with Wabtec for 300 mainline "
       "locomotives to be assembled in Astana over five years, and with Alstom for another "
       "200 electric locomotives. The first 45 units will be delivered in 2026. Altogether it "
       "is an investment of about 1.2 trillion tenge.",
       c("300 mainline locomotives", 300, "count", change=None, entities=["Wabtec"]),
       c("200 electric locomotives", 200, "count", change=None, entities=["Alstom"]),
       c("45 units", 45, "count", kind="projection", period="2026", change=None),
       c("1.2 trillion tenge", 1.2e12, "KZT", approx="approx", metric="investment",
         change=None),
       published=QA_PUB),
    ex("lf6-qa-p7-neg-question",
       "Q: Kazakhstan's tariffs are often called the highest in the region. Will they go up "
       "again?",
       published=QA_PUB),
    ex("lf6-qa-p8-tariffs",
       "A: Freight tariffs were raised by 7.5% from 1 January, which is below inflation of "
       "12%. For transit containers we offer discounts of up to 30%. Passenger services still "
       "cover only about 60% of their costs, so freight has to carry the network.",
       c("7.5%", 7.5, "%", change="increase", metric="freight rate"),
       c("12%", 12, "%", metric="inflation", change=None),
       c("30%", 30, "%", approx="max", change="decrease"),
       c("60%", 60, "%", approx="approx", change=None),
       published=QA_PUB),
    ex("lf6-qa-p9-question-lines",
       "Q: The 836-km second track from Dostyk to Moyinty opened in the spring. What comes "
       "next?",
       c("836-km", 836, "km", metric="route length", change=None),
       published=QA_PUB),
    ex("lf6-qa-p10-new-lines",
       "A: Next come Bakhty-Ayagoz, 272 km, which will open another crossing to China in 2027; "
       "the Darbaza-Maktaaral line, 152 km, towards Uzbekistan; and the Almaty bypass, 71 km. "
       "Together they will add 28 million tonnes a year of capacity. In all we are building "
       "1,400 km of new lines.",
       c("272 km", 272, "km", change=None),
       c("152 km", 152, "km", change=None),
       c("71 km", 71, "km", change=None),
       # capacity the lines add: an increase, as the house reads "add" (own_heldout_longform3)
       c("28 million tonnes", 28e6, "t", per="year", metric="capacity", kind="projection",
         change="increase"),
       c("1,400 km", 1400, "km", change=None),
       published=QA_PUB),
    ex("lf6-qa-p11-question-caspian",
       "Q: Trans-Caspian container traffic is up about 30% this year. Is Aktau ready for more?",
       c("30%", 30, "%", approx="approx", change="increase", period="2025"),
       published=QA_PUB),
    ex("lf6-qa-p12-caspian",
       "A: Together with AD Ports we are building a container hub at Aktau with a capacity of "
       "240,000 TEU, and we will increase the number of ferries serving Aktau and Kuryk from "
       "six to 12 by 2027. Our own Caspian fleet has 7 vessels today.",
       c("240,000 TEU", 240e3, "TEU", metric="capacity", change=None),
       c("six", 6, "count", change=None),
       c("12", 12, "count", kind="projection", period="2027", change=None),
       c("7 vessels", 7, "count", change=None),
       published=QA_PUB),
    ex("lf6-qa-p13-question-passengers",
       "Q: Passenger numbers fell by 4% last year. Why?",
       c("4%", 4, "%", change="decrease", period="2024"),
       published=QA_PUB),
    ex("lf6-qa-p14-passengers",
       "A: We took 12 old trains out of service. This year we will carry about 15.5 million "
       "passengers, and 537 new passenger cars from Tulpar will be in service by 2027.",
       c("12 old trains", 12, "count", change=None),
       c("15.5 million passengers", 15.5e6, "count", approx="approx", kind="projection",
         period="2025", change=None),
       c("537 new passenger cars", 537, "count", kind="projection", period="2027",
         change=None),
       published=QA_PUB),
]

# --- 4. A weekly news roundup in bullet points (published 7 Nov 2025) ----------------------
WK_PUB = "2025-11-07"
ROUNDUP: list[Example] = [
    ex("lf6-brief-p1-neg-masthead",
       "Corridor Brief | Week 45 | 3-7 November 2025\n\n"
       "Your weekly roundup of the news from the Caspian and beyond.",
       published=WK_PUB),
    ex("lf6-brief-p2-block-train",
       "\u2022 Azerbaijan Railways and KTZ Express launched a block train service from "
       "Altynkol to Baku with a transit time of 9 days. The first train carried 62 containers "
       "of consumer goods.",
       c("9 days", 9, "day", metric="transit time", change=None),
       c("62 containers", 62, "count", change=None),
       published=WK_PUB),
    ex("lf6-brief-p3-anaklia",
       "\u2022 Georgia signed a $600 million construction contract for the first phase of the "
       "Anaklia deep-sea port, which will handle 600,000 TEU a year when it opens in 2029.",
       c("$600 million", 600e6, "USD", change=None),
       c("600,000 TEU", 600e3, "TEU", per="year", kind="projection", period="2029",
         change=None, entities=["Port of Anaklia"]),
       published=WK_PUB),
    ex("lf6-brief-p4-turkmenbashi",
       "\u2022 Turkmenbashi port handled 8.9 million tonnes in January-October, up 5%. Ferry "
       "traffic to Baku rose to 14 sailings a week.",
       c("8.9 million tonnes", 8.9e6, "t", period="2025-01/2025-10", change=None,
         entities=["Port of Turkmenbashi"]),
       c("5%", 5, "%", change="increase"),
       c("14 sailings", 14, "count", per="week", change=None),
       published=WK_PUB),
    ex("lf6-brief-p5-queue-fee",
       "\u2022 Uzbekistan cut the fee for an electronic queue slot at its border with "
       "Kazakhstan to 50,000 soums per truck, from 250,000 soums. Waiting times at the Zhibek "
       "Zholy crossing have dropped to under 6 hours.",
       c("50,000 soums", 50000, "UZS", per="truck", change=None),
       c("250,000 soums", 250000, "UZS", change=None),
       c("6 hours", 6, "hour", approx="max", metric="waiting time", change=None),
       published=WK_PUB),
    ex("lf6-brief-p6-spot-rates",
       "\u2022 Container spot rates from Shanghai to Rotterdam fell 9% week on week to $1,890 "
       "per FEU, the lowest since December 2023, according to the Drewry index.",
       c("9%", 9, "%", change="decrease", metric="freight rate"),
       c("$1,890", 1890, "USD", per=FT40, metric="freight rate", change=None),
       published=WK_PUB),
    ex("lf6-brief-p7-grain",
       "\u2022 Kazakhstan exported 820,000 tonnes of grain through its Caspian ports in "
       "July-October, 35% more than a year earlier; Iran took 46% of the shipments.",
       c("820,000 tonnes", 820e3, "t", metric="grain exports", period="2025-07/2025-10",
         change=None, entities=[KZ]),
       c("35%", 35, "%", change="increase"),
       c("46%", 46, "%", change=None),
       published=WK_PUB),
    ex("lf6-brief-p8-china-trade",
       "\u2022 China's exports to the five Central Asian states rose 13.6% to $54.8 billion in "
       "January-October, customs data showed, while imports from the region fell 2.4% to "
       "$26.1 billion.",
       c("13.6%", 13.6, "%", change="increase", metric="exports",
         period="2025-01/2025-10"),
       c("$54.8 billion", 54.8e9, "USD", metric="exports", period="2025-01/2025-10",
         change=None, entities=[CN]),
       c("2.4%", 2.4, "%", change="decrease", metric="imports"),
       c("$26.1 billion", 26.1e9, "USD", metric="imports", change=None),
       published=WK_PUB),
    ex("lf6-brief-p11-poti",
       "\u2022 Poti Sea Port's container throughput grew 11% to 312,000 TEU in the first ten "
       "months, and APM Terminals said a new 300-metre berth will be ready in 2026.",
       c("11%", 11, "%", change="increase", period="2025-01/2025-10"),
       c("312,000 TEU", 312e3, "TEU", period="2025-01/2025-10", change=None,
         entities=["Port of Poti"]),
       c("300-metre", 300, "m", kind="projection", change=None),
       published=WK_PUB),
    ex("lf6-brief-p12-ady-tariff",
       "\u2022 Azerbaijan Railways will cut its transit tariff for empty containers by 25% from "
       "1 December.",
       c("25%", 25, "%", change="decrease", kind="projection", metric="freight rate"),
       published=WK_PUB),
    ex("lf6-brief-p13-wheat-price",
       "\u2022 Kazakh wheat held at $218 a tonne FOB Aktau this week, while flour fetched "
       "$305-310 a tonne.",
       c("$218", 218, "USD", per="t", change=None),
       c("$305-310", 305, "USD", value_high=310, per="t", change=None),
       published=WK_PUB),
    ex("lf6-brief-p9-neg-also",
       "Also this week: Caspian transport ministers to meet in Aktau on 12 November; the "
       "Tbilisi Silk Road Forum 2026 dates confirmed for 14-15 May.",
       published=WK_PUB),
    ex("lf6-brief-p10-neg-related",
       "Related: Week 44 roundup | Subscribe to Corridor Brief | Tips: news@corridorbrief.com",
       published=WK_PUB),
]

# --- 5. Air cargo at Almaty as a Central Asian hub (published 20 Nov 2025) -----------------
AIR_PUB = "2025-11-20"
TEN = "2025-01/2025-10"
AIRCARGO: list[Example] = [
    ex("lf6-air-p1",
       "Almaty airport's cargo volumes climb 23% as new terminal opens\n\n"
       "ALMATY, 19 November - Almaty International Airport handled 98,400 tonnes of air cargo "
       "and mail in January-October, 23% more than a year earlier, making it Central Asia's "
       "busiest cargo airport, its operator said on Wednesday.",
       c("23%", 23, "%", change="increase", entities=[ALMATY], period=TEN),
       c("98,400 tonnes", 98400, "t", metric="cargo volume", period=TEN, kind="actual",
         change=None, entities=[ALMATY]),
       c("23%", 23, "%", nth=1, change="increase", period=TEN),
       published=AIR_PUB),
    ex("lf6-air-p2-flights",
       "Transit cargo, mostly e-commerce shipments from China to Europe and the Gulf, made up "
       "62% of the total. The number of cargo flights rose to 96 a week from 71 a year ago, "
       "with 19 airlines now operating freighters to the airport.",
       c("62%", 62, "%", change=None),
       c("96", 96, "count", per="week", metric="flight count", change=None),
       c("71", 71, "count", change=None),
       c("19 airlines", 19, "count", change=None),
       published=AIR_PUB),
    ex("lf6-air-p3-terminal",
       "The new cargo terminal, built by TAV Airports for $94 million, covers 25,000 square "
       "metres and can process 150,000 tonnes a year, nearly three times the capacity of the "
       "old one. It has 2,400 square metres of cold storage for pharmaceuticals and "
       "perishables.",
       c("$94 million", 94e6, "USD", change=None, entities=["TAV Airports"]),
       c("25,000 square metres", 25000, "m2", change=None),
       c("150,000 tonnes", 150e3, "t", per="year", metric="capacity", change=None),
       c("three times", 3, "x", approx="approx"),
       c("2,400 square metres", 2400, "m2", change=None),
       published=AIR_PUB),
    ex("lf6-air-p4-outlook",
       "Airport officials expect volumes to reach 120,000 tonnes this year and 200,000 tonnes "
       "by 2030 if the fifth-freedom regime for foreign cargo airlines is extended. Handling "
       "charges for transit cargo were cut by 20% in March.",
       c("120,000 tonnes", 120e3, "t", kind="projection", period="2025", change=None),
       c("200,000 tonnes", 200e3, "t", kind="projection", period="2030", change=None),
       c("20%", 20, "%", change="decrease", period="2025-03"),
       published=AIR_PUB),
    ex("lf6-air-p5-air-astana",
       "Air Astana's cargo division carried 21,700 tonnes in the period, up 15%, and plans to "
       "lease two Boeing 767 freighters next year. Its share of cargo at Almaty is about 22%.",
       c("21,700 tonnes", 21700, "t", change=None, entities=["Air Astana"]),
       c("15%", 15, "%", change="increase"),
       # the model name stays in the count's surface, as own_heldout_aviation reads "14 Boeing
       # 787-9 jets"
       c("two Boeing 767 freighters", 2, "count", metric="aircraft count", kind="projection",
         period="2026", change=None),
       c("22%", 22, "%", approx="approx", change=None),
       published=AIR_PUB),
    ex("lf6-air-p6-region-rates",
       "Elsewhere in the region, Navoi handled 31,500 tonnes in the same period and Tashkent "
       "about 38,000 tonnes. Air freight rates from Almaty to Frankfurt averaged $3.10 per "
       "kilogram in October, down 8% from September.",
       c("31,500 tonnes", 31500, "t", change=None),
       c("38,000 tonnes", 38000, "t", approx="approx", change=None),
       c("$3.10", 3.1, "USD", per="kg", metric="freight rate", period="2025-10",
         change=None),
       c("8%", 8, "%", change="decrease"),
       published=AIR_PUB),
    ex("lf6-air-p7-mail-express",
       "The airport also handles about 60 tonnes of mail a day, and DHL's express terminal, "
       "opened in 2023, sorts 4,000 parcels an hour.",
       c("60 tonnes", 60, "t", per="day", approx="approx", change=None),
       c("4,000 parcels", 4000, "count", per="hour", change=None),
       published=AIR_PUB),
    ex("lf6-air-p10-ecommerce",
       "E-commerce accounted for 41,000 tonnes of the airport's cargo, or some 27 million "
       "parcels, most of them flown in from Urumqi and Guangzhou and trucked on to Russia.",
       c("41,000 tonnes", 41e3, "t", change=None),
       c("27 million parcels", 27e6, "count", approx="approx", change=None),
       published=AIR_PUB),
    ex("lf6-air-p8-neg-flights",
       "Cargo flights KC 7021 and KC 7022 to Liege operate on Tuesdays and Fridays; TK 6551 "
       "arrives from Istanbul at 04:35 local time. Photo: the new cargo terminal at Almaty "
       "airport (press service).",
       published=AIR_PUB),
    ex("lf6-air-p11-neg-schedule",
       "Winter schedule valid from 26 October 2025 to 28 March 2026; cargo terminal C, gates "
       "1-6, open 24/7.",
       published=AIR_PUB),
    ex("lf6-air-p9-neg-related",
       "Related stories: Navoi cargo hub signs deal with Qatar Airways Cargo | Air Astana adds "
       "A321 freighter route to Urumqi | Kazakhstan's aviation statistics for 2024",
       published=AIR_PUB),
]

EXAMPLES: list[Example] = [*STATS, *OPED, *INTERVIEW, *ROUNDUP, *AIRCARGO]

KNOWN_GAPS: dict[str, str] = {}
