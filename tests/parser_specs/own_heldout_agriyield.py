"""Held-out sentences written after the parser was tuned, on grain and crop statistics in
Kazakhstan, Uzbekistan and the region as official releases and news put them: sown areas in
hectares, thousand hectares and "million ha"; yields in centners per hectare ("c/ha") and
tonnes per hectare; gross harvests in bunker weight and after processing; per-capita
figures; grain export quotas and prices per tonne (FOB, DAP, CPT at named stations); stocks
"as of" a date; livestock heads; marketing years, hedges, projections and negatives.

Written in our own words and read by hand first (issue 2's field definitions); the parser was
run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import Example, c, ex

AG = "agriculture"
KZ = ["Kazakhstan"]
UZ = ["Uzbekistan"]

AREAS: list[Example] = [
    ex("agy-kz-sown-area-million-ha",
       "In 2025 the total sown area in Kazakhstan came to 23.6 million ha, of which grain "
       "crops took 16.2 million ha.",
       c("23.6 million ha", 23.6e6, "ha", metric="sown area", topic=AG, entities=KZ,
         period="2025", kind="actual"),
       c("16.2 million ha", 16.2e6, "ha", metric="sown area", topic=AG, period="2025"),
       published="2025-07-01"),
    ex("agy-thousand-hectares-stat-office",
       "Oilseeds were sown on 3,052.4 thousand hectares, up 4.1% on the previous year.",
       c("3,052.4 thousand hectares", 3052.4e3, "ha", metric="sown area", change=None),
       c("4.1%", 4.1, "%", change="increase", metric="sown area")),
    ex("agy-uz-cotton-area-cut-by",
       "Uzbekistan cut the area under cotton by 50,000 hectares to about 950,000 hectares "
       "this year.",
       c("50,000 hectares", 50e3, "ha", change="decrease", metric="sown area", entities=UZ),
       c("950,000 hectares", 950e3, "ha", change=None, approx="approx", metric="sown area",
         period="2025"),
       published="2025-04-10"),
    ex("agy-plans-to-expand-area-by-2027",
       "The ministry plans to expand the area under oilseeds to 4 million hectares by 2027.",
       c("4 million hectares", 4e6, "ha", kind="projection", period="2027",
         metric="sown area", topic=AG)),
    ex("agy-harvested-area-share",
       "As of 15 September, grain had been threshed on 9.4 million ha, or 58% of the area.",
       c("9.4 million ha", 9.4e6, "ha", metric="harvested area", topic=AG, kind="actual"),
       c("58%", 58, "%", change=None),
       published="2025-09-16"),
    ex("agy-irrigated-land-hectares",
       "Irrigated land in the Turkestan region totals some 570 thousand ha.",
       c("570 thousand ha", 570e3, "ha", approx="approx", topic=AG)),
    ex("agy-hectare-compound-not-area-claim",
       "A 500-hectare greenhouse complex will be built near Almaty.",
       c("500-hectare", 500, "ha", kind="projection")),
]

YIELDS: list[Example] = [
    ex("agy-c-per-ha-abbrev",
       "The average grain yield in Kazakhstan was 13.5 c/ha in 2024.",
       c("13.5 c", 1.35, "t", per="ha", metric="yield", topic=AG, entities=KZ,
         period="2024"),
       published="2025-01-20"),
    ex("agy-centners-per-hectare-down-from",
       "Yields in the Akmola region fell to 11.2 centners per hectare from 14.8 centners a "
       "year earlier.",
       c("11.2 centners", 1.12, "t", per="ha", metric="yield", change=None),
       c("14.8 centners", 1.48, "t", per="ha", metric="yield", change=None)),
    ex("agy-tonnes-per-hectare-words",
       "Irrigated wheat in Uzbekistan gives 6.2 tonnes per hectare on average.",
       c("6.2 tonnes", 6.2, "t", per="ha", metric="yield", topic=AG, entities=UZ)),
    ex("agy-yield-up-by-centners",
       "Thanks to rains, the yield rose by 2.3 c/ha to 15.1 c/ha.",
       c("2.3 c", 0.23, "t", per="ha", change="increase", metric="yield"),
       c("15.1 c", 1.51, "t", per="ha", change=None, metric="yield")),
    ex("agy-yield-range-centners",
       "Farmers expect 18-20 centners per hectare of barley in the south.",
       c("18-20 centners", 1.8, "t", value_high=2.0, per="ha", kind="projection",
         metric="yield")),
    ex("agy-yield-t-ha-no-slash-space",
       "Maize yield in the Almaty region reached 7.4 t/ha, a record.",
       c("7.4 t", 7.4, "t", per="ha", metric="yield")),
    ex("agy-cotton-yield-forecast",
       "Cotton yield is forecast at 35 c/ha in the Fergana Valley.",
       c("35 c", 3.5, "t", per="ha", kind="projection", metric="yield")),
    ex("agy-yield-per-cent-change",
       "Average wheat yields were down 12% year-on-year.",
       c("12%", 12, "%", change="decrease", metric="yield")),
]

HARVESTS: list[Example] = [
    ex("agy-bunker-weight-and-after-processing",
       "Kazakhstan harvested 26.7 million tonnes of grain in bunker weight, or 23.4 million "
       "tonnes after processing.",
       c("26.7 million tonnes", 26.7e6, "t", metric="harvest", topic=AG, entities=KZ),
       c("23.4 million tonnes", 23.4e6, "t", metric="harvest", topic=AG)),
    ex("agy-gross-harvest-forecast-marketing-year",
       "The gross grain harvest is expected at 20-21 million tonnes in 2025, according to "
       "the Ministry of Agriculture.",
       c("20-21 million tonnes", 20e6, "t", value_high=21e6, kind="projection",
         metric="harvest", period="2025"),
       published="2025-08-20"),
    ex("agy-harvest-threshed-as-of",
       "As of October 1, farmers had threshed 19.8 million tonnes of grain.",
       c("19.8 million tonnes", 19.8e6, "t", kind="actual", topic=AG),
       published="2025-10-02"),
    ex("agy-uz-wheat-harvest-over",
       "Uzbekistan gathered over 7 million tonnes of wheat this season.",
       c("7 million tonnes", 7e6, "t", approx="min", metric="harvest", entities=UZ)),
    ex("agy-potato-harvest-thousand-tonnes",
       "The potato harvest totalled 4,112.6 thousand tonnes, 3.2% more than in 2023.",
       c("4,112.6 thousand tonnes", 4112.6e3, "t", metric="harvest", change=None),
       c("3.2%", 3.2, "%", change="increase", metric="harvest")),
    ex("agy-harvest-record-since",
       "This year's harvest of 28 million tonnes is the largest since 2011.",
       c("28 million tonnes", 28e6, "t", metric="harvest", period="2025"),
       published="2025-11-01"),
    ex("agy-sugar-beet-harvest-mln-t",
       "Sugar beet growers dug 3.1 mln t, the ministry said.",
       c("3.1 mln t", 3.1e6, "t", topic=AG)),
]

PER_CAPITA: list[Example] = [
    ex("agy-kg-per-capita-consumption",
       "Bread consumption in Kazakhstan stands at about 100 kg per capita a year.",
       c("100 kg", 100, "kg", approx="approx", per="person", entities=KZ)),
    ex("agy-grain-per-capita-production",
       "Kazakhstan produces roughly 1.3 tonnes of grain per capita, among the highest in the "
       "world.",
       c("1.3 tonnes", 1.3, "t", approx="approx", per="person", entities=KZ)),
    ex("agy-dollar-per-capita-agri-output",
       "Agricultural output per capita reached $420 in Uzbekistan.",
       # "per capita" before the figure names the measure, as "GDP per capita" does: no rate
       c("$420", 420, "USD", per=None, entities=UZ)),
    ex("agy-meat-kg-per-person",
       "Meat consumption rose to 78 kg per person.",
       c("78 kg", 78, "kg", change=None, per="person")),
]

TRADE: list[Example] = [
    ex("agy-uz-flour-quota-tonnes",
       "Uzbekistan set a quota of 200,000 tonnes for flour exports until the end of the year.",
       c("200,000 tonnes", 200e3, "t", entities=UZ, topic=AG)),
    ex("agy-kz-wheat-exports-my-2024-25",
       "Kazakhstan's wheat exports in marketing year 2024/25 reached 10.5 million tonnes, a "
       "record.",
       c("10.5 million tonnes", 10.5e6, "t", metric="grain exports", entities=KZ, topic=AG,
         kind="actual"),
       published="2025-07-10"),
    ex("agy-dap-saryagash-price",
       "Third-class wheat was offered at $245 per tonne DAP Saryagash.",
       c("$245", 245, "USD", per="t", metric="price")),
    ex("agy-cpt-station-range",
       "Prices for milling wheat stood at 95,000-100,000 tenge per tonne CPT Kostanay station.",
       c("95,000-100,000 tenge", 95e3, "KZT", value_high=100e3, per="t", metric="price")),
    ex("agy-fob-novorossiysk-slipped",
       "Russian wheat prices FOB Novorossiysk slipped $3 to $228 a tonne.",
       c("$3", 3, "USD", per="t", change="decrease", metric="price"),
       c("$228", 228, "USD", per="t", change=None, metric="price")),
    ex("agy-per-ton-slash",
       "Barley traded at $190/t on the Afghan border.",
       c("$190", 190, "USD", per="t", metric="price")),
    ex("agy-flour-exports-to-afghanistan-share",
       "Afghanistan took 1.9 million tonnes, or 63% of Kazakh flour exports.",
       c("1.9 million tonnes", 1.9e6, "t", entities=["Afghanistan"]),
       c("63%", 63, "%", change=None)),
    ex("agy-export-ban-no-claims",
       "The government extended the ban on wheat imports by road for six months.",
       c("six months", 6, "month")),
    ex("agy-grain-exports-first-quarter-my",
       "In the first three months of the 2025/26 marketing year, grain exports fell 18% to "
       "2.2 million tonnes.",
       c("18%", 18, "%", change="decrease", metric="grain exports"),
       c("2.2 million tonnes", 2.2e6, "t", change=None, metric="grain exports"),
       published="2025-10-15"),
]

STOCKS_LIVESTOCK: list[Example] = [
    ex("agy-stocks-as-of-october-1",
       "Grain stocks in Kazakhstan amounted to 15.2 million tonnes as of October 1.",
       c("15.2 million tonnes", 15.2e6, "t", entities=KZ, topic=AG, change=None),
       published="2025-10-10"),
    ex("agy-stocks-thousand-tonnes-sector",
       "Elevators held 5,870 thousand tonnes of wheat, against 7,100 thousand tonnes a year "
       "ago.",
       c("5,870 thousand tonnes", 5.87e6, "t"),
       c("7,100 thousand tonnes", 7.1e6, "t")),
    ex("agy-sheep-and-goats-million-heads",
       "The number of sheep and goats reached 21.4 million heads.",
       c("21.4 million heads", 21.4e6, "count", metric="livestock count", topic=AG)),
    ex("agy-cattle-head-increase",
       "Cattle stock grew by 3.5% to 8.7 million head.",
       c("3.5%", 3.5, "%", change="increase"),
       c("8.7 million head", 8.7e6, "count", change=None, metric="livestock count")),
    ex("agy-horses-thousand-head",
       "Kazakhstan had 4,390 thousand head of horses at the start of 2025.",
       c("4,390 thousand head of horses", 4.39e6, "count", item="horse",
         metric="livestock count", entities=KZ),
       published="2025-03-01"),
    ex("agy-poultry-million",
       "Poultry stock in Uzbekistan exceeded 100 million birds.",
       c("100 million birds", 100e6, "count", approx="min", entities=UZ)),
]

NEGATIVES: list[Example] = [
    ex("agy-neg-class-and-gost",
       "Class 3 wheat under GOST 9353-2016 remains in demand."),
    ex("agy-neg-resolution-number",
       "Government Resolution No. 812 sets the rules for the 2025 sowing campaign."),
    ex("agy-neg-marketing-year-alone",
       "The 2024/25 marketing year ends on June 30."),
    ex("agy-neg-gluten-not-claim-protein",
       "Wheat with gluten of 23% and above is graded as class 3.",
       c("23%", 23, "%", approx="min")),
    ex("agy-neg-two-regions",
       "Two regions, Kostanay and North Kazakhstan, account for the bulk of the wheat."),
    ex("agy-neg-decree-date",
       "By order of 12.08.2025 No. 301 the ministry opened the quota."),
]

MIXED: list[Example] = [
    ex("agy-uz-fruit-veg-exports-value",
       "In January-September 2025, Uzbekistan exported fruit and vegetables worth $1.4 "
       "billion, 21% more than a year earlier.",
       c("$1.4 billion", 1.4e9, "USD", metric="agricultural exports", entities=UZ,
         period="2025-01/2025-09"),
       c("21%", 21, "%", change="increase"),
       published="2025-10-20"),
    ex("agy-kz-grain-exports-forecast-fas",
       "The USDA forecasts Kazakhstan's wheat exports at 9.5 million tonnes in MY 2025/26.",
       c("9.5 million tonnes", 9.5e6, "t", kind="projection", metric="grain exports",
         entities=KZ)),
    ex("agy-fertiliser-per-hectare",
       "Farmers apply only 5 kg of mineral fertiliser per hectare.",
       c("5 kg", 5, "kg", per="ha")),
    ex("agy-subsidy-per-hectare-tenge",
       "The subsidy for sowing wheat is 10,000 tenge per hectare.",
       c("10,000 tenge", 10e3, "KZT", per="ha")),
    ex("agy-moisture-seed-rate",
       "Seeding rates average 100-120 kg per hectare.",
       c("100-120 kg", 100, "kg", value_high=120, per="ha")),
]

EXAMPLES: list[Example] = (AREAS + YIELDS + HARVESTS + PER_CAPITA + TRADE + STOCKS_LIVESTOCK
                           + NEGATIVES + MIXED)

KNOWN_GAPS: dict[str, str] = {}
