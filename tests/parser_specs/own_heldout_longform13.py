"""Held-out paragraphs of whole news articles, a thirteenth round, written after the parser.

Four more articles, written in our own words and cut into paragraphs, one example a
paragraph (its id `lf13-GENRE-pN`), so that what a paragraph's sentences lend each other is
tested as an analyst reads it. The genres are near to earlier rounds' but told from another
side: a cargo airline hub's monthly traffic release for Navoi (tonnes and flights in one
month, shares by destination, year-on-year changes, the first quarter to date; earlier
rounds had an airport's yearly release and a feature on Almaty); a ministry's quarterly
report on Uzbekistan's Jizzakh special economic zone (investors by country, jobs, projects
launched and in the pipeline, export earnings, land in hectares); a Black Sea port's notice
of a ro-ro and ferry schedule change with tariffs (per truck, per TEU, per metre of trailer,
discounts and surcharges in percent and in euros; earlier rounds had a Caspian line's); and
an op-ed weighing the Middle Corridor against the Northern and Suez routes by emissions per
TEU as much as by days and dollars per box, with hypotheticals ("if ... it would ...").
About a fifth are paragraphs without a claim: a release's footnote and contacts, a
ministry's decree and hotline, a notice's reference and booking codes, an author's byline.
Every expectation was written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

UZ = "Uzbekistan"
FT40 = "40ft container"

# --- 1. Navoi cargo hub's monthly traffic release (published 8 Apr 2026) ------------------
NV_PUB = "2026-04-08"
NAVOI: list[Example] = [
    ex("lf13-nv-p1",
       "Navoi cargo hub handles 9,400 tonnes in March\n\n"
       "NAVOI, 7 April - Navoi International Airport's cargo hub handled 9,400 tonnes of "
       "freight in March, up 17% from a year earlier and 6% more than in February, the "
       "airport's operator said on Tuesday in its monthly traffic release.",
       c("9,400 tonnes", 9400, "t", period="2026-03", change=None),
       c("9,400 tonnes", 9400, "t", nth=1, period="2026-03", change=None),
       c("17%", 17, "%", change="increase"),
       c("6%", 6, "%", change="increase"),
       published=NV_PUB),
    ex("lf13-nv-p2-flights",
       "The hub served 214 cargo flights during the month, 31 more than in March 2025, "
       "including 126 scheduled services and 88 charters. Average load per flight rose to "
       "43.9 tonnes from 41.2 tonnes.",
       c("214 cargo flights", 214, "count", change=None),
       c("31", 31, "count", change="increase"),
       c("126 scheduled services", 126, "count", change=None),
       c("88 charters", 88, "count", change=None),
       c("43.9 tonnes", 43.9, "t", per="flight"),
       c("41.2 tonnes", 41.2, "t"),
       published=NV_PUB),
    ex("lf13-nv-p3-destinations",
       "Europe remained the largest market, taking 38% of outbound tonnage, followed by China "
       "with 27%, the Gulf states with 19% and South Asia with 11%. Shipments to India more "
       "than doubled year on year.",
       c("38%", 38, "%", change=None),
       c("27%", 27, "%", change=None, entities=["China"]),
       c("19%", 19, "%", change=None),
       c("11%", 11, "%", change=None),
       c("doubled", 2, "x", approx="min", change="increase", entities=["India"]),
       published=NV_PUB),
    ex("lf13-nv-p4-neg-note",
       "Note: figures are preliminary and include mail; transit cargo that did not leave the "
       "airside area is counted once. Press office: +998 79 223 40 16.",
       published=NV_PUB),
    ex("lf13-nv-p5-quarter",
       "In the first quarter as a whole the hub handled 25,800 tonnes, 12% more than a year "
       "ago, of which e-commerce parcels accounted for about 4,100 tonnes. Export cargo grew "
       "by 2,300 tonnes, mainly fruit, vegetables and textiles.",
       c("25,800 tonnes", 25800, "t", period="2026-01/2026-03", change=None),
       c("12%", 12, "%", change="increase"),
       c("4,100 tonnes", 4100, "t", approx="approx", change=None),
       c("2,300 tonnes", 2300, "t", change="increase"),
       published=NV_PUB),
    ex("lf13-nv-p6-outlook",
       "The operator expects to handle 110,000 tonnes in 2026 and plans to add two weekly "
       "freighter flights to Frankfurt from May, which would lift capacity on the route by "
       "about 180 tonnes a week.",
       c("110,000 tonnes", 110e3, "t", kind="projection", period="2026", change=None),
       c("two weekly freighter flights", 2, "count", per="week", kind="projection"),
       c("180 tonnes", 180, "t", approx="approx", per="week", change="increase",
         kind="projection"),
       published=NV_PUB),
]

# --- 2. A ministry's quarterly report on the Jizzakh SEZ (published 20 Oct 2025) ----------
SZ_PUB = "2025-10-20"
SEZ: list[Example] = [
    ex("lf13-sz-p1",
       "Jizzakh economic zone draws $184 million in third quarter\n\n"
       "TASHKENT, 20 October - Uzbekistan's Jizzakh special economic zone attracted $184 "
       "million of investment in July-September, 23% more than in the second quarter, the "
       "Ministry of Investment, Industry and Trade said in its quarterly report.",
       c("$184 million", 184e6, "USD", metric="investment", change=None),
       c("$184 million", 184e6, "USD", nth=1, metric="investment", period="2025-07/2025-09",
         change=None),
       c("23%", 23, "%", change="increase"),
       published=SZ_PUB),
    ex("lf13-sz-p2-investors",
       "The zone now has 96 resident companies, nine of which registered during the quarter. "
       "Chinese investors account for 41 of the residents, Turkish for 17 and South Korean for "
       "8, while local companies make up the rest.",
       c("96 resident companies", 96, "count", change=None),
       c("nine", 9, "count", change=None),
       c("41", 41, "count", change=None, entities=["China"]),
       c("17", 17, "count", change=None),
       c("8", 8, "count", change=None),
       published=SZ_PUB),
    ex("lf13-sz-p3-jobs",
       "Residents employed 14,600 people at the end of September, up from 12,900 a year "
       "earlier, and paid an average monthly wage of 5.8 million soums, about 40% above the "
       "regional average.",
       c("14,600 people", 14600, "count", change=None),
       c("12,900", 12900, "count", change=None),
       c("5.8 million soums", 5.8e6, "UZS", per="month", metric="wage", change=None),
       c("40%", 40, "%", approx="approx"),
       published=SZ_PUB),
    ex("lf13-sz-p4-projects",
       "Six projects worth a combined $97 million were launched in the quarter, including a "
       "glass plant and a copper cable factory, and 14 more with a value of $620 million are "
       "under construction and due to start output by the end of 2026.",
       c("Six projects", 6, "count", change=None),
       c("$97 million", 97e6, "USD", change=None),
       c("14", 14, "count", change=None),
       c("$620 million", 620e6, "USD", change=None),
       published=SZ_PUB),
    ex("lf13-sz-p5-exports",
       "Exports by residents reached $132 million in the first nine months, up 29% year on "
       "year, with building materials and home appliances shipped mainly to Kazakhstan, "
       "Afghanistan and Russia.",
       c("$132 million", 132e6, "USD", metric="exports", period="2025-01/2025-09",
         change=None),
       c("29%", 29, "%", change="increase"),
       published=SZ_PUB),
    ex("lf13-sz-p6-land",
       "The zone covers 1,250 hectares, of which 870 hectares have been allocated. The "
       "government plans to add another 400 hectares in the Sirdaryo district next year.",
       c("1,250 hectares", 1250, "ha", change=None),
       c("870 hectares", 870, "ha", change=None),
       c("400 hectares", 400, "ha", kind="projection", period="2026", change="increase"),
       published=SZ_PUB),
    ex("lf13-sz-p7-neg-decree",
       "The zone was set up under Presidential Decree No. UP-5155 of 2017 and is run by a "
       "directorate at 1 Sharof Rashidov Street, Jizzakh. Investor hotline: 1008.",
       published=SZ_PUB),
]

# --- 3. A Black Sea port's ro-ro and ferry schedule and tariff notice (2 Mar 2026) --------
RR_PUB = "2026-03-02"
RORO: list[Example] = [
    ex("lf13-rr-p1",
       "Poti port changes ro-ro timetable and tariffs from April\n\n"
       "POTI, 2 March - Poti Sea Port will run three ro-ro sailings a week to Constanta from "
       "1 April instead of two, and its ferry to Burgas will call twice a week, the port's "
       "operator said in a notice to shippers.",
       c("three ro-ro sailings", 3, "count", per="week", kind="projection"),
       c("two", 2, "count"),
       published=RR_PUB),
    ex("lf13-rr-p2-truck",
       "The base tariff for an accompanied truck of up to 16.5 metres on the Constanta line "
       "will be EUR 1,450, up from EUR 1,390, while an unaccompanied trailer will cost EUR 68 "
       "per metre of length.",
       c("16.5 metres", 16.5, "m", approx="max", metric=None),
       c("EUR 1,450", 1450, "EUR", per="truck", kind="projection", change=None),
       c("EUR 1,390", 1390, "EUR", change=None),
       c("EUR 68", 68, "EUR", per="m", kind="projection", change=None),
       published=RR_PUB),
    ex("lf13-rr-p3-teu",
       "Containers on flat racks will be charged EUR 410 per TEU and EUR 690 per FEU. "
       "Empty boxes travel at half the rate.",
       c("EUR 410", 410, "EUR", per="TEU", kind="projection", change=None),
       c("EUR 690", 690, "EUR", per=FT40, kind="projection", change=None),
       c("half", 50, "%", change=None),
       published=RR_PUB),
    ex("lf13-rr-p4-discounts",
       "Shippers booking more than 20 units a month will get a 7% discount, rising to 12% for "
       "more than 50 units. A winter surcharge of EUR 45 per truck will be dropped, but the "
       "bunker adjustment factor goes up to 9.5% of the base freight.",
       c("20 units", 20, "count", approx="min", per="month"),
       c("7%", 7, "%", change=None),
       c("12%", 12, "%", change=None),
       c("50 units", 50, "count", approx="min"),
       c("EUR 45", 45, "EUR", per="truck", change=None),
       c("9.5%", 9.5, "%", change=None),
       published=RR_PUB),
    ex("lf13-rr-p5-neg-codes",
       "Notice ref. PSP/COM/026-2026 replaces notice 114-2025. Bookings: service codes RC3 "
       "and FB2 in the port's portal; Berth 11 and 12 remain the loading berths.",
       published=RR_PUB),
    ex("lf13-rr-p6-transit",
       "Transit time to Constanta will stay at about 52 hours, while the Burgas ferry will "
       "take 40 hours after a new vessel with 1,900 lane metres joins the route in May.",
       c("52 hours", 52, "hour", approx="approx", metric="transit time"),
       c("40 hours", 40, "hour", kind="projection", metric="transit time"),
       c("1,900 lane metres", 1900, "m", change=None),
       published=RR_PUB),
    ex("lf13-rr-p7-volumes",
       "Poti's ro-ro traffic rose 21% last year to 38,700 units, and the port expects to pass "
       "45,000 units in 2026 as trucks from Central Asia shift to the Black Sea crossing.",
       c("21%", 21, "%", change="increase", period="2025"),
       c("38,700 units", 38700, "count", period="2025", change=None),
       c("45,000 units", 45000, "count", approx="min", kind="projection", period="2026"),
       published=RR_PUB),
]

# --- 4. An op-ed weighing routes by days, dollars and emissions (published 12 May 2026) ---
OP_PUB = "2026-05-12"
OPED: list[Example] = [
    ex("lf13-op-p1",
       "Opinion: The greenest route to Europe is not the one you think\n\n"
       "Shippers comparing routes between China and Europe tend to look at two numbers: days "
       "and dollars. A container sent by sea round the Cape now takes 45-50 days and costs "
       "about $2,400, while the Northern rail route through Russia needs 16-18 days at roughly "
       "$3,900 per box.",
       c("45-50 days", 45, "day", value_high=50, metric="transit time"),
       c("$2,400", 2400, "USD", approx="approx", change=None),
       c("16-18 days", 16, "day", value_high=18, metric="transit time"),
       c("$3,900", 3900, "USD", approx="approx", per="container", change=None),
       published=OP_PUB),
    ex("lf13-op-p2-middle",
       "The Middle Corridor sits in between on time, at 18-25 days, but is the dearest, at "
       "$5,500-6,000 per 40ft container, because of its two sea legs and several border "
       "crossings.",
       c("18-25 days", 18, "day", value_high=25, metric="transit time"),
       c("$5,500-6,000", 5500, "USD", value_high=6000, per=FT40, change=None),
       published=OP_PUB),
    ex("lf13-op-p3-emissions",
       "Emissions tell a different story. By our estimate a TEU moved by electrified rail "
       "across Kazakhstan emits about 0.6 tonnes of CO2 over the whole journey, against 1.1 "
       "tonnes by sea via the Cape and 0.8 tonnes via Suez.",
       c("0.6 tonnes", 0.6, "t", approx="approx", per="TEU"),
       c("1.1 tonnes", 1.1, "t"),
       c("0.8 tonnes", 0.8, "t"),
       published=OP_PUB),
    ex("lf13-op-p4-neg-argument",
       "None of this is news to the logistics managers I talk to. What they lack is not data "
       "but a price on carbon that would make the cleaner option the cheaper one.",
       published=OP_PUB),
    ex("lf13-op-p5-hypo",
       "If the EU charged $100 per tonne of CO2 on the whole journey, the gap between the "
       "Middle Corridor and the Cape route would narrow by about $50 per box. If the Caspian "
       "crossing were cut to two days from five, the corridor would be as fast as the "
       "Northern route.",
       c("$100", 100, "USD", per="t"),
       c("$50", 50, "USD", approx="approx", per="container", change="decrease"),
       c("two days", 2, "day"),
       c("five", 5, "day"),
       published=OP_PUB),
    ex("lf13-op-p6-volumes",
       "Volumes are still tiny. The corridor carried about 4.5 million tonnes last year, "
       "less than 1% of trade between China and Europe by weight, while Suez handled 12-15% "
       "of world trade before the Red Sea attacks.",
       c("4.5 million tonnes", 4.5e6, "t", approx="approx", period="2025", change=None),
       c("1%", 1, "%", approx="max"),
       c("12-15%", 12, "%", value_high=15),
       published=OP_PUB),
    ex("lf13-op-p7-neg-byline",
       "The author is a senior fellow at the Caspian Policy Forum in Baku and a former "
       "director of the Trans-Caspian Route's 2019-2022 working group.",
       published=OP_PUB),
]

EXAMPLES: list[Example] = [*NAVOI, *SEZ, *RORO, *OPED]

KNOWN_GAPS: dict[str, str] = {
    "lf13-nv-p2-flights": "a bare 'charters' ('126 scheduled services and 88 charters') is no "
                          "count: it names a ship's or a tanker's charter parties as often "
                          "('KMTF concluded 35 charters for its tankers'); only 'charter "
                          "flights' is counted, and telling an airport's from the context "
                          "needs the sentence's subject",
    "lf13-sz-p1": "headline 'Jizzakh economic zone draws $184 million': 'draws' is no cue of "
                  "investment (it is as often 'draws down $50 million' of a loan or 'draws "
                  "on reserves'), and the lead's 'attracted ... of investment' is not lent "
                  "back to the headline's figure",
    "lf13-sz-p2-investors": "'96 resident companies, nine of which registered': a bare number "
                            "word is no candidate for an elliptic count (as in lf12-bc-p4-"
                            "staff); 'nine of which' would need a partitive rule for words",
    "lf13-sz-p4-projects": "'and 14 more with a value of $620 million': a bare '14 more' takes "
                           "its counted noun ('projects') from the sentence's subject; no "
                           "rule reads 'N more' as elliptic after a count of another clause",
    "lf13-rr-p1": "'three ro-ro sailings a week ... instead of two': a bare number word after "
                  "'instead of' is no candidate (as in lf12-bc-p4-staff)",
    "lf13-op-p3-emissions": "'a TEU moved by electrified rail ... emits about 0.6 tonnes of "
                            "CO2': the rate's denominator is the sentence's subject ('a TEU "
                            "... emits'); only 'each/every X carries' is read so",
}
