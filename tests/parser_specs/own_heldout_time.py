"""Held-out sentences on the time of a figure, written after the parser was tuned.

Every way trade and logistics news says when a figure holds: the year so far ("year-to-date",
"YTD", "since the start of the year", "so far this year"), a day ("as of October 1", "as of
end-September", "at the end of Q3"), parts of a year ("Q1-Q3", "9M 2025", "H1", "1H25", "the
first half", "January-October", "Jan-Oct", "10M"), a trailing span ("over the past 12
months", "over the last decade"), split years ("the 2024/25 season", "marketing year",
"fiscal 2024", "FY24"), years relative to the publication date or to the figure before ("last
year", "the previous year", "a year earlier", "this year", "next year"), targets and spans
("by 2030", "until 2027", "between 2025 and 2030", "in 2023-2025", "annually since 2019"),
comparison bases ("in the same period of 2024", "compared with January-September 2024"),
"month on month", "in October alone", the time a headline or the sentence before gives, and
negatives. Written by hand in our own words, expectations first, then compared with the
parser: a measure of how it generalises beyond the corpus and the tables it was tuned on.

Periods are written as the package writes them (issue 2): a year "2024", months
"2024-01/2024-09", a day "2025-09-30", an open span "2019/..", a span of years or a split
season "2025/2030", "2024/2025". A period ahead of the publication date is a projection.
"""

from __future__ import annotations

from . import Example, c, ex

YEAR_TO_DATE: list[Example] = [
    ex("tm-ytd-abbreviation",
       "Kuryk port has handled 3.4 mln t YTD, the operator said.",
       c("3.4 mln t", 3.4e6, "t", period="2025-01/2025-09", kind="actual"),
       published="2025-10-14"),
    ex("tm-year-to-date-hyphenated",
       "Year-to-date container volumes at Poti reached 88,000 TEU, up 9%.",
       c("88,000 TEU", 88000, "TEU", period="2025-01/2025-07", kind="actual",
         metric="container volume"),
       c("9%", 9, "%", change="increase", period="2025-01/2025-07"),
       published="2025-08-12"),
    ex("tm-since-the-start-of-the-year",
       "Since the start of the year, Kazakhstan has exported 6.1 million tonnes of wheat.",
       c("6.1 million tonnes", 6.1e6, "t", period="2025-01/2025-05", kind="actual",
         metric="grain exports", entities=["Kazakhstan"]),
       published="2025-06-03"),
    ex("tm-so-far-this-year",
       "So far this year, freight trains on the China-Europe route have made 14,200 trips.",
       c("14,200 trips", 14200, "count", item="trip", period="2025-01/2025-10",
         kind="actual"),
       published="2025-11-18"),
    ex("tm-so-far-in-a-named-year",
       "Georgian wine exports brought in $190 million so far in 2025.",
       c("$190 million", 190e6, "USD", period="2025-01/2025-08", metric="exports",
         entities=["Georgia"]),
       published="2025-09-09"),
    ex("tm-since-january-month-early",
       "Since January, rail transit through Kazakhstan has grown 18%.",
       c("18%", 18, "%", change="increase", period="2025-01/2025-03",
         entities=["Kazakhstan"]),
       published="2025-04-22"),
]

POINTS: list[Example] = [
    ex("tm-as-of-october-1",
       "As of October 1, the grain reserve held 1.9 million tonnes.",
       c("1.9 million tonnes", 1.9e6, "t", period="2025-10-01", kind="actual"),
       published="2025-10-20"),
    ex("tm-as-of-end-september",
       "Uzbekistan's external debt stood at $66.4 billion as of end-September.",
       c("$66.4 billion", 66.4e9, "USD", period="2025-09-30", kind="actual",
         entities=["Uzbekistan"]),
       published="2025-11-05"),
    ex("tm-as-of-a-full-date",
       "As of 1 July 2025, 412 Chinese companies were registered in the Khorgos zone.",
       c("412 Chinese companies", 412, "count", item="company", period="2025-07-01"),
       published="2025-08-01"),
    ex("tm-at-the-end-of-q3",
       "The lender's loan book reached $3.1 billion at the end of Q3 2025.",
       c("$3.1 billion", 3.1e9, "USD", period="2025-09-30", kind="actual"),
       published="2025-11-01"),
]

PARTS: list[Example] = [
    ex("tm-q1-q3-en-dash",
       "Azerbaijan's non-oil exports rose 4.8% to $2.6 billion in Q1–Q3 2025.",
       c("4.8%", 4.8, "%", change="increase", period="2025-01/2025-09"),
       c("$2.6 billion", 2.6e9, "USD", period="2025-01/2025-09", metric="exports",
         entities=["Azerbaijan"]),
       published="2025-10-25"),
    ex("tm-9m-with-year",
       "Aktau port handled 4.7 mt of cargo in 9M 2025.",
       c("4.7 mt", 4.7e6, "t", period="2025-01/2025-09", metric="port throughput",
         entities=["Port of Aktau"]),
       published="2025-10-08"),
    ex("tm-h1-without-year",
       "In H1, Turkmenistan's trade surplus widened to $3.2 billion.",
       c("$3.2 billion", 3.2e9, "USD", period="2025-01/2025-06", metric="trade balance",
         entities=["Turkmenistan"]),
       published="2025-08-15"),
    ex("tm-1h25-short",
       "Revenue at the ferry operator climbed 21% y/y in 1H25 to $84 million.",
       c("21%", 21, "%", change="increase", period="2025-01/2025-06"),
       c("$84 million", 84e6, "USD", period="2025-01/2025-06"),
       published="2025-09-02"),
    ex("tm-first-half-of-the-year",
       "Transit cargo via Georgia totalled 7.2 million tonnes in the first half of the year.",
       c("7.2 million tonnes", 7.2e6, "t", period="2025-01/2025-06",
         entities=["Georgia"]),
       published="2025-07-28"),
    ex("tm-january-october-long-dash",
       "Kyrgyzstan's imports from China reached $12.9 billion in January–October 2025.",
       c("$12.9 billion", 12.9e9, "USD", period="2025-01/2025-10", metric="imports",
         entities=["Kyrgyzstan", "China"]),
       published="2025-11-20"),
    ex("tm-jan-oct-short-no-year",
       "Jan-Oct rail freight at Altynkol rose 6% to 9.3 mln tonnes.",
       c("6%", 6, "%", change="increase", period="2025-01/2025-10"),
       c("9.3 mln tonnes", 9.3e6, "t", period="2025-01/2025-10"),
       published="2025-11-11"),
    ex("tm-10m-wire-code",
       "Kazakh coal exports down 3.1% in 10M to 23.4 mt",
       c("3.1%", 3.1, "%", change="decrease", period="2025-01/2025-10"),
       c("23.4 mt", 23.4e6, "t", period="2025-01/2025-10"),
       published="2025-11-14"),
    ex("tm-second-quarter-of-last-year",
       "Container traffic fell 11% in the second quarter of last year.",
       c("11%", 11, "%", change="decrease", period="2024-04/2024-06", kind="actual"),
       published="2025-03-03"),
    ex("tm-first-eight-months",
       "In the first eight months, Uzbek fruit exports earned $1.05 billion.",
       c("$1.05 billion", 1.05e9, "USD", period="2025-01/2025-08",
         metric="agricultural exports",
         entities=["Uzbekistan"]),
       published="2025-09-16"),
]

SPANS: list[Example] = [
    ex("tm-past-12-months",
       "Over the past 12 months, Chinese investment in Kazakh logistics hubs reached $1.4 "
       "billion.",
       c("$1.4 billion", 1.4e9, "USD", period="2024-06/2025-05", metric="investment"),
       published="2025-06-10"),
    ex("tm-over-the-last-decade",
       "Over the last decade, the number of Ro-Ro calls at Alat has tripled.",
       c("tripled", 3, "x", change="increase", period="2015/2025"),
       published="2025-05-05"),
    ex("tm-annually-since",
       "The corridor has carried about 1.5 million tonnes annually since 2019.",
       c("1.5 million tonnes", 1.5e6, "t", approx="approx", per="year", period="2019/.."),
       published="2025-03-20"),
    ex("tm-in-a-span-of-years-en-dash",
       "The fund disbursed $780 million to Uzbek exporters in 2023–2025.",
       c("$780 million", 780e6, "USD", period="2023/2025"),
       published="2025-12-10"),
    ex("tm-between-years-investment-plan",
       "Georgia plans to invest 2.5 billion lari in its ports between 2025 and 2030.",
       c("2.5 billion lari", 2.5e9, "GEL", period="2025/2030", kind="projection",
         metric="investment", entities=["Georgia"]),
       published="2025-02-18"),
    ex("tm-by-2030-target",
       "Kazakhstan aims to raise transit revenue to $10 billion by 2030.",
       c("$10 billion", 10e9, "USD", period="2030", kind="projection",
         entities=["Kazakhstan"]),
       published="2025-01-20"),
    ex("tm-until-2027",
       "Tariff discounts of 25% on grain transit will remain in force until 2027.",
       c("25%", 25, "%", kind="projection", period="2027"),
       published="2025-04-01"),
    ex("tm-in-the-coming-years-no-period",
       "Freight on the Middle Corridor could double in the coming years.",
       c("double", 2, "x", change="increase", kind="projection", period=None),
       published="2025-04-01"),
]

SPLIT_YEARS: list[Example] = [
    ex("tm-season-slash",
       "Kazakhstan shipped 1.1 million tonnes of flour in the 2024/25 season.",
       c("1.1 million tonnes", 1.1e6, "t", period="2024/2025", kind="actual",
         entities=["Kazakhstan"]),
       published="2025-08-01"),
    ex("tm-marketing-year-forecast",
       "Wheat exports are forecast at 9.5 million tonnes in the 2025/26 marketing year.",
       c("9.5 million tonnes", 9.5e6, "t", period="2025/2026", kind="projection",
         metric="grain exports"),
       published="2025-09-01"),
    ex("tm-fiscal-2024",
       "In fiscal 2024, the railway's freight revenue rose 7% to 1.9 trillion tenge.",
       c("7%", 7, "%", change="increase", period="2024"),
       c("1.9 trillion tenge", 1.9e12, "KZT", period="2024", kind="actual"),
       published="2025-05-15"),
    ex("tm-fy24-short",
       "Net profit at the shipping line fell to $41 million in FY24.",
       c("$41 million", 41e6, "USD", period="2024", kind="actual"),
       published="2025-04-10"),
]

RELATIVE: list[Example] = [
    ex("tm-last-year",
       "Tajikistan's aluminium exports earned $420 million last year.",
       c("$420 million", 420e6, "USD", period="2024", kind="actual", metric="exports",
         entities=["Tajikistan"]),
       published="2025-02-11"),
    ex("tm-this-year-expected",
       "Baku port expects to handle 6.3 million tonnes this year.",
       c("6.3 million tonnes", 6.3e6, "t", period="2025", kind="projection"),
       published="2025-05-19"),
    ex("tm-next-year-budget",
       "The ministry will allocate 410 billion soums to border crossings next year.",
       c("410 billion soums", 410e9, "UZS", period="2026", kind="projection"),
       published="2025-10-30"),
    ex("tm-a-year-earlier-after-a-year",
       "Poti handled 620,000 TEU in 2024, against 575,000 TEU a year earlier.",
       c("620,000 TEU", 620000, "TEU", period="2024"),
       c("575,000 TEU", 575000, "TEU", period="2023"),
       published="2025-02-04"),
    ex("tm-the-previous-year-after-a-year",
       "Exports of cotton yarn reached $1.3 billion in 2023, compared with $1.6 billion the "
       "previous year.",
       c("$1.3 billion", 1.3e9, "USD", period="2023"),
       c("$1.6 billion", 1.6e9, "USD", period="2022"),
       published="2024-03-04"),
    ex("tm-last-year-and-this-year",
       "After 3.2 mt last year, the line aims for 4 mt this year.",
       c("3.2 mt", 3.2e6, "t", period="2024", kind="actual"),
       c("4 mt", 4e6, "t", period="2025", kind="projection"),
       published="2025-03-12"),
    ex("tm-in-the-same-period-of-a-year",
       "Kazakhstan exported 2.4 million tonnes of oil products in January-September 2025, "
       "against 2.9 million tonnes in the same period of 2024.",
       c("2.4 million tonnes", 2.4e6, "t", period="2025-01/2025-09"),
       c("2.9 million tonnes", 2.9e6, "t", period="2024-01/2024-09"),
       published="2025-10-15"),
    ex("tm-compared-with-months-of-a-year",
       "Imports of cars rose 35% compared with January–September 2024, to $2.1 billion in "
       "January–September 2025.",
       c("35%", 35, "%", change="increase", period="2025-01/2025-09", metric="imports"),
       c("$2.1 billion", 2.1e9, "USD", period="2025-01/2025-09", metric="imports"),
       published="2025-10-15"),
    ex("tm-month-on-month",
       "Freight rates on the Caspian ferry rose 4% month on month in October.",
       c("4%", 4, "%", change="increase", period="2025-10", metric="freight rate"),
       published="2025-11-03"),
    ex("tm-in-october-alone",
       "In October alone, Altynkol handled 42,000 TEU.",
       c("42,000 TEU", 42000, "TEU", period="2025-10"),
       published="2025-11-07"),
    ex("tm-last-month",
       "Georgia's re-exports of cars fell 22% last month.",
       c("22%", 22, "%", change="decrease", period="2025-09", entities=["Georgia"]),
       published="2025-10-08"),
]

CARRIED: list[Example] = [
    ex("tm-carried-from-sentence-before",
       "In the first nine months of 2025, Kazakhstan's exports to the EU reached $31.5 billion. "
       "Oil made up $26 billion of that.",
       c("$31.5 billion", 31.5e9, "USD", period="2025-01/2025-09", metric="exports"),
       c("$26 billion", 26e9, "USD", period="2025-01/2025-09"),
       published="2025-10-30"),
    ex("tm-headline-time-body-no-time",
       "Uzbek textile exports up 12% in 9M\n\nTASHKENT - Exports of textiles reached $2.6 "
       "billion, the statistics agency said.",
       c("12%", 12, "%", change="increase", period="2025-01/2025-09", metric="exports"),
       c("$2.6 billion", 2.6e9, "USD", period="2025-01/2025-09", metric="exports"),
       published="2025-10-21"),
    ex("tm-headline-and-body-own-times",
       "Baku port cargo rises in 2024\n\nBAKU - The port handled 5.1 mt in 2024, and 1.3 mt "
       "in January-March 2025.",
       c("5.1 mt", 5.1e6, "t", period="2024"),
       c("1.3 mt", 1.3e6, "t", period="2025-01/2025-03"),
       published="2025-04-15"),
    ex("tm-forecast-then-by-then",
       "Uzbekistan expects exports of $45 billion in 2026. Services would account for $6 "
       "billion of that.",
       c("$45 billion", 45e9, "USD", period="2026", kind="projection"),
       c("$6 billion", 6e9, "USD", period="2026", kind="projection"),
       published="2025-09-12"),
    ex("tm-change-then-level-different-times",
       "Trade between Kazakhstan and Uzbekistan grew 8% in 2024 to $4.4 billion, and reached "
       "$3.1 billion in the first seven months of 2025.",
       c("8%", 8, "%", change="increase", period="2024", metric="trade turnover"),
       c("$4.4 billion", 4.4e9, "USD", period="2024", metric="trade turnover"),
       c("$3.1 billion", 3.1e9, "USD", period="2025-01/2025-07", metric="trade turnover"),
       published="2025-08-25"),
]

NEGATIVES: list[Example] = [
    ex("tm-neg-dates-and-periods-only",
       "The figures for 9M 2025 and Q3 will be published on November 14, 2025, under Decree "
       "No. 204."),
    ex("tm-neg-season-and-fiscal-year-names",
       "The 2025/26 season opens in September; FY2026 starts on July 1."),
    ex("tm-neg-the-past-three-years-record",
       "Transit through Kazakhstan was the highest in the past three years in 2024."),
]

EXAMPLES: list[Example] = (YEAR_TO_DATE + POINTS + PARTS + SPANS + SPLIT_YEARS + RELATIVE
                           + CARRIED + NEGATIVES)

KNOWN_GAPS: dict[str, str] = {
    "tm-first-eight-months": "'fruit exports earned $1.05 billion': the nearer verb 'earned' "
                             "makes it revenue; the exports before it are what earned it",
    "tm-last-year": "'aluminium exports earned $420 million': revenue, as above",
    "tm-headline-time-body-no-time": "a headline's time is carried only to a lead that points "
                                     "back at it ('The figure ...'); a lead with no time of "
                                     "its own that restates the headline's metric is not",
}
