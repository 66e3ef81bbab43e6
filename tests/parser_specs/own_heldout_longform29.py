"""Held-out paragraphs of whole news articles, a twenty-ninth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform27`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf29-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a story on
Uzbekistan's cement shortage and imports (cement and clinker imported in tonnes and dollars
by supplier, home output against consumption, retail and bulk prices per tonne in soums,
Kazakh exports and plants' utilisation, hopper wagons' loads, rail and truck rates per
tonne, new kilns' capacity and investment, a scrapped duty's cost, coal burnt per tonne of
clinker, a demand forecast as a range); a feature on Tajik labour migration and its money
(transfers from Russia in a quarter and their fall, remittances as a share of GDP, migrants
leaving a year, a work patent's fee a month in roubles then and now, transfers from other
countries with a doubling, fees and spreads in percent, card transfers counted and cash
shares, wages as ranges a month, deposits and their rates, a forecast); a news story on the
tender to sell a stake in Kuryk port (the stake, a starting price in tenge and dollars, the
bids and a premium, the port's cargo, capacities, investment duty, depth, a valuation as a
multiple of EBITDA, revenue, an earlier sale, a traffic target, staff, a wagon's ferry
tariff, a bid bond); and a construction progress report on a mountain road tunnel in
Georgia (km bored of the whole, shares complete against the plan, cost overruns, lenders'
loans in dollars and euros, workers and machines, a month's advance, concrete poured,
bridges, a delay in months, a drive's minutes then and after, trucks a day and a queue,
steel needed and installed, spoil, a possible toll and its revenue). About a fifth are
paragraphs without a claim: HS headings and cement grades, a resolution's number and a
statistics form, a byline and photo caption, a law's number and an ID card's digits, a
migrant's quote with a street number, a table's number and contacts, a tender's number and a
data room's address, a fund officer's quote with a building block, advisers and a
registration number, lots with kilometre markers and contract codes, an engineer's quote
with a chainage and a shaft's number, a report's pages and annexes. Every expectation was
written from reading the text, before the parser was run on it (two were corrected to the
house conventions after the first run, each marked where it stands; the metric and rate
checks of ten claims were added after it, with the parser fixes they test).
"""

from __future__ import annotations

from . import Example, c, ex

UZ = "Uzbekistan"
KZ = "Kazakhstan"
TJ = "Tajikistan"

# --- 1. Uzbekistan's cement imports (5 Mar 2026) -------------------------------------------
CEM_PUB = "2026-03-05"
CEMENT: list[Example] = [
    ex("lf29-cement-p1",
       "Uzbekistan's cement imports climb as building boom outpaces its kilns\n\n"
       "TASHKENT, 5 March - Uzbekistan imported 3.4 million tonnes of cement and clinker in "
       "2025, 27% more than a year earlier, as a housing and road-building boom outstripped "
       "what its own plants could make, customs data show.",
       c("3.4 million tonnes", 3.4e6, "t", period="2025"),
       c("27%", 27, "%", change="increase"),
       published=CEM_PUB),
    ex("lf29-cement-p2-suppliers",
       "The imports cost $186 million. Kazakhstan supplied 1.5 million tonnes, Iran 820,000 "
       "tonnes and Tajikistan 640,000 tonnes, with smaller lots from Kyrgyzstan and Turkey.",
       c("$186 million", 186e6, "USD"),
       c("1.5 million tonnes", 1.5e6, "t", entities=[KZ]),
       c("820,000 tonnes", 820000, "t", entities=["Iran"]),
       c("640,000 tonnes", 640000, "t", entities=[TJ]),
       published=CEM_PUB),
    ex("lf29-cement-p3-output",
       "Domestic plants produced 14.8 million tonnes of cement, up from 13.9 million tonnes, "
       "while consumption reached an estimated 17.6 million tonnes, according to the "
       "construction ministry.",
       c("14.8 million tonnes", 14.8e6, "t"),
       c("13.9 million tonnes", 13.9e6, "t"),
       c("17.6 million tonnes", 17.6e6, "t"),
       published=CEM_PUB),
    ex("lf29-cement-p4-neg-hs",
       "Cement is declared under HS heading 2523, with Portland grades M400 and M500 making "
       "up most of the trade; clinker falls under subheading 2523.10.",
       published=CEM_PUB),
    ex("lf29-cement-p5-prices",
       "Prices have followed. A tonne of M400 cement in bags sold for 1.15 million soums at "
       "Tashkent building markets in February, up from 920,000 soums a year earlier, while "
       "bulk cement delivered to sites cost about 1.02 million soums a tonne.",
       c("1.15 million soums", 1.15e6, "UZS", per="t", metric="price"),
       c("920,000 soums", 920000, "UZS"),
       c("1.02 million soums", 1.02e6, "UZS", approx="approx", per="t"),
       published=CEM_PUB),
    ex("lf29-cement-p6-kazakh",
       "For Kazakh producers the Uzbek market has become a lifeline. Cement exports from "
       "Kazakhstan rose 18% to 2.1 million tonnes, with Uzbekistan taking about 70% of them, "
       "the Kazakh cement producers' association said. Plants in Shymkent and the Turkestan "
       "region run at 85-90% of capacity.",
       c("18%", 18, "%", change="increase"),
       c("2.1 million tonnes", 2.1e6, "t"),
       c("70%", 70, "%", approx="approx"),
       c("85-90%", 85, "%", value_high=90),
       published=CEM_PUB),
    ex("lf29-cement-p7-transport",
       "Most of the cement moves by rail in hopper wagons that carry 60-65 tonnes each. The "
       "rail tariff from Shymkent to Tashkent is about $14 a tonne, and trucks charge $9-11 a "
       "tonne for the shorter run from Saryagash, hauliers say.",
       c("60-65 tonnes", 60, "t", value_high=65),
       c("$14", 14, "USD", approx="approx", per="t"),
       c("$9-11", 9, "USD", value_high=11, per="t"),
       published=CEM_PUB),
    ex("lf29-cement-p8-neg-quote",
       "\"Every crane in Tashkent is waiting for cement,\" said Anvar Tursunov, 52, who runs a "
       "building-supplies yard on Street 7 in Sergeli district and has traded cement since "
       "1998.",
       published=CEM_PUB),
    ex("lf29-cement-p9-kilns",
       "Relief is coming. New kilns with a combined capacity of 9 million tonnes a year are "
       "under construction in the Jizzakh, Surkhandarya and Navoi regions, backed by $1.3 "
       "billion of Chinese and local investment. The largest, a 3-million-tonne line near "
       "Navoi, is due to start in the third quarter of 2026.",
       c("9 million tonnes", 9e6, "t", per="year"),
       c("$1.3 billion", 1.3e9, "USD"),
       c("3-million-tonne", 3e6, "t"),
       published=CEM_PUB),
    ex("lf29-cement-p10-duty",
       "To cool prices, the government scrapped its 10% import duty on cement and clinker "
       "until the end of 2026, a measure the finance ministry says costs the budget about 210 "
       "billion soums a year.",
       c("10%", 10, "%"),
       c("210 billion soums", 210e9, "UZS", approx="approx", per="year"),
       published=CEM_PUB),
    ex("lf29-cement-p11-coal",
       "Energy is the other constraint. Kilns burn about 110 kilograms of coal per tonne of "
       "clinker, and many plants switched from gas to coal after their gas supplies were cut "
       "for 45 days last winter.",
       c("110 kilograms", 110, "kg", approx="approx", per="t"),
       c("45 days", 45, "day"),
       published=CEM_PUB),
    ex("lf29-cement-p12-neg-form",
       "The ministry publishes its figures under Cabinet Resolution No. 214 in statistical "
       "form 1-KS; the next update is due on 15 April.",
       published=CEM_PUB),
    ex("lf29-cement-p13-outlook",
       "The ministry expects demand to grow to 19-20 million tonnes in 2026, and imports to "
       "fall to about 2 million tonnes by 2027 once the new kilns are running.",
       c("19-20 million tonnes", 19e6, "t", value_high=20e6, kind="projection",
         period="2026"),
       c("2 million tonnes", 2e6, "t", approx="approx", kind="projection"),
       published=CEM_PUB),
    ex("lf29-cement-p14-neg-byline",
       "Reporting by Shahlo Karimova; editing by Tom Ellison. Photo: bags of M500 cement at a "
       "market in Tashkent's Yunusabad district, 2 March 2026.",
       published=CEM_PUB),
]

# --- 2. Tajik labour migration and its money (20 May 2026) ---------------------------------
MIG_PUB = "2026-05-20"
MIGRANTS: list[Example] = [
    ex("lf29-migrants-p1",
       "Tajik migrants send home less as Russia tightens rules\n\n"
       "DUSHANBE, 20 May - Money transfers from Russia to Tajikistan fell 14% in the first "
       "quarter of 2026 to $780 million, the central bank's data show, as tougher rules for "
       "foreign workers and a weaker rouble cut what migrants could send home.",
       c("14%", 14, "%", change="decrease"),
       c("$780 million", 780e6, "USD"),
       published=MIG_PUB),
    ex("lf29-migrants-p2-gdp",
       "Remittances make up about 45% of Tajikistan's gross domestic product, one of the "
       "highest shares in the world. Last year they reached a record $5.7 billion, of which "
       "Russia accounted for 84%.",
       c("45%", 45, "%", approx="approx"),
       c("$5.7 billion", 5.7e9, "USD", period="2025"),
       c("84%", 84, "%"),
       published=MIG_PUB),
    ex("lf29-migrants-p3-numbers",
       "About 620,000 labour migrants left Tajikistan to work abroad in 2025, the labour "
       "ministry says, down from 690,000 a year earlier. Independent estimates put the number "
       "of Tajiks living in Russia at any time at more than 1 million.",
       c("620,000 labour migrants", 620000, "count", approx="approx", period="2025"),
       c("690,000", 690000, "count"),
       c("1 million", 1e6, "count", approx="min"),
       published=MIG_PUB),
    ex("lf29-migrants-p4-patent",
       "A work patent in Moscow now costs 8,900 roubles a month, against 6,500 roubles in "
       "2023, and migrants must also pay for a medical check, a Russian language test and "
       "fingerprinting, which together cost about 25,000 roubles.",
       c("8,900 roubles", 8900, "RUB", per="month"),
       c("6,500 roubles", 6500, "RUB", period="2023"),
       c("25,000 roubles", 25000, "RUB", approx="approx"),
       published=MIG_PUB),
    ex("lf29-migrants-p5-neg-law",
       "The rules were set by Federal Law No. 115-FZ and its amendments of 2024; migrants "
       "register through the Gosuslugi portal and receive a card with a 12-digit "
       "identification number.",
       published=MIG_PUB),
    ex("lf29-migrants-p6-other",
       "Other destinations are growing fast. Transfers from Kazakhstan doubled to $310 "
       "million last year, and those from the United Arab Emirates and South Korea rose to "
       "$95 million and $62 million.",
       c("doubled", 2, "x", change="increase"),
       c("$310 million", 310e6, "USD", period="2025"),
       c("$95 million", 95e6, "USD"),
       c("$62 million", 62e6, "USD"),
       published=MIG_PUB),
    ex("lf29-migrants-p7-fees",
       "Sending money has become cheaper. The average fee for a $200 transfer from Russia to "
       "Tajikistan fell to 1.2%, against a global average of 6.4%, a World Bank price "
       "database shows, but the spread between the rouble's and the somoni's rates adds "
       "another 2-3%.",
       c("$200", 200, "USD"),
       c("1.2%", 1.2, "%"),
       c("6.4%", 6.4, "%"),
       c("2-3%", 2, "%", value_high=3),
       published=MIG_PUB),
    ex("lf29-migrants-p8-cards",
       "Most money now moves through bank cards and apps rather than cash desks. Korti Milli, "
       "the national payment card system, handled 4.3 million incoming transfers in the "
       "quarter, and the share of transfers paid out in cash fell to 38% from 61% two years "
       "ago.",
       c("4.3 million incoming transfers", 4.3e6, "count", metric="transaction count"),
       c("38%", 38, "%"),
       c("61%", 61, "%"),
       published=MIG_PUB),
    ex("lf29-migrants-p9-neg-quote",
       "\"My brother worked on building sites in Yekaterinburg for years; now he is in "
       "Astana,\" said Firuza, 34, who asked that her surname not be used, at a "
       "money-transfer office at 47 Rudaki Avenue.",
       published=MIG_PUB),
    ex("lf29-migrants-p10-wages",
       "Migrants in Russia earn 65,000-80,000 roubles a month on building sites and in "
       "delivery, while in Kazakhstan wages are lower, at around 250,000 tenge, but living "
       "costs and the risk of deportation are smaller too.",
       c("65,000-80,000 roubles", 65000, "RUB", value_high=80000, per="month"),
       c("250,000 tenge", 250000, "KZT", approx="approx"),
       published=MIG_PUB),
    ex("lf29-migrants-p11-currency",
       "The somoni has held at about 10.9 to the dollar this year, while the rouble has lost "
       "9% against the dollar since January, so each rouble earned buys fewer somoni at home.",
       # an exchange rate is a claim in the house's tables (own_heldout_fx reads "near 10.9
       # to the dollar" as TJS per USD), added after the first run
       c("10.9", 10.9, "TJS", per="USD", approx="approx"),
       c("9%", 9, "%", change="decrease"),
       published=MIG_PUB),
    ex("lf29-migrants-p12-deposits",
       "Banks hope to keep more of the money in the country. Deposits in Tajik banks rose 21% "
       "last year to 14.6 billion somoni, and banks now offer migrants' families 12-14% a year "
       "on somoni deposits.",
       c("21%", 21, "%", change="increase"),
       c("14.6 billion somoni", 14.6e9, "TJS"),
       c("12-14%", 12, "%", value_high=14),
       published=MIG_PUB),
    ex("lf29-migrants-p13-outlook",
       "The central bank expects remittances to fall 8-10% this year, to about $5.2 billion, "
       "unless Russia eases its rules.",
       c("8-10%", 8, "%", value_high=10, change="decrease", kind="projection"),
       c("$5.2 billion", 5.2e9, "USD", approx="approx", kind="projection", period="2026"),
       published=MIG_PUB),
    ex("lf29-migrants-p14-neg-source",
       "Data: National Bank of Tajikistan, table 4.2, 'Cross-border transfers of "
       "individuals'; the next release is scheduled for 15 August. Contact: press@nbt.tj.",
       published=MIG_PUB),
]

# --- 3. The tender for a stake in Kuryk port (9 Jul 2026) ----------------------------------
PORT_PUB = "2026-07-09"
PORTSALE: list[Example] = [
    ex("lf29-portsale-p1",
       "Gulf and Chinese bidders vie for 49% of Kuryk port\n\n"
       "ASTANA, 9 July - Consortia led by an Emirati port operator, a Chinese state shipping "
       "group and a Turkish investor have submitted bids for a 49% stake in Kuryk port on the "
       "Caspian, Kazakhstan's sovereign fund Samruk-Kazyna said on Wednesday. The starting "
       "price was set at 78 billion tenge, or about $150 million.",
       c("49%", 49, "%"),
       c("49%", 49, "%", nth=1),
       c("78 billion tenge", 78e9, "KZT"),
       c("$150 million", 150e6, "USD", approx="approx"),
       published=PORT_PUB),
    ex("lf29-portsale-p2-port",
       "Kuryk, 70 km south of Aktau, handled 6.8 million tonnes of cargo last year, up 31%, "
       "mostly rail ferries and ro-ro trucks to Baku and Turkmenbashi. Its ferry complex can "
       "take 4 million tonnes a year and its grain terminal 1.5 million tonnes.",
       c("70 km", 70, "km"),
       c("6.8 million tonnes", 6.8e6, "t", period="2025"),
       c("31%", 31, "%", change="increase"),
       c("4 million tonnes", 4e6, "t", per="year"),
       c("1.5 million tonnes", 1.5e6, "t"),
       published=PORT_PUB),
    ex("lf29-portsale-p3-terms",
       "Under the tender's terms the buyer must invest at least $220 million over seven years "
       "in new berths, a container yard and dredging to a depth of 7 metres. The state will "
       "keep 51% and a golden share with a veto over tariffs.",
       c("$220 million", 220e6, "USD", approx="min"),
       # "over seven years" is the span of the investment, no figure of its own (house
       # convention, own_heldout_arbitration's instalments), corrected after the first run
       c("7 metres", 7, "m"),
       c("51%", 51, "%"),
       published=PORT_PUB),
    ex("lf29-portsale-p4-neg-tender",
       "Tender No. SK-2026-PR-017 closed on 30 June; the data room at 17/10 Syganak Street in "
       "Astana was open to bidders from 3 March under non-disclosure agreements.",
       published=PORT_PUB),
    ex("lf29-portsale-p5-bids",
       "The highest bid, from the Emirati-led group, was 96 billion tenge, 23% above the "
       "starting price, two people familiar with the process said. The Chinese consortium "
       "offered 88 billion tenge but more investment, about $300 million.",
       c("96 billion tenge", 96e9, "KZT"),
       c("23%", 23, "%"),
       c("88 billion tenge", 88e9, "KZT"),
       c("$300 million", 300e6, "USD", approx="approx"),
       published=PORT_PUB),
    ex("lf29-portsale-p6-valuation",
       "The starting price values the whole port at about 159 billion tenge, or 7.5 times its "
       "EBITDA of 21.2 billion tenge in 2025. Kuryk's revenue rose 19% to 38.4 billion tenge.",
       c("159 billion tenge", 159e9, "KZT", approx="approx"),
       c("7.5 times", 7.5, "x"),
       c("21.2 billion tenge", 21.2e9, "KZT", period="2025"),
       c("19%", 19, "%", change="increase"),
       c("38.4 billion tenge", 38.4e9, "KZT"),
       published=PORT_PUB),
    ex("lf29-portsale-p7-earlier",
       "The sale is part of a privatisation programme that runs to 2027. Kazakhstan sold a 25% "
       "stake in the Aktau container terminal to a foreign partner in 2024 for 34 billion "
       "tenge.",
       c("25%", 25, "%"),
       c("34 billion tenge", 34e9, "KZT", period="2024", metric="investment"),
       published=PORT_PUB),
    ex("lf29-portsale-p8-neg-quote",
       "\"We want an operator, not just a cheque,\" said the fund's deputy chief executive, "
       "Nurlan Zhakupov, at a briefing in Block C of the fund's building on Kunayev Street.",
       published=PORT_PUB),
    ex("lf29-portsale-p9-target",
       "The government wants Kuryk to handle 12 million tonnes a year by 2030, including "
       "200,000 TEU of containers, as Middle Corridor traffic grows. Ferries between Kuryk "
       "and Alat now make about 14 sailings a month.",
       c("12 million tonnes", 12e6, "t", per="year", kind="projection"),
       c("200,000 TEU", 200000, "TEU", kind="projection"),
       c("14 sailings", 14, "count", approx="approx", per="month"),
       published=PORT_PUB),
    ex("lf29-portsale-p10-staff",
       "The port employs 1,240 people. Bidders must keep the workforce for at least three "
       "years and raise wages by 10% in the first year, trade unions were told.",
       c("1,240 people", 1240, "count"),
       c("three years", 3, "year", approx="min"),
       c("10%", 10, "%", change="increase"),
       published=PORT_PUB),
    ex("lf29-portsale-p11-tariff",
       "Kuryk charges 95,000 tenge, about $180, to load a rail wagon onto a ferry, and the "
       "new owner may raise the tariff by no more than the inflation rate, about 11% this "
       "year.",
       c("95,000 tenge", 95000, "KZT", per="wagon", metric="freight rate"),
       c("$180", 180, "USD", approx="approx", per="wagon"),
       c("11%", 11, "%", approx="approx"),
       published=PORT_PUB),
    ex("lf29-portsale-p12-timing",
       "The winner is to be named by the end of August, and the deal should close in the "
       "fourth quarter after approval by the competition agency. The bid bond was 2% of the "
       "starting price, or 1.56 billion tenge.",
       c("2%", 2, "%"),
       c("1.56 billion tenge", 1.56e9, "KZT", metric="guarantee"),
       published=PORT_PUB),
    ex("lf29-portsale-p13-neg-advisers",
       "Samruk-Kazyna's advisers on the sale are Halyk Finance and a London bank; the port's "
       "shares are held through Kuryk Port LLP, business identification number 140540023117.",
       published=PORT_PUB),
    ex("lf29-portsale-p14-analysts",
       "Analysts at a local brokerage said the winning price could reach 100 billion tenge, "
       "which would make it the country's largest privatisation since a stake in an airport "
       "was sold in 2019.",
       c("100 billion tenge", 100e9, "KZT", kind="projection"),
       published=PORT_PUB),
]

# --- 4. The Kvesheti-Kobi tunnel's progress (15 Sep 2026) ----------------------------------
TUN_PUB = "2026-09-15"
TUNNEL: list[Example] = [
    ex("lf29-tunnel-p1",
       "Georgia's longest road tunnel is 78% bored as Kvesheti-Kobi works pass halfway\n\n"
       "TBILISI, 15 September - Crews have bored 7.1 km of the 9 km main tunnel on the "
       "Kvesheti-Kobi road, Georgia's roads department said on Monday, leaving about 1.9 km "
       "before the two headings meet under the Greater Caucasus.",
       c("78%", 78, "%"),
       c("7.1 km", 7.1, "km"),
       c("9 km", 9, "km"),
       c("1.9 km", 1.9, "km", approx="approx"),
       published=TUN_PUB),
    ex("lf29-tunnel-p2-progress",
       "Overall, the 23 km section is 56% complete, against 64% planned in the original "
       "schedule. The road will replace the Jvari pass on the route to the Russian border at "
       "Upper Lars, which closes for an average of 40 days each winter.",
       c("23 km", 23, "km"),
       c("56%", 56, "%"),
       c("64%", 64, "%"),
       c("40 days", 40, "day"),
       published=TUN_PUB),
    ex("lf29-tunnel-p3-cost",
       "The project's cost has risen to $628 million from $558 million estimated in 2019, "
       "mainly because of harder rock and higher steel prices. The Asian Development Bank "
       "lends $415 million and the European Investment Bank €120 million, with the government "
       "paying the rest.",
       c("$628 million", 628e6, "USD"),
       c("$558 million", 558e6, "USD"),
       c("$415 million", 415e6, "USD"),
       c("€120 million", 120e6, "EUR"),
       published=TUN_PUB),
    ex("lf29-tunnel-p4-neg-lots",
       "The works are split into Lot 1 (km 0-9.2) and Lot 2 (km 9.2-23), awarded under "
       "contracts KK-ICB-01 and KK-ICB-02 to Chinese contractors in 2019.",
       published=TUN_PUB),
    ex("lf29-tunnel-p5-site",
       "Some 1,650 workers and 210 machines are on site. In August alone crews advanced 320 "
       "metres in the main tunnel, a monthly record, and poured 48,000 cubic metres of "
       "concrete across the project.",
       c("1,650 workers", 1650, "count", approx="approx"),
       c("210 machines", 210, "count"),
       c("320 metres", 320, "m"),
       c("48,000 cubic metres", 48000, "m3", metric=None),
       published=TUN_PUB),
    ex("lf29-tunnel-p6-bridges",
       "Of the section's 9 bridges, 6 are finished. The longest, a 550-metre viaduct over the "
       "Tergi valley near Kobi, will rest on piers up to 72 metres high.",
       c("9 bridges", 9, "count"),
       c("6", 6, "count"),
       c("550-metre", 550, "m"),
       c("72 metres", 72, "m", approx="max", metric=None),
       published=TUN_PUB),
    ex("lf29-tunnel-p7-delay",
       "Completion has slipped to the end of 2028, 18 months later than planned, after a "
       "collapse in the tunnel's southern section in 2023 halted boring for five months.",
       c("18 months", 18, "month"),
       c("five months", 5, "month"),
       published=TUN_PUB),
    ex("lf29-tunnel-p8-neg-quote",
       "\"The mountain decides the pace, not us,\" said the chief engineer, Giorgi Beridze, "
       "standing at chainage PK 41+250 by the northern portal, where ventilation shaft No. 2 "
       "will rise.",
       published=TUN_PUB),
    ex("lf29-tunnel-p9-time",
       "Once open, the road will cut the drive from Kvesheti to Kobi to 20 minutes from 50-60 "
       "minutes now, and let trucks of up to 40 tonnes cross all year.",
       c("20 minutes", 20, "min"),
       c("50-60 minutes", 50, "min", value_high=60),
       c("40 tonnes", 40, "t", approx="max"),
       published=TUN_PUB),
    ex("lf29-tunnel-p10-traffic",
       "About 2,700 trucks a day used the Upper Lars crossing in the first half of 2026, up "
       "9% on a year earlier, the revenue service said. Queues at the pass reached 25 km "
       "during closures in February.",
       c("2,700 trucks", 2700, "count", approx="approx", per="day"),
       c("9%", 9, "%", change="increase", metric="vehicle count"),
       c("25 km", 25, "km"),
       published=TUN_PUB),
    ex("lf29-tunnel-p11-steel",
       "The main tunnel needs 14,000 tonnes of steel arches and rock bolts; so far 9,800 "
       "tonnes have been installed. Spoil from the bores, 1.2 million cubic metres in all, "
       "goes to dumps in the Aragvi valley.",
       c("14,000 tonnes", 14000, "t"),
       c("9,800 tonnes", 9800, "t"),
       c("1.2 million cubic metres", 1.2e6, "m3", metric=None),
       published=TUN_PUB),
    ex("lf29-tunnel-p12-neg-report",
       "The roads department publishes monthly progress reports on its website "
       "(georoad.ge); the September report runs to 46 pages with 12 annexes.",
       published=TUN_PUB),
    ex("lf29-tunnel-p13-toll",
       "The government has not decided whether to charge a toll. A study for the lenders put "
       "a possible fee at 15-20 lari a truck, which could raise about 30 million lari a year.",
       c("15-20 lari", 15, "GEL", value_high=20),
       c("30 million lari", 30e6, "GEL", approx="approx", per="year", kind="projection"),
       published=TUN_PUB),
    ex("lf29-tunnel-p14-rikoti",
       "Georgia is also building the Rikoti section of the East-West highway, where 51 km of "
       "road is 87% complete and due to open in full in 2027. That section has cost 2.1 "
       "billion lari so far.",
       c("51 km", 51, "km"),
       c("87%", 87, "%"),
       c("2.1 billion lari", 2.1e9, "GEL"),
       published=TUN_PUB),
]

EXAMPLES: list[Example] = CEMENT + MIGRANTS + PORTSALE + TUNNEL

KNOWN_GAPS: dict[str, str] = {}
