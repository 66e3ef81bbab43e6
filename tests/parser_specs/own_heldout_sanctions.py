"""Held-out sentences on trade diversion and sanctions, written after the parser was tuned.

Central Asia, the Caucasus, Türkiye and Russia: re-exports and parallel imports of cars,
electronics and machinery; mirror statistics (what one side reports against what its partner
reports: the reporter and the partner are both entities); multipliers against a pre-war base
("fivefold compared with 2021"); shares of trade settled in national currencies; bank payment
delays in days; fines for breaking sanctions; trade turnover between two named countries.
Negatives: sanctions package numbers ("the 14th package"), list numbers, HS codes and counts of
list items read as codes. Written by hand in our own words, expectations first, then compared
with the parser: a measure of how it generalises beyond the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import EU, Example, c, ex

MIRROR: list[Example] = [
    ex("sa-mirror-eu-kyrgyz-rose",
       "EU exports to Kyrgyzstan rose 300% in 2023 compared with 2021, while Kyrgyz imports "
       "from the EU rose only 30%.",
       c("300%", 300, "%", change="increase", metric="exports", topic="trade", period="2023",
         entities=[EU, "Kyrgyzstan"], kind="actual"),
       c("30%", 30, "%", change="increase", metric="imports", entities=["Kyrgyzstan", EU]),
       published="2024-05-10"),
    ex("sa-mirror-german-exports-kazakhstan-level",
       "Germany's exports to Kazakhstan reached EUR 2.9 billion in 2023, but Kazakh customs "
       "recorded imports from Germany of only EUR 1.6 billion.",
       c("EUR 2.9 billion", 2.9e9, "EUR", metric="exports", period="2023", change=None,
         entities=["Germany", "Kazakhstan"]),
       c("EUR 1.6 billion", 1.6e9, "EUR", metric="imports", entities=["Kazakhstan", "Germany"]),
       published="2024-04-01"),
    ex("sa-mirror-gap-widened",
       "The gap between Chinese export data and Kyrgyz import data widened to $12 billion last "
       "year.",
       c("$12 billion", 12e9, "USD", period="2024", change=None,
         entities=["China", "Kyrgyzstan"]),
       published="2025-03-01"),
    ex("sa-mirror-eu-armenia-share",
       "Machinery accounted for 40% of EU exports to Armenia in 2024.",
       c("40%", 40, "%", metric="exports", period="2024", change=None,
         entities=[EU, "Armenia"]),
       published="2025-02-01"),
]

MULTIPLIERS: list[Example] = [
    ex("sa-mult-armenia-cars-fivefold",
       "Armenia's car exports to Russia grew fivefold compared with 2021, reaching $1.1 billion "
       "in 2024.",
       c("fivefold", 5, "x", change="increase", metric="exports", entities=["Armenia", "Russia"]),
       c("$1.1 billion", 1.1e9, "USD", change=None, metric="exports", period="2024",
         entities=["Armenia", "Russia"]),
       published="2025-03-01"),
    ex("sa-mult-times-higher-pre-war",
       "Kazakhstan's imports of electronics from China were 3.5 times higher in 2023 than "
       "before the war.",
       c("3.5 times", 3.5, "x", change="increase", metric="imports", period="2023",
         entities=["Kazakhstan", "China"]),
       published="2024-02-01"),
    ex("sa-mult-doubled-since-2022",
       "Georgian re-exports of used cars to Russia have doubled since 2022.",
       c("doubled", 2, "x", change="increase", metric="exports", period="2022/..",
         entities=["Georgia", "Russia"]),
       published="2024-09-01"),
    ex("sa-mult-tripled-turnover-uzbek-russian",
       "Uzbek-Russian trade turnover tripled between 2021 and 2024 to $11 billion.",
       c("tripled", 3, "x", change="increase", metric="trade turnover",
         entities=["Uzbekistan", "Russia"]),
       c("$11 billion", 11e9, "USD", change=None, metric="trade turnover",
         entities=["Uzbekistan", "Russia"]),
       published="2025-02-01"),
    ex("sa-mult-sevenfold-kyrgyz-eu",
       "Kyrgyzstan bought seven times more cars from the EU in 2023 than in 2021.",
       c("seven times", 7, "x", change="increase", period="2023",
         entities=["Kyrgyzstan", EU]),
       published="2024-03-01"),
]

TURNOVER: list[Example] = [
    ex("sa-turnover-turkey-russia-fell",
       "Trade turnover between Türkiye and Russia fell 18% to $52 billion in 2024 as Turkish "
       "banks tightened checks.",
       c("18%", 18, "%", change="decrease", metric="trade turnover", period="2024",
         entities=["Türkiye", "Russia"]),
       c("$52 billion", 52e9, "USD", change=None, metric="trade turnover", period="2024",
         entities=["Türkiye", "Russia"]),
       published="2025-02-15"),
    ex("sa-turnover-kazakh-russian-first-half",
       "Kazakh-Russian trade reached $12.4 billion in January–June 2025, about 2% less than a "
       "year earlier.",
       c("$12.4 billion", 12.4e9, "USD", metric="trade turnover", period="2025-01/2025-06",
         entities=["Kazakhstan", "Russia"]),
       c("2%", 2, "%", approx="approx", change="decrease", metric="trade turnover"),
       published="2025-08-01"),
    ex("sa-turnover-azerbaijan-russia-forecast",
       "Baku and Moscow expect their trade to reach $5 billion in 2025.",
       c("$5 billion", 5e9, "USD", kind="projection", metric="trade turnover", period="2025"),
       published="2025-03-01"),
    ex("sa-turnover-armenia-russia-bln-rub",
       "Armenia's trade with Russia amounted to 1.2 trillion roubles last year.",
       c("1.2 trillion roubles", 1.2e12, "RUB", metric="trade turnover", period="2024",
         entities=["Armenia", "Russia"]),
       published="2025-01-20"),
    ex("sa-turnover-kyrgyz-china-mostly-imports",
       "Trade between Kyrgyzstan and China hit $19.1 billion in 2023, of which Chinese exports "
       "made up $19 billion.",
       c("$19.1 billion", 19.1e9, "USD", metric="trade turnover", period="2023",
         entities=["Kyrgyzstan", "China"]),
       c("$19 billion", 19e9, "USD", metric="exports", period="2023", entities=["China"]),
       published="2024-02-01"),
]

REEXPORTS: list[Example] = [
    ex("sa-reexport-kazakh-electronics-share",
       "Re-exports made up nearly a quarter of Kazakhstan's shipments of electronics to Russia in "
       "2023, or about $800 million.",
       c("a quarter", 25, "%", approx="approx", change=None, metric="exports", period="2023",
         entities=["Kazakhstan", "Russia"]),
       c("$800 million", 800e6, "USD", approx="approx", metric="exports", period="2023",
         entities=["Kazakhstan", "Russia"]),
       published="2024-06-01"),
    ex("sa-reexport-uae-armenia-phones",
       "Armenia re-exported 450,000 smartphones to Russia in 2023, up from 40,000 in 2021.",
       c("450,000 smartphones", 450000, "count", item="smartphone", metric="exports",
         period="2023", entities=["Armenia", "Russia"]),
       c("40,000", 40000, "count", period="2021"),
       published="2024-05-01"),
    ex("sa-reexport-cars-number-down",
       "Parallel imports of cars into Russia via Kyrgyzstan fell by 35% in the first quarter.",
       c("35%", 35, "%", change="decrease", metric="imports", period="2025-01/2025-03",
         entities=["Russia", "Kyrgyzstan"]),
       published="2025-05-01"),
    ex("sa-reexport-georgia-cars-value",
       "Georgia exported 63,000 cars worth $1.9 billion in 2023, most of them to Kazakhstan, "
       "Kyrgyzstan and Armenia.",
       c("63,000 cars", 63000, "count", item="car", metric="exports", period="2023",
         entities=["Georgia"]),
       c("$1.9 billion", 1.9e9, "USD", metric="exports", period="2023", entities=["Georgia"]),
       published="2024-04-01"),
    ex("sa-reexport-machinery-rose-percent",
       "Uzbekistan's imports of machinery from the EU rose 48% year on year in 2024.",
       c("48%", 48, "%", change="increase", metric="imports", period="2024",
         entities=["Uzbekistan", EU]),
       published="2025-02-01"),
    ex("sa-reexport-turkey-dual-use-down",
       "Turkish exports of high-priority dual-use items to Russia dropped by about a third, to "
       "$110 million a month.",
       c("a third", 100 / 3, "%", approx="approx", change="decrease", metric="exports",
         entities=["Türkiye", "Russia"]),
       c("$110 million", 110e6, "USD", per="month", change=None, metric="exports",
         entities=["Türkiye", "Russia"]),
       published="2024-11-01"),
]

CURRENCIES: list[Example] = [
    ex("sa-currency-95-percent-roubles-yuan",
       "Some 95% of payments between Russia and China are now made in roubles and yuan.",
       c("95%", 95, "%", approx="approx", change=None, entities=["Russia", "China"]),
       published="2025-01-10"),
    ex("sa-currency-share-rose-pp",
       "The share of the rouble in Kazakhstan's settlements with Russia rose by 12 percentage "
       "points to 71% in 2024.",
       c("12 percentage points", 12, "pp", change="increase", period="2024",
         entities=["Kazakhstan", "Russia"]),
       c("71%", 71, "%", change=None, period="2024"),
       published="2025-03-01"),
    ex("sa-currency-national-currencies-over",
       "More than 90% of EAEU trade is settled in national currencies.",
       c("90%", 90, "%", approx="min", change=None, entities=["Eurasian Economic Union"])),
    ex("sa-currency-yuan-share-fell",
       "The yuan's share of Russia's import payments fell to 35% from 40% in 2023.",
       # debatable: "from 40% in 2023" reads as the old level's year (the parser's rule in
       # `bases`: a year after "to X from Y" stays Y's); the new level's time is not said
       c("35%", 35, "%", change=None, period=None),
       c("40%", 40, "%", change=None, period="2023"),
       published="2024-06-01"),
]

PAYMENTS: list[Example] = [
    ex("sa-payments-delays-days",
       "Payments from Russian buyers to Kazakh exporters now take 20 to 30 days to clear.",
       c("20 to 30 days", 20, "day", value_high=30, entities=["Russia", "Kazakhstan"])),
    ex("sa-payments-delays-up-to-weeks",
       "Traders in Tashkent say transfers through Chinese banks can take up to 45 days.",
       c("45 days", 45, "day", approx="max", entities=["China"])),
    ex("sa-payments-rejected-share",
       "Chinese banks rejected about 80% of payments from Russia in March, according to "
       "importers.",
       c("80%", 80, "%", approx="approx", entities=["China", "Russia"]),
       published="2024-04-10"),
    ex("sa-payments-agent-fee",
       "Payment agents charge a commission of 3-5% on each transfer to Russia.",
       c("3-5%", 3, "%", value_high=5, entities=["Russia"])),
]

FINES: list[Example] = [
    ex("sa-fine-ofac-bank",
       "OFAC fined the bank $1.3 million for processing payments linked to Russia.",
       c("$1.3 million", 1.3e6, "USD", metric="fine", entities=["Russia"])),
    ex("sa-fine-penalty-euros",
       "A German court imposed a penalty of 2.4 million euros on a firm that shipped machine "
       "tools to Russia through Kyrgyzstan.",
       c("2.4 million euros", 2.4e6, "EUR", metric="fine")),
    ex("sa-fine-designated-entities-count",
       "Washington added 12 companies from Kyrgyzstan and 8 from Kazakhstan to its sanctions "
       "list.",
       c("12 companies", 12, "count", item="company", entities=["Kyrgyzstan"]),
       c("8", 8, "count", entities=["Kazakhstan"])),
]

MORE: list[Example] = [
    ex("sa-mult-halved-turkey-quarter",
       "Turkish exports to Russia halved in the first quarter of 2024 after US threats of "
       "secondary sanctions.",
       c("halved", 0.5, "x", change="decrease", metric="exports", period="2024-01/2024-03",
         entities=["Türkiye", "Russia"]),
       published="2024-05-01"),
    ex("sa-share-chinese-cars-up-from",
       "Chinese brands took 60% of Russia's new car market in 2024, up from 10% in 2021.",
       c("60%", 60, "%", change=None, period="2024", entities=["China", "Russia"]),
       c("10%", 10, "%", change=None, period="2021"),
       published="2025-02-01"),
    ex("sa-turnover-double-by-2030",
       "Kazakhstan and China aim to double trade turnover to $80 billion by 2030.",
       c("double", 2, "x", change="increase", kind="projection", metric="trade turnover",
         entities=["Kazakhstan", "China"]),
       c("$80 billion", 80e9, "USD", change=None, kind="projection", metric="trade turnover",
         period="2030", entities=["Kazakhstan", "China"]),
       published="2025-04-01"),
    ex("sa-mirror-two-customs-figures",
       "Russia's exports to Uzbekistan totalled 7.4 bln USD in 2024, according to Uzbek "
       "statistics, while Russian customs put the figure at 7.9 bln USD.",
       c("7.4 bln USD", 7.4e9, "USD", metric="exports", period="2024",
         entities=["Russia", "Uzbekistan"]),
       c("7.9 bln USD", 7.9e9, "USD", metric="exports", period="2024"),
       published="2025-03-01"),
    ex("sa-payments-average-days",
       "Kyrgyz importers waited an average of 14 days for transfers to Chinese suppliers in "
       "2024.",
       c("14 days", 14, "day", period="2024", entities=["Kyrgyzstan", "China"]),
       published="2025-02-01"),
    ex("sa-fine-penalty-billion",
       "The exchange agreed to pay a $4.3 billion penalty for breaking US sanctions rules.",
       c("$4.3 billion", 4.3e9, "USD", metric="fine")),
]

NEGATIVES: list[Example] = [
    ex("sa-neg-cn-codes-12th-package",
       "Under the 12th package, Annex XVIII added goods under CN codes 8708 and 8544 in "
       "December 2023."),
    ex("sa-neg-14th-package",
       "The EU adopted its 14th sanctions package against Russia on 24 June 2024."),
    ex("sa-neg-hs-codes",
       "The list covers goods under HS codes 8471, 8517 and 8542, among others."),
    ex("sa-neg-common-high-priority-list",
       "The Common High Priority List groups 50 HS codes into four tiers."),
    ex("sa-neg-annex-and-regulation",
       "Annex XXIII of Council Regulation 833/2014 was amended under Article 12g."),
    ex("sa-neg-executive-order",
       "Executive Order 14114 lets the Treasury target foreign banks that help Russia."),
    ex("sa-neg-sixth-round",
       "Diplomats expect the 18th package to be agreed before the G7 summit in its second "
       "attempt."),
]

EXAMPLES: list[Example] = (
    MIRROR + MULTIPLIERS + TURNOVER + REEXPORTS + CURRENCIES + PAYMENTS + FINES + MORE
    + NEGATIVES
)

# Example id -> why the parser still fails it (run as strict xfail).
KNOWN_GAPS: dict[str, str] = {}
