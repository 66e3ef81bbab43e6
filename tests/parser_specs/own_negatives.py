"""Our own cases: numbers that are never claims (issue 2, "Not claims, ever"), the
number-format policy's refusals (non-ASCII digits, bidi and zero-width controls), and
look-alikes next to a real claim, which must survive."""

from __future__ import annotations

from . import Example, c, ex

YEARS_AND_DATES: list[Example] = [
    ex("neg-year", "The agreement was signed in 2020."),
    ex("neg-year-with-claim", "In 2020, exports reached 5 mln tonnes.",
       c("5 mln tonnes", 5e6, "t", period="2020")),
    ex("neg-fiscal-fy", "FY2024 results will be published in May."),
    ex("neg-fiscal-two-year-range", "The 2023-24 season was the busiest on record."),
    ex("neg-year-range-programme", "The 2022-2026 programme covers rail and ports."),
    ex("neg-quarter", "Results for Q3 2025 are due next week."),
    ex("neg-date-month-day-year", "The summit opened on March 11, 2024 in Baku."),
    ex("neg-date-day-month-year", "The line opened on 11 March 2024."),
    ex("neg-date-dotted", "The decree took effect on 12.03.2024."),
    ex("neg-date-iso", "The report is dated 2024-03-11."),
    ex("neg-date-range-days", "The visit took place on March 11-12, 2024."),
    ex("neg-agenda-name", "The 2030 Agenda guides the plan."),
    ex("neg-date-day-after-number-of", "The number of active firms as of October 1, 2024 came to "
       "98,400.", c("98,400", 98400, "count", item="firm")),
]

ORDINALS_AND_PERIODS: list[Example] = [
    ex("neg-months-ended-is-a-report-period",
       "The forwarder reported results for the six months ended 30 June 2025."),
    ex("neg-year-ending-is-a-report-period",
       "Revenue for the 12 months ending March rose 9% to $40 million.",
       c("9%", 9, "%", change="increase"), c("$40 million", 40e6, "USD")),
    ex("neg-time-frame-with-alternatives",
       "Over the past three or four years, lenders offered 95 per cent mortgages.",
       c("95 per cent", 95, "%")),
    ex("neg-ordinal-first", "This is the first meeting of the council."),
    ex("neg-ordinal-anniversary", "They marked the 10th anniversary of the route."),
    ex("neg-ordinal-day", "The forum opened on the 29th."),
    ex("neg-ordinal-word", "It was the second EU-Central Asia Economic Forum."),
    ex("neg-ordinal-rank", "Turkey ranks second among suppliers and wants to take first place."),
    ex("neg-first-11-months", "Data for the first 11 months are not yet final."),
    ex("neg-period-past-years", "Trade has grown over the past five years."),
    ex("neg-period-in-two-months", "Azerbaijan took 104,000 tonnes in only two months.",
       c("104,000 tonnes", 104000, "t")),
    # "9M 2025" is nine months, not nine million
    ex("neg-months-shorthand", "In 9M 2025, the port handled 3.1 million tonnes.",
       c("3.1 million tonnes", 3.1e6, "t", period="2025-01/2025-09"), published="2025-12-01"),
    ex("neg-months-shorthand-no-year", "Exports reached $4.3M in 10M.",
       c("$4.3M", 4.3e6, "USD", period="2025-01/2025-10"), published="2025-12-01"),
    ex("neg-time-frame-of-a-record",
       "Traffic via Poti reached 380,000 TEU in 2025, the highest level in the last 10 years.",
       c("380,000 TEU", 380000, "TEU", period="2025")),
    ex("neg-time-frame-past-years-first", "Over the past five years, trade has grown 2.5 times.",
       c("2.5 times", 2.5, "x", change="increase")),
    ex("neg-first-time-in-years", "Trade rose for the first time in five years."),
    ex("neg-apostrophe-years",
       "Cargo reached 2.1 mln t in 9M'25, against 1.8 mln t in 9M'24; exports were $1.2bn in "
       "'24.",
       c("2.1 mln t", 2.1e6, "t", period="2025-01/2025-09"),
       c("1.8 mln t", 1.8e6, "t", period="2024-01/2024-09"),
       c("$1.2bn", 1.2e9, "USD", period="2024"), published="2025-10-10"),
    ex("neg-table-and-figure-references",
       "Trade reached $1.2bn in 2024 (Table 2), and cargo 3.4 mln t (see Chart 1).",
       c("$1.2bn", 1.2e9, "USD"), c("3.4 mln t", 3.4e6, "t")),
    ex("neg-euro-emission-class", "KTZ bought new Euro 5 trucks and Euro-6 engines in 2024."),
    ex("neg-hundred-percent-basis-keeps-the-year",
       "The mine produced 3,850 tU (100% basis) in 2024.",
       c("3,850 tU", 3850, "t", period="2024")),
    ex("neg-half-the-other-figure",
       "Power via the new cable will cost 3.1 tetri per kWh, less than half the 7 tetri paid now.",
       c("3.1 tetri", 0.031, "GEL", per="kWh"), c("7 tetri", 0.07, "GEL", per="kWh")),
    ex("neg-hundred-percent-basis",
       "The joint venture mined 4,100 tonnes of ore on a 100% basis, or 2,050 tonnes attributable.",
       c("4,100 tonnes", 4100, "t"), c("2,050 tonnes", 2050, "t")),
    ex("neg-first-days-of-a-government",
       "The first 100 days of the new government brought $1bn of deals.",
       c("$1bn", 1e9, "USD")),
    ex("neg-length-of-a-visit",
       "During a three-day visit to Astana, the ministers discussed the Middle Corridor."),
]

IDENTIFIERS: list[Example] = [
    ex("identifier-digits-of-web-addresses",
       "Details: https://www.example.com/search?q=30%25%2020%20CAD and "
       "http://example.kz/news/2025/10/cargo-5-mln-tonnes. Exports rose 5%.",
       c("5%", 5, "%", nth=1, change="increase")),
    ex("identifier-www-address-then-a-figure",
       "Visit www.ktz.kz/en/news/12345 for the 2024 report showing 2.8 mt.",
       c("2.8 mt", 2.8e6, "t", period="2024")),
    ex("identifier-numero-sign-rank", "Khorgos is №1 among land ports of Central Asia."),
    ex("identifier-numero-sign-with-space", "Order № 15 set 20% tariffs.",
       c("20%", 20, "%")),
    ex("neg-quarter-and-half-are-periods", "Income sank 27% in the quarter to $254 million "
       "and rose in the first half to $1.1 billion.",
       c("27%", 27, "%", change="decrease"), c("$254 million", 254e6, "USD", value_high=None),
       c("$1.1 billion", 1.1e9, "USD", value_high=None)),
    ex("neg-list-markers", "The plan 1) cuts waiting times; 2) adds 10 km of track; and 3) "
       "merges the two customs posts.", c("10 km", 10, "km")),
    ex("neg-article", "Article 444 of the Tax Code applies."),
    ex("neg-law-number", "Law No. 115-VI governs transit."),
    ex("neg-section", "Section 301 of the Trade Act was invoked."),
    ex("neg-decree", "Decree No. 345 was adopted."),
    ex("neg-paragraph", "The rule is set out in paragraph 5 of the annex."),
    ex("neg-g7", "G7 leaders met in Italy."),
    ex("neg-cop29", "COP29 was held in Baku."),
    ex("neg-berth-no3", "The ferry docked at Berth No3."),
    ex("neg-terminal-number", "Terminal 2 opened last year."),
    ex("neg-covid-19", "Covid-19 rules hampered truck traffic."),
    ex("neg-road-code", "The M32 highway links the two cities."),
    ex("neg-phone-international", "Call +994 12 404 12 34 for details."),
    ex("neg-phone-brackets", "For accreditation, call +7 (7172) 74-56-31 before Friday."),
    ex("neg-phone-dashes", "The hotline is 8-800-080-7777."),
    ex("neg-clock-colon", "The train leaves at 10:30."),
    ex("neg-clock-am", "The talks start at 9 a.m. local time."),
    ex("neg-clock-next-to-claim", "At 14:00 the ferry unloaded 120 trucks.",
       c("120 trucks", 120, "count", item="truck")),
    # "one day" as "some day": a time in the future, no duration
    ex("neg-one-day-opens-a-sentence", "One day the corridor will carry 10 million tonnes.",
       c("10 million tonnes", 10e6, "t", kind="projection")),
    ex("neg-one-day-after-a-modal", "The port could one day rival Aktau."),
    ex("neg-one-day-before-a-modal", "Officials hope the line one day will reach Herat."),
    ex("neg-one-day-with-a-comma", '"One day, Aktau will be a hub," he said.'),
    ex("neg-one-day-takes-is-a-duration",
       "The ferry takes one day to cross; one day of storage costs $5.",
       c("one day", 1, "day", metric="transit time"), c("one day", 1, "day", nth=1),
       c("$5", 5, "USD")),
]

SMALL_COUNTS: list[Example] = [
    ex("neg-two-nations", "The visit deepened the ties between the two nations."),
    ex("neg-three-regions", "The programme covers three regions."),
    ex("neg-both-countries", "The two countries share a long border and three regions."),
    ex("neg-one-of", "Aktau is one of the largest ports on the Caspian."),
    ex("neg-double-digit", "Trade showed double-digit growth."),
    ex("neg-triple-adjective", "Officials called it a triple win."),
    ex("neg-bare-number", "The minister counted 42."),
]

NUMBER_FORMAT: list[Example] = [
    ex("neg-arabic-indic-digits", "Exports reached ٣٤٥ million tonnes."),
    ex("neg-fullwidth-digits", "Exports reached １２３ tonnes."),
    ex("neg-math-bold-digit", "The port handled 𝟗 million tonnes."),
    ex("neg-bidi-override", "The fee is \u202e005$\u202c per box."),
    ex("neg-bidi-isolate", "Trade reached \u2067$529 million\u2069 last year."),
    ex("neg-zero-width-inside-number", "The port handled 1\u200b234 tonnes."),
    ex("neg-mixed-digits", "Exports reached 12٣ tonnes."),
]

EXAMPLES: list[Example] = (
    YEARS_AND_DATES + ORDINALS_AND_PERIODS + IDENTIFIERS + SMALL_COUNTS + NUMBER_FORMAT
)

KNOWN_GAPS: dict[str, str] = {
}
