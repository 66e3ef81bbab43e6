"""Held-out sentences on retrospective and anniversary pieces, written after the parser.

About the Silk Road routes, the Middle Corridor and Caspian shipping looking back: "in 1991",
"since independence", "over three decades", "the 30th anniversary", "in the 1990s", "two
decades later", "a century-old railway", founding years, historical figures next to today's
("from 200,000 tonnes in 2005 to 4.5 million tonnes last year"), comparisons with Soviet times
and dates of firsts ("the first container train in 2015"). Years, decades, anniversaries, ages
of infrastructure and ordinals must not be claims; the historical and the current volumes
must, each with its own period. Written by hand in our own words, expectations first, then
compared with the parser: a measure of how it generalises beyond the corpus and the tables it
was tuned on.
"""

from __future__ import annotations

from . import BTC, TITR, Example, c, ex

AKTAU = "Port of Aktau"
BTK = "Baku-Tbilisi-Kars railway"

THEN_AND_NOW: list[Example] = [
    ex("hist-titr-2005-to-last-year",
       "Cargo on the Trans-Caspian route grew from 200,000 tonnes in 2005 to 4.5 million tonnes "
       "last year.",
       c("200,000 tonnes", 2e5, "t", metric="cargo volume", topic="logistics", period="2005",
         kind="actual", change=None, entities=[TITR]),
       c("4.5 million tonnes", 4.5e6, "t", metric="cargo volume", period="2024", kind="actual",
         change=None, entities=[TITR]),
       published="2025-03-01"),
    ex("hist-aktau-third-of-1989",
       "Aktau handled 3.2 million tonnes in 2024, about a third of the 9.6 million tonnes it "
       "handled in 1989.",
       c("3.2 million tonnes", 3.2e6, "t", metric="port throughput", period="2024",
         kind="actual", entities=[AKTAU]),
       # "a third of" a volume is a share, read as a percentage by design
       c("a third", 100 / 3, "%", approx="approx", change=None, kind="actual"),
       c("9.6 million tonnes", 9.6e6, "t", metric="port throughput", period="1989",
         kind="actual", entities=[AKTAU]),
       published="2025-02-10"),
    ex("hist-1990s-ferries-vs-2024",
       "In the 1990s the Caspian ferries carried barely 500,000 tonnes a year; in 2024 they "
       "moved 2.8 million tonnes.",
       c("500,000 tonnes", 5e5, "t", per="year", period="1990/1999", kind="actual"),
       c("2.8 million tonnes", 2.8e6, "t", per=None, period="2024", kind="actual"),
       published="2025-04-01"),
    ex("hist-kz-transit-2014-to-2024",
       "Between 2014 and 2024, transit via Kazakhstan rose from 15.9 million tonnes to 26.3 "
       "million tonnes.",
       c("15.9 million tonnes", 15.9e6, "t", period="2014", change=None, kind="actual",
         entities=["Kazakhstan"]),
       c("26.3 million tonnes", 26.3e6, "t", period="2024", change=None, kind="actual",
         entities=["Kazakhstan"]),
       published="2025-02-01"),
    ex("hist-caspian-fell-1990-to-1998",
       "Shipments across the Caspian fell from 24 million tonnes in 1990 to 6 million tonnes "
       "in 1998.",
       c("24 million tonnes", 24e6, "t", period="1990", change=None, kind="actual"),
       c("6 million tonnes", 6e6, "t", period="1998", change=None, kind="actual"),
       published="2025-02-01"),
    ex("hist-kz-trade-1992-to-2024",
       "In the three decades since independence, Kazakhstan's foreign trade has grown from "
       "$2.5 billion in 1992 to $136 billion in 2024.",
       c("$2.5 billion", 2.5e9, "USD", metric="trade turnover", topic="trade", period="1992",
         kind="actual", change=None, entities=["Kazakhstan"]),
       c("$136 billion", 136e9, "USD", metric="trade turnover", period="2024", kind="actual",
         change=None, entities=["Kazakhstan"]),
       published="2025-06-01"),
    ex("hist-trains-2019-vs-2024",
       "Compared with 2019, when 120 trains used the corridor, traffic in 2024 reached 4,200 "
       "trains.",
       c("120 trains", 120, "count", item="train", period="2019", kind="actual"),
       c("4,200 trains", 4200, "count", item="train", period="2024", kind="actual"),
       published="2025-03-01"),
    ex("hist-aktau-series-by-year",
       "Aktau port: 1995 – 1.1 million tonnes; 2005 – 10.5 million tonnes; 2024 – 6.3 million "
       "tonnes.",
       c("1.1 million tonnes", 1.1e6, "t", period="1995", entities=[AKTAU]),
       c("10.5 million tonnes", 10.5e6, "t", period="2005", entities=[AKTAU]),
       c("6.3 million tonnes", 6.3e6, "t", period="2024", entities=[AKTAU]),
       published="2025-03-01"),
    ex("hist-krasnovodsk-1988-vs-today",
       "In 1988 the Krasnovodsk ferry crossing moved 11 million tonnes, against 3 million "
       "tonnes today.",
       c("11 million tonnes", 11e6, "t", period="1988", kind="actual", change=None),
       c("3 million tonnes", 3e6, "t", kind="actual", change=None),
       published="2025-05-01"),
    ex("hist-poti-by-1995-past",
       "After the collapse of the Soviet Union in 1991, cargo through Poti fell to under 1 "
       "million tonnes by 1995.",
       c("1 million tonnes", 1e6, "t", approx="max", period="1995", kind="actual",
         change=None, entities=["Port of Poti"]),
       published="2025-05-01"),
    ex("hist-sixty-percent-of-2008-peak",
       "Freight volumes last year were only 60% of the 2008 peak of 30 million tonnes.",
       c("60%", 60, "%", change=None, kind="actual"),
       c("30 million tonnes", 30e6, "t", period="2008", kind="actual"),
       published="2025-03-01"),
    ex("hist-georgia-below-soviet-peak",
       "Rail freight through Georgia is still 40% below its Soviet-era peak.",
       c("40%", 40, "%", change="decrease", kind="actual", entities=["Georgia"])),
    ex("hist-caravans-vs-trains",
       "Caravans once needed up to 200 days to cross from Xi'an to the Mediterranean; container "
       "trains now cover the route in 18 days.",
       c("200 days", 200, "day", approx="max", metric="transit time", kind="actual"),
       c("18 days", 18, "day", metric="transit time", kind="actual")),
    ex("hist-sea-decade-ago-vs-rail",
       "A decade ago a container took 45 days to reach Europe by sea; now rail does it in 15 "
       "days.",
       c("45 days", 45, "day", metric="transit time"),
       c("15 days", 15, "day", metric="transit time")),
    ex("hist-orenburg-tashkent-length",
       "Built in 1905, the Orenburg-Tashkent line was 1,850 km long.",
       c("1,850 km", 1850, "km", kind="actual")),
]

SINCE_AND_ANNIVERSARIES: list[Example] = [
    ex("hist-kz-rail-since-independence",
       "Since independence in 1991, Kazakhstan has invested more than $35 billion in its "
       "railways.",
       c("$35 billion", 35e9, "USD", approx="min", metric="investment", topic="investment",
         period="1991/..", kind="actual", entities=["Kazakhstan"]),
       published="2025-06-01"),
    ex("hist-ebrd-since-1992",
       "Since 1992 the EBRD has invested €12 billion in Kazakhstan.",
       c("€12 billion", 12e9, "EUR", metric="investment", topic="investment", period="1992/..",
         kind="actual", entities=["EBRD", "Kazakhstan"]),
       published="2025-06-01"),
    ex("hist-traceca-30th-anniversary",
       "On the 30th anniversary of TRACECA, its partners said freight on the corridor had "
       "reached 60 million tonnes a year.",
       c("60 million tonnes", 60e6, "t", per="year", kind="actual", change=None),
       published="2023-05-08"),
    ex("hist-btk-10th-anniversary-cumulative",
       "Marking the 10th anniversary of the Baku-Tbilisi-Kars railway, ADY said the line had "
       "carried 7.5 million tonnes since it opened in 2017.",
       c("7.5 million tonnes", 7.5e6, "t", period="2017/..", kind="actual", change=None,
         entities=[BTK]),
       published="2027-10-30"),
    ex("hist-first-container-train-2015",
       "The first container train from China reached Baku in 2015; last year 850 such trains "
       "made the trip.",
       c("850 such trains", 850, "count", item="train", period="2024", kind="actual"),
       published="2025-05-01"),
    ex("hist-century-old-railway",
       "The century-old railway between Tbilisi and Batumi now carries 4 million tonnes a year.",
       c("4 million tonnes", 4e6, "t", per="year", kind="actual",
         entities=["Port of Batumi"])),  # the line's end, a port
    ex("hist-three-decades-baku-port",
       "Over three decades the port of Baku has grown from a single berth into a terminal "
       "handling 15 million tonnes of cargo.",
       c("15 million tonnes", 15e6, "t", kind="actual", change=None,
         entities=["Port of Baku"])),
    ex("hist-two-decades-later-trains-daily",
       "Two decades later, the same line handles 25 trains a day.",
       c("25 trains", 25, "count", item="train", per="day", kind="actual")),
    ex("hist-founded-1902-turkmenbashi",
       "Founded in 1902, the port of Turkmenbashi now handles 12 million tonnes annually.",
       c("12 million tonnes", 12e6, "t", per="year", metric="port throughput",
         entities=["Port of Turkmenbashi"], kind="actual")),
    ex("hist-cer-cumulative-since-2011",
       "More than 100,000 trains have run between China and Europe since the service began in "
       "2011.",
       c("100,000 trains", 1e5, "count", item="train", approx="min", period="2011/..",
         kind="actual"),
       published="2025-06-01"),
    ex("hist-btc-barrels-since-2006",
       "Since 2006 the Baku-Tbilisi-Ceyhan pipeline has shipped more than 4 billion barrels of "
       "oil.",
       c("4 billion barrels", 4e9, "bbl", approx="min", period="2006/..", topic="energy",
         kind="actual", entities=[BTC]),
       published="2025-06-01"),
    ex("hist-cagr-since-2017",
       "Since 2017 the port's throughput has grown by an average of 12% a year.",
       c("12%", 12, "%", change="increase", per="year", period="2017/..", kind="actual"),
       published="2025-06-01"),
    ex("hist-middle-corridor-doubled-since-2022",
       "Traffic on the Middle Corridor has more than doubled since 2022, reaching 4.5 million "
       "tonnes last year.",
       c("doubled", 2, "x", change="increase", approx="min", period="2022/..", kind="actual",
         entities=[TITR]),
       c("4.5 million tonnes", 4.5e6, "t", period="2024", change=None, kind="actual",
         entities=[TITR]),
       published="2025-06-01"),
    ex("hist-25-fold-since-2016",
       "Container traffic on the route has grown 25-fold since 2016.",
       c("25-fold", 25, "x", change="increase", period="2016/..", kind="actual"),
       published="2025-06-01"),
    ex("hist-turkmen-transit-stagnated-two-decades",
       "For two decades, transit through Turkmenistan stagnated at around 5 million tonnes a "
       "year.",
       c("5 million tonnes", 5e6, "t", approx="approx", per="year", kind="actual",
         entities=["Turkmenistan"])),
    ex("hist-traceca-1993-2003-programme",
       "Between 1993 and 2003, the TRACECA programme spent €110 million on 39 projects.",
       c("€110 million", 110e6, "EUR", period="1993/2003", kind="actual"),
       c("39 projects", 39, "count", item="project", period="1993/2003")),
    ex("hist-terminal-tripled-two-decades",
       "Two decades after its opening in 2005, the terminal's capacity has tripled to 1.5 "
       "million TEU.",
       c("tripled", 3, "x", change="increase", kind="actual"),
       c("1.5 million TEU", 1.5e6, "TEU", metric="capacity", change=None, kind="actual"),
       published="2025-06-01"),
    ex("hist-china-ca-trade-decade",
       "Over the past decade, trade between China and Central Asia grew by 160%, reaching $95 "
       "billion in 2024.",
       c("160%", 160, "%", change="increase", kind="actual", entities=["China"]),
       c("$95 billion", 95e9, "USD", metric="trade turnover", period="2024", change=None,
         kind="actual", entities=["China"]),
       published="2025-06-01"),
    ex("hist-five-times-2015",
       "Volumes on the Middle Corridor are now five times what they were in 2015.",
       c("five times", 5, "x", change="increase", kind="actual", entities=[TITR],
         period="2015/.."),
       published="2025-06-01"),
    ex("hist-anniversary-with-outlook",
       "Thirty years after its founding, ASCO plans to grow its fleet to 60 vessels by 2030.",
       c("60 vessels", 60, "count", item="vessel", kind="projection", period="2030",
         entities=["ASCO"]),
       published="2025-06-01"),
    ex("hist-ferry-first-since-soviet-times",
       "The new ferry, the first built in Baku since Soviet times, can carry 56 wagons.",
       c("56 wagons", 56, "count", item="wagon", kind="actual")),
    ex("hist-old-ferries-wagons-month",
       "The 60-year-old ferries of the Caspian fleet carry only 1,200 wagons a month.",
       c("1,200 wagons", 1200, "count", item="wagon", per="month", kind="actual")),
    ex("hist-fleet-built-1970s",
       "Most of the 50 tankers in the Caspian fleet were built in the 1970s.",
       c("50 tankers", 50, "count", item="tanker", kind="actual")),
    ex("hist-line-1000-km-opened-1906",
       "The 1,000-km line, opened in 1906, needs $2 billion of upgrades.",
       c("1,000-km", 1000, "km"),
       c("$2 billion", 2e9, "USD")),
    ex("hist-first-train-of-year-containers",
       "The 1st container train of the year left Xi'an on January 3 with 50 containers.",
       c("50 containers", 50, "count", item="container", kind="actual"),
       published="2025-01-05"),
    ex("hist-since-1998-pct-growth",
       "Trade between Azerbaijan and Georgia has risen 14-fold since 1998 to $1.4 billion.",
       c("14-fold", 14, "x", change="increase", period="1998/..", kind="actual",
         entities=["Azerbaijan", "Georgia"]),
       c("$1.4 billion", 1.4e9, "USD", metric="trade turnover", change=None, kind="actual",
         entities=["Azerbaijan", "Georgia"]),
       published="2025-06-01"),
    ex("hist-decade-first-half-2025",
       "Ten years after the first block train, the route carried 310,000 TEU in the first half "
       "of 2025.",
       c("310,000 TEU", 310e3, "TEU", metric="container volume", period="2025-01/2025-06",
         kind="actual"),
       published="2025-08-01"),
]

YEARS_AGO: list[Example] = [
    ex("hist-in-its-25-years-spent",
       "In its 25 years, the consortium has spent $40 billion.",
       c("$40 billion", 40e9, "USD", kind="actual", change=None)),
    ex("hist-thirty-years-ago-vs-last-year",
       "Thirty years ago the port handled 2 million tonnes; last year it handled 7 million "
       "tonnes.",
       c("2 million tonnes", 2e6, "t", metric="port throughput", period="1995", kind="actual"),
       c("7 million tonnes", 7e6, "t", metric="port throughput", period="2024", kind="actual"),
       published="2025-06-01"),
    ex("hist-since-launch-a-decade-ago",
       "Since its launch a decade ago, the service has moved 1.2 million TEU.",
       c("1.2 million TEU", 1.2e6, "TEU", metric="container volume", period="2015/..",
         kind="actual"),
       published="2025-06-01"),
]

NOT_CLAIMS: list[Example] = [
    ex("hist-neg-first-ferry-1963",
       "The first rail ferry between Baku and Krasnovodsk sailed in 1963."),
    ex("hist-neg-fifth-record-since-2019",
       "This is the fifth time since 2019 that Aktau has set a record."),
    ex("hist-neg-vessels-in-service-40-years",
       "Many of the vessels have been in service for 40 years."),
    ex("hist-neg-average-age-fleet",
       "The average age of the Caspian dry-cargo fleet is 32 years."),
    ex("hist-neg-silk-road-2000-years-ago",
       "The Great Silk Road linked China and Rome more than 2,000 years ago."),
    ex("hist-neg-10-millionth-tonne",
       "On 25 October 2027, exactly 10 years after its launch, the BTK line handled its 10 "
       "millionth tonne."),
    ex("hist-neg-30th-anniversary-independence",
       "Kazakhstan marked the 30th anniversary of its independence in December 2021, three "
       "decades after the Soviet collapse."),
    ex("hist-neg-century-old-bridge-1920s",
       "The century-old bridge over the Kura, built in the 1920s, is 95 years old."),
    ex("hist-neg-founded-1858-company",
       "Founded in 1858, the Caspian shipping company is one of the world's oldest, with 165 "
       "years of history."),
    ex("hist-neg-two-decades-later-no-number",
       "Two decades later, in the mid-2000s, the route was revived as part of TRACECA."),
]

EXAMPLES: list[Example] = THEN_AND_NOW + SINCE_AND_ANNIVERSARIES + YEARS_AGO + NOT_CLAIMS

KNOWN_GAPS: dict[str, str] = {
}
