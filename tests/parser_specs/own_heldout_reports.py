"""Held-out sentences written after the parser was tuned, on think-tank and development-bank
reports about the Middle Corridor and Central Asian trade, as analysts quote them: citations
and references that are not quantities ("World Bank (2023)", "Smith et al., 2021", "p. 45",
"pp. 12-14", "Figure 3", "Table 2.1", "Annex 4", "Scenario 2", footnote marks after figures,
chapter, section, volume and issue numbers) next to the figures the reports give: scenario
ranges, baselines against targets, elasticities and percentage-point effects, costs per TEU,
time savings in days and shares. Expectations were written by hand from reading the text,
before the parser was run on it.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

CITED: list[Example] = [
    ex("rep-author-year-paren-could-reach",
       "World Bank (2023) estimates that Middle Corridor volumes could reach 11 million tonnes "
       "a year by 2030.",
       c("11 million tonnes", 11e6, "t", per="year", kind="projection", period="2030",
         metric="cargo volume", topic="logistics", entities=[TITR, "World Bank"],
         change=None), published="2025-06-01"),
    ex("rep-et-al-comma-year-transit-times",
       "As Smith et al., 2021 showed, average transit times on the corridor fell from 35 days "
       "to 23 days.",
       c("35 days", 35, "day", metric="transit time", change=None),
       c("23 days", 23, "day", metric="transit time", change=None)),
    ex("rep-page-ref-after-money",
       "The ADB puts the corridor's financing gap at $4.5 billion (p. 45).",
       c("$4.5 billion", 4.5e9, "USD", entities=["Asian Development Bank"], kind="actual")),
    ex("rep-pages-range-cost-per-teu",
       "Shipping a box from Xi'an to Duisburg via the corridor cost about $3,200 per TEU in "
       "2024 (see pp. 12-14).",
       c("$3,200", 3200, "USD", approx="approx", per="TEU", period="2024",
         metric="freight rate", kind="actual"), published="2025-06-01"),
    ex("rep-figure-number-then-growth-and-level",
       "As Figure 3 shows, container traffic through Aktau rose 28% to 46,000 TEU in 2024.",
       c("28%", 28, "%", change="increase", metric="container volume", period="2024"),
       c("46,000 TEU", 46000, "TEU", change=None, period="2024", entities=["Port of Aktau"]),
       published="2025-06-01"),
    ex("rep-table-number-projects-worth",
       "Table 2.1 lists 14 projects worth $6.2 billion.",
       c("14 projects", 14, "count", item="project"),
       c("$6.2 billion", 6.2e9, "USD", metric="investment")),
    ex("rep-annex-number-planned-capacity",
       "Annex 4 details the 2.3 GW of solar capacity planned in Uzbekistan.",
       c("2.3 GW", 2.3, "GW", kind="projection", topic="energy", entities=["Uzbekistan"])),
    ex("rep-scenario-number-trade-rises-by",
       "In Scenario 2, trade between the EU and Central Asia rises by 25% by 2035.",
       c("25%", 25, "%", change="increase", kind="projection", period="2035",
         metric="trade turnover", entities=["European Union"]), published="2025-06-01"),
    ex("rep-footnote-bracket-after-tonnes",
       "Volumes on the Trans-Caspian route reached 4.5 million tonnes[3] in 2024.",
       c("4.5 million tonnes", 4.5e6, "t", period="2024", kind="actual", entities=[TITR]),
       published="2025-06-01"),
    ex("rep-footnote-digits-after-full-stop",
       "The EBRD has invested $2.4 billion in the region.12 It plans more lending in 2026.",
       c("$2.4 billion", 2.4e9, "USD", metric="investment", entities=["EBRD"])),
    ex("rep-chapter-section-then-km",
       "Chapter 5 and Section 3.2 discuss the 8,000 km of track that needs renewal.",
       c("8,000 km", 8000, "km")),
    ex("rep-volume-issue-then-teu",
       "The Caspian Policy Review (Vol. 7, No. 2) reports that Georgian ports handled "
       "1.2 million TEU last year.",
       c("1.2 million TEU", 1.2e6, "TEU", entities=["Georgia"], period="2024", kind="actual"),
       published="2025-06-01"),
    ex("rep-imf-outlook-month-year-exports-rose",
       "Per the IMF's Regional Economic Outlook (October 2024), Uzbekistan's exports rose "
       "14.5% in 2023.",
       c("14.5%", 14.5, "%", change="increase", period="2023", metric="exports",
         entities=["Uzbekistan", "IMF"])),
    ex("rep-oecd-year-page-add-to-costs",
       "The OECD (2023, p. 27) estimates that border delays add 30% to transport costs.",
       c("30%", 30, "%", change="increase")),
    ex("rep-dg-trade-citation-eu-trade",
       "EU-Central Asia trade reached €54 billion in 2024, the European Commission said "
       "(DG Trade, 2025).",
       c("€54 billion", 54e9, "EUR", period="2024", metric="trade turnover", kind="actual",
         entities=["European Union"]), published="2025-06-01"),
    ex("rep-dwell-time-page-ref",
       "Average dwell time at Aktau fell by 40%, from 5 days to 3 days, after the single window "
       "launched (p. 61).",
       c("40%", 40, "%", change="decrease"),
       c("5 days", 5, "day", change=None), c("3 days", 3, "day", change=None)),
    ex("rep-table-a3-page-88-port-tonnes",
       "Turkmenistan's port of Turkmenbashi handled 7.9 million tonnes in 2024, according to "
       "Table A3 on page 88.",
       c("7.9 million tonnes", 7.9e6, "t", period="2024", kind="actual",
         entities=["Port of Turkmenbashi"])),
    ex("rep-uic-figure-trains",
       "China-Europe trains crossing Kazakhstan numbered 19,000 in 2024, per UIC data "
       "(Figure 5).",
       c("19,000", 19000, "count", item="train", period="2024")),
    ex("rep-hummels-tariff-equivalent-range",
       "Each additional day in transit is equivalent to a tariff of 0.6-2.1% (Hummels, 2001).",
       c("0.6-2.1%", 0.6, "%", value_high=2.1)),
    ex("rep-edition-ordinal-gel-revenue",
       "The 2024 edition of the report, its 12th, estimates Georgia's transit revenue at "
       "GEL 1.1 billion.",
       c("GEL 1.1 billion", 1.1e9, "GEL", entities=["Georgia"], metric="revenue")),
    ex("rep-imf-page-pp-of-gdp",
       "Kyrgyzstan's re-exports to Russia rose by 6.1 percentage points of GDP between 2021 and "
       "2023 (IMF, 2024, p. 14).",
       c("6.1 percentage points", 6.1, "pp", change="increase", period="2021/2023",
         entities=["Kyrgyzstan", "Russia"])),
]

SCENARIOS: list[Example] = [
    ex("rep-between-range-high-scenario",
       "Corridor volumes could reach between 8 and 11 million tonnes by 2030 under the high "
       "scenario.",
       c("8 and 11 million tonnes", 8e6, "t", value_high=11e6, kind="projection",
         period="2030", metric="cargo volume"), published="2025-06-01"),
    ex("rep-baseline-against-target",
       "From a baseline of 2.8 million tonnes in 2022, the government targets 10 million tonnes "
       "by 2030.",
       c("2.8 million tonnes", 2.8e6, "t", period="2022", kind="actual"),
       c("10 million tonnes", 10e6, "t", period="2030", kind="projection"),
       published="2025-06-01"),
    ex("rep-low-scenario-grows-to-against",
       "In the low scenario, throughput at Baku port grows to only 6 million tonnes in 2030, "
       "against 4.2 million tonnes in 2023.",
       c("6 million tonnes", 6e6, "t", kind="projection", period="2030",
         entities=["Port of Baku"], change=None),
       c("4.2 million tonnes", 4.2e6, "t", kind="actual", period="2023"),
       published="2025-06-01"),
    ex("rep-scenario-quoted-name-mt",
       "Under Scenario 3 ('full integration'), the corridor would carry 7.5 Mt of containerised "
       "cargo by 2040.",
       c("7.5 Mt", 7.5e6, "t", kind="projection", period="2040"), published="2025-06-01"),
    ex("rep-high-case-fold-by",
       "In the high case, Middle Corridor rail volumes rise 4.5-fold by 2030.",
       c("4.5-fold", 4.5, "x", change="increase", kind="projection", period="2030",
         entities=[TITR]), published="2025-06-01"),
    ex("rep-baseline-assumes-teu-rising",
       "The report's baseline assumes 2.1 million TEU in 2026 rising to 3.5 million TEU by "
       "2035.",
       c("2.1 million TEU", 2.1e6, "TEU", kind="projection", period="2026"),
       c("3.5 million TEU", 3.5e6, "TEU", kind="projection", period="2035"),
       published="2025-06-01"),
    ex("rep-share-against-target",
       "The share of containers in corridor cargo is 9%, against a target of 25% by 2030.",
       c("9%", 9, "%", kind="actual"),
       c("25%", 25, "%", kind="projection", period="2030"), published="2025-06-01"),
    ex("rep-expects-up-from-year-earlier",
       "Azerbaijan Railways expects 2.5 million tonnes of transit cargo in 2025, up from "
       "1.9 million tonnes a year earlier.",
       c("2.5 million tonnes", 2.5e6, "t", kind="projection", period="2025",
         entities=["Azerbaijan Railways"]),
       c("1.9 million tonnes", 1.9e6, "t", kind="actual", period="2024"),
       published="2025-03-01"),
    ex("rep-projected-between-money",
       "Kazakhstan's exports to Azerbaijan are projected at between $400 million and $450 "
       "million in 2026.",
       c("$400 million and $450 million", 400e6, "USD", value_high=450e6, kind="projection",
         period="2026", metric="exports"), published="2025-06-01"),
    ex("rep-investment-needs-over-period-table-annex",
       "Investment needs total $18.5 billion over 2025-2030 (Table 3; Annex 2).",
       c("$18.5 billion", 18.5e9, "USD", metric="investment")),
]

EFFECTS: list[Example] = [
    ex("rep-elasticity-then-percent-effects",
       "The study finds an elasticity of 0.8: a 10% cut in transport costs raises exports "
       "by 8%.",
       c("10%", 10, "%", change="decrease"),
       c("8%", 8, "%", change="increase", metric="exports")),
    ex("rep-pp-a-year-would-lift",
       "Digitalising border crossings would lift GDP growth by 0.5 percentage points a year.",
       c("0.5 percentage points", 0.5, "pp", change="increase", per="year",
         kind="projection")),
    ex("rep-cost-range-per-teu-against-sea",
       "Moving a container via the Middle Corridor costs $2,500-3,000 per TEU, against $1,800 "
       "by sea.",
       c("$2,500-3,000", 2500, "USD", value_high=3000, per="TEU", metric="freight rate"),
       c("$1,800", 1800, "USD")),
    ex("rep-save-days-per-shipment",
       "The new ferry schedule would save 5 to 7 days on each shipment.",
       c("5 to 7 days", 5, "day", value_high=7, kind="projection")),
    ex("rep-shares-of-transit-cargo",
       "China accounts for 38% of transit cargo on the route, and the EU for 12%.",
       c("38%", 38, "%", change=None), c("12%", 12, "%", change=None)),
    ex("rep-transit-range-against-sea-cited",
       "Transit from China to Europe via the corridor takes 15-20 days, compared with 35-45 "
       "days by sea (ADB, 2022).",
       c("15-20 days", 15, "day", value_high=20, metric="transit time"),
       c("35-45 days", 35, "day", value_high=45)),
    ex("rep-cagr-between-years-figure",
       "Corridor volumes grew at a compound annual rate of 35% between 2021 and 2024 "
       "(Figure 2.4).",
       c("35%", 35, "%", change="increase", period="2021/2024")),
    ex("rep-border-days-pp-of-gdp",
       "Cutting waiting times at the Kazakh-Chinese border by two days could raise trade by "
       "1.2 percentage points of GDP.",
       c("two days", 2, "day", change="decrease", kind="projection"),
       c("1.2 percentage points", 1.2, "pp", change="increase", kind="projection")),
    ex("rep-share-rose-from-to-years",
       "The corridor's share of China-Europe overland traffic rose from 4% in 2021 to 12% in "
       "2024.",
       c("4%", 4, "%", period="2021", change=None),
       c("12%", 12, "%", period="2024", change=None)),
    ex("rep-estimated-range-lowers-costs-box",
       "Tariff harmonisation lowers trade costs by an estimated 12-15% (Box 2.3).",
       c("12-15%", 12, "%", value_high=15, change="decrease")),
    ex("rep-border-hours-carec",
       "The CAREC performance report (2024) records a border crossing time of 21 hours at "
       "Khorgos.",
       c("21 hours", 21, "hour")),
    ex("rep-doubled-to-table",
       "Table 1 shows that cargo handled at Alat doubled to 1.8 million tonnes.",
       c("doubled", 2, "x", change="increase"),
       c("1.8 million tonnes", 1.8e6, "t", change=None, entities=["Port of Baku"])),
    ex("rep-time-savings-relative-section",
       "Time savings of 10-12 days relative to the Suez route are possible (Section 2.4).",
       c("10-12 days", 10, "day", value_high=12)),
    ex("rep-cut-costs-per-teu-by",
       "UNECE (2022) reckons that harmonised rail rules would cut costs per TEU by $300.",
       c("$300", 300, "USD", change="decrease", kind="projection")),
    ex("rep-footnote-after-percent-share",
       "Kazakhstan's share of the route's transit rose to 62%.4 The rest went via Russia.",
       c("62%", 62, "%", change=None, entities=["Kazakhstan"])),
    ex("rep-footnote-bracket-after-percent-then-level",
       "Volumes rose 12%[4] in 2024, to 3.1 million tonnes.",
       c("12%", 12, "%", change="increase", period="2024", kind="actual"),
       c("3.1 million tonnes", 3.1e6, "t", change=None, period="2024"),
       published="2025-06-01"),
    ex("rep-footnote-bracket-after-sentence",
       "The EBRD committed EUR 1.1 billion in 2024.[5]",
       c("EUR 1.1 billion", 1.1e9, "EUR", period="2024", entities=["EBRD"])),
    ex("rep-cost-per-teu-fell-by-table-page",
       "Freight costs per TEU fell by USD 600 (see Table 5, p. 33).",
       c("USD 600", 600, "USD", per="TEU", change="decrease", metric="freight rate")),
    ex("rep-author-year-page-colon-elasticity",
       "Smith and Jones (2019: 112) put the elasticity at -0.4."),
    ex("rep-chapter-share-note-number",
       "According to Chapter 2, the Middle Corridor handles about 5% of China-EU overland "
       "trade, see also note 23.",
       c("5%", 5, "%", approx="approx", change=None, entities=[TITR])),
    ex("rep-edition-ordinal-two-projections",
       "The report (2nd ed., 2024) projects 3.2 million tonnes in 2027 and 4 million tonnes in "
       "2030.",
       c("3.2 million tonnes", 3.2e6, "t", kind="projection", period="2027"),
       c("4 million tonnes", 4e6, "t", kind="projection", period="2030"),
       published="2025-06-01"),
    ex("rep-up-to-days-ibid-page",
       "The time saving would be up to 12 days (ibid., p. 9).",
       c("12 days", 12, "day", approx="max", kind="projection")),
]

NEGATIVES: list[Example] = [
    ex("rep-neg-citation-pages-table-annex",
       "See World Bank (2023), pp. 12-14, and Table 2.1 in Annex 4."),
    ex("rep-neg-et-al-figure-chapter",
       "Smith et al., 2021, Figure 3; OECD, 2022, Chapter 5."),
    ex("rep-neg-working-paper-vol-issue",
       "ADB Working Paper No. 715 (Vol. 3, Issue 2) appeared in 2024."),
    ex("rep-neg-section-scenarios",
       "Section 4.3 compares Scenario 1 with Scenario 3."),
    ex("rep-neg-box-footnote-appendix",
       "Box 2.3 and footnote 17 explain the method; Appendix B lists sources."),
]

EXAMPLES: list[Example] = [*CITED, *SCENARIOS, *EFFECTS, *NEGATIVES]

KNOWN_GAPS: dict[str, str] = {
}
