"""Held-out paragraphs of whole news articles, a thirty-seventh round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform35`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf37-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: a question-and-answer
interview with a Georgian customs official (earlier interviews were with company chiefs and
a port's head: transit trucks in ten months with changes, waits in hours as levels and
bounds, booked slots' share and their fees in lari, scanners and their cost, a scan's
seconds against a check's minutes, duties collected, containers through the ports and
clearance days, seizures and cases, targets for next year); a weekly commodity market wrap
for the region (Brent per barrel with a change in dollars and percent, a grade's premium and
another's discount then and now, loadings in barrels a day, metals per tonne with changes,
copper exports, wheat per tonne at two bases with a change, cotton in US cents a pound, the
tenge per dollar and the central bank's sales, uranium per pound, an outlook with a range);
an editorial that quotes several sources with differing figures for the same thing (the
Middle Corridor's tonnes and TEU by source, growth rates that disagree, tonnes one source
adds, a capacity against a study's bound, transit days by source, a berth's cost and ferries
on order, a through rate per box by source, the paper's own figure); and a customs agency's
weekly border-wait bulletin with a small table pasted as text (waits in hours this week and
last, trucks across five crossings with a change, a table of trucks and waits by crossing, a
queue in trucks and km, wagons a day against a plan, trains, a range of hours, last year's
worst week, lanes and a capacity a week to come, the cost of a day's wait per truck). About
a fifth are paragraphs without a claim: an official's career with a post's shift number, a
question on a joint control zone, an interview's credits, a headline's three-month high, a
session's number, a report's title, date and working-paper number, another corridor's
bulletin date as an ordinal, a definition agreed in a year, an editorial's sign-off, a
highway's number, a data file's name and customs post codes, a bulletin's week and dates.
Every expectation was written from reading the text, before the parser was run on it
(corrected to the house conventions after the first run: "the five road crossings" names the
set a total is of, no count; two periods were added as checks where the first run read the
question's base year and last January).
"""

from __future__ import annotations

from . import Example, c, ex

# --- 1. Interview with a Georgian customs official (20 Nov 2026) ---------------------------
CU_PUB = "2026-11-20"
CUSTOMS: list[Example] = [
    ex("lf37-customs-p1",
       "'Most trucks now clear in minutes': Georgia's customs chief on the transit boom\n\n"
       "Georgia's border posts handled 612,000 transit trucks in the first ten months of this "
       "year. We asked Levan Abashidze, the deputy head of the Revenue Service in charge of "
       "customs, about queues, scanners and the new electronic queue.",
       c("612,000 transit trucks", 612000, "count", period="2026-01/2026-10"),
       published=CU_PUB),
    ex("lf37-customs-p2-growth",
       "Q: How does that compare with last year?\n"
       "A: It is up 14% on the same period of 2025. Red Bridge, on the Azerbaijani border, "
       "grew fastest, by 22%, to 198,000 trucks.",
       c("14%", 14, "%", change="increase"),
       c("22%", 22, "%", change="increase"),
       # the question's "last year" is the comparison's base, not the answer's time (the ten
       # months of the lead paragraph): checked after the first run read 2025
       c("198,000 trucks", 198000, "count", period=None),
       published=CU_PUB),
    ex("lf37-customs-p3-waits",
       "Q: Drivers still complain of queues at Sarpi.\n"
       "A: In the summer peak the wait reached nine hours. Today the average is under two "
       "hours for trucks with a pre-arrival declaration, and about five hours for those "
       "without.",
       c("nine hours", 9, "hour"),
       c("two hours", 2, "hour", approx="max"),
       c("five hours", 5, "hour", approx="approx"),
       published=CU_PUB),
    ex("lf37-customs-p4-neg-career",
       "Q: You joined customs in 2004, straight from university?\n"
       "A: Yes, from Tbilisi State University, where I studied law. I started as an inspector "
       "at the Kazbegi post, on shift No. 3.",
       published=CU_PUB),
    ex("lf37-customs-p5-queue",
       "Q: What has the electronic queue changed?\n"
       "A: Since its launch in March, 71% of trucks entering at Sarpi book a slot in advance. "
       "A slot costs 25 lari, or 60 lari in the fast lane.",
       c("71%", 71, "%"),
       c("25 lari", 25, "GEL"),
       c("60 lari", 60, "GEL"),
       published=CU_PUB),
    ex("lf37-customs-p6-scanners",
       "Q: And the scanners?\n"
       "A: We installed four new X-ray scanners this year at a cost of 9.6 million lari, paid "
       "for by an EU grant. A scan takes about 90 seconds, against 40 minutes for a physical "
       "check.",
       c("four new X-ray scanners", 4, "count"),
       c("9.6 million lari", 9.6e6, "GEL"),
       c("90 seconds", 90, "s", approx="approx"),
       c("40 minutes", 40, "min"),
       published=CU_PUB),
    ex("lf37-customs-p7-revenue",
       "Q: How much did customs collect?\n"
       "A: In ten months, 4.3 billion lari in duties, VAT and excise at the border, 9% more "
       "than a year before. Transit itself pays little: a transit declaration costs 30 lari.",
       c("4.3 billion lari", 4.3e9, "GEL"),
       c("9%", 9, "%", change="increase"),
       c("30 lari", 30, "GEL"),
       published=CU_PUB),
    ex("lf37-customs-p8-neg-joint",
       "Q: Is it true that Georgia plans to merge its posts with Azerbaijan's?\n"
       "A: We are studying a joint control zone at Red Bridge. Nothing has been signed, and I "
       "would not want to promise a date.",
       published=CU_PUB),
    ex("lf37-customs-p9-ports",
       "Q: What about the Black Sea ports?\n"
       "A: Poti and Batumi put 184,000 containers through customs in ten months, about 35% of "
       "them in transit to Armenia and Azerbaijan. Clearing a box takes 1.4 days on average.",
       c("184,000 containers", 184000, "count"),
       c("35%", 35, "%", approx="approx"),
       c("1.4 days", 1.4, "day"),
       published=CU_PUB),
    ex("lf37-customs-p10-seizures",
       "Q: And smuggling?\n"
       "A: We seized 1.2 tonnes of drugs and 38 million cigarettes this year, and opened 640 "
       "criminal cases.",
       c("1.2 tonnes", 1.2, "t", period="2026"),
       c("38 million cigarettes", 38e6, "count", period="2026"),
       c("640 criminal cases", 640, "count"),
       published=CU_PUB),
    ex("lf37-customs-p11-targets",
       "Q: What are your targets for next year?\n"
       "A: To bring the average wait at Sarpi under one hour and to raise the share of "
       "pre-declared trucks to 90%. We also expect transit to pass 750,000 trucks.",
       c("one hour", 1, "hour", approx="max", kind="projection"),
       c("90%", 90, "%", kind="projection"),
       c("750,000 trucks", 750000, "count", approx="min", kind="projection"),
       published=CU_PUB),
    ex("lf37-customs-p12-neg-credits",
       "The interview was conducted in Tbilisi on 17 November and has been edited for length "
       "and clarity. Photo: Revenue Service press office, 2026.",
       published=CU_PUB),
]

# --- 2. A weekly commodity market wrap (27 Nov 2026) ----------------------------------------
MW_PUB = "2026-11-27"
WRAP: list[Example] = [
    ex("lf37-wrap-p1-neg-head",
       "Commodities wrap: CPC Blend discount narrows, copper slips, wheat firm\n\n"
       "ALMATY, 27 November - Caspian crude rose this week while base metals fell, and Kazakh "
       "wheat held near a three-month high, our weekly round-up of the region's markets shows.",
       published=MW_PUB),
    ex("lf37-wrap-p2-oil",
       "Brent settled at $73.40 a barrel on Thursday, up $1.85 or 2.6% on the week. Azeri "
       "Light traded at a premium of $2.10 to Brent, while CPC Blend's discount narrowed to "
       "$3.60 from $4.90 a week earlier.",
       c("$73.40", 73.4, "USD", per="bbl"),
       c("$1.85", 1.85, "USD", change="increase"),
       c("2.6%", 2.6, "%", change="increase"),
       c("$2.10", 2.1, "USD"),
       c("$3.60", 3.6, "USD"),
       c("$4.90", 4.9, "USD"),
       published=MW_PUB),
    ex("lf37-wrap-p3-loadings",
       "CPC Blend loadings at Novorossiysk are scheduled at 1.42 million barrels a day in "
       "December, against 1.55 million in November, after repairs to a mooring buoy.",
       c("1.42 million barrels", 1.42e6, "bbl", per="day", kind="projection"),
       c("1.55 million", 1.55e6, "bbl", per="day"),
       published=MW_PUB),
    ex("lf37-wrap-p4-metals",
       "On the London Metal Exchange, three-month copper fell 1.9% to $9,480 a tonne, its "
       "lowest since August. Zinc lost $62 to $2,915 a tonne, and aluminium was little "
       "changed at $2,540.",
       c("1.9%", 1.9, "%", change="decrease"),
       c("$9,480", 9480, "USD", per="t"),
       c("$62", 62, "USD", change="decrease"),
       c("$2,915", 2915, "USD", per="t"),
       c("$2,540", 2540, "USD"),
       published=MW_PUB),
    ex("lf37-wrap-p5-cathode",
       "Kazakh exports of copper cathode to China reached 41,000 tonnes in October, customs "
       "data published on Tuesday showed, 8% more than in September.",
       c("41,000 tonnes", 41000, "t", period="2026-10"),
       c("8%", 8, "%", change="increase"),
       published=MW_PUB),
    ex("lf37-wrap-p6-wheat",
       "Wheat was firm. Kazakh third-class milling wheat of 12.5% protein was offered at $232 "
       "a tonne FCA at the Chinese border and $268 a tonne FOB Aktau, both up $4 on the week.",
       c("$232", 232, "USD", per="t"),
       c("$268", 268, "USD", per="t"),
       c("$4", 4, "USD", change="increase"),
       published=MW_PUB),
    ex("lf37-wrap-p7-russia",
       "Russian wheat, the region's benchmark, was quoted at $226 a tonne FOB Novorossiysk, "
       "keeping Kazakh grain at a disadvantage on the Caspian and Iranian routes.",
       c("$226", 226, "USD", per="t"),
       published=MW_PUB),
    ex("lf37-wrap-p8-cotton",
       "Uzbek cotton fibre of middling grade traded at 76.5 US cents a pound on the Tashkent "
       "commodity exchange, down 0.8 cents, while the A Index stood at 79.2 cents.",
       c("76.5 US cents", 0.765, "USD", per="lb"),
       c("0.8 cents", 0.008, "USD", change="decrease"),
       c("79.2 cents", 0.792, "USD"),
       published=MW_PUB),
    ex("lf37-wrap-p9-neg-session",
       "Traders said the exchange's session No. 214 on Wednesday was thin, with the Thanksgiving "
       "holiday in the United States keeping many buyers away.",
       published=MW_PUB),
    ex("lf37-wrap-p10-fx",
       "In currencies, the tenge firmed 0.7% to 512.30 per dollar, helped by oil and by the "
       "National Fund's sales of foreign currency, which the central bank put at $1.1 billion "
       "for November.",
       c("0.7%", 0.7, "%", change="increase"),
       c("512.30", 512.3, "KZT", per="USD"),
       c("$1.1 billion", 1.1e9, "USD", period="2026-11"),
       published=MW_PUB),
    ex("lf37-wrap-p11-uranium",
       "The uranium spot price, which matters to Kazakhstan as the largest producer, was "
       "unchanged at $81.50 a pound, while the long-term price held at $86.",
       c("$81.50", 81.5, "USD", per="lb"),
       c("$86", 86, "USD"),
       published=MW_PUB),
    ex("lf37-wrap-p12-outlook",
       "Traders expect CPC loadings to recover to 1.5 million barrels a day in January and "
       "see wheat between $230 and $240 a tonne at the border until the Chinese New Year.\n\n"
       "Prices are indicative, compiled from exchange data and brokers' quotes as of 17:00 "
       "Almaty time.",
       # (the coming January's: its period checked after the first run read last January's)
       c("1.5 million barrels", 1.5e6, "bbl", per="day", kind="projection", period="2027-01"),
       c("$230 and $240", 230, "USD", value_high=240, per="t", kind="projection"),
       published=MW_PUB),
]

# --- 3. An editorial quoting sources with differing figures (24 Nov 2026) ------------------
ED_PUB = "2026-11-24"
EDITORIAL: list[Example] = [
    ex("lf37-ed-p1-neg-head",
       "Editorial: The Middle Corridor needs one set of numbers\n\n"
       "How much cargo crossed the Caspian on the Middle Corridor in the first nine months of "
       "this year? It depends whom you ask, and that is a problem.",
       published=ED_PUB),
    ex("lf37-ed-p2-tonnes",
       "Kazakhstan's transport ministry says 4.1 million tonnes, up 62% on a year earlier. The "
       "route's international association counts 3.4 million tonnes, a rise of 41%. "
       "Azerbaijan Railways, which counts only cargo that went on by rail from Alat, reports "
       "2.7 million.",
       c("4.1 million tonnes", 4.1e6, "t"),
       c("62%", 62, "%", change="increase"),
       c("3.4 million tonnes", 3.4e6, "t"),
       c("41%", 41, "%", change="increase"),
       c("2.7 million", 2.7e6, "t"),
       published=ED_PUB),
    ex("lf37-ed-p3-teu",
       "Containers show the same spread. The ministry cites 86,000 TEU; the port of Aktau, "
       "52,000 TEU; and the operator of the port at Alat, 61,500 TEU, of which 38% went west.",
       c("86,000 TEU", 86000, "TEU"),
       c("52,000 TEU", 52000, "TEU"),
       c("61,500 TEU", 61500, "TEU"),
       c("38%", 38, "%"),
       published=ED_PUB),
    ex("lf37-ed-p4-oil",
       "Some of the gap is honest. The ministry adds oil products moved by tanker, roughly "
       "900,000 tonnes, which the association leaves out, and it counts the ports of both "
       "Aktau and Kuryk.",
       c("900,000 tonnes", 900000, "t", approx="approx"),
       published=ED_PUB),
    ex("lf37-ed-p5-capacity",
       "Some of it is not. A ministry presentation last month put the route's capacity at 10 "
       "million tonnes a year, while the association's own study finds that the ferries and "
       "berths can move no more than 6 million today.",
       c("10 million tonnes", 10e6, "t", per="year", metric="capacity"),
       c("6 million", 6e6, "t", approx="max"),
       published=ED_PUB),
    ex("lf37-ed-p6-days",
       "Transit times are contested too. Officials in Astana speak of 15 days from China to "
       "the Black Sea; the World Bank's latest review, using shipment data, found a median of "
       "23 days; and forwarders we spoke to quote 25 to 35 days.",
       c("15 days", 15, "day"),
       c("23 days", 23, "day"),
       c("25 to 35 days", 25, "day", value_high=35),
       published=ED_PUB),
    ex("lf37-ed-p7-neg-report",
       "The World Bank's report, 'Corridors for Connectivity', appeared on 3 November as its "
       "policy research working paper No. 10942.",
       published=ED_PUB),
    ex("lf37-ed-p8-stakes",
       "The differences matter. Investors weighing a new $450 million berth at Kuryk, or the "
       "12 ferries on order in China and Turkey, rely on traffic forecasts, and a forecast "
       "built on the higher figure would promise 40% more cargo than one built on the lower.",
       c("$450 million", 450e6, "USD"),
       c("12 ferries", 12, "count"),
       c("40%", 40, "%"),
       published=ED_PUB),
    ex("lf37-ed-p9-tariffs",
       "Nor are the tariffs clear. The association's through rate for a 40-foot box from "
       "Xi'an to Poti is $4,950; Kazakh railway officials quoted $4,200 at a conference in "
       "October; shippers say they pay up to $6,000 once port charges are added.",
       c("$4,950", 4950, "USD", per="40ft container"),
       c("$4,200", 4200, "USD"),
       c("$6,000", 6000, "USD", approx="max"),
       published=ED_PUB),
    ex("lf37-ed-p10-neg-northern",
       "Other corridors manage better. The Northern route's operators publish a monthly "
       "bulletin, with train counts, boxes and transit times, before the tenth of the "
       "following month.",
       published=ED_PUB),
    ex("lf37-ed-p11-neg-definition",
       "The fix is not hard. The region's statistics offices agreed in 2024 on a common "
       "definition of a corridor tonne; two years on, only Georgia applies it.",
       published=ED_PUB),
    ex("lf37-ed-p12-ours",
       "Until then, readers should treat any single figure for the corridor with care, "
       "including ours. For the record, we count 3.6 million tonnes in nine months, adding "
       "up the ports' own reports.",
       c("3.6 million tonnes", 3.6e6, "t"),
       published=ED_PUB),
    ex("lf37-ed-p13-neg-signoff",
       "This editorial reflects the view of the editorial board. Letters to "
       "letters@corridorweekly.kz, no more than 300 words please.",
       published=ED_PUB),
]

# --- 4. A weekly border-wait bulletin with a small table (16 Nov 2026) ---------------------
BW_PUB = "2026-11-16"
BORDER: list[Example] = [
    ex("lf37-border-p1",
       "Border watch: trucks wait longest at Khorgos as the winter rush builds\n\n"
       "ALMATY, 16 November - Trucks heading into China waited an average of 19 hours at the "
       "Khorgos crossing last week, up from 12 hours a week earlier, as exporters raced to "
       "ship before winter, the State Revenue Committee's weekly data show.",
       c("19 hours", 19, "hour"),
       c("12 hours", 12, "hour"),
       published=BW_PUB),
    ex("lf37-border-p2-total",
       "Across the five road crossings with China, 7,860 trucks crossed in both directions in "
       "the week to 15 November, 6% more than the week before.",
       # "the five road crossings" names the set the total is of, no count (house rule, as
       # "the five littoral states"), corrected after the first run
       c("7,860 trucks", 7860, "count"),
       c("6%", 6, "%", change="increase"),
       published=BW_PUB),
    ex("lf37-border-p3-table",
       "Trucks crossed and average waits, week to 15 November:\n"
       "Crossing | Trucks | Wait (hours)\n"
       "Khorgos | 3,120 | 19\n"
       "Nur Zholy | 1,940 | 11\n"
       "Bakhty | 1,050 | 6\n"
       "Maikapchagai | 980 | 8\n"
       "Kalzhat | 770 | 4",
       c("3,120", 3120, "count"), c("19", 19, "hour"),
       c("1,940", 1940, "count"), c("11", 11, "hour"),
       c("1,050", 1050, "count"), c("6", 6, "hour"),
       c("980", 980, "count"), c("8", 8, "hour", nth=1),
       c("770", 770, "count"), c("4", 4, "hour", nth=1),
       published=BW_PUB),
    ex("lf37-border-p4-queue",
       "Khorgos alone handled 40% of the week's trucks. Its parking area has 400 places, and "
       "on Sunday evening 1,300 trucks were queuing on the road outside, a line of about 18 km.",
       c("40%", 40, "%"),
       c("400 places", 400, "count"),
       c("1,300 trucks", 1300, "count"),
       c("18 km", 18, "km", approx="approx"),
       published=BW_PUB),
    ex("lf37-border-p5-neg-drivers",
       "Drivers at the tail of the queue, near the turning for Zharkent on the A-353 highway, "
       "said nobody had told them when the line would move.",
       published=BW_PUB),
    ex("lf37-border-p6-rail",
       "Rail did better. At Dostyk and Altynkol, 1,240 wagons a day crossed into China on "
       "average, against a plan of 1,300, and transit container trains numbered 96 in the "
       "week.",
       c("1,240 wagons", 1240, "count", per="day"),
       c("1,300", 1300, "count", kind="projection"),
       c("96", 96, "count"),
       published=BW_PUB),
    ex("lf37-border-p7-inbound",
       "Inbound the picture is reversed: trucks from China into Kazakhstan waited only three "
       "to four hours at Khorgos, as Chinese exporters' volumes fell 9% after the Singles' Day "
       "sales.",
       c("three to four hours", 3, "hour", value_high=4),
       c("9%", 9, "%", change="decrease"),
       published=BW_PUB),
    ex("lf37-border-p8-neg-file",
       "The committee's table, file border_wk46_2026.xlsx, lists each post with its code, "
       "from 50601 for Khorgos to 50617 for Kalzhat.",
       published=BW_PUB),
    ex("lf37-border-p9-last-year",
       "Last year the worst week came in early December, when waits at Khorgos reached 31 "
       "hours and the queue stretched to 27 km.",
       c("31 hours", 31, "hour", period="2025-12"),
       c("27 km", 27, "km", period="2025-12"),
       published=BW_PUB),
    ex("lf37-border-p10-lanes",
       "The committee says it will open two more lanes at Khorgos by 1 December, raising "
       "capacity to 3,800 trucks a week, and will keep the post open around the clock until "
       "the end of January.",
       c("two more lanes", 2, "count", kind="projection"),
       c("3,800 trucks", 3800, "count", per="week", kind="projection", metric="capacity"),
       published=BW_PUB),
    ex("lf37-border-p11-cost",
       "The hauliers' association KazAvtoTrans puts the cost of a day's wait at about $180 a "
       "truck, in drivers' pay, fuel for heating and missed loads, or some $2.4 million for "
       "last week's queues alone.",
       c("$180", 180, "USD", approx="approx", per="truck"),
       c("$2.4 million", 2.4e6, "USD", approx="approx"),
       published=BW_PUB),
    ex("lf37-border-p12-neg-footer",
       "Border watch appears every Monday. Data: State Revenue Committee, week 46 (9-15 "
       "November 2026).",
       published=BW_PUB),
]

EXAMPLES: list[Example] = CUSTOMS + WRAP + EDITORIAL + BORDER

KNOWN_GAPS: dict[str, str] = {
    "lf37-border-p9-last-year": ("the second figure of the when-clause, after 'and', takes the "
                                 "sentence's lead year ('Last year'), not the month of last "
                                 "year the clause names"),
}
