"""Held-out sentences written after the parser was tuned, on EU–Central Asia and EU–Caucasus
connectivity: Global Gateway pledges (the EUR 10 billion for the Trans-Caspian Transport
Corridor), EBRD, EIB and ADB loans and grants for roads, rail, ports and cables, critical raw
materials, EU trade statistics with Kazakhstan, Uzbekistan, Azerbaijan and Georgia (Eurostat
style figures and the EU's share of their trade), feasibility studies, mixed currencies (EUR,
USD, euro cents, "billion euros", "€1.5bn"), projections beside reported figures; and
negatives that are no claims (dates, regulation and project numbers, ordinals, names with
digits). Expectations were written by hand from reading the text, before the parser was run.
"""

from __future__ import annotations

from . import EU, TITR, Example, c, ex

ADB = "Asian Development Bank"
EIB = "European Investment Bank"
INV = "investment"

PLEDGES: list[Example] = [
    ex("eug-trans-caspian-ten-billion-pledge",
       "At the investors' forum in Brussels, the EU and international financial institutions "
       "pledged EUR 10 billion for the Trans-Caspian Transport Corridor.",
       # money pledged is money given (vocab/projections.py: a bare "pledged" is no plan)
       c("EUR 10 billion", 10e9, "EUR", metric="investment", topic=INV, kind="actual",
         entities=[EU, TITR]),
       published="2024-01-30"),
    ex("eug-global-gateway-worldwide-by-2027",
       "Global Gateway investment worldwide is set to reach €300 billion by 2027.",
       c("€300 billion", 300e9, "EUR", metric="investment", kind="projection", period="2027")),
    ex("eug-billion-euros-digital-mobilised",
       "Brussels has mobilised 1.2 billion euros in Global Gateway investments for digital "
       "connectivity in Central Asia.",
       c("1.2 billion euros", 1.2e9, "EUR", metric="investment", kind="actual",
         entities=[EU, "Central Asia"])),
    ex("eug-of-the-ten-billion-part-from-budget",
       "Of the EUR 10 billion, EUR 1.5 billion comes from the EU budget and the rest from "
       "the EIB, the EBRD and national development banks.",
       c("EUR 10 billion", 10e9, "EUR"),
       c("EUR 1.5 billion", 1.5e9, "EUR")),
    ex("eug-ebrd-invested-over-since-1992",
       "The EBRD has invested over €2 billion in Georgia's transport sector since 1992.",
       c("€2 billion", 2e9, "EUR", approx="min", metric="investment", period="1992/..",
         kind="actual", entities=["EBRD", "Georgia"])),
    ex("eug-ebrd-record-annual-investment",
       "The EBRD's investment in Uzbekistan hit a record €1.1bn in 2024.",
       c("€1.1bn", 1.1e9, "EUR", metric="investment", period="2024", kind="actual",
         entities=["EBRD", "Uzbekistan"]),
       published="2025-02-10"),
]

LOANS: list[Example] = [
    ex("eug-ebrd-loan-ktz-locomotives",
       "The EBRD has signed a €150m loan with Kazakhstan Temir Zholy to buy 30 locomotives.",
       c("€150m", 150e6, "EUR", metric="loan", topic=INV, kind="actual",
         entities=["EBRD", "Kazakhstan Temir Zholy"]),
       c("30 locomotives", 30, "count", item="locomotive")),
    ex("eug-eib-framework-loan-uzbekistan",
       "The EIB signed a €1.5bn framework loan with Uzbekistan for water and transport "
       "projects.",
       c("€1.5bn", 1.5e9, "EUR", metric="loan", kind="actual", entities=[EIB, "Uzbekistan"])),
    ex("eug-adb-loan-and-ta-grant",
       "The Asian Development Bank approved a $250 million loan and a $5 million technical "
       "assistance grant for road safety in Kyrgyzstan.",
       c("$250 million", 250e6, "USD", metric="loan", entities=[ADB, "Kyrgyzstan"]),
       c("$5 million", 5e6, "USD", metric="grants")),
    ex("eug-eu-grant-beside-eib-loan",
       "The EU contributed a €20 million grant to the Bishkek-Osh road, alongside a €100m "
       "loan from the EIB.",
       c("€20 million", 20e6, "EUR", metric="grants", topic=INV),
       c("€100m", 100e6, "EUR", metric="loan", entities=[EIB])),
    ex("eug-eib-global-will-lend",
       "EIB Global will lend EUR 300 million to Kazakhstan's small businesses under an EU "
       "guarantee.",
       c("EUR 300 million", 300e6, "EUR", metric="loan", kind="projection",
         entities=[EIB, "Kazakhstan"])),
    ex("eug-nearly-eib-lending-last-year",
       "Nearly €300 million of the EIB's lending in Central Asia last year went to water and "
       "transport.",
       c("€300 million", 300e6, "EUR", approx="approx", metric="loan", period="2024"),
       published="2025-03-04"),
    ex("eug-grant-in-brackets-eur-m",
       "The grant (EUR 12m) covers the design of the Darbaza-Maktaaral railway.",
       c("EUR 12m", 12e6, "EUR", metric="grants")),
]

TRADE: list[Example] = [
    ex("eug-eu-share-of-kazakhstan-trade",
       "The EU accounted for 29.5% of Kazakhstan's foreign trade in 2024, making it the "
       "country's largest trading partner.",
       c("29.5%", 29.5, "%", metric="trade turnover", topic="trade", period="2024",
         change=None, entities=[EU, "Kazakhstan"]),
       published="2025-03-01"),
    ex("eug-eurostat-imports-and-exports",
       "According to Eurostat, EU imports from Kazakhstan reached €27.4 billion in 2024, "
       "while EU exports to the country stood at €12.1 billion.",
       c("€27.4 billion", 27.4e9, "EUR", metric="imports", period="2024",
         entities=[EU, "Kazakhstan"]),
       c("€12.1 billion", 12.1e9, "EUR", metric="exports", period="2024"),
       published="2025-04-01"),
    ex("eug-eu-uzbekistan-grew-by-to",
       "Trade between the EU and Uzbekistan grew by 12% year on year to EUR 6.4 billion in "
       "2024.",
       c("12%", 12, "%", change="increase", metric="trade turnover", period="2024"),
       c("EUR 6.4 billion", 6.4e9, "EUR", change=None, metric="trade turnover",
         period="2024", entities=[EU, "Uzbekistan"]),
       published="2025-03-01"),
    ex("eug-eu-azerbaijan-main-partner-share",
       "The EU is Azerbaijan's main trading partner, with a 51.6% share of its total trade.",
       c("51.6%", 51.6, "%", metric="trade turnover", change=None,
         entities=[EU, "Azerbaijan"])),
    ex("eug-georgia-exports-nine-months",
       "Georgia's exports to the EU rose 8.3% to $760 million in the first nine months of "
       "2024, according to Geostat.",
       c("8.3%", 8.3, "%", change="increase", metric="exports", period="2024-01/2024-09"),
       c("$760 million", 760e6, "USD", change=None, metric="exports",
         period="2024-01/2024-09", entities=["Georgia", EU]),
       published="2024-10-20"),
    ex("eug-share-slipped-to-from",
       "The EU's share in Uzbekistan's foreign trade slipped to 8.4% from 9.1% a year "
       "earlier.",
       c("8.4%", 8.4, "%", change=None, metric="trade turnover"),
       c("9.1%", 9.1, "%", change=None, metric="trade turnover")),
    ex("eug-azerbaijan-trade-fell-half-year",
       "Azerbaijan's trade with the EU fell 14.2% in January-June, to EUR 8.9 billion.",
       c("14.2%", 14.2, "%", change="decrease", metric="trade turnover",
         period="2024-01/2024-06"),
       c("EUR 8.9 billion", 8.9e9, "EUR", change=None, metric="trade turnover",
         period="2024-01/2024-06"),
       published="2024-08-01"),
    ex("eug-expect-turnover-by-2030",
       "Officials expect trade turnover between the EU and Kazakhstan to reach €50 billion by "
       "2030.",
       c("€50 billion", 50e9, "EUR", metric="trade turnover", kind="projection",
         period="2030")),
    ex("eug-central-asia-more-than-double",
       "EU-Central Asia trade reached €54 billion in 2024, more than double the level of "
       "2019.",
       c("€54 billion", 54e9, "EUR", metric="trade turnover", period="2024", kind="actual"),
       c("double", 2, "x", change="increase", approx="min", metric="trade turnover"),
       published="2025-05-01"),
    ex("eug-share-rose-percentage-points",
       "The EU's share of Georgia's total trade rose by 1.2 percentage points to 21.8% in "
       "2024.",
       c("1.2 percentage points", 1.2, "pp", change="increase", period="2024"),
       c("21.8%", 21.8, "%", change=None, period="2024"),
       published="2025-02-01"),
    ex("eug-gsp-plus-exports-times",
       "Uzbekistan's exports to the EU under GSP+ jumped 2.6 times between 2021 and 2024.",
       c("2.6 times", 2.6, "x", change="increase", metric="exports", period="2021/2024",
         entities=["Uzbekistan", EU])),
    ex("eug-exports-imports-deficit",
       "EU exports to Central Asia totalled €19.3bn, while imports came to €34.6bn, leaving "
       "a deficit of €15.3bn.",
       c("€19.3bn", 19.3e9, "EUR", metric="exports"),
       c("€34.6bn", 34.6e9, "EUR", metric="imports"),
       c("€15.3bn", 15.3e9, "EUR", metric="trade balance")),
    ex("eug-ordinal-rank-and-share",
       "Kazakhstan ranks as the EU's 27th largest trading partner, with 0.8% of EU trade in "
       "goods.",
       c("0.8%", 0.8, "%", change=None, metric="trade turnover")),
    ex("eug-roughly-oil-exports-go-to-eu",
       "Roughly 80% of Kazakhstan's oil exports go to the EU.",
       c("80%", 80, "%", approx="approx", metric="oil exports", topic="energy",
         change=None)),
]

CORRIDOR: list[Example] = [
    ex("eug-feasibility-could-reach-vs-reported",
       "The feasibility study estimates that cargo on the corridor could reach 10 million "
       "tonnes a year by 2030, compared with 4.5 million tonnes reported in 2024.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2030",
         metric="cargo volume"),
       c("4.5 million tonnes", 4.5e6, "t", kind="actual", period="2024",
         metric="cargo volume"),
       published="2025-01-15"),
    ex("eug-world-bank-could-triple",
       "A World Bank study found that the Middle Corridor could triple trade volumes by 2030.",
       c("triple", 3, "x", change="increase", kind="projection", period="2030",
         entities=["World Bank", TITR])),
    ex("eug-road-section-km-and-cost",
       "The 178-km road section between Almaty and Khorgos will cost $410 million.",
       c("178-km", 178, "km", metric="route length"),
       c("$410 million", 410e6, "USD", metric="project cost", kind="projection")),
    ex("eug-kuryk-capacity-from-to",
       "The EBRD is financing the expansion of the Port of Kuryk to raise its capacity from 4 "
       "million to 6 million tonnes per year.",
       c("4 million", 4e6, "t", per="year", metric="capacity", kind="actual"),
       c("6 million tonnes", 6e6, "t", per="year", metric="capacity", kind="projection",
         entities=["Port of Kuryk"])),
    ex("eug-btk-volume-and-growth",
       "The Baku-Tbilisi-Kars railway carried 1.2 million tonnes of freight in 2024, up 35% "
       "on 2023.",
       c("1.2 million tonnes", 1.2e6, "t", metric="cargo volume", period="2024",
         entities=["Baku-Tbilisi-Kars railway"]),
       c("35%", 35, "%", change="increase", period="2024"),
       published="2025-02-01"),
    ex("eug-freight-rate-per-40ft",
       "The freight rate from Xi'an to Duisburg via the Middle Corridor is about $4,500 per "
       "40ft container.",
       c("$4,500", 4500, "USD", approx="approx", per="40ft container", metric="freight rate")),
    ex("eug-transit-time-from-to-days",
       "Transit time on the corridor has been reduced from 38 to 18 days.",
       c("38", 38, "day", metric="transit time", change=None),
       c("18 days", 18, "day", metric="transit time", change=None)),
    ex("eug-anaklia-teu-forecast",
       "Georgia's government forecasts that the Anaklia port will handle 600,000 TEU in its "
       "first phase.",
       c("600,000 TEU", 600e3, "TEU", kind="projection", entities=["Port of Anaklia"])),
    ex("eug-euro-cents-per-tonne",
       "Transit fees on the Georgian railway were cut to 45 euro cents per tonne.",
       c("45 euro cents", 0.45, "EUR", per="t", change=None)),
    ex("eug-anaklia-cost-two-currencies",
       "The Anaklia deep-sea port will cost about $2.5 billion, or €2.3 billion, the "
       "government said.",
       c("$2.5 billion", 2.5e9, "USD", approx="approx", metric="project cost",
         kind="projection"),
       c("€2.3 billion", 2.3e9, "EUR", metric="project cost", kind="projection")),
    ex("eug-feasibility-study-cost",
       "The EU is funding a €3.4 million feasibility study for the Trans-Caspian corridor.",
       c("€3.4 million", 3.4e6, "EUR", entities=[EU])),
]

ENERGY_DIGITAL: list[Example] = [
    ex("eug-black-sea-cable-grant-and-length",
       "The Black Sea submarine cable, backed by a €45 million EU grant, will run 1,100 km "
       "from Georgia to Romania.",
       c("€45 million", 45e6, "EUR", metric="grants"),
       c("1,100 km", 1100, "km", kind="projection", entities=["Georgia", "Romania"])),
    ex("eug-green-corridor-gw",
       "The Caspian-Black Sea-Europe Green Energy Corridor would carry 4 GW of power from "
       "Azerbaijan to Europe.",
       c("4 GW", 4, "GW", kind="projection", topic="energy",
         entities=["Azerbaijan", "Europe"])),
    ex("eug-azerbaijan-gas-bcm-and-double",
       "Azerbaijan supplied 12.9 bcm of gas to the EU in 2024 and has pledged to double "
       "deliveries by 2027.",
       c("12.9 bcm", 12.9e9, "m3", metric="gas exports", topic="energy", period="2024",
         kind="actual", entities=["Azerbaijan", EU]),
       c("double", 2, "x", change="increase", kind="projection", period="2027"),
       published="2025-03-01"),
    ex("eug-raw-materials-share-niobium",
       "Kazakhstan supplies about 21% of the EU's niobium imports.",
       c("21%", 21, "%", approx="approx", metric="imports", change=None,
         entities=["Kazakhstan", EU])),
    ex("eug-up-to-projects-raw-materials",
       "Under the memorandum, the EU will support up to 20 projects on critical raw "
       "materials in Uzbekistan.",
       c("20 projects", 20, "count", item="project", approx="max", kind="projection")),
]

NEGATIVES: list[Example] = [
    ex("eug-raw-materials-partnership-date-no-claims",
       "The EU and Kazakhstan signed a strategic partnership on raw materials, batteries and "
       "renewable hydrogen in November 2022."),
    ex("eug-forum-dates-no-claims",
       "The Global Gateway Transport Investors Forum took place on 29-30 January 2024 in "
       "Brussels."),
    ex("eug-five-ministers-ordinal-no-claims",
       "The commissioner met the five Central Asian foreign ministers at the 20th EU-Central "
       "Asia ministerial meeting."),
    ex("eug-regulation-number-no-claims",
       "The instrument, set up under Regulation (EU) 2021/947, runs until 2027."),
    ex("eug-epca-in-force-date-no-claims",
       "The EU-Kazakhstan Enhanced Partnership and Cooperation Agreement entered into force "
       "on 1 March 2020."),
    ex("eug-adb-project-number-no-claims",
       "ADB Project No. 52084-002 covers a section of CAREC Corridor 2."),
    ex("eug-cop29-team-europe-no-claims",
       "The Team Europe initiative on water was launched at COP29 in Baku."),
    ex("eug-fiscal-period-strategy-no-claims",
       "The EBRD's 2024-2029 strategy for Kyrgyzstan was adopted on 12.03.2024."),
]


MORE: list[Example] = [
    ex("eug-range-between-bn-of-investment",
       "The Commission estimates the corridor needs between €15bn and €18.5bn of investment "
       "over the next decade.",
       c("€15bn and €18.5bn", 15e9, "EUR", value_high=18.5e9, metric="investment",
         kind="projection")),
    ex("eug-eur-loan-with-usd-in-brackets",
       "The EIB's loan of EUR 400 mln (about USD 432 mln) will finance 14 new bridges on the "
       "Tashkent-Andijan road.",
       c("EUR 400 mln", 400e6, "EUR", metric="loan", approx=None, entities=[EIB]),
       c("USD 432 mln", 432e6, "USD", approx="approx", metric="loan"),
       c("14 new bridges", 14, "count", item="bridge", kind="projection")),
    ex("eug-eurostat-crude-quarter-vs-year-earlier",
       "Eurostat data show EU imports of Kazakh crude oil fell to 5.8 million tonnes in Q1 "
       "2025, down from 7.1 million tonnes a year earlier.",
       c("5.8 million tonnes", 5.8e6, "t", change=None, period="2025-01/2025-03",
         metric="imports", entities=[EU, "Kazakhstan"]),
       c("7.1 million tonnes", 7.1e6, "t", change=None, period="2024-01/2024-03"),
       published="2025-06-01"),
    ex("eug-euro-tariff-from-to-per-tkm",
       "The ferry tariff across the Caspian rose from 0.9 to 1.3 euros per tonne-km, an "
       "increase of 44%.",
       c("0.9", 0.9, "EUR", per="tkm", change=None, metric="freight rate"),
       c("1.3 euros", 1.3, "EUR", per="tkm", change=None, metric="freight rate"),
       c("44%", 44, "%", change="increase", metric="freight rate")),
    ex("eug-projected-exceed-annually",
       "Uzbekistan's trade with the EU is projected to exceed USD 10 bn annually by the end of "
       "the decade.",
       c("USD 10 bn", 10e9, "USD", per="year", approx="min", kind="projection",
         metric="trade turnover", entities=["Uzbekistan", EU])),
    ex("eug-ebrd-record-of-which-share",
       "The EBRD lent a record EUR 1.3 billion in Kazakhstan in 2024, of which 60% went to the "
       "private sector.",
       c("EUR 1.3 billion", 1.3e9, "EUR", metric="loan", period="2024", kind="actual"),
       c("60%", 60, "%", change=None, period="2024"),
       published="2025-03-01"),
    ex("eug-provided-through-projects-so-far",
       "The bank has provided some €9.6 billion through 320 projects in Kazakhstan so far.",
       c("€9.6 billion", 9.6e9, "EUR", approx="approx", metric="investment", period=None),
       c("320 projects", 320, "count", item="project", period=None),
       published="2025-06-01"),
    ex("eug-raw-materials-value-or-share",
       "Critical raw materials accounted for EUR 1.2 billion, or 4% of EU imports from "
       "Kazakhstan, in 2023.",
       c("EUR 1.2 billion", 1.2e9, "EUR", metric="imports", period="2023"),
       c("4%", 4, "%", change=None, metric="imports", period="2023",
         entities=[EU, "Kazakhstan"])),
    ex("eug-anaklia-range-dollars-and-stake",
       "Georgia's Anaklia project is estimated at 2.5–3 billion dollars, with the state "
       "holding a 51% stake.",
       c("2.5–3 billion dollars", 2.5e9, "USD", value_high=3e9, metric="project cost"),
       c("51%", 51, "%", metric="stake", change=None)),
    ex("eug-azerbaijan-oil-tonnes-and-estimated-value",
       "Azerbaijan exported 24.5 million tonnes of oil to the EU last year, worth an estimated "
       "€13.8bn.",
       c("24.5 million tonnes", 24.5e6, "t", metric="oil exports", topic="energy",
         period="2024", entities=["Azerbaijan", EU]),
       c("€13.8bn", 13.8e9, "EUR", approx="approx", period="2024"),
       published="2025-06-01"),
    ex("eug-fdi-nine-months-up-by-a-quarter",
       "EU foreign direct investment in Uzbekistan totalled $1.1bn in January-September, up by "
       "a quarter on the same period of 2024.",
       c("$1.1bn", 1.1e9, "USD", metric="investment", period="2025-01/2025-09",
         entities=[EU, "Uzbekistan"]),
       c("a quarter", 25, "%", change="increase", period="2025-01/2025-09"),
       published="2025-11-01"),
    ex("eug-ferries-cut-cost-by-roughly-a-third",
       "The new ferries will cut the cost of shipping a container across the Caspian by "
       "roughly a third, to about USD 1,200.",
       c("a third", 100 / 3, "%", change="decrease", approx="approx", kind="projection"),
       c("USD 1,200", 1200, "USD", approx="approx", change=None, kind="projection",
         metric="freight rate")),
    ex("eug-at-least-of-the-package-will-go",
       "At least €600 million of the package will go to digital connectivity in the South "
       "Caucasus, officials said on Tuesday.",
       c("€600 million", 600e6, "EUR", approx="min", kind="projection",
         entities=["South Caucasus"])),
    ex("eug-programme-names-and-call-year-no-claims",
       "The EU4Digital programme and Horizon Europe calls for 2025 remain open to Georgian "
       "researchers."),
]

EXAMPLES: list[Example] = (PLEDGES + LOANS + TRADE + CORRIDOR + ENERGY_DIGITAL + NEGATIVES
                           + MORE)

KNOWN_GAPS: dict[str, str] = {
}
