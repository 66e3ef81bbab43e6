"""Held-out sentences on whom a one-way count is about when its clause names only the end it
heads for ("trains heading to Europe numbered 9,100": the China-Europe rail service named
before, with its end) and on a figure said to stay "inside the country" or go to the home
market after a sentence naming foreign buyers (the home country's, not the buyers').
Near-misses: a direction to a place that is no end of the route named before gains no route;
a domestic figure whose clause names its own country keeps it; a figure carried after a
sentence naming only its home country is as before. Written after the entities7 audit of the
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

EXAMPLES: list[Example] = ONE_WAY + HOME_MARKET

KNOWN_GAPS: dict[str, str] = {}
