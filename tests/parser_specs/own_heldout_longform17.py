"""Held-out paragraphs of whole news articles, a seventeenth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform16`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf17-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: the Kazakh national
railway company's half-year results release (freight in tonnes and tonne-km, the shares of
export, import, domestic and transit traffic, transit containers westbound and eastbound,
revenue, net profit and EBITDA in tenge, leverage and operating ratios, capital expenditure,
wagons and locomotives bought, the full year's outlook); an interview with a Caspian shipping
line's chief executive in questions and answers (the fleet, ferries on order and their
delivery years, port calls, rates per container, per TEU and per wagon, targets for 2027 and
2030, hedged answers on rates and a shallowing sea); a Georgian, Azerbaijani and Turkish
ministers' communique on the Baku-Tbilisi-Kars railway with the press conference after it
(volumes, targets, through tariffs agreed, transit days, investments pledged, a border
check's limit); and a market report on Uzbek cotton yarn and textile exports to China and
Europe (tonnes, dollars, shares, year-on-year changes, prices per tonne, single months, the
harvest's yield). About a fifth are paragraphs without a claim: an auditor's review note with
a standard's number and a ticker, an investor call's dial-in, a photo caption with a
kilometre post, a captain's career with a ship's name, an interview's credits, a
communique's protocol numbers and dates, a broadcaster's name with a digit, the next
meeting's half-year, customs codes and a table number, an exchange session's number and lot
code, a report's issue number (and, in a paragraph with claims, "an option for a third" of
ferries, which is no fraction). Every expectation was written from reading the text, before
the parser was run on it; none was changed after the first run.
"""

from __future__ import annotations

from . import EU, TITR, Example, c, ex

KTZ = "Kazakhstan Temir Zholy"
KMTF = "Kazmortransflot"
BTK = "Baku-Tbilisi-Kars railway"
AZ = "Azerbaijan"
UZ = "Uzbekistan"
FT40 = "40ft container"
FT20 = "20ft container"

# --- 1. KTZ's half-year results release (12 Aug 2026) -------------------------------------
KT_PUB = "2026-08-12"
H1 = "2026-01/2026-06"
RESULTS: list[Example] = [
    ex("lf17-kt-p1",
       "KTZ freight edges up 2.4% in first half as transit booms\n\n"
       "ASTANA, 12 August - Kazakhstan Temir Zholy carried 143.6 million tonnes of freight in "
       "January-June 2026, 2.4% more than a year earlier, the national railway company said "
       "on Wednesday in its interim results.",
       c("2.4%", 2.4, "%", change="increase"),
       c("143.6 million tonnes", 143.6e6, "t", period=H1, change=None, entities=[KTZ]),
       c("2.4%", 2.4, "%", nth=1, change="increase", period=H1),
       published=KT_PUB),
    ex("lf17-kt-p2-turnover",
       "Freight turnover rose 3.9% to 158.2 billion tonne-km as the average haul lengthened "
       "to 1,102 km. Exports made up 42% of the tonnage, domestic traffic 38%, imports 7% and "
       "transit 13%.",
       c("3.9%", 3.9, "%", change="increase"),
       c("158.2 billion tonne-km", 158.2e9, "tkm", metric="freight turnover", change=None),
       c("1,102 km", 1102, "km", change=None),
       c("42%", 42, "%", change=None),
       c("38%", 38, "%", change=None),
       c("7%", 7, "%", change=None),
       c("13%", 13, "%", change=None),
       published=KT_PUB),
    ex("lf17-kt-p3-transit",
       "Transit freight jumped 18.6% to 18.7 million tonnes. Container transit on the "
       "China-Europe-China routes reached 241,300 TEU, up 11%, with 156,800 TEU moving "
       "westbound and 84,500 TEU eastbound.",
       c("18.6%", 18.6, "%", change="increase"),
       c("18.7 million tonnes", 18.7e6, "t", metric="transit cargo volume", change=None),
       c("241,300 TEU", 241300, "TEU", change=None),
       c("11%", 11, "%", change="increase"),
       c("156,800 TEU", 156800, "TEU", change=None),
       c("84,500 TEU", 84500, "TEU", change=None),
       published=KT_PUB),
    ex("lf17-kt-p4-titr",
       "On the Trans-Caspian International Transport Route the company's container trains "
       "moved 38,600 TEU, 27% more than in the first half of 2025, and 72 trains a month now "
       "leave for the ports of Aktau and Kuryk.",
       c("38,600 TEU", 38600, "TEU", change=None, entities=[TITR]),
       c("27%", 27, "%", change="increase"),
       c("72 trains", 72, "count", per="month"),
       published=KT_PUB),
    ex("lf17-kt-p5-revenue",
       "Consolidated revenue rose 9.8% to 1.62 trillion tenge, of which freight brought in "
       "1.18 trillion tenge. Net profit attributable to shareholders was 48.3 billion tenge, "
       "against a loss of 12.6 billion tenge a year earlier.",
       c("9.8%", 9.8, "%", change="increase", metric="revenue"),
       c("1.62 trillion tenge", 1.62e12, "KZT", metric="revenue", change=None),
       c("1.18 trillion tenge", 1.18e12, "KZT", change=None),
       c("48.3 billion tenge", 48.3e9, "KZT", metric="profit", change=None),
       c("12.6 billion tenge", 12.6e9, "KZT", metric="loss", change=None),
       published=KT_PUB),
    ex("lf17-kt-p6-ratios",
       "EBITDA came to 412.7 billion tenge, a margin of 25.5%, and net debt fell to 3.4 times "
       "EBITDA from 3.9 times at the end of 2025. The operating ratio fell 1.7 percentage "
       "points to 84.2%.",
       c("412.7 billion tenge", 412.7e9, "KZT", metric="ebitda", change=None),
       c("25.5%", 25.5, "%", change=None),
       c("3.4 times", 3.4, "x", change=None),
       c("3.9 times", 3.9, "x", change=None),
       c("1.7 percentage points", 1.7, "pp", change="decrease"),
       c("84.2%", 84.2, "%", change=None),
       published=KT_PUB),
    ex("lf17-kt-p7-capex",
       "Capital expenditure reached 286 billion tenge in the half, 31% more than a year "
       "earlier, most of it on the Dostyk-Moiynty second track, the Darbaza-Maktaaral line "
       "and the Almaty bypass. The full-year investment programme is 740 billion tenge.",
       c("286 billion tenge", 286e9, "KZT", metric="capital expenditure", change=None),
       c("31%", 31, "%", change="increase"),
       c("740 billion tenge", 740e9, "KZT", kind="projection", change=None),
       published=KT_PUB),
    ex("lf17-kt-p8-rolling-stock",
       "The company took delivery of 1,450 freight wagons and 64 locomotives in "
       "January-June, including 40 electric locomotives built by Alstom in Astana, and plans "
       "to buy another 3,200 wagons by December.",
       c("1,450 freight wagons", 1450, "count", item="wagon", kind="actual"),
       c("64 locomotives", 64, "count", item="locomotive", kind="actual"),
       c("40 electric locomotives", 40, "count", item="locomotive"),
       c("3,200 wagons", 3200, "count", item="wagon", kind="projection"),
       published=KT_PUB),
    ex("lf17-kt-p9-neg-review",
       "The interim condensed consolidated financial statements for the six months ended 30 "
       "June 2026 were reviewed by the auditor under ISRE 2410 and are published on kase.kz "
       "under the ticker TMJL.",
       published=KT_PUB),
    ex("lf17-kt-p10-operations",
       "The wear of the locomotive fleet fell to 61% from 66%, the average speed of freight "
       "trains rose to 41.8 km/h and wagon turnaround shortened by 0.6 days to 11.9 days.",
       c("61%", 61, "%", change=None),
       c("66%", 66, "%", change=None),
       c("41.8 km/h", 41.8, "km", per="hour", metric="speed", change=None),
       c("0.6 days", 0.6, "day", change="decrease"),
       c("11.9 days", 11.9, "day", change=None),
       published=KT_PUB),
    ex("lf17-kt-p11-tariffs",
       "Domestic freight tariffs were raised by 12% from 1 January, which accounted for about "
       "two thirds of the growth in revenue, the company said.",
       c("12%", 12, "%", change="increase"),
       # a fraction of a whole is a share (house convention)
       c("two thirds", 200 / 3, "%", approx="approx"),
       published=KT_PUB),
    ex("lf17-kt-p12-outlook",
       "For the full year KTZ expects to carry about 290 million tonnes, including 36 million "
       "tonnes of transit, and it aims to raise container transit to 500,000 TEU by 2030.",
       c("290 million tonnes", 290e6, "t", approx="approx", kind="projection", period="2026"),
       c("36 million tonnes", 36e6, "t", kind="projection"),
       c("500,000 TEU", 500e3, "TEU", kind="projection", period="2030", change=None),
       published=KT_PUB),
    ex("lf17-kt-p13-neg-call",
       "Investor call: 13 August, 15:00 Astana time (UTC+5). Dial-in +7 7172 60 44 88, "
       "access code 520611#. Press office: press@railways.kz.",
       published=KT_PUB),
    ex("lf17-kt-p14-neg-photo",
       "Photo: a KZ8A electric locomotive hauls a container train near Altynkol station, at "
       "km 4,812 of the line. (c) KTZ",
       published=KT_PUB),
]

# --- 2. An interview with Kazmortransflot's chief executive (20 May 2026) -----------------
QA_PUB = "2026-05-20"
INTERVIEW: list[Example] = [
    ex("lf17-qa-p1",
       "'Two new ferries by 2028 will change the Caspian': KMTF's chief executive\n\n"
       "Kazmortransflot, Kazakhstan's national shipping company, runs 17 vessels on the "
       "Caspian and carried 5.8 million tonnes last year. We spoke to its chief executive, "
       "Daniyar Abenov, in Aktau.",
       c("Two new ferries", 2, "count", item="ferry", kind="projection"),
       c("17 vessels", 17, "count", change=None, entities=[KMTF]),
       c("5.8 million tonnes", 5.8e6, "t", period="2025", change=None, entities=[KMTF]),
       published=QA_PUB),
    ex("lf17-qa-p2-fleet",
       "Q: What does your fleet look like today?\n"
       "A: We have six tankers, four container ships of about 750 TEU each, two rail ferries "
       "and five service vessels. Together they can lift about 120,000 tonnes at a time.",
       c("six tankers", 6, "count", change=None),
       c("four container ships", 4, "count", change=None),
       c("750 TEU", 750, "TEU", approx="approx"),
       c("two rail ferries", 2, "count", item="ferry"),
       c("five service vessels", 5, "count"),
       c("120,000 tonnes", 120e3, "t", approx="approx", metric="capacity"),
       published=QA_PUB),
    ex("lf17-qa-p3-orders",
       "Q: You have ordered new ferries. When will they arrive?\n"
       "A: Two rail ferries, each taking 56 wagons, are being built at a Chinese yard for "
       "about $94 million. The first should arrive in 2027 and the second in 2028, if the "
       "Volga-Don canal stays open for the tow. We also hold an option for a third.",
       # "an option for a third" is a third ferry, not a fraction: no claim
       c("Two rail ferries", 2, "count", item="ferry", kind="projection"),
       c("56 wagons", 56, "count", item="wagon"),
       c("$94 million", 94e6, "USD", approx="approx"),
       published=QA_PUB),
    ex("lf17-qa-p4-calls",
       "Q: How often do your ships call at Alat and Aktau?\n"
       "A: Our container line now calls at Aktau, Alat and Turkmenbashi twice a week, up from "
       "once a week last year. The ferries sail from Kuryk to Alat every three days, and the "
       "crossing takes 20 to 24 hours.",
       # "twice a week" is a timetable (house convention); "every three days" an interval
       c("three days", 3, "day", metric="service interval"),
       c("20 to 24 hours", 20, "hour", value_high=24, metric="transit time"),
       published=QA_PUB),
    ex("lf17-qa-p5-rates",
       "Q: What do shippers pay?\n"
       "A: A 40-foot container from Aktau to Alat costs $1,450 with us at present, which works "
       "out at roughly $725 per TEU. For a loaded wagon on the ferry the rate is around "
       "$2,100. Rates went up about 15% last year, mainly because of fuel.",
       c("$1,450", 1450, "USD", per=FT40, metric="freight rate", change=None),
       c("$725", 725, "USD", approx="approx", per="TEU"),
       c("$2,100", 2100, "USD", approx="approx", per="wagon", metric="freight rate"),
       c("15%", 15, "%", approx="approx", change="increase", period="2025"),
       published=QA_PUB),
    ex("lf17-qa-p6-quarter",
       "Q: How much did you carry in the first quarter?\n"
       "A: 1.4 million tonnes, 9% more than a year ago. Oil is still about 70% of it, but "
       "containers grew fastest: we moved 14,200 TEU, almost double the first quarter of "
       "2025.",
       c("1.4 million tonnes", 1.4e6, "t", change=None),
       c("9%", 9, "%", change="increase"),
       c("70%", 70, "%", approx="approx", change=None),
       c("14,200 TEU", 14200, "TEU", change=None),
       c("double", 2, "x", approx="approx", change="increase"),
       published=QA_PUB),
    ex("lf17-qa-p7-targets",
       "Q: What are your targets?\n"
       "A: We want to carry 8 million tonnes in 2027 and 12 million by 2030, with containers "
       "at 60,000 TEU a year. Whether we get there depends on the ports: the container hub in "
       "Aktau and the ferry terminal in Kuryk have to be ready in time.",
       c("8 million tonnes", 8e6, "t", kind="projection", period="2027", change=None),
       c("12 million", 12e6, "t", kind="projection", period="2030", change=None),
       c("60,000 TEU", 60e3, "TEU", per="year", kind="projection", change=None),
       published=QA_PUB),
    ex("lf17-qa-p8-hedged",
       "Q: Could rates fall once the new ferries arrive?\n"
       "A: Possibly, but I would not promise it. If fuel stays where it is, perhaps by 5-10% "
       "on the ferry crossing. It is too early to say.",
       c("5-10%", 5, "%", value_high=10, change="decrease", kind="projection"),
       published=QA_PUB),
    ex("lf17-qa-p9-depth",
       "Q: The Caspian is getting shallower. How does that affect you?\n"
       "A: Badly. Our tankers already leave Aktau with 10-15% less cargo than they could take, "
       "because the approach channel is down to 4.7 metres in places. We need dredging to at "
       "least 6 metres.",
       c("10-15%", 10, "%", value_high=15, change="decrease"),
       c("4.7 metres", 4.7, "m", metric="depth", change=None),
       c("6 metres", 6, "m", approx="min", metric="depth"),
       published=QA_PUB),
    ex("lf17-qa-p10-profit",
       "Q: Is the company profitable?\n"
       "A: Yes, net profit last year was 9.6 billion tenge, and we will invest about 60 "
       "billion tenge in the fleet over the next three years, half of it borrowed.",
       c("9.6 billion tenge", 9.6e9, "KZT", metric="profit", period="2025", change=None),
       c("60 billion tenge", 60e9, "KZT", approx="approx", kind="projection"),
       c("half", 50, "%"),
       published=QA_PUB),
    ex("lf17-qa-p11-neg-career",
       "Q: You were a captain before you moved ashore. Do you miss the sea?\n"
       "A: Every day. I got my first command in 2009, on the tanker Aktau-3, and I still keep "
       "my master's licence.",
       published=QA_PUB),
    ex("lf17-qa-p12-neg-credits",
       "The interview was conducted in Russian and has been translated and shortened. "
       "Interview by Asel Nurmagambetova, Aktau, 14 May 2026. Photo: KMTF press service.",
       published=QA_PUB),
]

# --- 3. A trilateral ministers' communique on the BTK railway (6 Mar 2026) ----------------
TR_PUB = "2026-03-06"
COMMUNIQUE: list[Example] = [
    ex("lf17-tr-p1",
       "Georgia, Azerbaijan and Turkey agree to triple BTK railway freight by 2030\n\n"
       "TBILISI, 6 March - The transport ministers of Georgia, Azerbaijan and Turkey agreed on "
       "Friday to raise freight on the Baku-Tbilisi-Kars railway to 5 million tonnes a year by "
       "2030, from 1.6 million tonnes in 2025, according to a joint communique signed at the "
       "end of their meeting in Tbilisi.",
       c("triple", 3, "x", change="increase", kind="projection"),
       c("5 million tonnes", 5e6, "t", per="year", kind="projection", period="2030",
         entities=[BTK]),
       c("1.6 million tonnes", 1.6e6, "t", period="2025", change=None, kind="actual"),
       published=TR_PUB),
    ex("lf17-tr-p2-capacity",
       "The ministers 'welcomed the completion of the modernisation of the Georgian section "
       "of the line, which raised its capacity to 5 million tonnes per year, with the "
       "prospect of 15 million tonnes', the communique says.",
       c("5 million tonnes", 5e6, "t", per="year", metric="capacity", change=None),
       c("15 million tonnes", 15e6, "t", metric="capacity", kind="projection"),
       published=TR_PUB),
    ex("lf17-tr-p3-tariffs",
       "Under the agreement the three railways will apply a single through tariff of $1,850 "
       "for a 40-foot container from Baku to Kars and $1,150 for a 20-foot container until "
       "the end of 2027, and a rate of $0.032 per tonne-km for bulk cargo in wagons.",
       c("$1,850", 1850, "USD", per=FT40, metric="freight rate"),
       c("$1,150", 1150, "USD", per=FT20),
       c("$0.032", 0.032, "USD", per="tkm"),
       published=TR_PUB),
    ex("lf17-tr-p4-transit-time",
       "They also set a target transit time of 3 days for block trains between Alat and Kars, "
       "down from 5-6 days now, and of 12 days from Xi'an to Istanbul's Halkali station.",
       c("3 days", 3, "day", metric="transit time", kind="projection"),
       c("5-6 days", 5, "day", value_high=6, metric="transit time", kind="actual"),
       c("12 days", 12, "day", metric="transit time", kind="projection"),
       published=TR_PUB),
    ex("lf17-tr-p5-neg-protocol",
       "Point 4 of the communique refers to the 2nd meeting of the Trilateral Working Group, "
       "held in Kars on 14-15 January 2026, and to Protocol No. 3 signed in Baku on 28 "
       "October 2025.",
       published=TR_PUB),
    ex("lf17-tr-p6-investments",
       "Azerbaijan pledged $120 million for a new transshipment terminal at Akhalkalaki, "
       "where wagons switch between the 1,520 mm and 1,435 mm gauges, and Turkey said it would "
       "spend 4.2 billion lira on the Kars logistics centre.",
       c("$120 million", 120e6, "USD", metric="investment", entities=[AZ]),
       c("1,520 mm", 1520, "mm"),
       c("1,435 mm", 1435, "mm"),
       c("4.2 billion lira", 4.2e9, "TRY", kind="projection"),
       published=TR_PUB),
    ex("lf17-tr-p7-press-az",
       "At the press conference afterwards Azerbaijan's minister said the line had carried "
       "412,000 tonnes in January-February, 37% more than a year earlier, and that 'we expect "
       "to pass 2.5 million tonnes this year'.",
       c("412,000 tonnes", 412e3, "t", period="2026-01/2026-02", change=None),
       c("37%", 37, "%", change="increase"),
       c("2.5 million tonnes", 2.5e6, "t", approx="min", kind="projection", period="2026"),
       published=TR_PUB),
    ex("lf17-tr-p8-press-ge",
       "Georgia's minister said container trains on the line now run four times a week and "
       "that transit containers had grown to 21,400 TEU last year, half of them from China.",
       # "four times a week" is a timetable (house convention)
       c("21,400 TEU", 21400, "TEU", period="2025", change=None),
       c("half", 50, "%"),
       published=TR_PUB),
    ex("lf17-tr-p9-press-tr",
       "Turkey's deputy minister said Marmaray had carried 1,180 freight trains in 2025 and "
       "that the 224 km Kars-Igdir-Nakhchivan line, costing an estimated $2.4 billion, should "
       "be tendered this year.",
       c("1,180 freight trains", 1180, "count", period="2025", metric="train count"),
       c("224 km", 224, "km", metric="route length"),
       c("$2.4 billion", 2.4e9, "USD", approx="approx", metric="project cost"),
       published=TR_PUB),
    ex("lf17-tr-p10-border",
       "The sides agreed to cut border checks to no more than 2 hours per train by means of "
       "joint electronic pre-declaration, and to grant a 20% discount on the transit of empty "
       "containers.",
       c("2 hours", 2, "hour", approx="max", per="train", kind="projection"),
       c("20%", 20, "%", change="decrease"),
       published=TR_PUB),
    ex("lf17-tr-p11-neg-next",
       "The next trilateral meeting will be held in Baku in the second half of 2026. The "
       "communique was signed in Georgian, Azerbaijani, Turkish and English, each text being "
       "equally authentic.",
       published=TR_PUB),
    ex("lf17-tr-p12-neg-question",
       "Asked by Rustavi 2 about the TRIPP route through Armenia's Syunik province, the "
       "ministers declined to comment.",
       published=TR_PUB),
]

# --- 4. A market report on Uzbek cotton and textile exports (18 Feb 2026) ---------------
UZ_PUB = "2026-02-18"
COTTON: list[Example] = [
    ex("lf17-uz-p1",
       "Uzbek textile exports hit $3.6 billion as yarn shipments to China surge\n\n"
       "TASHKENT - Uzbekistan exported textile goods worth $3.62 billion in 2025, 8.4% more "
       "than a year earlier, according to customs data compiled by the Uztoqimachiliksanoat "
       "association.",
       c("$3.6 billion", 3.6e9, "USD", metric="exports"),
       c("$3.62 billion", 3.62e9, "USD", metric="exports", period="2025", change=None,
         entities=[UZ]),
       c("8.4%", 8.4, "%", change="increase"),
       published=UZ_PUB),
    ex("lf17-uz-p2-items",
       "Cotton yarn remained the largest item at $1.71 billion, or 47% of the total, followed "
       "by finished garments at $980 million and knitted fabrics at $412 million.",
       c("$1.71 billion", 1.71e9, "USD", change=None),
       c("47%", 47, "%", change=None),
       c("$980 million", 980e6, "USD", change=None),
       c("$412 million", 412e6, "USD", change=None),
       published=UZ_PUB),
    ex("lf17-uz-p3-china",
       "China bought 286,000 tonnes of Uzbek cotton yarn, up 14% year on year, worth $812 "
       "million, which made it the largest buyer with a 42% share of yarn exports by volume.",
       c("286,000 tonnes", 286e3, "t", change=None, entities=["China"]),
       c("14%", 14, "%", change="increase"),
       c("$812 million", 812e6, "USD", change=None),
       c("42%", 42, "%", change=None),
       published=UZ_PUB),
    ex("lf17-uz-p4-price",
       "The average export price of yarn fell to $2,840 per tonne from $3,050 a year earlier, "
       "as Chinese mills pressed for discounts and the Cotlook A index slid 6% over the year.",
       c("$2,840", 2840, "USD", per="t", metric="price", change=None),
       c("$3,050", 3050, "USD", per="t", change=None),
       c("6%", 6, "%", change="decrease"),
       published=UZ_PUB),
    ex("lf17-uz-p5-europe",
       "Shipments to the European Union rose 23% to $468 million, helped by the GSP+ "
       "preferences Uzbekistan has enjoyed since 2021, with Poland, Germany and Italy taking "
       "61% of them.",
       c("23%", 23, "%", change="increase"),
       c("$468 million", 468e6, "USD", change=None, entities=[EU]),
       c("61%", 61, "%", change=None),
       published=UZ_PUB),
    ex("lf17-uz-p6-russia-turkey",
       "Russia remained the biggest market for garments, at $534 million, while Turkey's "
       "purchases dropped 11% to $295 million.",
       c("$534 million", 534e6, "USD", change=None),
       c("11%", 11, "%", change="decrease"),
       c("$295 million", 295e6, "USD", change=None),
       published=UZ_PUB),
    ex("lf17-uz-p7-fibre",
       "Exports of cotton fibre itself fell to just 18,500 tonnes, from 62,000 tonnes in 2024, "
       "as the government steers fibre to domestic spinners, who processed 1.02 million "
       "tonnes of it.",
       c("18,500 tonnes", 18500, "t", change=None),
       c("62,000 tonnes", 62e3, "t", period="2024", change=None),
       c("1.02 million tonnes", 1.02e6, "t", change=None),
       published=UZ_PUB),
    ex("lf17-uz-p8-months",
       "December was the strongest month, with textile exports of $384 million, while "
       "February, at $231 million, was the weakest.",
       c("$384 million", 384e6, "USD", period="2025-12", metric="exports"),
       c("$231 million", 231e6, "USD", period="2025-02"),
       published=UZ_PUB),
    ex("lf17-uz-p9-neg-codes",
       "HS headings 5205-5207 (yarn), chapter 60 (knitted fabrics) and chapters 61-62 "
       "(apparel); values are FOB and exclude re-exports. Source: State Customs Committee, "
       "table 7.2.",
       published=UZ_PUB),
    ex("lf17-uz-p10-january",
       "In January 2026 alone exports reached $268 million, up 5.1%, though the yarn price "
       "slipped further to $2,790 a tonne.",
       c("$268 million", 268e6, "USD", period="2026-01", change=None),
       c("5.1%", 5.1, "%", change="increase"),
       c("$2,790", 2790, "USD", per="t", change=None),
       published=UZ_PUB),
    ex("lf17-uz-p11-targets",
       "The association targets textile exports of $5 billion in 2026 and $7 billion by 2030, "
       "and expects the share of finished products to rise from 38% to at least 50%.",
       c("$5 billion", 5e9, "USD", kind="projection", period="2026", metric="exports"),
       c("$7 billion", 7e9, "USD", kind="projection", period="2030"),
       c("38%", 38, "%", change=None),
       c("50%", 50, "%", approx="min", kind="projection", change=None),
       published=UZ_PUB),
    ex("lf17-uz-p12-harvest",
       "The 2025 harvest brought in 3.4 million tonnes of raw cotton from 950,000 hectares, a "
       "yield of 3.6 tonnes per hectare.",
       c("3.4 million tonnes", 3.4e6, "t", metric="harvest", period="2025"),
       c("950,000 hectares", 950e3, "ha"),
       c("3.6 tonnes", 3.6, "t", per="ha", metric="yield"),
       published=UZ_PUB),
    ex("lf17-uz-p13-neg-exchange",
       "Prices quoted are indicative, from session No. 412 of the Uzbek Republican Commodity "
       "Exchange on 14 February, spot lot UZ-CT-M1-28.",
       published=UZ_PUB),
    ex("lf17-uz-p14-neg-issue",
       "Markets editor: Dilnoza Yusupova. This report is part of our weekly Commodities Desk, "
       "issue 7/2026.",
       published=UZ_PUB),
]

EXAMPLES: list[Example] = [*RESULTS, *INTERVIEW, *COMMUNIQUE, *COTTON]

KNOWN_GAPS: dict[str, str] = {
    "lf17-qa-p8-hedged": "'perhaps by 5-10%' answers 'Could rates fall ...?': the elliptical "
                         "answer has no verb of change, and the direction is the question's; "
                         "no rule lends a question's verb of change to its answer's bare 'by' "
                         "figure (its kind, a case 'if fuel stays where it is', is read)",
    "lf17-uz-p8-months": "'while February, at $231 million, was the weakest' (published 18 "
                         "February 2026, of a report on 2025): the month is now read as the "
                         "figure's, but a bare month is the publication year's when not later "
                         "than publication (house rule), so 2026-02, a month not yet over; "
                         "the report's year (December, 2025-12, beside it) is not lent",
}
