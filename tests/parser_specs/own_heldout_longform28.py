"""Held-out paragraphs of whole news articles, a twenty-eighth round, written after the parser.

Four more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform27`) did not cover as whole articles, written in our own words and cut
into paragraphs, one example a paragraph (its id `lf28-GENRE-pN`), so that what a
paragraph's sentences lend each other is tested as an analyst reads it: an edited transcript
of a transport minister's press conference in Baku on the Zangezur route and the Middle
Corridor, with a moderator's lines and questions and answers (tonnes a year in phases, km
laid and left, money spent, a cost estimate as a range, a port's tonnes and TEU and its
next phase, a tariff cut and a box's price then and now, ferries' wagons and trucks, waits in
days and hours, clearance in minutes); an IMF staff team's Article IV concluding statement on
Georgia (growth then and forecast, inflation against its target, the policy rate, the
deficit and debt as shares of GDP, the current account, re-exports and transit receipts,
reserves in months of imports, FDI, a fraction in words, a port's planned TEU, a
hypothetical shock and its effect in percentage points, the lari's range per dollar); a
Caspian rail-ferry and Ro-Ro booking platform's monthly statistics (wagon slots, trucks and
TEU booked with changes on the month and the year, users by type, deck utilisation, booking
lead times, cancellations, waits with and without a slot, fees per booking in tenge, a slot's
price and a peak surcharge, sailings and vessels, the year to date, a target and a new
port's slots a month); and a story on empty containers piling up in Central Asia (empties at
depots now and a year before, shares of boxes leaving loaded, lessors' per diem rates and
drop-off charges, a pick-up credit, the cost and days of repositioning, shipper-owned boxes'
share and price, a depot's hectares, ground slots and storage per day after free days, used
and new box prices, a shortage on the Trans-Caspian side, a plan of empty block trains, an
outlook range). About a fifth are paragraphs without a claim: a moderator's call for
questions with a microphone's number, a working group's ordinal meeting and a date, the
last question's row, a transcript's web address; an IMF disclaimer with a press release's
number, a mission's dates and an address; a platform operator's registration number and
release day, a booking site's app version and hotline, a director's quote with a room
number; lessors' names with ISO type codes and owner prefixes, a lessor's quote with a week's
number, a byline and a photo credit. Every expectation was written from reading the text,
before the parser was run on it (one surface was corrected to the house conventions after the
first run, marked where it stands).
"""

from __future__ import annotations

from . import Example, c, ex

AZ = "Azerbaijan"
GE = "Georgia"

# --- 1. A transport minister's press conference in Baku (5 Mar 2026) ---------------------------
CONF_PUB = "2026-03-05"
CONF: list[Example] = [
    ex("lf28-conf-p1",
       "Minister: Horadiz-Agbend railway to open in 2028, carry 5 million tonnes in first "
       "phase\n\n"
       "BAKU, 5 March - Azerbaijan's minister of digital development and transport held a "
       "press conference on Thursday on the Zangezur route and the Middle Corridor. Below is "
       "an edited transcript.",
       c("5 million tonnes", 5e6, "t", kind="projection"),
       published=CONF_PUB),
    ex("lf28-conf-p2-opening",
       "MINISTER: Good afternoon. Last year 4.5 million tonnes of cargo moved along the "
       "Middle Corridor through Azerbaijan, 12% more than in 2024, and container traffic "
       "reached 68,000 TEU.",
       c("4.5 million tonnes", 4.5e6, "t", period="2025", kind="actual"),
       c("12%", 12, "%", change="increase"),
       c("68,000 TEU", 68000, "TEU"),
       published=CONF_PUB),
    ex("lf28-conf-p3-line",
       "The Horadiz-Agbend line is 110 kilometres long. Of that, 93 km are already laid, and "
       "the remaining 17 km, up to the border at Agbend, will be finished by the end of this "
       "year. We have spent 1.6 billion manats on it so far.",
       c("110 kilometres", 110, "km"),
       c("93 km", 93, "km"),
       c("17 km", 17, "km"),
       c("1.6 billion manats", 1.6e9, "AZN"),
       published=CONF_PUB),
    ex("lf28-conf-p4-neg-moderator",
       "MODERATOR: Thank you, Minister. We will now take questions. Please give your name "
       "and your outlet. The first question, microphone 3.",
       published=CONF_PUB),
    ex("lf28-conf-p5-traffic",
       "QUESTION (APA): How much traffic do you expect once the route through Armenia "
       "opens?\n"
       "MINISTER: In the first phase, 5 million tonnes a year, rising later to 15 million "
       "tonnes a year. The journey from Baku to Kars would be cut by about 30 hours.",
       c("5 million tonnes", 5e6, "t", per="year", kind="projection"),
       c("15 million tonnes", 15e6, "t", per="year", kind="projection"),
       c("30 hours", 30, "hour", approx="approx", change="decrease"),
       published=CONF_PUB),
    ex("lf28-conf-p6-armenian-section",
       "QUESTION (Reuters): The Armenian section through Meghri is said to be 43 kilometres. "
       "Who will pay for it, and how much will it cost?\n"
       "MINISTER: Estimates range from $400 million to $500 million. That is for the "
       "Armenian side and its partners to decide.",
       c("43 kilometres", 43, "km"),
       c("$400 million to $500 million", 400e6, "USD", value_high=500e6),
       published=CONF_PUB),
    ex("lf28-conf-p7-port",
       "On the Caspian, the port of Baku at Alat handled 7.2 million tonnes last year and its "
       "container terminal 81,000 TEU. The second phase will raise capacity to 25 million "
       "tonnes and 500,000 TEU by 2029.",
       c("7.2 million tonnes", 7.2e6, "t", period="2025"),
       c("81,000 TEU", 81000, "TEU"),
       c("25 million tonnes", 25e6, "t", kind="projection", period="2029"),
       c("500,000 TEU", 500000, "TEU", kind="projection", period="2029"),
       published=CONF_PUB),
    ex("lf28-conf-p8-neg-working-group",
       "QUESTION (Trend): Will the trilateral working group meet again soon?\n"
       "MINISTER: Its 14th meeting is planned in Nakhchivan on 17 April. I will not go into "
       "the agenda.",
       published=CONF_PUB),
    ex("lf28-conf-p9-tariffs",
       "QUESTION (Interfax): Shippers complain that the route is expensive.\n"
       "MINISTER: We have cut our rail tariff for transit containers by 20% this year. A "
       "40-foot container from Aktau to the Georgian border now costs $1,150 by ferry and "
       "rail, against $1,450 a year ago.",
       c("20%", 20, "%", change="decrease"),
       c("$1,150", 1150, "USD"),
       c("$1,450", 1450, "USD"),
       published=CONF_PUB),
    ex("lf28-conf-p10-ferries",
       "MINISTER: ASCO has ordered new Ro-Pax ferries, each able to carry 56 wagons or 50 "
       "trucks, and the first of them arrives next year. The fleet will then number 13 "
       "ferries and Ro-Ro ships.",
       c("56 wagons", 56, "count"),
       c("50 trucks", 50, "count"),
       c("13 ferries", 13, "count"),
       published=CONF_PUB),
    ex("lf28-conf-p11-waits",
       "QUESTION (Kazinform): How long do wagons wait for a ferry at Aktau now?\n"
       "MINISTER: On average 2.5 days, down from 6 to 7 days in 2023. Our goal is no more "
       "than 24 hours.",
       c("2.5 days", 2.5, "day"),
       c("6 to 7 days", 6, "day", value_high=7, period="2023"),
       c("24 hours", 24, "hour", approx="max", kind="projection"),
       published=CONF_PUB),
    ex("lf28-conf-p12-neg-last-question",
       "MODERATOR: We have time for one last question. The colleague in the third row, "
       "please.",
       published=CONF_PUB),
    ex("lf28-conf-p13-digital",
       "MINISTER: Since January, 92% of transit consignments have been cleared with "
       "electronic waybills, and a train now clears the Georgian border in 40 minutes "
       "instead of 3 hours.",
       c("92%", 92, "%"),
       c("40 minutes", 40, "min"),
       c("3 hours", 3, "hour"),
       published=CONF_PUB),
    ex("lf28-conf-p14-neg-video",
       "The transcript has been edited for length. The full video is at "
       "mincom.gov.az/press/2026/03/05.",
       published=CONF_PUB),
]

# --- 2. An IMF staff team's Article IV statement on Georgia (22 Apr 2026) ---------------------
IMF_PUB = "2026-04-22"
IMF: list[Example] = [
    ex("lf28-imf-p1",
       "IMF staff see Georgia's growth slowing to 5.5% in 2026\n\n"
       "TBILISI, 22 April - An International Monetary Fund staff team ended its Article IV "
       "visit to Georgia on Wednesday, saying the economy grew 7.8% last year on strong "
       "transit, tourism and credit, but should slow to 5.5% this year.",
       c("5.5%", 5.5, "%", kind="projection", period="2026"),
       c("7.8%", 7.8, "%", change="increase", period="2025", kind="actual"),
       c("5.5%", 5.5, "%", nth=1, kind="projection"),
       published=IMF_PUB),
    ex("lf28-imf-p2-neg-disclaimer",
       "The statement describes the preliminary findings of IMF staff and does not "
       "necessarily represent the views of the Executive Board, which is expected to discuss "
       "the staff report in June (press release No. 26/141).",
       published=IMF_PUB),
    ex("lf28-imf-p3-inflation",
       "Inflation has stayed close to the National Bank of Georgia's 3% target, at 3.4% in "
       "March, and staff expect it to average 3.2% in 2026. The policy rate, at 8%, is "
       "appropriate, the team said.",
       c("3%", 3, "%"),
       c("3.4%", 3.4, "%", period="2026-03"),
       c("3.2%", 3.2, "%", kind="projection", period="2026"),
       c("8%", 8, "%"),
       published=IMF_PUB),
    ex("lf28-imf-p4-fiscal",
       "The fiscal deficit narrowed to 2.2% of GDP in 2025 from 2.5% in 2024, and public debt "
       "fell to 36.1% of GDP, the lowest since 2015. The 2026 budget targets a deficit of "
       "2.5%, which staff consider broadly appropriate.",
       c("2.2%", 2.2, "%", period="2025"),
       c("2.5%", 2.5, "%", period="2024"),
       c("36.1%", 36.1, "%"),
       c("2.5%", 2.5, "%", nth=1, kind="projection", period="2026"),
       published=IMF_PUB),
    ex("lf28-imf-p5-external",
       "The current account deficit shrank to 4.3% of GDP, helped by re-exports of cars, "
       "which reached $3.1 billion, and by transit receipts of about $1 billion. Gross "
       "international reserves rose to $5.6 billion at end-March, covering 3.9 months of "
       "imports.",
       c("4.3%", 4.3, "%"),
       c("$3.1 billion", 3.1e9, "USD"),
       c("$1 billion", 1e9, "USD", approx="approx"),
       c("$5.6 billion", 5.6e9, "USD"),
       c("3.9 months", 3.9, "month"),
       published=IMF_PUB),
    ex("lf28-imf-p6-transit",
       "Cargo carried through Georgia's ports and railway rose 14% in 2025, with Middle "
       "Corridor transit up by a fifth, but staff warned that congestion at Poti could cap "
       "the gains. The Anaklia deep-sea port, with a planned first-phase capacity of 600,000 "
       "TEU, should be tendered transparently.",
       c("14%", 14, "%", change="increase", period="2025"),
       c("a fifth", 20, "%", change="increase"),
       c("600,000 TEU", 600000, "TEU", kind="projection"),
       published=IMF_PUB),
    ex("lf28-imf-p7-fdi",
       "Foreign direct investment fell to $1.4 billion, or 2.9% of GDP, the lowest share in a "
       "decade, and staff urged steps to restore investors' confidence in the courts.",
       c("$1.4 billion", 1.4e9, "USD"),
       c("2.9%", 2.9, "%"),
       published=IMF_PUB),
    ex("lf28-imf-p8-medium-term",
       "Over the medium term, growth is projected to settle at about 5%, with risks tilted to "
       "the downside. A 10% fall in transit receipts would cut growth by roughly 0.3 "
       "percentage points, the team estimated.",
       c("5%", 5, "%", approx="approx", kind="projection"),
       c("10%", 10, "%", change="decrease"),
       c("0.3 percentage points", 0.3, "pp", approx="approx", change="decrease"),
       published=IMF_PUB),
    ex("lf28-imf-p9-neg-mission",
       "The mission took place on 8-22 April and met the authorities at the National Bank's "
       "headquarters, 2 Sanapiro Street, Tbilisi 0114.",
       published=IMF_PUB),
    ex("lf28-imf-p10-lari",
       "The lari has been broadly stable at 2.70-2.75 per dollar since the autumn, and the "
       "National Bank bought $1.9 billion in the market in 2025, staff noted.",
       c("2.70-2.75", 2.70, "GEL", value_high=2.75, per="USD"),
       c("$1.9 billion", 1.9e9, "USD", period="2025"),
       published=IMF_PUB),
    ex("lf28-imf-p11-spending",
       "Capital spending is budgeted at 7.5% of GDP this year, including 1.2 billion lari for "
       "the East-West highway and the railway's modernisation, which staff said should be "
       "prioritised by returns.",
       c("7.5%", 7.5, "%", kind="projection"),
       c("1.2 billion lari", 1.2e9, "GEL"),
       published=IMF_PUB),
    ex("lf28-imf-p12-jobs",
       "Unemployment fell to 13.9% in 2025, its lowest on record, but youth unemployment "
       "remains near 25%, and staff called for better vocational training.",
       c("13.9%", 13.9, "%", period="2025"),
       c("25%", 25, "%", approx="approx"),
       published=IMF_PUB),
]

# --- 3. A Caspian ferry booking platform's monthly statistics (6 May 2026) ------------------
BOOK_PUB = "2026-05-06"
BOOK: list[Example] = [
    ex("lf28-book-p1",
       "Ferry booking platform logs record April as wagons shift to Alat\n\n"
       "AKTAU, 6 May - Shippers booked 9,840 wagon slots on Caspian rail ferries through the "
       "CaspianSlot online platform in April, 17% more than in March and 41% more than a year "
       "earlier, its operator said on Wednesday.",
       c("9,840 wagon slots", 9840, "count", period="2026-04"),
       c("17%", 17, "%", change="increase"),
       c("41%", 41, "%", change="increase"),
       published=BOOK_PUB),
    ex("lf28-book-p2-trucks-teu",
       "Truck and trailer bookings on Ro-Ro vessels reached 3,215 units, while container "
       "bookings on the Aktau-Baku and Kuryk-Alat lines totalled 6,400 TEU.",
       c("3,215 units", 3215, "count"),
       c("6,400 TEU", 6400, "TEU"),
       published=BOOK_PUB),
    ex("lf28-book-p3-users",
       "The platform now has 1,126 registered users, among them 412 freight forwarders and 88 "
       "railway operators, after 57 companies joined in April.",
       c("1,126 registered users", 1126, "count"),
       c("412 freight forwarders", 412, "count"),
       c("88 railway operators", 88, "count"),
       c("57 companies", 57, "count"),
       published=BOOK_PUB),
    ex("lf28-book-p4-neg-operator",
       "CaspianSlot is run by Caspian Digital Hub LLP (BIN 210840019276) under a 2024 "
       "agreement between KTZ Express, ADY Container and ASCO. Its statistics are published "
       "on the 6th working day of each month.",
       published=BOOK_PUB),
    ex("lf28-book-p5-utilisation",
       "Average utilisation of the ferries' wagon decks was 86%, against 71% in April 2025; on "
       "the Kuryk-Alat line it reached 94%, leaving almost no free space in the second half "
       "of the month.",
       c("86%", 86, "%"),
       c("71%", 71, "%", period="2025-04"),
       c("94%", 94, "%"),
       published=BOOK_PUB),
    ex("lf28-book-p6-lead-time",
       "Shippers booked 11.5 days ahead of sailing on average, up from 6 days a year ago, and "
       "7.3% of bookings were cancelled or not used, down from 12.1%.",
       c("11.5 days", 11.5, "day"),
       c("6 days", 6, "day"),
       c("7.3%", 7.3, "%"),
       c("12.1%", 12.1, "%"),
       published=BOOK_PUB),
    ex("lf28-book-p7-waits",
       "Wagons with a confirmed slot waited an average of 19 hours at Kuryk before loading, "
       "compared with 54 hours for those sent without a booking.",
       c("19 hours", 19, "hour"),
       c("54 hours", 54, "hour"),
       published=BOOK_PUB),
    ex("lf28-book-p8-fees",
       "The platform's fee is 4,500 tenge per wagon booking and 2,000 tenge per truck. A slot "
       "for a loaded 20-foot container on the Aktau-Baku line was listed at $540, and a "
       "dynamic-pricing pilot added a surcharge of up to 15% at peak times.",
       c("4,500 tenge", 4500, "KZT"),
       c("2,000 tenge", 2000, "KZT"),
       c("$540", 540, "USD"),
       c("15%", 15, "%", approx="max"),
       published=BOOK_PUB),
    ex("lf28-book-p9-sailings",
       "A total of 112 ferry sailings were offered on the platform in April, 23 more than in "
       "March, with 9 vessels taking part.",
       c("112 ferry sailings", 112, "count", period="2026-04"),
       c("23", 23, "count", change="increase"),
       c("9 vessels", 9, "count"),
       published=BOOK_PUB),
    ex("lf28-book-p10-neg-helpdesk",
       "Bookings are made at caspianslot.kz or in the KTZ Express app, version 3.2; the help "
       "desk answers on 1414 and +7 7292 30 55 10.",
       published=BOOK_PUB),
    ex("lf28-book-p11-ytd",
       "In January-April, 31,700 wagon slots and 21,900 TEU were booked, a third more than in "
       "the same period of 2025. Revenue from the fees came to 164 million tenge.",
       c("31,700 wagon slots", 31700, "count", period="2026-01/2026-04"),
       c("21,900 TEU", 21900, "TEU"),
       c("a third", 100 / 3, "%", change="increase"),
       c("164 million tenge", 164e6, "KZT"),
       published=BOOK_PUB),
    ex("lf28-book-p12-target",
       "The operator aims to handle 120,000 wagon bookings this year and to connect "
       "Turkmenbashi port by the third quarter, which would add about 2,000 wagon slots a "
       "month.",
       c("120,000 wagon bookings", 120000, "count", kind="projection", period="2026"),
       c("2,000 wagon slots", 2000, "count", approx="approx", per="month",
         kind="projection"),
       published=BOOK_PUB),
    ex("lf28-book-p13-neg-quote",
       "\"Paper queues are over,\" the hub's director, Aidos Nurpeisov, told a briefing in room "
       "305 of the Aktau port building.",
       published=BOOK_PUB),
]

# --- 4. Empty containers pile up in Central Asia (15 Jun 2026) ------------------------------
BOX_PUB = "2026-06-15"
BOX: list[Example] = [
    ex("lf28-box-p1",
       "Empty boxes pile up in Central Asia as westbound trade outruns eastbound\n\n"
       "ALMATY, 15 June - About 48,000 empty containers were sitting at depots in Kazakhstan "
       "and Uzbekistan at the end of May, up from some 26,000 a year earlier, as trains from "
       "China arrive full and leave light, lessors and operators say.",
       c("48,000 empty containers", 48000, "count", approx="approx"),
       c("26,000", 26000, "count", approx="approx"),
       published=BOX_PUB),
    ex("lf28-box-p2-loaded-share",
       "Only 35% of the boxes arriving from China leave the region loaded, according to KTZ "
       "Express, down from 44% in 2024.",
       c("35%", 35, "%"),
       c("44%", 44, "%", period="2024"),
       published=BOX_PUB),
    ex("lf28-box-p3-per-diem",
       "Leasing companies have raised per diem rates for a 40-foot high cube on one-way "
       "China-Central Asia leases to $2.10 a day, from $1.40 in January, and drop-off charges "
       "in Almaty or Tashkent now run at $900-1,200 per box.",
       c("$2.10", 2.10, "USD", per="day"),
       c("$1.40", 1.40, "USD"),
       c("$900-1,200", 900, "USD", value_high=1200),
       published=BOX_PUB),
    ex("lf28-box-p4-pickup",
       "Conversely, lessors pay shippers a pick-up credit of up to $300 for taking a box out "
       "of Central Asia to China or Europe.",
       c("$300", 300, "USD", approx="max"),
       published=BOX_PUB),
    ex("lf28-box-p5-neg-codes",
       "Triton, Textainer, CAI and Florens all lease boxes on the route. A 40ft high cube is "
       "type 45G1 under ISO 6346, and prefixes such as TGHU and FCIU name the owner.",
       published=BOX_PUB),
    ex("lf28-box-p6-repositioning",
       "Repositioning an empty 40-foot container by rail from Almaty to Xi'an costs about "
       "$1,100 and takes 9-11 days.",
       c("$1,100", 1100, "USD", approx="approx"),
       c("9-11 days", 9, "day", value_high=11),
       published=BOX_PUB),
    ex("lf28-box-p7-soc",
       "Shipper-owned containers now make up 62% of the boxes on China-Central Asia trains, "
       "against 45% three years ago, as buyers of new Chinese boxes at around $2,300 each "
       "sell them off locally after one trip.",
       c("62%", 62, "%"),
       c("45%", 45, "%"),
       c("$2,300", 2300, "USD", approx="approx"),
       published=BOX_PUB),
    ex("lf28-box-p8-depot",
       "At the Almaty-1 dry port, empties take up 11 hectares and 7,800 ground slots; the "
       "depot charges 1,500 tenge a day for storage after 10 free days.",
       c("11 hectares", 11, "ha"),
       c("7,800 ground slots", 7800, "count"),
       c("1,500 tenge", 1500, "KZT", per="day"),
       c("10 free days", 10, "day"),
       published=BOX_PUB),
    ex("lf28-box-p9-prices",
       "The glut has pushed the price of a used 40ft box in Tashkent down to $1,350, 30% less "
       "than in December, while a new one in Shanghai costs $2,450.",
       c("$1,350", 1350, "USD"),
       c("30%", 30, "%", change="decrease"),
       c("$2,450", 2450, "USD"),
       published=BOX_PUB),
    ex("lf28-box-p10-caucasus",
       "On the Trans-Caspian route the picture is reversed: depots in Baku and Tbilisi report "
       "a shortage of about 3,000 empties, and some forwarders pay $250 more per box to "
       "secure equipment for eastbound cargo.",
       # the house's surface of a count takes its counted noun, "empties" (corrected after
       # the first run, when "empties" was no counted noun yet)
       c("3,000 empties", 3000, "count", approx="approx"),
       c("$250", 250, "USD", change="increase"),
       published=BOX_PUB),
    ex("lf28-box-p11-neg-quote",
       "\"It is a one-way street,\" said the regional manager of a Hamburg-based lessor, who "
       "asked not to be named. \"We stopped quoting for Bishkek in week 19.\"",
       published=BOX_PUB),
    ex("lf28-box-p12-plan",
       "KTZ Express plans to send 1,200 empty boxes a month back to China from July in block "
       "trains of 55 wagons, at a flat rate of $600 per box.",
       c("1,200 empty boxes", 1200, "count", per="month", kind="projection"),
       c("55 wagons", 55, "count"),
       c("$600", 600, "USD", kind="projection"),
       published=BOX_PUB),
    ex("lf28-box-p13-outlook",
       "Drewry expects the imbalance to ease only slowly, with the share of boxes leaving "
       "loaded rising to 40-42% by the end of 2027.",
       c("40-42%", 40, "%", value_high=42, kind="projection", period="2027"),
       published=BOX_PUB),
    ex("lf28-box-p14-neg-byline",
       "Reporting by Aigerim Sarsenova in Almaty and Jasur Karimov in Tashkent; editing by "
       "P. Mills. Photo: KTZ Express, 2025.",
       published=BOX_PUB),
]

EXAMPLES: list[Example] = CONF + IMF + BOOK + BOX

KNOWN_GAPS: dict[str, str] = {
    "lf28-book-p3-users": "'412 freight forwarders' and '88 railway operators' are no counts: "
    "the counted nouns leave out forwarders and operators on purpose (a survey's sample, "
    "own_heldout_surveys' 'survey of 450 freight forwarders', own_heldout_pdftext's 'survey of "
    "14 operators', is read as no claim); counting them needs a rule for a survey's sample "
    "first, and a decision on those tables",
}
