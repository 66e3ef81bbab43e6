"""Held-out sentences on whom a one-way count is about when its clause names only the end it
heads for ("trains heading to Europe numbered 9,100": the China-Europe rail service named
before, with its end) and on a figure said to stay "inside the country" or go to the home
market after a sentence naming foreign buyers (the home country's, not the buyers'); and on
a bank whose meeting a figure was told or signed at (a venue, no party); and on a thing a
foreign contractor built ("Turkish contractor X built the complex": the complex's, not
Türkiye's).
Near-misses: a direction to a place that is no end of the route named before gains no route;
a domestic figure whose clause names its own country keeps it; a figure carried after a
sentence naming only its home country is as before; a meeting that acts, or a bank acting
at an event, keeps the bank; contractors' own earnings and firms' own plants keep their
nationality. Written after the entities7 audit of the
bundled claims, in our own words, expectations first.
"""

from __future__ import annotations

from . import Example, c, ex

CER = "China-Europe rail"

ONE_WAY: list[Example] = [
    ex("ent7-one-way-both-ends",
       "Operators ran 21,300 China-Europe freight trains in 2025. Trains bound for Europe "
       "numbered 11,900 and those heading back to China 9,400.",
       c("21,300 China-Europe freight trains", 21300, "count", entities=[CER]),
       c("11,900", 11900, "count", entities=[CER, "Europe"]),
       c("9,400", 9400, "count", entities=[CER, "China"]), published="2026-01-15"),
    ex("ent7-one-way-next-paragraph",
       "China-Europe services carried 1.8 million TEU in the first half.\n\n"
       "Westbound trains heading to Europe numbered 6,200 in the period.",
       c("1.8 million TEU", 1.8e6, "TEU", entities=[CER]),
       c("6,200", 6200, "count", entities=[CER, "Europe"]), published="2025-07-20"),
    ex("ent7-city-trips-after-the-ends",
       "China-Europe freight trains made 18,000 trips in 2024. Trains heading to Europe "
       "numbered 9,800 and those returning to China 8,200. Wuhan ran 1,100 trips.",
       c("18,000 trips", 18000, "count", entities=[CER]),
       c("9,800", 9800, "count", entities=[CER, "Europe"]),
       c("8,200", 8200, "count", entities=[CER, "China"]),
       c("1,100 trips", 1100, "count", only_entities=[CER]), published="2025-01-20"),
    # near-miss: money after the ends is no train count: it keeps the ends
    ex("ent7-money-after-the-ends-kept",
       "China-Europe freight trains made 18,000 trips in 2024. China sold goods to Europe "
       "worth $40 billion by rail. Revenue rose 6%.",
       c("18,000 trips", 18000, "count", entities=[CER]),
       c("$40 billion", 4e10, "USD", entities=["China", "Europe"]),
       c("6%", 6, "%", entities=["China", "Europe"]), published="2025-01-20"),
    # near-miss: Iran is no end of the China-Europe route: no route for its trains
    ex("ent7-one-way-other-end-no-route",
       "China-Europe trains made 1,500 trips in March. Trains heading to Iran numbered 60.",
       c("1,500 trips", 1500, "count", entities=[CER]),
       c("60", 60, "count", only_entities=["Iran"]), published="2025-04-05"),
]

HOME_MARKET: list[Example] = [
    ex("ent7-inside-the-country-after-buyers",
       "Uzbekistan sold 800,000 tonnes of cotton yarn in 2025. Russia took 300,000 tonnes and "
       "Türkiye 150,000 tonnes. A further 90,000 tonnes went to weavers inside the country.",
       c("800,000 tonnes", 8e5, "t", entities=["Uzbekistan"]),
       c("300,000 tonnes", 3e5, "t", entities=["Russia"]),
       c("150,000 tonnes", 1.5e5, "t", entities=["Türkiye"]),
       c("90,000 tonnes", 9e4, "t", only_entities=["Uzbekistan"]), published="2026-02-01"),
    ex("ent7-domestic-market-after-partners",
       "Kazakhstan shipped 1.2 million tonnes of flour to Afghanistan and Tajikistan. Another "
       "400,000 tonnes was sold on the domestic market.",
       c("1.2 million tonnes", 1.2e6, "t", entities=["Kazakhstan"]),
       c("400,000 tonnes", 4e5, "t", only_entities=["Kazakhstan"]), published="2025-03-02"),
    # near-miss: the clause names its own country: it keeps it
    ex("ent7-domestic-own-name-kept",
       "Kyrgyzstan exported 40,000 tonnes of beans to Türkiye. Kazakhstan used 70,000 "
       "tonnes inside the country.",
       c("40,000 tonnes", 4e4, "t", entities=["Kyrgyzstan"]),
       c("70,000 tonnes", 7e4, "t", only_entities=["Kazakhstan"]), published="2025-03-02"),
]

EVENT_HOSTS: list[Example] = [
    ex("ent7-told-at-a-bank-meeting",
       "The Islamic Development Bank plans to lend $1.1 billion to Central Asian rail "
       "projects, a vice-president said during the European Bank for Reconstruction and "
       "Development's annual meeting in London.",
       c("$1.1 billion", 1.1e9, "USD", only_entities=["Islamic Development Bank",
                                                      "Central Asia"])),
    ex("ent7-signed-at-the-meeting-of",
       "Tajikistan signed road deals worth $700 million at the annual meeting of the Asian "
       "Development Bank in Tbilisi.",
       c("$700 million", 7e8, "USD", only_entities=["Tajikistan"])),
    # near-miss: the meeting itself acts: the bank is a party
    ex("ent7-meeting-acts-bank-kept",
       "The Asian Development Bank's board meeting approved $450 million for the Georgian "
       "highway.",
       c("$450 million", 4.5e8, "USD", entities=["Asian Development Bank"])),
    # near-miss: a bank acting at an event keeps its name
    ex("ent7-bank-acts-at-forum",
       "The EBRD lent $90 million to Armenia at the investment forum.",
       c("$90 million", 9e7, "USD", entities=["EBRD", "Armenia"])),
]

BUILDERS: list[Example] = [
    ex("ent7-builders-nationality-not-the-port",
       "The new ferry terminal at the port of Aktau opened in May. A Chinese contractor, "
       "CRBC, built the terminal, a project worth $180 million.",
       c("$180 million", 1.8e8, "USD", only_entities=["Port of Aktau"]),
       published="2025-06-01"),
    # near-miss: the contractors' own earnings are theirs
    ex("ent7-contractors-won-kept",
       "Turkish contractors won $2.4 billion of work in Turkmenistan in 2024.",
       c("$2.4 billion", 2.4e9, "USD", entities=["Türkiye", "Turkmenistan"]),
       published="2025-02-01"),
    # near-miss: firms that built factories abroad are the investors
    ex("ent7-firms-built-kept",
       "Russian firms built 25 plants in Kazakhstan last year.",
       c("25 plants", 25, "count", entities=["Russia", "Kazakhstan"]), published="2025-02-01"),
]

EXAMPLES: list[Example] = ONE_WAY + HOME_MARKET + EVENT_HOSTS + BUILDERS

KNOWN_GAPS: dict[str, str] = {}
