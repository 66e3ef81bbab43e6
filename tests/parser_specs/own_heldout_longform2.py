"""Held-out paragraphs of whole news articles, a second round, written after the parser.

Six more articles of genres the first round (`own_heldout_longform`) did not cover, written in
our own words and cut into paragraphs, one example a paragraph (its id `lf2-GENRE-pN`), so
that what a paragraph's sentences lend each other (a headline over its lead, a period or a
scenario named once, a partner or company named in one sentence and meant in the next) is
tested as an analyst reads it: a think tank's report on the Middle Corridor to 2030 with three
scenarios and ranges; a parliamentary hearing on Kazakhstan's 2026 transport budget with
ministers and deputies quoted; an investment forum's roundup of deals signed (values,
capacities, jobs); a Caspian storm and low Volga water (delays, queues, losses); a monthly
customs-statistics story on Uzbekistan's trade by partner and by goods; and an airport's
air-cargo and e-commerce release (tonnes, parcels, flights, hub capacity). About a fifth are
paragraphs without a claim: bylines and reading times, a law's number and reading, a forum's
edition, hotlines, bulletin sections and tables, photo credits and flight numbers. Every
expectation was written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import EU, TITR, Example, c, ex

KZ = "Kazakhstan"
AZ = "Azerbaijan"
UZ = "Uzbekistan"
GE = "Georgia"
ADY = "Azerbaijan Railways"
AKTAU = "Port of Aktau"
KURYK = "Port of Kuryk"
POTI = "Port of Poti"
KHORGOS = "Khorgos dry port"
ALA = "Almaty International Airport"
FT40 = "40ft container"

# --- 1. A think tank's report with scenarios and ranges (published 14 October 2025) -------
TT_PUB = "2025-10-14"
THINKTANK: list[Example] = [
    ex("lf2-tt-p1",
       "Middle Corridor could carry up to 11 million tonnes by 2030, think tank says\n\n"
       "ALMATY, Oct 14 - Cargo on the Trans-Caspian International Transport Route could reach "
       "8 to 11 million tonnes a year by 2030, up from 4.5 million tonnes in 2024, according "
       "to a report published on Tuesday by the Eurasian Connectivity Institute, an "
       "Almaty-based think tank.",
       c("11 million tonnes", 11e6, "t", approx="max", kind="projection", period="2030",
         change=None, entities=[TITR]),
       c("8 to 11 million tonnes", 8e6, "t", value_high=11e6, per="year", kind="projection",
         period="2030", change=None, entities=[TITR]),
       c("4.5 million tonnes", 4.5e6, "t", kind="actual", period="2024", change=None,
         entities=[TITR]),
       published=TT_PUB),
    ex("lf2-tt-p2-scenarios",
       "The report sets out three scenarios. In the base case, volumes grow by 12-15% a year "
       "and reach about 9.5 million tonnes at the end of the decade. A high scenario, which "
       "assumes that ferry capacity on the Caspian doubles, puts traffic at 11 million "
       "tonnes. In the low case, growth slows to 4% a year and the route carries 6.2 million "
       "tonnes in 2030.",
       c("12-15%", 12, "%", value_high=15, change="increase", per="year", kind="projection"),
       c("9.5 million tonnes", 9.5e6, "t", approx="approx", kind="projection", change=None),
       c("doubles", 2, "x", change="increase", kind="projection", metric="capacity"),
       c("11 million tonnes", 11e6, "t", kind="projection", change=None),
       c("4%", 4, "%", change="increase", per="year", kind="projection"),
       c("6.2 million tonnes", 6.2e6, "t", kind="projection", period="2030", change=None),
       published=TT_PUB),
    ex("lf2-tt-p3-costs",
       "The institute estimates that shipping a 40-foot container from Chongqing to Duisburg "
       "via the Caspian costs $6,800-7,500 today, against $5,500-6,000 on the northern route "
       "through Russia. Transit takes 18 to 23 days, compared with 14 to 16 days via Russia "
       "and 40 to 45 days by sea around the Cape of Good Hope.",
       c("$6,800-7,500", 6800, "USD", value_high=7500, per=FT40, metric="freight rate",
         change=None),
       c("$5,500-6,000", 5500, "USD", value_high=6000, per=FT40, metric="freight rate",
         change=None, entities=["Russia"]),
       c("18 to 23 days", 18, "day", value_high=23, metric="transit time", change=None),
       c("14 to 16 days", 14, "day", value_high=16, metric="transit time", change=None,
         entities=["Russia"]),
       c("40 to 45 days", 40, "day", value_high=45, metric="transit time", change=None),
       published=TT_PUB),
    ex("lf2-tt-p4-investment",
       "Investment needs are large. The authors put the cost of removing bottlenecks at "
       "$18-22 billion over 2025-2030, of which about $7 billion would go to ports and vessels "
       "on the Caspian and $9 billion to railways in Kazakhstan, Azerbaijan and Georgia. Only "
       "around 40% of that sum has been committed so far.",
       c("$18-22 billion", 18e9, "USD", value_high=22e9, kind="projection",
         period="2025/2030", change=None),
       c("$7 billion", 7e9, "USD", approx="approx", kind="projection", change=None),
       c("$9 billion", 9e9, "USD", kind="projection", change=None, entities=[KZ, AZ, GE]),
       c("40%", 40, "%", approx="approx", change=None),
       published=TT_PUB),
    ex("lf2-tt-p5-ferries",
       "The biggest single constraint, the report says, is the Caspian ferry fleet. The 26 "
       "ferries and Ro-Ro vessels now on the sea can move roughly 1.2 million tonnes of rail "
       "and truck cargo a year; the base scenario needs at least 15 new vessels by 2028.",
       c("26 ferries", 26, "count", item="ferry", kind="actual", change=None),
       c("1.2 million tonnes", 1.2e6, "t", approx="approx", per="year", metric="capacity",
         change=None),
       c("15 new vessels", 15, "count", item="vessel", approx="min", kind="projection",
         period="2028"),
       published=TT_PUB),
    ex("lf2-tt-p6-tariffs",
       "Rail tariffs are another worry. Kazakhstan raised its transit tariff by 7% in January, "
       "and Georgia plans an increase of up to 10% next year, the report notes.",
       c("7%", 7, "%", change="increase", kind="actual", period="2025-01", entities=[KZ]),
       c("10%", 10, "%", approx="max", change="increase", kind="projection", period="2026",
         entities=[GE]),
       published=TT_PUB),
    ex("lf2-tt-p7-neg-quote",
       "\"The corridor has proved it can work in a crisis. The question now is whether it can "
       "compete when the crisis is over,\" said Aidana Mukhametova, the institute's head of "
       "research and one of the report's two co-authors.",
       published=TT_PUB),
    ex("lf2-tt-p8-neg-furniture",
       "The 64-page report, the third in the institute's Connectivity Papers series, can be "
       "downloaded at eci.kz/reports/2025-3. By Dana Ospanova | 14 October 2025 | 6 min read",
       published=TT_PUB),
]

# --- 2. A parliamentary hearing on the 2026 transport budget (published 19 November 2025) -
HEAR_PUB = "2025-11-19"
HEARING: list[Example] = [
    ex("lf2-hear-p1",
       "Ministers defend 2026 transport budget before Mazhilis\n\n"
       "ASTANA, Nov 19 - Kazakhstan's government will spend 1.46 trillion tenge on transport "
       "and logistics in 2026, 9% more than this year, Vice Minister of Transport Yerlan "
       "Abenov told a hearing of the Mazhilis, the lower house of parliament, on Wednesday.",
       c("1.46 trillion tenge", 1.46e12, "KZT", metric="budget", kind="projection",
         period="2026", change=None, entities=[KZ]),
       c("9%", 9, "%", change="increase", kind="projection", period="2026"),
       published=HEAR_PUB),
    ex("lf2-hear-p2",
       "Of that amount, 612 billion tenge is earmarked for railways, including the second "
       "track on the Dostyk-Moyinty line, and 385 billion tenge for roads. Ports on the "
       "Caspian will receive 74 billion tenge, most of it for dredging at Kuryk and a "
       "container hub at Aktau.",
       c("612 billion tenge", 612e9, "KZT", metric="budget", kind="projection", change=None),
       c("385 billion tenge", 385e9, "KZT", metric="budget", kind="projection", change=None),
       c("74 billion tenge", 74e9, "KZT", metric="budget", kind="projection", change=None,
         entities=[KURYK, AKTAU]),
       published=HEAR_PUB),
    ex("lf2-hear-p3-deputy",
       "Deputies pressed officials on delays. Only 43% of the 2,100 kilometres of new and "
       "repaired railway promised for 2023-2025 has been finished, said Aidos Temirkhanov, a "
       "member of the budget committee. \"We approved 380 billion tenge for these lines. "
       "Where are the results?\" he asked.",
       c("43%", 43, "%", change=None, kind="actual"),
       c("2,100 kilometres", 2100, "km", change=None),
       c("380 billion tenge", 380e9, "KZT", metric="budget", kind="actual", change=None),
       published=HEAR_PUB),
    ex("lf2-hear-p4-answer",
       "Abenov replied that 1,060 km of track would be commissioned by the end of 2025 and the "
       "remaining sections in 2026 and 2027. The Dostyk-Moyinty second track already carries "
       "up to 60 trains a day, against 12 before it opened, and has raised the line's "
       "capacity fivefold, he said.",
       c("1,060 km", 1060, "km", kind="projection", period="2025", change=None),
       c("60 trains", 60, "count", item="train", approx="max", per="day", change=None),
       c("12", 12, "count", item="train", change=None),
       c("fivefold", 5, "x", change="increase", metric="capacity"),
       published=HEAR_PUB),
    ex("lf2-hear-p5-assumptions",
       "Finance ministry officials told the committee that the budget assumes transit "
       "container traffic through Kazakhstan of 1.6 million TEU in 2026 and 2 million TEU by "
       "2028, against an expected 1.3 million TEU this year. Transit revenue is projected at "
       "$2.4 billion in 2026.",
       c("1.6 million TEU", 1.6e6, "TEU", kind="projection", period="2026", change=None,
         entities=[KZ]),
       c("2 million TEU", 2e6, "TEU", kind="projection", period="2028", change=None),
       c("1.3 million TEU", 1.3e6, "TEU", kind="projection", period="2025", change=None),
       c("$2.4 billion", 2.4e9, "USD", metric="revenue", kind="projection", period="2026",
         change=None),
       published=HEAR_PUB),
    ex("lf2-hear-p6-fleet",
       "The hearing also discussed the Caspian fleet. Kazmortransflot will receive 45 billion "
       "tenge from the National Fund to buy two container ships of 750 TEU each; the vessels "
       "are due in 2027.",
       c("45 billion tenge", 45e9, "KZT", kind="projection", change=None,
         entities=["Kazmortransflot"]),
       # "container ships" are ships, as own_units reads "300 container vessels" as vessels
       c("two container ships", 2, "count", item="ship", kind="projection"),
       c("750 TEU", 750, "TEU", metric="capacity", change=None),
       published=HEAR_PUB),
    ex("lf2-hear-p7-border",
       "Deputies asked the ministry to report back by 1 March on border queues. Trucks at the "
       "Nur Zholy crossing waited an average of 26 hours in October, against a target of 6 "
       "hours, said the committee's chair, Gulnara Seitova.",
       c("26 hours", 26, "hour", metric="waiting time", kind="actual", period="2025-10",
         change=None, entities=["Nur Zholy crossing"]),
       c("6 hours", 6, "hour", nth=1, metric="waiting time", kind="projection", change=None),
       published=HEAR_PUB),
    ex("lf2-hear-p8-neg-law",
       "The draft law on the republican budget for 2026-2028 (No. 512-VIII) passed its first "
       "reading on Wednesday and now goes to the Senate; the second reading is set for 3 "
       "December. Transcript: Session 14, Item 3.",
       published=HEAR_PUB),
    ex("lf2-hear-p9-procedure",
       "Under Article 61 of the Constitution, the Senate has 30 days to approve or return the "
       "bill, which must be signed by the president before 1 January.",
       c("30 days", 30, "day", metric="duration"),
       published=HEAR_PUB),
]

# --- 3. An investment forum's roundup of deals (published 5 June 2025) --------------------
FORUM_PUB = "2025-06-05"
FORUM: list[Example] = [
    ex("lf2-forum-p1",
       "Baku forum ends with $6.3 billion in transport deals\n\n"
       "BAKU, June 5 - Companies and governments signed 27 agreements worth a combined $6.3 "
       "billion at the Caspian Connectivity Investment Forum, which closed in Baku on "
       "Thursday, the organisers said. Most of the money will go to ports, railways and "
       "logistics parks along the Middle Corridor.",
       # "$X in deals" is invested as "agreements worth $X" is (the house's cue)
       c("$6.3 billion", 6.3e9, "USD", metric="investment", change=None),
       c("27 agreements", 27, "count", item="agreement", kind="actual"),
       c("$6.3 billion", 6.3e9, "USD", nth=1, metric="investment", kind="actual",
         change=None, topic="investment"),
       published=FORUM_PUB),
    ex("lf2-forum-p2-wagons",
       "The largest deal was a $1.8 billion agreement between Azerbaijan Railways and a "
       "Chinese consortium to build a wagon plant near Ganja with a capacity of 2,000 wagons a "
       "year and to supply 3,500 freight wagons by 2029. The plant is to create about 1,500 "
       "jobs.",
       # one deal's sum with no "worth" keeps no metric in the house's tables (own_heldout_projects
       # "in a deal worth $190 million"): a cue on a bare "deal" or "agreement" was tried and
       # turned swap lines, grants and orders into investment
       c("$1.8 billion", 1.8e9, "USD", entities=[ADY]),
       c("2,000 wagons", 2000, "count", per="year", metric="capacity", kind="projection"),
       c("3,500 freight wagons", 3500, "count", kind="projection", period="2029"),
       c("1,500 jobs", 1500, "count", item="job", metric="job count", approx="approx",
         kind="projection"),
       published=FORUM_PUB),
    ex("lf2-forum-p3-khorgos",
       "Samruk-Kazyna signed a $620 million deal with DP World for a logistics hub at the "
       "Khorgos dry port, which will raise its capacity from 540,000 to 800,000 TEU a year. "
       "KTZ agreed with ASCO to set up a joint venture that will run six container ships on "
       "the Caspian.",
       # a deal for a hub is the hub's cost: "project cost" is as good a reading
       c("$620 million", 620e6, "USD", topic="investment",
         entities=["Samruk-Kazyna", "DP World", KHORGOS]),
       c("540,000", 540e3, "TEU", metric="capacity", change=None),
       c("800,000 TEU", 800e3, "TEU", per="year", metric="capacity", kind="projection",
         change=None),
       c("six container ships", 6, "count", item="ship", kind="projection"),
       published=FORUM_PUB),
    ex("lf2-forum-p4-uzbekistan",
       "Uzbekistan came away with deals worth $1.1 billion. They include a $430 million "
       "textile cluster in Karakalpakstan aimed at exports to Europe via the Caspian, with "
       "4,000 jobs, and a 250-hectare logistics centre near Nukus that Turkish investors will "
       "build for $95 million.",
       c("$1.1 billion", 1.1e9, "USD", metric="investment", entities=[UZ]),
       c("$430 million", 430e6, "USD", metric="investment"),
       c("4,000 jobs", 4000, "count", item="job", metric="job count"),
       c("250-hectare", 250, "ha"),
       c("$95 million", 95e6, "USD", topic="investment"),
       published=FORUM_PUB),
    ex("lf2-forum-p5-ports",
       "Georgia signed a memorandum on the Anaklia deep-sea port, whose first phase, with a "
       "capacity of 600,000 TEU, is to cost $600 million. Turkmenistan offered investors "
       "stakes in a grain terminal at Turkmenbashi designed to handle 1 million tonnes a year.",
       c("600,000 TEU", 600e3, "TEU", metric="capacity", kind="projection",
         entities=["Port of Anaklia"]),
       c("$600 million", 600e6, "USD", metric="project cost", kind="projection",
         entities=["Port of Anaklia"]),
       c("1 million tonnes", 1e6, "t", per="year", metric="capacity",
         entities=["Port of Turkmenbashi"]),
       published=FORUM_PUB),
    ex("lf2-forum-p6-caveats",
       "Not all of the money is new. Officials conceded that about 35% of the agreements are "
       "memorandums without firm financing, and that deals worth roughly $2 billion had been "
       "announced before. Last year's forum produced agreements worth $4.7 billion, of which "
       "only 30% have reached construction.",
       c("35%", 35, "%", approx="approx", change=None),
       c("$2 billion", 2e9, "USD", approx="approx", change=None),
       c("$4.7 billion", 4.7e9, "USD", period="2024", kind="actual", change=None),
       c("30%", 30, "%", change=None),
       published=FORUM_PUB),
    ex("lf2-forum-p7-neg-quote",
       "\"Two years ago we were counting trains. Now we are counting investors,\" said "
       "Azerbaijan's deputy economy minister, Samir Valiyev, at the closing session.",
       published=FORUM_PUB),
    ex("lf2-forum-p8-neg-next",
       "The forum, the fifth since 2021, will meet next in Aktau in May 2026. Registration "
       "opens at ccif.az on 1 February; the hotline is +994 12 310 22 44.",
       published=FORUM_PUB),
]

# --- 4. A storm on the Caspian and low Volga water (published 22 September 2025) ----------
STORM_PUB = "2025-09-22"
STORM: list[Example] = [
    ex("lf2-storm-p1",
       "Storm halts Caspian ferries for four days, stranding 1,200 trucks\n\n"
       "AKTAU/BAKU, Sept 22 - A storm shut down ferry traffic across the Caspian Sea for four "
       "days last week, leaving about 1,200 trucks and 900 railcars waiting at Aktau, Kuryk "
       "and Alat, port officials said on Monday.",
       c("four days", 4, "day", change=None),
       c("1,200 trucks", 1200, "count", item="truck", change=None),
       c("four days", 4, "day", nth=1, change=None, kind="actual"),
       c("1,200 trucks", 1200, "count", nth=1, item="truck", approx="approx", kind="actual",
         change=None),
       c("900 railcars", 900, "count", item="railcar", kind="actual", change=None),
       published=STORM_PUB),
    ex("lf2-storm-p2-queues",
       "Ferries resumed sailing on Saturday, but clearing the backlog will take at least a "
       "week, the Kuryk port's operations director said. At Kuryk alone, 460 trucks were "
       "parked on Friday in a queue stretching 6 km along the access road.",
       c("460 trucks", 460, "count", item="truck", kind="actual", entities=[KURYK]),
       c("6 km", 6, "km", change=None),
       published=STORM_PUB),
    ex("lf2-storm-p3-losses",
       "Drivers reported waiting times of 5 to 7 days, against the usual 24-36 hours. "
       "Hauliers put their losses at $150-200 per truck per day in fuel, wages and penalties "
       "for late delivery, and the national road carriers' association estimated total "
       "losses at $3.5 million.",
       c("5 to 7 days", 5, "day", value_high=7, metric="waiting time", change=None),
       c("24-36 hours", 24, "hour", value_high=36, metric="waiting time", change=None),
       # the hauliers' loss per truck, no freight rate (checked on a second reading)
       c("$150-200", 150, "USD", value_high=200, per="truck", change=None, metric="loss"),
       c("$3.5 million", 3.5e6, "USD", change=None),
       published=STORM_PUB),
    ex("lf2-storm-p4-volga",
       "Low water on the Volga added to the strain. The level at Astrakhan fell 1.1 metres "
       "below the navigation norm in mid-September, forcing ships on the Volga-Caspian canal "
       "to sail at 60-70% of their load. Cargo through the port of Astrakhan fell 18% in "
       "August to 310,000 tonnes.",
       # "fell 1.1 metres below the norm" reads as a fall of 1.1 m as well: change not checked
       c("1.1 metres", 1.1, "m", metric="water level"),
       # a share of the ships' load in use (metrics checked on a second reading)
       c("60-70%", 60, "%", value_high=70, change=None, metric="capacity utilisation"),
       c("18%", 18, "%", change="decrease", kind="actual", period="2025-08",
         entities=["Port of Astrakhan"]),
       c("310,000 tonnes", 310e3, "t", change=None, kind="actual", period="2025-08",
         entities=["Port of Astrakhan"]),
       published=STORM_PUB),
    ex("lf2-storm-p5-trains",
       "The disruption hit China-Europe container trains routed via the Caspian. Of the 42 "
       "block trains that reached Aktau and Kuryk during the storm, 35 had to wait for "
       "ferries, and average transit from Xi'an to the Georgian port of Poti rose to 24 days "
       "from 16 days.",
       c("42 block trains", 42, "count", kind="actual"),
       c("35", 35, "count", kind="actual"),
       c("24 days", 24, "day", metric="transit time", change=None, entities=[POTI]),
       c("16 days", 16, "day", metric="transit time", change=None),
       published=STORM_PUB),
    ex("lf2-storm-p6-rates",
       "Shippers switched some cargo to trucks via Iran and to the Russian route. Spot rates "
       "for a 40-foot container from western China to Poti rose 12% over the week to $7,900, "
       "forwarders said.",
       c("12%", 12, "%", change="increase", metric="freight rate", kind="actual"),
       c("$7,900", 7900, "USD", per=FT40, metric="freight rate", change=None,
         entities=[POTI]),
       published=STORM_PUB),
    ex("lf2-storm-p7-breakwater",
       "Storms of this strength close the middle Caspian for 25-30 days a year, according to "
       "the weather service. Port authorities said they were studying a proposal to build a "
       "breakwater at Kuryk, estimated at 40 billion tenge.",
       # days the sea is shut, no journey (metric checked on a second reading)
       c("25-30 days", 25, "day", value_high=30, per="year", metric="closure time"),
       c("40 billion tenge", 40e9, "KZT", entities=[KURYK]),
       published=STORM_PUB),
    ex("lf2-storm-p8-neg-contacts",
       "Weather warnings are posted at kazhydromet.kz; the port's round-the-clock dispatch "
       "line is 8 (7292) 53 33 01. Updated: 22.09.2025, 14:40.",
       published=STORM_PUB),
    ex("lf2-storm-p9-neg-related",
       "Read more: Caspian Sea level hits a new low (3 min read) | Volga season: what "
       "shippers need to know in 2025",
       published=STORM_PUB),
]

# --- 5. Monthly customs statistics for Uzbekistan (published 20 November 2025) ------------
CUST_PUB = "2025-11-20"
JAN_OCT = "2025-01/2025-10"
CUSTOMS: list[Example] = [
    ex("lf2-cust-p1",
       "Uzbekistan's foreign trade reaches $58.3 billion in ten months\n\n"
       "TASHKENT - Uzbekistan's foreign trade turnover reached $58.3 billion in "
       "January-October 2025, up 19.6% on the same period of 2024, the Statistics Agency "
       "said. Exports grew 27.1% to $24.9 billion, while imports rose 14.5% to $33.4 billion.",
       c("$58.3 billion", 58.3e9, "USD", metric="trade turnover", change=None,
         entities=[UZ]),
       c("$58.3 billion", 58.3e9, "USD", nth=1, metric="trade turnover", period=JAN_OCT,
         kind="actual", change=None, topic="trade", entities=[UZ]),
       c("19.6%", 19.6, "%", change="increase", period=JAN_OCT, kind="actual",
         metric="trade turnover"),
       c("27.1%", 27.1, "%", change="increase", period=JAN_OCT, metric="exports"),
       c("$24.9 billion", 24.9e9, "USD", metric="exports", period=JAN_OCT, change=None),
       c("14.5%", 14.5, "%", change="increase", period=JAN_OCT, metric="imports"),
       c("$33.4 billion", 33.4e9, "USD", metric="imports", period=JAN_OCT, change=None),
       published=CUST_PUB),
    ex("lf2-cust-p2-balance",
       "The trade deficit narrowed to $8.5 billion from $9.6 billion a year earlier. Gold "
       "exports amounted to $9.1 billion, or 36.5% of the total.",
       # the paragraph alone names no period: the month comes from the paragraph above
       c("$8.5 billion", 8.5e9, "USD", metric="trade balance", change=None),
       c("$9.6 billion", 9.6e9, "USD", metric="trade balance", change=None),
       c("$9.1 billion", 9.1e9, "USD", metric="exports", change=None),
       c("36.5%", 36.5, "%", change=None),
       published=CUST_PUB),
    ex("lf2-cust-p3-partners",
       "China remained the largest trading partner with $12.4 billion, or 21.3% of turnover, "
       "followed by Russia with $10.1 billion (17.3%) and Kazakhstan with $4.6 billion "
       "(7.9%). Trade with the European Union rose 11% to $4.8 billion.",
       # each partner's figure is its own: the runners-up are no part of China's trade
       c("$12.4 billion", 12.4e9, "USD", metric="trade turnover", change=None,
         only_entities=["China"]),
       c("21.3%", 21.3, "%", change=None, entities=["China"]),
       c("$10.1 billion", 10.1e9, "USD", metric="trade turnover", change=None,
         only_entities=["Russia"]),
       c("17.3%", 17.3, "%", change=None),
       c("$4.6 billion", 4.6e9, "USD", metric="trade turnover", change=None,
         only_entities=[KZ]),
       c("7.9%", 7.9, "%", change=None),
       c("11%", 11, "%", change="increase", entities=[EU]),
       c("$4.8 billion", 4.8e9, "USD", metric="trade turnover", change=None, entities=[EU]),
       published=CUST_PUB),
    ex("lf2-cust-p4-exports",
       "Among other exports, services brought in $4.2 billion, textiles $2.6 billion and food "
       "products $1.9 billion. Fruit and vegetable exports rose 22% to $1.3 billion, with "
       "Russia, Kazakhstan and China the biggest buyers.",
       c("$4.2 billion", 4.2e9, "USD", metric="exports", change=None),
       c("$2.6 billion", 2.6e9, "USD", metric="exports", change=None),
       c("$1.9 billion", 1.9e9, "USD", metric="exports", change=None),
       # fruit and vegetables are farm goods: the narrower metric is the better reading
       c("22%", 22, "%", change="increase", metric="agricultural exports"),
       c("$1.3 billion", 1.3e9, "USD", metric="agricultural exports", change=None),
       published=CUST_PUB),
    ex("lf2-cust-p5-imports",
       "Machinery and equipment made up 31.8% of imports, at $10.6 billion, followed by "
       "chemicals and plastics at $4.7 billion and ferrous metals at $2.9 billion. Imports of "
       "cars and other vehicles jumped 41%, mostly from China.",
       c("31.8%", 31.8, "%", change=None),
       c("$10.6 billion", 10.6e9, "USD", metric="imports", change=None),
       c("$4.7 billion", 4.7e9, "USD", metric="imports", change=None),
       c("$2.9 billion", 2.9e9, "USD", metric="imports", change=None),
       c("41%", 41, "%", change="increase", metric="imports", entities=["China"]),
       published=CUST_PUB),
    ex("lf2-cust-p6-october",
       "In October alone, turnover came to $6.7 billion, 8.2% more than in September. "
       "Copper exports in the month doubled year on year to 42,000 tonnes.",
       c("$6.7 billion", 6.7e9, "USD", metric="trade turnover", period="2025-10",
         kind="actual", change=None),
       c("8.2%", 8.2, "%", change="increase", period="2025-10", kind="actual"),
       c("doubled", 2, "x", change="increase", period="2025-10", metric="exports"),
       c("42,000 tonnes", 42e3, "t", period="2025-10", change=None),
       published=CUST_PUB),
    ex("lf2-cust-p7-exporters",
       "The number of exporting companies rose to 7,850 from 6,920 a year earlier, while the "
       "share of companies with foreign capital in exports reached 28%.",
       c("7,850", 7850, "count", change=None, kind="actual"),
       c("6,920", 6920, "count", change=None, kind="actual"),
       c("28%", 28, "%", change=None, metric="exports"),
       published=CUST_PUB),
    ex("lf2-cust-p8-neg-notes",
       "The figures are preliminary and include estimates of unorganised trade. Methodology: "
       "Section 3, Table 3.1 of the bulletin at stat.uz. Data as of 15.11.2025.",
       published=CUST_PUB),
    ex("lf2-cust-p9-neg-chart",
       "Chart 2. Top 5 trading partners of Uzbekistan, January-October 2025 (share of "
       "turnover). Source: Statistics Agency under the President of the Republic of "
       "Uzbekistan.",
       published=CUST_PUB),
]

# --- 6. An airport's air-cargo and e-commerce release (published 12 August 2025) ----------
AIR_PUB = "2025-08-12"
JAN_JUL = "2025-01/2025-07"
AIRCARGO: list[Example] = [
    ex("lf2-air-p1",
       "Almaty airport cargo up 24% as e-commerce parcels surge\n\n"
       "Almaty International Airport handled 62,400 tonnes of cargo and mail in January-July "
       "2025, 24% more than a year earlier, the airport said in a statement. Cross-border "
       "e-commerce accounted for 41% of the total, up from 29% in the same period of 2024.",
       c("24%", 24, "%", change="increase", entities=[ALA]),
       c("62,400 tonnes", 62400, "t", period=JAN_JUL, kind="actual", change=None,
         metric="cargo volume", entities=[ALA]),
       c("24%", 24, "%", nth=1, change="increase", period=JAN_JUL, kind="actual"),
       c("41%", 41, "%", change=None, period=JAN_JUL),
       c("29%", 29, "%", change=None, period="2024-01/2024-07"),
       published=AIR_PUB),
    ex("lf2-air-p2-parcels",
       "The airport processed 18.6 million parcels in the seven months, most of them small "
       "packages from Chinese online marketplaces bound for Kazakhstan, Russia and Central "
       "Asia. On peak days in July, its e-commerce terminal sorted up to 210,000 parcels.",
       c("18.6 million parcels", 18.6e6, "count", item="parcel", period=JAN_JUL,
         kind="actual", change=None),
       c("210,000 parcels", 210e3, "count", item="parcel", approx="max", period="2025-07",
         kind="actual", change=None),
       published=AIR_PUB),
    ex("lf2-air-p3-flights",
       "Freighter operations grew to 146 flights a week, against 98 a year ago, with 11 "
       "airlines operating scheduled cargo services. New routes link Almaty with Zhengzhou, "
       "Liege and Budapest, and flights to Urumqi rose to 28 a week.",
       c("146 flights", 146, "count", item="flight", per="week", change=None),
       c("98", 98, "count", item="flight", per="week", change=None),
       # "a year ago" is the compared level's time only: the airlines now, and Urumqi's flights
       # now (periods checked on a second reading)
       c("11 airlines", 11, "count", item="airline", period=None),
       c("28", 28, "count", item="flight", per="week", change=None, period=None),
       published=AIR_PUB),
    ex("lf2-air-p4-terminal",
       "To cope with demand, the airport will open a second cargo terminal in the fourth "
       "quarter of 2026, raising its handling capacity from 70,000 to 150,000 tonnes a year. "
       "The $85 million project, which includes a sorting line for 20,000 parcels an hour, is "
       "financed by the airport's owner.",
       c("70,000", 70e3, "t", metric="capacity", change=None),
       c("150,000 tonnes", 150e3, "t", per="year", metric="capacity", kind="projection",
         change=None),
       # "The $85 million project ... is financed": present tense, kind left open; a sorting
       # line's parcels an hour are counted as parcels (metric left open)
       c("$85 million", 85e6, "USD", metric="project cost"),
       c("20,000 parcels", 20e3, "count", item="parcel", per="hour"),
       published=AIR_PUB),
    ex("lf2-air-p5-customs",
       "Customs clearance of e-commerce parcels now takes an average of 40 minutes, down from "
       "3 hours in 2023, thanks to a pre-arrival data system. Around 92% of parcels are "
       "cleared before the aircraft lands.",
       c("40 minutes", 40, "min", metric="clearance time", change=None),
       c("3 hours", 3, "hour", metric="clearance time", period="2023", change=None),
       c("92%", 92, "%", approx="approx", change=None),
       published=AIR_PUB),
    ex("lf2-air-p6-threshold",
       "Kazakhstan cut its duty-free threshold for online purchases to €200 per parcel from "
       "€500 last year, but the average parcel is now worth about $18, so the change has had "
       "little effect on volumes.",
       c("€200", 200, "EUR", per="parcel", change=None, entities=[KZ]),
       c("€500", 500, "EUR", change=None),
       c("$18", 18, "USD", approx="approx", change=None),
       published=AIR_PUB),
    ex("lf2-air-p7-others",
       "Uzbekistan Airways also reported growth, carrying 29,300 tonnes of cargo in "
       "January-July, up 15%, while Navoi airport handled 11,800 tonnes, half of it transit "
       "between China and Europe.",
       c("29,300 tonnes", 29300, "t", period=JAN_JUL, kind="actual", change=None,
         entities=["Uzbekistan Airways"]),
       c("15%", 15, "%", change="increase", period=JAN_JUL, kind="actual"),
       c("11,800 tonnes", 11800, "t", period=JAN_JUL, kind="actual", change=None,
         entities=["Navoi International Airport"]),
       # "half of it transit": a share, read as 50% as the house reads "half"
       c("half", 50, "%", change=None),
       published=AIR_PUB),
    ex("lf2-air-p8-neg-contacts",
       "Media contacts: press@ala.kz, +7 727 270 33 33. The cargo terminal works 24/7. "
       "Flights mentioned: KC 911, HY 6402.",
       published=AIR_PUB),
    ex("lf2-air-p9-neg-photo",
       "Photo: a Boeing 747-8F on the cargo apron at Almaty, 2 August 2025. (c) Almaty "
       "International Airport JSC",
       published=AIR_PUB),
]

EXAMPLES: list[Example] = THINKTANK + HEARING + FORUM + STORM + CUSTOMS + AIRCARGO

KNOWN_GAPS: dict[str, str] = {
    "lf2-hear-p3-deputy": "'Only 43% of the 2,100 kilometres of new and repaired railway "
    "promised for 2023-2025 has been finished': the 43% is made a projection, by 'promised' "
    "and a span of years running to the year of publication, though 'has been finished' says "
    "what is done (the promised 2,100 km is rightly a plan); telling the share done from the "
    "plan it is a share of needs the kind read per clause of a relative ('promised for ...') "
    "that no rule does today",
}
