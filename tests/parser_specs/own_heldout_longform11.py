"""Held-out paragraphs of whole news articles, an eleventh round, written after the parser.

Five more articles of genres the earlier rounds (`own_heldout_longform` to
`own_heldout_longform10`) did not cover, written in our own words and cut into paragraphs,
one example a paragraph (its id `lf11-GENRE-pN`), with many lists of parallel figures whose
items name their own entities (the rule of `dashboard/list_items.py` and the rankings'
"followed by ... with ..."): a customs agency's ten-month trade bulletin for Uzbekistan
(turnover, partners ranked with shares, exports to and imports from partner by partner,
goods' shares, neighbours' parts of a total); a Caspian shipping company's annual report
summary (fleet by type, tonnes by cargo, ferry lines one by one, tankers' loadings by port,
next year's plan); a pipeline operator's quarterly throughput note (oil and gas carried, km
by country, crude by origin, gas by buyer, transit fees by country, tankers loaded); a
joint statement of rail operators on the China–Europe corridor (trains by border crossing
and by destination country, TEU by direction, transit days by country, a through tariff,
targets); and a development bank's country portfolio review (committed and disbursed,
sectors' amounts, co-financiers' shares, loans by borrower, disbursement rates, a ranking of
countries, the pipeline of new projects). About a fifth are paragraphs without a claim:
a bulletin's method note, a board's protocol and annex, a metering note, a council's
meeting and train numbers, project numbers and a cut-off date. Every expectation was
written from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import BTC, EU, Example, c, ex

UZ = "Uzbekistan"
KZ = "Kazakhstan"
TR = "Türkiye"
ASCO = "ASCO"
KTZ = "Kazakhstan Temir Zholy"
SCP = "South Caucasus Pipeline"
EBRD = "EBRD"

# --- 1. A customs agency's ten-month trade bulletin for Uzbekistan (20 Nov 2025) ---------
CU_PUB = "2025-11-20"
JAN_OCT = "2025-01/2025-10"
CUSTOMS: list[Example] = [
    ex("lf11-cu-p1",
       "Uzbekistan's foreign trade reaches $56.2 billion in ten months\n\n"
       "Uzbekistan's foreign trade turnover reached $56.2 billion in January-October 2025, up "
       "18.4% on the same period last year, the Customs Committee said on Thursday. Exports "
       "rose 27% to $25.1 billion and imports 12.3% to $31.1 billion.",
       c("$56.2 billion", 56.2e9, "USD", change=None, entities=[UZ]),
       c("$56.2 billion", 56.2e9, "USD", nth=1, period=JAN_OCT, change=None, entities=[UZ]),
       c("18.4%", 18.4, "%", change="increase", period=JAN_OCT),
       c("27%", 27, "%", change="increase"),
       c("$25.1 billion", 25.1e9, "USD", metric="exports", change=None),
       c("12.3%", 12.3, "%", change="increase"),
       c("$31.1 billion", 31.1e9, "USD", metric="imports", change=None),
       published=CU_PUB),
    ex("lf11-cu-p2-ranking",
       "China remained the largest trading partner with $11.4 billion, or 20.3% of turnover, "
       "followed by Russia with $9.2 billion (16.4%), Kazakhstan with $3.9 billion (6.9%), "
       "Türkiye with $3.1 billion (5.5%) and South Korea with $2.0 billion (3.6%).",
       c("$11.4 billion", 11.4e9, "USD", change=None, only_entities=["China"]),
       c("20.3%", 20.3, "%", change=None, only_entities=["China"]),
       c("$9.2 billion", 9.2e9, "USD", change=None, only_entities=["Russia"]),
       c("16.4%", 16.4, "%", change=None, only_entities=["Russia"]),
       c("$3.9 billion", 3.9e9, "USD", change=None, only_entities=[KZ]),
       c("6.9%", 6.9, "%", change=None, only_entities=[KZ]),
       c("$3.1 billion", 3.1e9, "USD", change=None, only_entities=[TR]),
       c("5.5%", 5.5, "%", change=None, only_entities=[TR]),
       c("$2.0 billion", 2.0e9, "USD", change=None, only_entities=["South Korea"]),
       c("3.6%", 3.6, "%", change=None, only_entities=["South Korea"]),
       published=CU_PUB),
    ex("lf11-cu-p3-exports-by-partner",
       "Exports to Russia reached $3.6 billion, to China $2.4 billion and to Kazakhstan $1.7 "
       "billion, while gold, which the committee does not break down by buyer, brought in "
       "$7.9 billion.",
       c("$3.6 billion", 3.6e9, "USD", metric="exports", change=None, only_entities=["Russia"]),
       c("$2.4 billion", 2.4e9, "USD", change=None, only_entities=["China"]),
       c("$1.7 billion", 1.7e9, "USD", change=None, only_entities=[KZ]),
       c("$7.9 billion", 7.9e9, "USD", change=None, only_entities=[]),
       published=CU_PUB),
    ex("lf11-cu-p4-imports-by-partner",
       "Imports from China grew 21% to $8.9 billion, or 28.6% of all imports, while imports "
       "from Russia slipped 3.2% to $5.6 billion and those from Kazakhstan rose 9% to $2.2 "
       "billion.",
       c("21%", 21, "%", change="increase", only_entities=["China"]),
       c("$8.9 billion", 8.9e9, "USD", metric="imports", change=None, only_entities=["China"]),
       c("28.6%", 28.6, "%", change=None, only_entities=["China"]),
       c("3.2%", 3.2, "%", change="decrease", only_entities=["Russia"]),
       c("$5.6 billion", 5.6e9, "USD", metric="imports", change=None, only_entities=["Russia"]),
       c("9%", 9, "%", change="increase", only_entities=[KZ]),
       c("$2.2 billion", 2.2e9, "USD", change=None, only_entities=[KZ]),
       published=CU_PUB),
    ex("lf11-cu-p5-goods",
       "By product, machinery and equipment made up 31.2% of imports, chemicals 12.8% and "
       "food 8.9%. Textile exports reached $2.9 billion, of which yarn accounted for $1.3 "
       "billion.",
       c("31.2%", 31.2, "%", change=None),
       c("12.8%", 12.8, "%", change=None),
       c("8.9%", 8.9, "%", change=None),
       c("$2.9 billion", 2.9e9, "USD", metric="exports", change=None),
       c("$1.3 billion", 1.3e9, "USD", change=None),
       published=CU_PUB),
    ex("lf11-cu-p6-neighbours",
       "Trade with Central Asian neighbours totalled $7.6 billion, with Kazakhstan accounting "
       "for $3.9 billion, Kyrgyzstan for $1.6 billion, Tajikistan for $1.1 billion and "
       "Turkmenistan for $1.0 billion.",
       c("$7.6 billion", 7.6e9, "USD", change=None, entities=["Central Asia"]),
       # each part is trade with one neighbour: the region is the group they belong to, no
       # partner of theirs (unlike "Trade with Russia ..., of which Kazakhstan accounted for",
       # where Russia is); expectations corrected from [country, "Central Asia"]
       c("$3.9 billion", 3.9e9, "USD", change=None, only_entities=[KZ]),
       c("$1.6 billion", 1.6e9, "USD", change=None, only_entities=["Kyrgyzstan"]),
       c("$1.1 billion", 1.1e9, "USD", change=None, only_entities=["Tajikistan"]),
       c("$1.0 billion", 1.0e9, "USD", change=None, only_entities=["Turkmenistan"]),
       published=CU_PUB),
    ex("lf11-cu-p7-neg-method",
       "Data are preliminary and exclude informal cross-border trade. Goods are classified "
       "under HS 2022 at the 4-digit level; tables 1-7 are on the committee's website.",
       published=CU_PUB),
]

# --- 2. A Caspian shipping company's annual report summary (published 18 Mar 2026) -------
SH_PUB = "2026-03-18"
SHIPPING: list[Example] = [
    ex("lf11-sh-p1",
       "ASCO carried 11.2 million tonnes in 2025 as ferry traffic grew\n\n"
       "Azerbaijan Caspian Shipping Company (ASCO) carried 11.2 million tonnes of cargo in "
       "2025, 7.5% more than a year earlier, and its revenue rose to 612 million manats, "
       "according to its annual report published on Tuesday.",
       c("11.2 million tonnes", 11.2e6, "t", period="2025", change=None, entities=[ASCO]),
       c("11.2 million tonnes", 11.2e6, "t", nth=1, period="2025", kind="actual", change=None,
         entities=[ASCO]),
       c("7.5%", 7.5, "%", change="increase", period="2025"),
       c("612 million manats", 612e6, "AZN", metric="revenue", change=None),
       published=SH_PUB),
    ex("lf11-sh-p2-fleet",
       "The fleet numbered 51 vessels at the end of the year: 13 ferries and Ro-Pax ships, 11 "
       "tankers, 16 dry cargo ships and 11 auxiliary vessels.",
       c("51 vessels", 51, "count", change=None),
       c("13 ferries", 13, "count", change=None),
       c("11 tankers", 11, "count", change=None),
       c("16 dry cargo ships", 16, "count", change=None),
       c("11 auxiliary vessels", 11, "count", change=None),
       published=SH_PUB),
    ex("lf11-sh-p3-cargo-types",
       "Oil and oil products made up 5.9 million tonnes, dry bulk 2.7 million tonnes, and "
       "wheeled cargo and containers on the ferries 2.6 million tonnes.",
       c("5.9 million tonnes", 5.9e6, "t", change=None),
       c("2.7 million tonnes", 2.7e6, "t", change=None),
       c("2.6 million tonnes", 2.6e6, "t", change=None),
       published=SH_PUB),
    ex("lf11-sh-p4-ferry-lines",
       "On the ferry lines, the Kuryk service carried 41,300 trucks and wagons (up 19%), the "
       "Turkmenbashi service 36,800 (up 4%) and the Aktau service 9,600, down 11%.",
       c("41,300 trucks", 41300, "count", change=None, only_entities=["Port of Kuryk"]),
       c("19%", 19, "%", change="increase", only_entities=["Port of Kuryk"]),
       c("36,800", 36800, "count", change=None, only_entities=["Port of Turkmenbashi"]),
       c("4%", 4, "%", change="increase", only_entities=["Port of Turkmenbashi"]),
       c("9,600", 9600, "count", change=None, only_entities=["Port of Aktau"]),
       c("11%", 11, "%", change="decrease", only_entities=["Port of Aktau"]),
       published=SH_PUB),
    ex("lf11-sh-p5-tankers",
       "Its tankers loaded 3.1 million tonnes of oil at Turkmenbashi and 1.9 million tonnes "
       "at Aktau for delivery to the Sangachal terminal.",
       c("3.1 million tonnes", 3.1e6, "t", change=None, only_entities=["Port of Turkmenbashi"]),
       c("1.9 million tonnes", 1.9e6, "t", change=None, only_entities=["Port of Aktau"]),
       published=SH_PUB),
    ex("lf11-sh-p6-neg-protocol",
       "The report was approved by the supervisory board on 14 March (protocol No. 3/2026); "
       "the IMO numbers of the vessels are listed in annex 4.",
       published=SH_PUB),
    ex("lf11-sh-p7-plan",
       "For 2026 the company plans to carry 12 million tonnes and expects two new tankers from "
       "Baku Shipyard, financed by a $96 million loan.",
       c("12 million tonnes", 12e6, "t", kind="projection", period="2026", change=None),
       c("two new tankers", 2, "count", kind="projection", change=None),
       c("$96 million", 96e6, "USD", metric="loan", change=None),
       published=SH_PUB),
]

# --- 3. A pipeline operator's quarterly throughput note (published 24 Oct 2025) ----------
PL_PUB = "2025-10-24"
Q3 = "2025-07/2025-09"
PIPELINE: list[Example] = [
    ex("lf11-pl-p1",
       "BTC and SCP throughput steady in third quarter\n\n"
       "The Baku-Tbilisi-Ceyhan pipeline carried 7.4 million tonnes of crude in the third "
       "quarter, while the South Caucasus Pipeline delivered 6.3 billion cubic metres of gas, "
       "the operator said in its quarterly note.",
       c("7.4 million tonnes", 7.4e6, "t", period=Q3, change=None, only_entities=[BTC]),
       c("6.3 billion cubic metres", 6.3e9, "m3", period=Q3, change=None,
         only_entities=[SCP]),
       published=PL_PUB),
    ex("lf11-pl-p2-km-by-country",
       "The oil line's route is split among three countries: 443 km in Azerbaijan, 249 km in "
       "Georgia and 1,076 km in Türkiye.",
       c("443 km", 443, "km", only_entities=["Azerbaijan"]),
       c("249 km", 249, "km", only_entities=["Georgia"]),
       c("1,076 km", 1076, "km", only_entities=[TR]),
       published=PL_PUB),
    ex("lf11-pl-p3-crude-origin",
       "Of the crude, 5.9 million tonnes came from Azerbaijan's offshore fields, Kazakh oil "
       "made up 0.9 million tonnes and Turkmen oil 0.4 million tonnes.",
       c("5.9 million tonnes", 5.9e6, "t", change=None, only_entities=["Azerbaijan"]),
       c("0.9 million tonnes", 0.9e6, "t", change=None, only_entities=[KZ]),
       c("0.4 million tonnes", 0.4e6, "t", change=None, only_entities=["Turkmenistan"]),
       published=PL_PUB),
    ex("lf11-pl-p4-gas-buyers",
       "Of the gas, Türkiye took 2.9 bcm, Georgia 0.7 bcm and Europe 2.7 bcm through the "
       "Trans Adriatic Pipeline.",
       c("2.9 bcm", 2.9e9, "m3", change=None, only_entities=[TR]),
       c("0.7 bcm", 0.7e9, "m3", change=None, only_entities=["Georgia"]),
       c("2.7 bcm", 2.7e9, "m3", change=None,
         only_entities=["Europe", "Trans Adriatic Pipeline"]),
       published=PL_PUB),
    ex("lf11-pl-p5-fees",
       "Georgia earned $14.6 million in transit fees on the oil and Türkiye $21.3 million.",
       c("$14.6 million", 14.6e6, "USD", change=None, only_entities=["Georgia"]),
       c("$21.3 million", 21.3e6, "USD", change=None, only_entities=[TR]),
       published=PL_PUB),
    ex("lf11-pl-p6-neg-metering",
       "Metering at Sangachal, pump station PSG-1 and Ceyhan follows API MPMS chapter 5, and "
       "volumes are quoted at standard conditions.",
       published=PL_PUB),
    ex("lf11-pl-p7-tankers",
       "Ceyhan loaded 73 tankers in the quarter, against 69 a year earlier, and the average "
       "daily flow was 540,000 barrels.",
       c("73 tankers", 73, "count", period=Q3, change=None),
       c("69", 69, "count", change=None),
       c("540,000 barrels", 540e3, "bbl", per="day", change=None),
       published=PL_PUB),
]

# --- 4. A joint statement of rail operators on the China–Europe corridor (10 Jul 2025) ---
RL_PUB = "2025-07-10"
H1 = "2025-01/2025-06"
RAIL: list[Example] = [
    ex("lf11-rl-p1",
       "Rail operators report 14% more China-Europe trains via Kazakhstan\n\n"
       "Kazakhstan Temir Zholy, Russian Railways and Belarusian Railway said on Wednesday that "
       "4,870 container trains ran between China and Europe via Kazakhstan in the first half "
       "of 2025, 14% more than a year earlier.",
       c("14%", 14, "%", change="increase"),
       c("4,870 container trains", 4870, "count", period=H1, change=None, entities=[KZ]),
       c("14%", 14, "%", nth=1, change="increase", period=H1),
       published=RL_PUB),
    ex("lf11-rl-p2-crossings",
       "Of these, 2,310 trains entered through Dostyk and 2,560 through Altynkol, while 4,120 "
       "left the former Soviet gauge through Brest.",
       c("2,310 trains", 2310, "count", change=None, only_entities=["Dostyk crossing"]),
       c("2,560", 2560, "count", change=None, only_entities=["Altynkol crossing"]),
       c("4,120", 4120, "count", change=None, only_entities=["Brest crossing"]),
       published=RL_PUB),
    ex("lf11-rl-p3-teu-direction",
       "Westbound trains carried 468,000 TEU and eastbound trains 171,000 TEU, and 27% of the "
       "trains came back loaded.",
       c("468,000 TEU", 468e3, "TEU", change=None),
       c("171,000 TEU", 171e3, "TEU", change=None),
       c("27%", 27, "%", change=None),
       published=RL_PUB),
    ex("lf11-rl-p4-days-by-country",
       "Average transit took 2.1 days across Kazakhstan, 4.3 days in Russia and 1.2 days in "
       "Belarus, and the whole trip from Xi'an to Duisburg 15.5 days.",
       c("2.1 days", 2.1, "day", change=None, only_entities=[KZ]),
       c("4.3 days", 4.3, "day", change=None, only_entities=["Russia"]),
       c("1.2 days", 1.2, "day", change=None, only_entities=["Belarus"]),
       c("15.5 days", 15.5, "day", change=None, entities=["Port of Duisburg"]),
       published=RL_PUB),
    ex("lf11-rl-p5-destinations",
       "By destination, Germany received 1,870 trains, Poland 1,240 and Italy 410, with the "
       "rest bound for Hungary, the Netherlands and Spain.",
       c("1,870 trains", 1870, "count", change=None, only_entities=["Germany"]),
       c("1,240", 1240, "count", change=None, only_entities=["Poland"]),
       c("410", 410, "count", change=None, only_entities=["Italy"]),
       published=RL_PUB),
    ex("lf11-rl-p6-neg-council",
       "The statement was signed in Minsk at the 34th meeting of the coordinating council; its "
       "annex lists trains by number, such as X8024 and 80012.",
       published=RL_PUB),
    ex("lf11-rl-p7-tariff",
       "A through rate of $2,950 per 40-foot container applied from Dostyk to Brest, down from "
       "$3,400 a year earlier.",
       c("$2,950", 2950, "USD", change=None, entities=["Dostyk crossing", "Brest crossing"]),
       # "a year earlier" than a rate of no stated time: no period (expectation corrected
       # from "2024")
       c("$3,400", 3400, "USD", period=None, change=None),
       published=RL_PUB),
    ex("lf11-rl-p8-targets",
       "The operators aim for 10,500 trains in 2025 and want to cut the average transit time "
       "to 13 days by 2027.",
       c("10,500 trains", 10500, "count", kind="projection", period="2025", change=None),
       c("13 days", 13, "day", kind="projection", period="2027"),
       published=RL_PUB),
]

# --- 5. A development bank's country portfolio review (published 5 Jun 2025) -------------
DB_PUB = "2025-06-05"
BANK: list[Example] = [
    ex("lf11-db-p1",
       "EBRD's Uzbekistan portfolio passes €4 billion\n\n"
       "The European Bank for Reconstruction and Development has committed €4.3 billion to 142 "
       "projects in Uzbekistan since 2017, of which €2.9 billion has been disbursed, according "
       "to a country portfolio review released on Thursday.",
       c("€4 billion", 4e9, "EUR", approx="min", change=None, entities=[EBRD, UZ]),
       c("€4.3 billion", 4.3e9, "EUR", change=None, entities=[EBRD, UZ]),
       c("142 projects", 142, "count", change=None),
       c("€2.9 billion", 2.9e9, "EUR", change=None),
       published=DB_PUB),
    ex("lf11-db-p2-sectors",
       "Energy accounts for €1.6 billion, or 37% of the portfolio, transport for €980 "
       "million, municipal infrastructure for €720 million and the financial sector for €610 "
       "million.",
       c("€1.6 billion", 1.6e9, "EUR", change=None),
       c("37%", 37, "%", change=None),
       c("€980 million", 980e6, "EUR", change=None),
       c("€720 million", 720e6, "EUR", change=None),
       c("€610 million", 610e6, "EUR", change=None),
       published=DB_PUB),
    ex("lf11-db-p3-cofinanciers",
       "Of the €1.1 billion raised from co-financiers, the Asian Development Bank provided "
       "34%, the AIIB 27%, the European Union 18% and commercial lenders the rest.",
       c("€1.1 billion", 1.1e9, "EUR", change=None),
       c("34%", 34, "%", change=None, only_entities=["Asian Development Bank"]),
       c("27%", 27, "%", change=None, only_entities=["AIIB"]),
       c("18%", 18, "%", change=None, only_entities=[EU]),
       published=DB_PUB),
    ex("lf11-db-p4-borrowers",
       "The largest single loans were $300 million to Uzbekistan Railways for electrifying a "
       "line to Miskin and $250 million to the Navoi Mining and Metallurgical Company.",
       c("$300 million", 300e6, "USD", metric="loan", change=None,
         only_entities=["Uzbekistan Railways"]),
       c("$250 million", 250e6, "USD", metric="loan", change=None,
         only_entities=["Navoi Mining and Metallurgical Company"]),
       published=DB_PUB),
    ex("lf11-db-p5-disbursement",
       "Disbursements reached 81% of commitments in energy but only 42% in transport, where "
       "two rail projects were delayed.",
       c("81%", 81, "%", change=None),
       c("42%", 42, "%", change=None),
       c("two rail projects", 2, "count", change=None),
       published=DB_PUB),
    ex("lf11-db-p6-ranking",
       "Among the bank's Central Asian operations, Kazakhstan has the largest portfolio at "
       "€6.9 billion, followed by Uzbekistan with €4.3 billion, Tajikistan with €1.0 billion "
       "and Kyrgyzstan with €0.9 billion.",
       c("€6.9 billion", 6.9e9, "EUR", change=None, entities=[KZ]),
       c("€4.3 billion", 4.3e9, "EUR", change=None, entities=[UZ]),
       c("€1.0 billion", 1.0e9, "EUR", change=None, entities=["Tajikistan"]),
       c("€0.9 billion", 0.9e9, "EUR", change=None, entities=["Kyrgyzstan"]),
       published=DB_PUB),
    ex("lf11-db-p7-neg-annex",
       "Project numbers 51234 and 53901 are listed in annex B; the review covers operations "
       "signed up to 31 March 2025.",
       published=DB_PUB),
    ex("lf11-db-p8-pipeline",
       "The bank expects to sign a further €900 million in 2025, including a €200 million loan "
       "for a 500 MW solar plant near Samarkand, and aims to lift private-sector projects to "
       "60% of new lending.",
       c("€900 million", 900e6, "EUR", kind="projection", period="2025", change=None),
       c("€200 million", 200e6, "EUR", metric="loan", change=None),
       c("500 MW", 500, "MW", change=None),
       c("60%", 60, "%", kind="projection"),
       published=DB_PUB),
]

EXAMPLES: list[Example] = [*CUSTOMS, *SHIPPING, *PIPELINE, *RAIL, *BANK]

KNOWN_GAPS: dict[str, str] = {
    "lf11-cu-p3-exports-by-partner": "'while gold, which the committee does not break down by "
                                     "buyer, brought in $7.9 billion': a figure after a list "
                                     "in a clause naming nothing keeps the list's names (as "
                                     "'..., and it was designed for 50 mt' should); telling "
                                     "a new subject ('gold') from the list's needs a rule for "
                                     "the clause's own subject",
    "lf11-pl-p7-tankers": "'in the quarter' is the quarter the note is about (the third, "
                          "from its publication in October); no rule reads a bare 'the "
                          "quarter' as the last one completed",
    "lf11-rl-p2-crossings": "'while 4,120 left the former Soviet gauge through Brest': a bare "
                            "number whose noun ('trains') is left out, with a verb of its own, "
                            "is no elliptic count of the list before (RE_ELLIPTIC_NEXT wants "
                            "one word after it)",
}
