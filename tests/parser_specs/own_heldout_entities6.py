"""Held-out sentences on whom a figure is about when its clause names a route only as "the
corridor", "the line", "the route" (the route the text named before, not the railway or
minister quoted beside it), a total told as "the 826-km line" (the route's, not its
countries'), and a clause without a comma on the places a route links ("... that now tie
Central Asia to Europe": no party of the figure). Near-misses: a share "of the ... the line
carried" stays its part's; the lengths through each country stay that country's; a clause
naming a country the route runs through keeps it. Written after the entities6 audit of the
bundled claims, in our own words, expectations first.
"""

from __future__ import annotations

from . import Example, c, ex

TITR, BTC = "Trans-Caspian International Transport Route", "Baku-Tbilisi-Ceyhan pipeline"
SGC, BTK = "Southern Gas Corridor", "Baku-Tbilisi-Kars railway"

ROUTE_NAMED_BEFORE: list[Example] = [
    ex("ent6-the-corridor-days-not-railway",
       "Freight on the Middle Corridor reached 4.1 million tonnes last year, Kazakhstan Temir "
       "Zholy said. Its chairman added that the corridor now needs 14 days end to end.",
       c("4.1 million tonnes", 4.1e6, "t", entities=[TITR]),
       c("14 days", 14, "day", only_entities=[TITR]), published="2025-02-10"),
    ex("ent6-the-line-total-length",
       "The Baku-Tbilisi-Kars railway opened to freight in 2017. The 826-km line runs 504 km "
       "through Azerbaijan, 246 km through Georgia and 76 km through Türkiye.",
       c("826-km", 826, "km", only_entities=[BTK]),
       c("504 km", 504, "km", entities=["Azerbaijan"]),
       c("246 km", 246, "km", entities=["Georgia"]),
       c("76 km", 76, "km", entities=["Türkiye"])),
    ex("ent6-flows-through-the-corridor",
       "Gas sales via the Southern Gas Corridor rose to 12 bcm in 2024. Brussels and Baku "
       "want to lift flows through the corridor to 20 bcm by 2027.",
       c("12 bcm", 12e9, "m3", entities=[SGC]),
       c("20 bcm", 20e9, "m3", entities=[SGC]), published="2025-03-01"),
    ex("ent6-freight-on-the-corridor-forecaster",
       "Shipments along the Trans-Caspian route rose 20% in 2024. The bank expects freight on "
       "the corridor to double by 2030.",
       c("20%", 20, "%", entities=[TITR]),
       c("double", 2, "x", only_entities=[TITR]), published="2025-03-01"),
    ex("ent6-the-line-carried-in-total",
       "Kazakh crude sent through the Baku-Tbilisi-Ceyhan pipeline came to 1.4 million tonnes "
       "in 2024. That was 5% of the 28 million tonnes the line carried in total.",
       c("1.4 million tonnes", 1.4e6, "t", entities=["Kazakhstan", BTC]),
       # near-miss: the share is the Kazakh oil's, the total the line's
       c("5%", 5, "%", entities=["Kazakhstan"]),
       c("28 million tonnes", 28e6, "t", only_entities=[BTC]), published="2025-02-01"),
]

THAT_CLAUSE: list[Example] = [
    ex("ent6-that-now-tie-regions",
       "Uzbekistan and Turkmenistan held talks in Ashgabat on Monday. Officials counted 45 "
       "transport agreements between the two countries and new highways that now link "
       "Central Asia to Europe.",
       c("45 transport agreements", 45, "count",
         only_entities=["Uzbekistan", "Turkmenistan"]), published="2025-04-14"),
    # near-miss: a clause naming a country the road runs through keeps it
    ex("ent6-that-links-a-country-stays",
       "The Asian Development Bank lent $300 million for a road that links Tajikistan to "
       "China.",
       c("$300 million", 300e6, "USD", entities=["Asian Development Bank", "Tajikistan"])),
]

LEFT: list[Example] = [
    ex("ent6-one-way-china-europe-services",
       "China-Europe freight trains made 17,000 trips in 2024. Trains heading to Europe "
       "numbered 9,500 and those going back to China 7,500.",
       c("17,000 trips", 17000, "count", entities=["China-Europe rail"]),
       c("9,500", 9500, "count", entities=["China-Europe rail", "Europe"]),
       c("7,500", 7500, "count", entities=["China-Europe rail", "China"]),
       published="2025-01-20"),
    ex("ent6-inside-the-country-home",
       "Kazakhstan exported 2 million tonnes of wheat to Iran and China in the autumn. "
       "Another 500,000 tonnes went to mills inside the country.",
       c("2 million tonnes", 2e6, "t", entities=["Kazakhstan"]),
       c("500,000 tonnes", 5e5, "t", only_entities=["Kazakhstan"]), published="2024-12-01"),
]

EXAMPLES: list[Example] = ROUTE_NAMED_BEFORE + THAT_CLAUSE + LEFT

KNOWN_GAPS: dict[str, str] = {
}
