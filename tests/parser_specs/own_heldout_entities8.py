"""Held-out sentences on a whole beside its part: the figure after "N% of the" is the
whole's (what its own words name after it, else the text before), not the part's named
before the share ("Turkish shipments made up 22% of the 3.4 million tonnes carried": the
route's tonnes); a total before ", N% of it via X" is not X's. On a clause after a ";" that
names nothing and measures no flow ("the $40 billion system"): it takes the route the
clause before names, not that flow's destination. On an exporter beside a region it sells
to ("exports to Central Asian countries rose 20%": the home country's too). On a sea as a
port's descriptor ("Caspian hub", "Black Sea port of Batumi") or where the voyages are not
("outside the Caspian Sea"): no party. On a capital acting after an opening phrase ("Under
a 2023 accord, Tashkent plans ..."), "the corridor from 10 bcm to 20 bcm" (a route's
figures, not its ends), and "its Uzbek portfolio" after a bank (the bank's and the country's).
Near-misses: a whole naming its own owner after it keeps it; a flow after a ";" keeps its
destination, a subject before a ";" goes on; trade among a region's states stays the
region's; "Caspian ports" (many) and freight across the sea keep the sea; a capital in a
list of places is a place; "the corridor from China to Europe" names its ends; "Kazakhstan
and its Uzbek neighbour" owns its "its". Written after the entities8 audit of the bundled
claims, in our own words, expectations first.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

SGC = "Southern Gas Corridor"

SHARE_WHOLES: list[Example] = [
    ex("ent8-whole-after-share-takes-text-before",
       "Cargo on the Trans-Caspian route rose to 3.4 million tonnes in 2024.\n\n"
       "Turkish shipments made up 22% of the 3.4 million tonnes carried.",
       c("3.4 million tonnes", 3.4e6, "t", only_entities=[TITR]),
       c("22%", 22, "%", entities=["Türkiye"]),
       c("3.4 million tonnes", 3.4e6, "t", nth=1, only_entities=[TITR]),
       published="2025-02-01"),
    ex("ent8-whole-names-its-own-after",
       "SOCAR accounted for 64% of the 41.2 million tonnes shipped through Georgia's "
       "terminals last year.",
       c("64%", 64, "%", entities=["SOCAR"]),
       c("41.2 million tonnes", 4.12e7, "t", only_entities=["Georgia"]),
       published="2025-02-01"),
    ex("ent8-half-of-the-whole",
       "Kazakh grain made up half of the 2.4 million tonnes handled at Kuryk in 2025.",
       c("half", 50, "%", entities=["Kazakhstan"]),
       c("2.4 million tonnes", 2.4e6, "t", only_entities=["Port of Kuryk"]),
       published="2026-01-20"),
    ex("ent8-total-before-share-of-it",
       "Kazakhstan's oil pipelines moved 80 million tonnes in 2024. In 2023 the network "
       "carried 77.4 million tonnes, 81% of it via the CPC pipeline.",
       c("80 million tonnes", 8e7, "t", entities=["Kazakhstan"]),
       c("77.4 million tonnes", 7.74e7, "t", only_entities=["Kazakhstan"]),
       c("81%", 81, "%", entities=["Caspian Pipeline Consortium"]),
       published="2025-03-01"),
    ex("ent8-port-total-share-bound-abroad",
       "Poti handled 9 million tonnes in 2025, 40% of it bound for Armenia.",
       c("9 million tonnes", 9e6, "t", only_entities=["Port of Poti"]),
       c("40%", 40, "%", entities=["Armenia"]),
       published="2026-01-20"),
    # near-miss: the whole's owner named in its own clause stays
    ex("ent8-share-whole-own-clause-kept",
       "Aktau port handled 5.2 million tonnes in 2025, 70% of it in transit.",
       c("5.2 million tonnes", 5.2e6, "t", only_entities=["Port of Aktau"]),
       c("70%", 70, "%", only_entities=["Port of Aktau"]),
       published="2026-01-20"),
    # near-miss: an actor's share of its own order: the whole keeps the actor
    ex("ent8-actor-share-of-own-order-kept",
       "Kazakhstan Temir Zholy has already taken delivery of 40% of the 500 wagons ordered "
       "from CRRC.",
       c("40%", 40, "%", entities=["Kazakhstan Temir Zholy"]),
       c("500 wagons", 500, "count", entities=["Kazakhstan Temir Zholy", "CRRC"]),
       published="2025-02-01"),
    # near-miss: no "of the" before the figure: the clause's names as before
    ex("ent8-share-no-of-the-kept",
       "Georgia's Poti took 60% of the country's cargo, or 9.3 million tonnes.",
       c("60%", 60, "%", entities=["Port of Poti"]),
       c("9.3 million tonnes", 9.3e6, "t", entities=["Port of Poti"]),
       published="2026-01-20"),
]

SEMICOLONS: list[Example] = [
    ex("ent8-semicolon-cost-not-destination",
       "Gas deliveries to Bulgaria through the Southern Gas Corridor began in 2022; the $40 "
       "billion system will need new compressors within five years.",
       c("$40 billion", 4e10, "USD", only_entities=[SGC]),
       c("five years", 5, "year", only_entities=[SGC]),
       published="2025-05-01"),
    ex("ent8-semicolon-capacity-not-destination",
       "Oil bound for Europe leaves through the Baku-Tbilisi-Ceyhan pipeline; the system can "
       "carry 1.2 million barrels a day.",
       c("1.2 million barrels", 1.2e6, "bbl", only_entities=["Baku-Tbilisi-Ceyhan pipeline"]),
       published="2025-05-01"),
    # near-miss: a flow after the ";" is the flow before: it keeps the destination
    ex("ent8-semicolon-flow-keeps-destination",
       "Gas exports to Europe rose 4% in 2024; they came to 12.9 bcm.",
       c("4%", 4, "%", entities=["Europe"]),
       c("12.9 bcm", 1.29e10, "m3", entities=["Europe"]),
       published="2025-02-01"),
    # near-miss: the subject before the ";" goes on
    ex("ent8-semicolon-subject-goes-on",
       "Aktau port handled 6.1 million tonnes; its grain terminal took 1.2 million tonnes.",
       c("6.1 million tonnes", 6.1e6, "t", only_entities=["Port of Aktau"]),
       c("1.2 million tonnes", 1.2e6, "t", only_entities=["Port of Aktau"]),
       published="2025-02-01"),
]

REGION_PARTNERS: list[Example] = [
    ex("ent8-exports-to-region-home",
       "Kazakhstan's flour exports reached 2.6 million tonnes last season. Exports to "
       "Central Asian countries rose 20% and to Iran 45%.",
       c("2.6 million tonnes", 2.6e6, "t", entities=["Kazakhstan"]),
       c("20%", 20, "%", entities=["Kazakhstan", "Central Asia"]),
       c("45%", 45, "%", entities=["Kazakhstan", "Iran"]),
       published="2025-08-01"),
    ex("ent8-exports-to-eu-home",
       "Azerbaijan's non-oil exports rose 5% in 2024. Exports to the EU climbed 11% to "
       "$0.9 billion.",
       c("5%", 5, "%", entities=["Azerbaijan"]),
       c("11%", 11, "%", entities=["Azerbaijan", "European Union"]),
       c("$0.9 billion", 9e8, "USD", entities=["Azerbaijan", "European Union"]),
       published="2025-02-01"),
    ex("ent8-exporter-named-with-region",
       "Uzbekistan's exports to the European Union rose 18% to $1.4 billion.",
       c("18%", 18, "%", only_entities=["Uzbekistan", "European Union"]),
       c("$1.4 billion", 1.4e9, "USD", only_entities=["Uzbekistan", "European Union"]),
       published="2025-02-01"),
    # near-miss: a part named after the total is no home country of the region's trade
    ex("ent8-region-partner-part-after-no-home",
       "Trade with Central Asian neighbours reached $5.2 billion, with Tajikistan accounting "
       "for $1.3 billion.",
       c("$5.2 billion", 5.2e9, "USD", only_entities=["Central Asia"]),
       c("$1.3 billion", 1.3e9, "USD", entities=["Tajikistan"]),
       published="2025-02-01"),
    # near-miss: trade among the region's states is the region's own
    ex("ent8-trade-among-region-kept",
       "Kazakhstan hosted the summit. Trade among Central Asian states grew 9% to $11.5 "
       "billion.",
       c("9%", 9, "%", only_entities=["Central Asia"]),
       c("$11.5 billion", 1.15e10, "USD", only_entities=["Central Asia"]),
       published="2025-02-01"),
    # a farm export's buyer, under a headline naming the exporter
    ex("ent8-farm-buyer-takes-headline-home",
       "Kazakh wheat heads south as rail shipments climb\n\n"
       "Grain shipments to Uzbekistan rose 14% in October, while Afghanistan took 230,000 "
       "tonnes.",
       c("14%", 14, "%", only_entities=["Uzbekistan", "Kazakhstan"]),
       c("230,000 tonnes", 230000, "t", only_entities=["Afghanistan", "Kazakhstan"]),
       published="2025-11-10"),
    # near-miss: the one country the clause names sells; the headline's is no party
    ex("ent8-farm-exporter-keeps-its-own",
       "Kazakh wheat heads south as rail shipments climb\n\n"
       "Russia exported 1.1 million tonnes of wheat to Central Asia in October.",
       c("1.1 million tonnes", 1.1e6, "t", only_entities=["Russia", "Central Asia"]),
       published="2025-11-10"),
    # near-miss: no headline; a buyer of a part lends the total no home
    ex("ent8-farm-no-headline-no-home",
       "Kazakhstan exported 7.9 million tonnes of wheat, with Uzbekistan taking 3.1 million "
       "tonnes.",
       c("7.9 million tonnes", 7.9e6, "t", only_entities=["Kazakhstan"]),
       c("3.1 million tonnes", 3.1e6, "t", entities=["Uzbekistan"]),
       published="2025-11-10"),
]

SEAS: list[Example] = [
    ex("ent8-caspian-hub-headline",
       "Aktau seaport adds a grain berth; Caspian hub aims for 20 million tonnes\n\n"
       "The port handled 7.1 million tonnes in 2025.",
       c("20 million tonnes", 2e7, "t", only_entities=["Port of Aktau"]),
       c("7.1 million tonnes", 7.1e6, "t", only_entities=["Port of Aktau"]),
       published="2026-02-01"),
    ex("ent8-black-sea-port-of",
       "Georgia's Black Sea port of Batumi handled 3.1 million tonnes in 2025.",
       c("3.1 million tonnes", 3.1e6, "t", only_entities=["Georgia", "Port of Batumi"]),
       published="2026-02-01"),
    ex("ent8-voyages-outside-the-sea",
       "Kazmortransflot moved 2.4 million tonnes in 2025 and its voyages outside the Caspian "
       "Sea doubled to 0.6 million tonnes.",
       c("2.4 million tonnes", 2.4e6, "t", only_entities=["Kazmortransflot"]),
       c("doubled", 2, "x", only_entities=["Kazmortransflot"]),
       c("0.6 million tonnes", 6e5, "t", only_entities=["Kazmortransflot"]),
       published="2026-02-01"),
    ex("ent8-the-sea-ports-of-the-story-country",
       "Georgia's seaports handled 14 million tonnes in 2024.\n\n"
       "Over the year the Black Sea ports received 610,000 TEU.",
       c("14 million tonnes", 1.4e7, "t", entities=["Georgia"]),
       c("610,000 TEU", 6.1e5, "TEU", entities=["Georgia"]),
       published="2025-02-01"),
    # near-miss: many ports of the sea, and freight across it, keep the sea
    ex("ent8-caspian-ports-kept",
       "Caspian ports handled 22 million tonnes in 2025.",
       c("22 million tonnes", 2.2e7, "t", only_entities=["Caspian Sea"]),
       published="2026-02-01"),
    ex("ent8-across-the-sea-kept",
       "Freight across the Caspian Sea rose 12% to 6 million tonnes in 2025.",
       c("12%", 12, "%", only_entities=["Caspian Sea"]),
       c("6 million tonnes", 6e6, "t", only_entities=["Caspian Sea"]),
       published="2026-02-01"),
]

CAPITALS_AND_ROUTES: list[Example] = [
    ex("ent8-capital-acts-after-opening",
       "Under a 2023 accord, Tashkent plans to lift rail freight to 10 million tonnes by "
       "2030.",
       c("10 million tonnes", 1e7, "t", only_entities=["Uzbekistan"]),
       published="2025-02-01"),
    # near-miss: after an opening phrase, a capital that hosts is a place
    ex("ent8-capital-hosts-after-opening",
       "In May, Baku hosted the forum, where Kazakhstan signed deals worth $1.5 billion.",
       c("$1.5 billion", 1.5e9, "USD", only_entities=["Kazakhstan"]),
       published="2025-06-01"),
    # near-miss: capitals in a list of places are places
    ex("ent8-capitals-listed-places",
       "Freight from Almaty, Tashkent and Bishkek rose 8% in 2025.",
       c("8%", 8, "%", only_entities=[]),
       published="2026-02-01"),
    ex("ent8-corridor-from-figure",
       "Azerbaijan sent 12.9 bcm via the Southern Gas Corridor in 2024. Baku wants to raise "
       "flows through the corridor from 10 bcm to 20 bcm.",
       c("12.9 bcm", 1.29e10, "m3", entities=["Azerbaijan", SGC]),
       c("10 bcm", 1e10, "m3", only_entities=["Azerbaijan", SGC]),
       c("20 bcm", 2e10, "m3", only_entities=["Azerbaijan", SGC]),
       published="2025-02-01"),
    # near-miss: "the corridor from China to Europe" names its ends: no route meant
    ex("ent8-route-from-ends-kept",
       "The Middle Corridor carried 4.5 million tonnes in 2024. Freight on the corridor from "
       "China to Europe rose 9% in 2025.",
       c("4.5 million tonnes", 4.5e6, "t", only_entities=[TITR]),
       c("9%", 9, "%", only_entities=["China", "Europe"]),
       published="2025-02-01"),
]

ITS_OWNERS: list[Example] = [
    ex("ent8-its-country-portfolio-bank",
       "The Asian Development Bank lent $610 million to Uzbekistan in 2024. At the end of "
       "the year, its Uzbek portfolio stood at $9.8 billion.",
       c("$610 million", 6.1e8, "USD", entities=["Asian Development Bank", "Uzbekistan"]),
       c("$9.8 billion", 9.8e9, "USD", only_entities=["Asian Development Bank", "Uzbekistan"]),
       published="2025-03-01"),
    ex("ent8-its-country-transit-railway",
       "Kazakhstan Temir Zholy moved 280 million tonnes in 2024. Its Chinese transit grew 12%.",
       c("280 million tonnes", 2.8e8, "t", only_entities=["Kazakhstan Temir Zholy"]),
       c("12%", 12, "%", only_entities=["Kazakhstan Temir Zholy", "China"]),
       published="2025-03-01"),
    # near-miss: a country of its own before "its": no body carried from before
    ex("ent8-its-after-own-country-kept",
       "Kazakhstan Temir Zholy moved 280 million tonnes in 2024. Kazakhstan and its Uzbek "
       "neighbour traded $4 billion of goods.",
       c("280 million tonnes", 2.8e8, "t", only_entities=["Kazakhstan Temir Zholy"]),
       c("$4 billion", 4e9, "USD", only_entities=["Kazakhstan", "Uzbekistan"]),
       published="2025-03-01"),
]

EXAMPLES: list[Example] = (
    SHARE_WHOLES + SEMICOLONS + REGION_PARTNERS + SEAS + CAPITALS_AND_ROUTES + ITS_OWNERS
)

KNOWN_GAPS: dict[str, str] = {
    "ent8-the-sea-ports-of-the-story-country": (
        "'the Black Sea ports' in a story on Georgia's ports are Georgia's: a paragraph naming "
        "only a sea takes no country from the paragraph before or the headline (a clause "
        "naming a region is read as naming its subject); telling 'the <sea> ports' of one "
        "country from a sea's ports at large ('Caspian ports handled 22 mt') needs the story's "
        "country, which the entity passes do not weigh against a named region"),
}
