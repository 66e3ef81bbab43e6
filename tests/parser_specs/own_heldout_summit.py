"""Held-out sentences on state visits, summits and intergovernmental commissions.

Written after the parser was tuned, on what official readouts and news say around the
corridor when leaders meet (the seed article is of this kind): trade targets set by the
leaders ("bring trade to $10 billion by 2030", "double trade within three years"), packages
of agreements and their value ("signed 20 documents worth $3.5 billion"), numbers of
agreements and memoranda, joint ventures and their capital, investment portfolios, current
trade figures cited in speeches, growth since a year, quotas and cargo volumes promised.
What must not be a claim: "the 21st meeting of the commission" (ordinals), dates and
venues, "the five presidents" and "the two countries" (generic small counts), a "two-day
visit", "twice a year" meetings, declaration numbers and roadmap years. Written by hand
in our own words, expectations first, then compared with the parser: a measure of how it
generalises.
"""

from __future__ import annotations

from . import BTC, TITR, Example, c, ex

KZ, AZ, UZ, TM = "Kazakhstan", "Azerbaijan", "Uzbekistan", "Turkmenistan"
TR, GE, CN, RU = "Türkiye", "Georgia", "China", "Russia"

TARGETS: list[Example] = [
    ex("sm-bring-trade-to-billion-by-year",
       "Kazakhstan and Uzbekistan agreed to bring bilateral trade to $10 billion by 2030.",
       c("$10 billion", 10e9, "USD", kind="projection", metric="trade turnover", topic="trade",
         period="2030", change=None, entities=[KZ, UZ]),
       published="2025-03-14"),
    ex("sm-double-trade-within-three-years",
       "The leaders of Azerbaijan and Turkmenistan pledged to double trade within three years.",
       c("double", 2, "x", change="increase", kind="projection", metric="trade turnover",
         entities=[AZ, TM]),
       published="2025-05-20"),
    ex("sm-lift-trade-to-dollars-words",
       "Russia and Kazakhstan aim to lift mutual trade to 30 billion dollars.",
       c("30 billion dollars", 30e9, "USD", kind="projection", metric="trade turnover",
         change=None, entities=[RU, KZ])),
    ex("sm-exports-should-reach-by-year",
       "Kazakh exports to Azerbaijan should reach $1 billion by 2027, the trade minister said "
       "after the commission session.",
       c("$1 billion", 1e9, "USD", kind="projection", metric="exports", period="2027",
         entities=[KZ, AZ]),
       published="2025-06-02"),
    ex("sm-raise-trade-from-to-next-two-years",
       "The leaders set the goal of raising trade from $3.9 billion to $5 billion in the next "
       "two years.",
       c("$3.9 billion", 3.9e9, "USD", kind="actual", metric="trade turnover", change=None),
       c("$5 billion", 5e9, "USD", kind="projection", metric="trade turnover", change=None)),
    ex("sm-range-target-medium-term",
       "Officials expect trade to reach $1.5–2 billion in the medium term.",
       c("$1.5–2 billion", 1.5e9, "USD", value_high=2e9, kind="projection",
         metric="trade turnover")),
    ex("sm-triple-freight-corridor-by-year",
       "Both leaders said they want to triple freight traffic on the Middle Corridor by 2027.",
       c("triple", 3, "x", change="increase", kind="projection", period="2027",
         entities=[TITR], topic="logistics"),
       published="2025-02-01"),
    ex("sm-bring-bln-dollars-from-mln-now",
       "Uzbekistan and Tajikistan agreed to bring mutual trade to 2 bln dollars, from roughly "
       "600 mln now.",
       c("2 bln dollars", 2e9, "USD", kind="projection", metric="trade turnover"),
       c("600 mln", 600e6, "USD", approx="approx", kind="actual", metric="trade turnover")),
    ex("sm-increase-investments-to",
       "China intends to increase its investments in Uzbekistan to $25 billion.",
       c("$25 billion", 25e9, "USD", kind="projection", metric="investment", change=None,
         topic="investment", entities=[CN, UZ])),
    ex("sm-agri-exports-annually-target",
       "Uzbekistan and Azerbaijan aim to raise agricultural exports to $200 million annually.",
       c("$200 million", 200e6, "USD", per="year", kind="projection",
         metric="agricultural exports", entities=[UZ, AZ])),
    ex("sm-potential-between-and",
       "Both sides estimate the potential of mutual trade at between $3 billion and $4 billion.",
       c("$3 billion and $4 billion", 3e9, "USD", value_high=4e9, kind="projection",
         metric="trade turnover")),
    ex("sm-cut-transit-time-to-days",
       "The presidents instructed the railways to cut transit time from China to Europe via "
       "the corridor to 12 days.",
       c("12 days", 12, "day", kind="projection", metric="transit time", topic="logistics",
         change=None)),
]

PACKAGES: list[Example] = [
    ex("sm-signed-documents-worth",
       "During the visit the sides signed 20 documents worth $3.5 billion.",
       c("20 documents", 20, "count", item="document", kind="actual"),
       c("$3.5 billion", 3.5e9, "USD", metric="investment", kind="actual"),
       published="2024-11-05"),
    ex("sm-portfolio-joint-projects-worth",
       "The intergovernmental commission reviewed a portfolio of 45 joint projects worth "
       "$7 billion.",
       c("45 joint projects", 45, "count", item="project"),
       c("$7 billion", 7e9, "USD", metric="investment", topic="investment")),
    ex("sm-agreements-and-memoranda-council",
       "In all, 11 intergovernmental agreements and 27 memoranda were signed at the Supreme "
       "Interstate Council.",
       c("11 intergovernmental agreements", 11, "count", item="agreement", kind="actual"),
       c("27 memoranda", 27, "count", item="memorandum", kind="actual")),
    ex("sm-business-forum-contracts-over",
       "A business forum on the sidelines of the visit produced commercial contracts worth "
       "over $2 billion.",
       c("$2 billion", 2e9, "USD", approx="min", metric="investment", kind="actual")),
    ex("sm-memorandum-hydrogen-euros",
       "Germany and Kazakhstan signed a memorandum on green hydrogen worth €10 billion.",
       c("€10 billion", 10e9, "EUR", entities=["Germany", KZ])),
    ex("sm-seventeen-documents-words",
       "Seventeen documents, including a treaty on strategic partnership, were signed.",
       c("Seventeen documents", 17, "count", item="document", kind="actual")),
    ex("sm-jv-authorised-capital",
       "The two countries will set up a joint venture with authorised capital of $200 million "
       "to build wagons.",
       c("$200 million", 200e6, "USD", kind="projection", metric="investment")),
    ex("sm-fund-capitalised-projects",
       "The joint investment fund, capitalised at $500 million, will finance 30 projects in "
       "agriculture and logistics.",
       c("$500 million", 500e6, "USD", metric="investment"),
       c("30 projects", 30, "count", item="project", kind="projection")),
    ex("sm-jv-stakes-two-companies",
       "KazMunayGas will hold a 51% stake in the joint venture, with SOCAR owning 49%.",
       c("51%", 51, "%", metric="stake", entities=["KazMunayGas"]),
       c("49%", 49, "%", metric="stake", entities=["SOCAR"])),
    ex("sm-adb-loan-signed-sidelines",
       "On the sidelines, the Asian Development Bank signed a $350 million loan for the "
       "Almaty–Bishkek road.",
       c("$350 million", 350e6, "USD", metric="loan", kind="actual",
         entities=["Asian Development Bank"])),
    ex("sm-uae-invest-over-next-years",
       "The UAE will invest $5 billion in Kazakhstan's energy sector over the next five years.",
       c("$5 billion", 5e9, "USD", kind="projection", metric="investment",
         entities=["United Arab Emirates", KZ])),
    ex("sm-investment-exceeded-since",
       "Chinese investment in Uzbekistan has exceeded $14 billion since 2017.",
       c("$14 billion", 14e9, "USD", approx="min", metric="investment", period="2017/..",
         kind="actual", entities=[CN, UZ])),
]

FIGURES: list[Example] = [
    ex("sm-speech-last-year-up",
       "\"Last year our trade turnover reached $1.4 billion, up 18%,\" Aliyev told reporters "
       "in Astana.",
       c("$1.4 billion", 1.4e9, "USD", metric="trade turnover", period="2024", kind="actual",
         change=None),
       c("18%", 18, "%", change="increase", metric="trade turnover", period="2024",
         kind="actual"),
       published="2025-02-10"),
    ex("sm-times-since-year",
       "Trade between Türkiye and Kazakhstan has grown 2.5 times since 2019, Erdogan said.",
       c("2.5 times", 2.5, "x", change="increase", metric="trade turnover", period="2019/..",
         kind="actual", entities=[TR, KZ])),
    ex("sm-january-september-more-than-year-earlier",
       "In January-September 2024 mutual trade amounted to $842.6 million, 12.4% more than a "
       "year earlier.",
       c("$842.6 million", 842.6e6, "USD", metric="trade turnover", period="2024-01/2024-09",
         kind="actual", change=None),
       c("12.4%", 12.4, "%", change="increase", metric="trade turnover",
         period="2024-01/2024-09"),
       published="2024-10-20"),
    ex("sm-fell-to-acknowledged",
       "Trade turnover fell 7% to $1.2 billion in 2023, Mirziyoyev acknowledged.",
       c("7%", 7, "%", change="decrease", metric="trade turnover", period="2023"),
       c("$1.2 billion", 1.2e9, "USD", change=None, metric="trade turnover", period="2023")),
    ex("sm-first-half-percent-word",
       "In the first half of 2025, trade between Georgia and Azerbaijan grew by 15.3 percent "
       "year-on-year.",
       c("15.3 percent", 15.3, "%", change="increase", metric="trade turnover",
         period="2025-01/2025-06", entities=[GE, AZ]),
       published="2025-07-20"),
    ex("sm-share-china-foreign-trade",
       "China accounts for 21% of Kazakhstan's foreign trade, Xi noted at the summit.",
       c("21%", 21, "%", change=None, kind="actual", entities=[CN, KZ])),
    ex("sm-tenge-trillion-last-year",
       "Bilateral trade reached 1.3 trillion tenge last year, the prime minister told the "
       "commission.",
       c("1.3 trillion tenge", 1.3e12, "KZT", metric="trade turnover", period="2024",
         kind="actual"),
       published="2025-01-30"),
    ex("sm-fold-compared-with",
       "Trade with Kyrgyzstan increased 1.6-fold compared with 2022.",
       c("1.6-fold", 1.6, "x", change="increase", metric="trade turnover",
         entities=["Kyrgyzstan"])),
    ex("sm-cargo-moved-by-rail-last-year",
       "Last year 4.5 million tonnes of cargo moved between the two countries by rail, the "
       "ministers said at the commission.",
       c("4.5 million tonnes", 4.5e6, "t", metric="cargo volume", period="2024", kind="actual",
         topic="logistics"),
       published="2025-04-01"),
    ex("sm-trade-surplus-stood-at",
       "Kazakhstan's trade surplus with Kyrgyzstan stood at $620 million in 2024.",
       c("$620 million", 620e6, "USD", metric="trade balance", period="2024", kind="actual",
         entities=[KZ, "Kyrgyzstan"])),
    ex("sm-record-trade-putin",
       "Mutual trade between Russia and Azerbaijan reached a record $4.8 billion in 2024, "
       "Putin said.",
       c("$4.8 billion", 4.8e9, "USD", metric="trade turnover", period="2024", kind="actual",
         entities=[RU, AZ])),
    ex("sm-dipped-q1-to",
       "Trade between China and Turkmenistan dipped 3.1% in Q1 2025 to $2.4 billion.",
       c("3.1%", 3.1, "%", change="decrease", metric="trade turnover",
         period="2025-01/2025-03", entities=[CN, TM]),
       c("$2.4 billion", 2.4e9, "USD", change=None, metric="trade turnover",
         period="2025-01/2025-03"),
       published="2025-05-01"),
    ex("sm-national-currencies-pp",
       "The share of national currencies in mutual settlements rose by 12 percentage points "
       "to 85%.",
       c("12 percentage points", 12, "pp", change="increase"),
       c("85%", 85, "%", change=None)),
    ex("sm-tariffs-halved-agreement",
       "Tariffs for the transit of Uzbek cargo were halved under the new agreement.",
       c("halved", 0.5, "x", change="decrease", kind="actual", entities=[UZ])),
]

MORE: list[Example] = [
    # the multiplier compares the target with today's level; whether it is itself a
    # projection is debatable (it describes the gap now), so its kind is not checked
    ex("sm-target-of-almost-double-current",
       "Tokayev and Aliyev set a trade target of $1 billion, almost double the current level.",
       c("$1 billion", 1e9, "USD", kind="projection", metric="trade turnover"),
       c("double", 2, "x", approx="approx", change="increase", metric="trade turnover")),
    ex("sm-package-of-deals-worth-combined",
       "The package of deals, worth a combined $12.6bn, covers energy, mining and logistics.",
       c("$12.6bn", 12.6e9, "USD", metric="investment", topic="investment")),
    ex("sm-up-from-a-year-earlier",
       "Turnover between the two countries hit $2.1 billion in 2024, up from $1.7 billion a "
       "year earlier.",
       c("$2.1 billion", 2.1e9, "USD", period="2024", metric="trade turnover", change=None,
         per=None),
       c("$1.7 billion", 1.7e9, "USD", period="2023", metric="trade turnover", change=None,
         per=None),
       published="2025-03-01"),
    # "an agreement to set up" a venture: its capital is money still to be put in, but no
    # cue says so; the kind is left unchecked
    ex("sm-jv-capital-tenge-fifty-fifty",
       "The sides signed an agreement to set up a 50/50 joint venture with capital of 10 "
       "billion tenge.",
       c("10 billion tenge", 10e9, "KZT", metric="investment")),
    ex("sm-capitals-raise-trade-from-in-year",
       "Ankara and Baku want to raise trade to $15 billion, from $7.6 billion in 2024.",
       c("$15 billion", 15e9, "USD", kind="projection", metric="trade turnover",
         entities=[TR, AZ]),
       c("$7.6 billion", 7.6e9, "USD", kind="actual", period="2024", metric="trade turnover",
         entities=[TR, AZ]),
       published="2025-03-01"),
    ex("sm-supply-fruit-under-deal",
       "Uzbekistan will supply 10,000 tonnes of fruit and vegetables to Azerbaijan under a deal "
       "reached at the summit.",
       c("10,000 tonnes", 10000, "t", kind="projection", metric="agricultural exports",
         topic="agriculture", entities=[UZ, AZ])),
    ex("sm-ots-eleventh-time-eight-agreements",
       "The leaders of the Organization of Turkic States met for the 11th time; eight "
       "agreements were signed.",
       c("eight agreements", 8, "count", item="agreement", kind="actual")),
    ex("sm-eu-central-asia-first-summit",
       "Trade between the EU and Central Asia totalled EUR 54 billion in 2024, von der Leyen "
       "said at the first EU-Central Asia summit in Samarkand.",
       c("EUR 54 billion", 54e9, "EUR", metric="trade turnover", period="2024", kind="actual",
         entities=["European Union"]),
       published="2025-04-05"),
]

PROMISES: list[Example] = [
    ex("sm-quota-grain-transit-year",
       "Under the protocol, Uzbekistan will receive a quota of 1.5 million tonnes for grain "
       "transit via Kazakhstan in 2026.",
       c("1.5 million tonnes", 1.5e6, "t", kind="projection", period="2026",
         entities=[UZ, KZ]),
       published="2025-09-10"),
    ex("sm-pledged-up-to-a-year-from",
       "Azerbaijan pledged to ship up to 5 million tonnes of cargo a year through the Port of "
       "Aktau from 2026.",
       c("5 million tonnes", 5e6, "t", approx="max", per="year", kind="projection",
         metric="cargo volume", period="2026/..", entities=[AZ, "Port of Aktau"]),
       published="2025-09-10"),
    ex("sm-gas-supply-agreed-year",
       "Turkmenistan agreed to supply Uzbekistan with 5.6 billion cubic metres of gas in 2025.",
       c("5.6 billion cubic metres", 5.6e9, "m3", kind="projection", period="2025",
         topic="energy", entities=[TM, UZ]),
       published="2024-12-20"),
    ex("sm-green-power-will-export-gw",
       "Under the deal signed in Baku, Azerbaijan will export 4 GW of green power to Europe via "
       "a Black Sea cable.",
       c("4 GW", 4, "GW", kind="projection", topic="energy", entities=[AZ])),
    ex("sm-container-trains-a-week-by",
       "The sides agreed to run 20 container trains a week on the route by 2026.",
       c("20 container trains", 20, "count", item="container train", per="week", kind="projection",
         period="2026"),
       published="2025-04-15"),
    ex("sm-oil-via-btc-plans-raise",
       "Kazakhstan plans to raise oil transit through the Baku-Tbilisi-Ceyhan pipeline to 2.2 "
       "million tonnes in 2025.",
       c("2.2 million tonnes", 2.2e6, "t", kind="projection", period="2025", topic="energy",
         change=None, entities=[KZ, BTC]),
       published="2025-01-15"),
    ex("sm-corridor-length-and-annual-target",
       "The 2,000-km corridor is expected to carry 15 million tonnes annually by 2030.",
       c("2,000-km", 2000, "km", metric="route length"),
       c("15 million tonnes", 15e6, "t", per="year", kind="projection", period="2030",
         metric="cargo volume"),
       published="2025-01-15"),
]

NEGATIVES: list[Example] = [
    ex("sm-neg-nth-meeting-commission-date",
       "The 21st meeting of the Kazakh-Uzbek intergovernmental commission was held in Tashkent "
       "on 14 May 2025."),
    ex("sm-neg-five-presidents-sixth-meeting",
       "The five presidents of Central Asia met in Dushanbe for their sixth consultative "
       "meeting."),
    ex("sm-neg-declaration-number-roadmap-years",
       "The heads of state adopted Joint Declaration No. 3 and a roadmap for 2025-2027."),
    ex("sm-neg-anniversary-session",
       "The summit coincided with the 30th anniversary of diplomatic relations and the 100th "
       "session of the council."),
    ex("sm-neg-two-day-state-visit",
       "President Japarov arrived in Ankara on a two-day state visit at the invitation of "
       "President Erdogan."),
    ex("sm-neg-one-on-one-expanded-format",
       "The presidents held a one-on-one meeting followed by talks in an expanded format, the "
       "press service said."),
    ex("sm-neg-twice-a-year-next-session",
       "The commission, which meets twice a year, will hold its next session in Aktau in "
       "October 2025."),
    ex("sm-neg-c5-plus-one-two-countries",
       "At the C5+1 summit the two countries reaffirmed their commitment to the 2030 Agenda."),
]

EXAMPLES: list[Example] = TARGETS + PACKAGES + FIGURES + MORE + PROMISES + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
    "sm-pledged-up-to-a-year-from": "a verb right before its figure, a hedge between or not, "
    "beats the goods after it ('ship up to 5 million tonnes of cargo': 'ship' is the exports "
    "cue, met before 'cargo'), so the tonnes shipped through Aktau read as exports, not cargo "
    "volume (found when the INSTC round made a hedge no gap between a verb and its figure)",
}
