"""Held-out sentences written after the parser was tuned, on officials and executives quoted
in trade and transport news of the region: direct quotations with figures, quotes split
around the attribution ("Volumes rose 20%," he said, "and we plan to ..."), indirect speech
in the past tense ("He said exports had reached ..."), interviews in Q&A form, quoted
targets and promises, hedged estimates ("roughly", "some", "nearly"), and numbers inside
quotes that are not claims (years of service, "the third time", "one of the two", phone
numbers, clock times).

What is checked most: kind (an actual figure versus a projection inside a quote, "would"
in reported speech), period (this year / last year against the publication date) and
entities (the speaker's country or company, never the outlet that reported the words).
Written in our own words and read by hand first (issue 2's field definitions); the parser
was run only afterwards, to measure how it generalises beyond the corpus it was tuned on.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

DIRECT: list[Example] = [
    ex("qt-direct-expect-to-handle-this-year",
       "\"We expect to handle 10 million tonnes at Aktau this year,\" Kazakhstan's transport "
       "minister told reporters.",
       c("10 million tonnes", 10e6, "t", kind="projection", period="2025", topic="logistics",
         entities=["Kazakhstan", "Port of Aktau"], change=None),
       published="2025-03-10"),
    ex("qt-split-rose-then-plan-to-double",
       "\"Volumes through the port rose 20% last year,\" he said, \"and we plan to double them "
       "by 2030.\"",
       c("20%", 20, "%", change="increase", kind="actual", period="2024"),
       c("double", 2, "x", change="increase", kind="projection", period="2030"),
       published="2025-02-01"),
    ex("qt-direct-goal-trade-by-2030",
       "\"Our goal is to bring bilateral trade to $10 billion by 2030,\" President Tokayev said "
       "in Tashkent.",
       c("$10 billion", 10e9, "USD", kind="projection", period="2030", metric="trade turnover",
         topic="trade", change=None)),
    ex("qt-direct-roughly-share-middle-corridor",
       "\"Roughly 40% of our containers now go via the Middle Corridor,\" the head of KTZ "
       "Express said.",
       c("40%", 40, "%", approx="approx", kind="actual", change=None, entities=[TITR])),
    ex("qt-direct-some-trains-crossed-in-may",
       "\"Some 300 trains crossed Khorgos in May,\" a railway official said.",
       c("300 trains", 300, "count", item="train", approx="approx", kind="actual",
         period="2025-05", entities=["Khorgos dry port"]),
       published="2025-06-03"),
    ex("qt-direct-will-invest-over-five-years",
       "\"We will invest $500 million in new wagons over the next five years,\" the head of "
       "Azerbaijan Railways said.",
       c("$500 million", 500e6, "USD", kind="projection", metric="investment",
         topic="investment", entities=["Azerbaijan Railways"])),
    ex("qt-direct-transit-time-from-to-days",
       "\"Transit time from China to Europe via the corridor has fallen from 38 days to 15 "
       "days,\" the deputy minister said.",
       c("38 days", 38, "day", metric="transit time", kind="actual", change=None),
       c("15 days", 15, "day", metric="transit time", kind="actual", change=None)),
    ex("qt-direct-share-points-to-pct",
       "\"Our market share grew by 3 percentage points to 18%,\" the company's chief executive "
       "said.",
       c("3 percentage points", 3, "pp", change="increase", kind="actual"),
       c("18%", 18, "%", change=None, kind="actual")),
    ex("qt-direct-hope-about-next-year",
       "\"We hope to see about 2 million tonnes of transit via Georgia next year,\" he added.",
       c("2 million tonnes", 2e6, "t", approx="approx", kind="projection", period="2026",
         entities=["Georgia"]),
       published="2025-05-01"),
    ex("qt-direct-last-year-handled-january-pub",
       "\"Last year we handled 6.1 million tonnes,\" the director of the port of Poti said in "
       "an interview published on Monday.",
       c("6.1 million tonnes", 6.1e6, "t", kind="actual", period="2025", change=None),
       published="2026-01-12"),
    ex("qt-direct-cut-by-up-to-for-container-trains",
       "\"Tariffs will be cut by up to 30% for container trains,\" Uzbekistan Railways said.",
       c("30%", 30, "%", approx="max", change="decrease", kind="projection",
         entities=["Uzbekistan Railways"])),
    ex("qt-direct-more-than-doubled-first-quarter",
       "\"Exports of fruit more than doubled in the first quarter,\" the ministry's "
       "spokesperson said.",
       c("doubled", 2, "x", approx="min", change="increase", kind="actual",
         metric="agricultural exports", topic="agriculture", period="2025-01/2025-03"),
       published="2025-04-15"),
    ex("qt-direct-corridor-can-carry-said-on-tuesday-date",
       "\"The corridor can carry 10 million tonnes a year,\" Deputy Prime Minister Shahin "
       "Mustafayev said on Tuesday, March 4.",
       c("10 million tonnes", 10e6, "t", per="year", kind="actual", metric="capacity")),
    ex("qt-direct-investments-exceeded-tenge",
       "\"Investments in the port have exceeded 200 billion tenge,\" the akim of Mangystau "
       "region said.",
       c("200 billion tenge", 200e9, "KZT", approx="min", metric="investment", kind="actual")),
    ex("qt-direct-trucks-a-day-against-a-year-ago",
       "\"We now clear 1,200 trucks a day at the crossing, against 700 a year ago,\" the "
       "customs chief said.",
       c("1,200 trucks", 1200, "count", item="truck", per="day", kind="actual"),
       c("700", 700, "count", item="truck", per="day", kind="actual")),
    ex("qt-direct-nearly-containers-since-january",
       "\"Nearly 50,000 containers have passed through the dry port since January,\" its "
       "manager said.",
       c("50,000 containers", 50000, "count", item="container", approx="approx",
         kind="actual", period="2025-01/2025-06"),
       published="2025-07-01"),
    ex("qt-split-handled-then-should-rise-to",
       "\"We handled 2.3 million tonnes in 2024,\" Mr Abdullayev said, \"and this year the "
       "figure should rise to 3 million.\"",
       c("2.3 million tonnes", 2.3e6, "t", kind="actual", period="2024"),
       c("3 million", 3e6, "t", nth=1, kind="projection", period="2025", change=None),
       published="2025-02-10"),
    ex("qt-direct-some-billion-of-chinese-money",
       "\"We are talking about some $3 billion of Chinese money,\" the official said of the "
       "planned railway.",
       c("$3 billion", 3e9, "USD", approx="approx", entities=["China"])),
    ex("qt-direct-dp-world-will-put-into-aktau",
       "\"DP World will put $150 million into the Aktau hub,\" its chairman said during a visit "
       "to Astana.",
       c("$150 million", 150e6, "USD", kind="projection", metric="investment",
         entities=["DP World"])),
    ex("qt-direct-times-higher-than-in-2022",
       "\"Container traffic is 2.5 times higher than in 2022,\" said the head of the Port of "
       "Baku.",
       c("2.5 times", 2.5, "x", change="increase", kind="actual", entities=["Port of Baku"])),
    ex("qt-direct-first-11-months-gave-us",
       "\"The first 11 months gave us 4.2 million tonnes,\" he said.",
       c("4.2 million tonnes", 4.2e6, "t", kind="actual", period="2025-01/2025-11"),
       published="2025-12-20"),
]

REPORTED: list[Example] = [
    ex("qt-reported-exports-had-reached-first-half",
       "Uzbekistan's trade minister said exports to China had reached $1.2 billion in the first "
       "half.",
       c("$1.2 billion", 1.2e9, "USD", metric="exports", kind="actual",
         period="2025-01/2025-06", entities=["Uzbekistan", "China"], change=None),
       published="2025-08-01"),
    ex("qt-reported-terminal-would-handle-teu-a-year",
       "The minister said the new terminal would handle 1 million TEU a year once completed.",
       c("1 million TEU", 1e6, "TEU", per="year", kind="projection")),
    ex("qt-reported-aliyev-trade-grew",
       "Aliyev said trade with Türkiye grew by 15% in 2024.",
       c("15%", 15, "%", change="increase", kind="actual", period="2024",
         metric="trade turnover", entities=["Türkiye"])),
    ex("qt-reported-grain-to-iran-told-outlet",
       "Kazakhstan shipped 1.5 million tonnes of grain to Iran last season, the agriculture "
       "minister told Trend.",
       c("1.5 million tonnes", 1.5e6, "t", kind="actual", only_entities=["Kazakhstan", "Iran"])),
    ex("qt-reported-would-reach-by-2027",
       "According to the minister, freight traffic would reach 35 million tonnes by 2027.",
       c("35 million tonnes", 35e6, "t", kind="projection", period="2027", change=None)),
    ex("qt-reported-georgian-railway-told-interfax",
       "Georgian Railway's chairman told Interfax that transit cargo rose 12% to 5.4 million "
       "tonnes in 2024.",
       c("12%", 12, "%", change="increase", kind="actual", period="2024",
         entities=["Georgian Railway"]),
       c("5.4 million tonnes", 5.4e6, "t", change=None, kind="actual", period="2024",
         entities=["Georgian Railway"])),
    ex("qt-reported-share-had-grown-to-percent",
       "The deputy minister noted that the share of rail in transit had grown to 65 percent.",
       c("65 percent", 65, "%", change=None, kind="actual")),
    ex("qt-reported-fuel-imports-fell-jan-apr",
       "The ministry's spokeswoman said imports of fuel from Russia fell by 9.3% in "
       "January-April.",
       c("9.3%", 9.3, "%", change="decrease", kind="actual", metric="imports",
         period="2025-01/2025-04", entities=["Russia"]),
       published="2025-05-20"),
    ex("qt-reported-promised-capacity-a-year",
       "The president promised to raise the port's capacity to 25 million tonnes a year.",
       c("25 million tonnes", 25e6, "t", per="year", kind="projection", metric="capacity",
         change=None)),
    ex("qt-reported-estimate-losses-around",
       "Officials estimate the losses from last week's closure of the border at around $40 "
       "million.",
       c("$40 million", 40e6, "USD", approx="approx", kind="actual")),
]

INTERVIEWS: list[Example] = [
    ex("qt-qa-about-tonnes-up-on-year-before",
       "Q: How much cargo did the port handle in 2024?\n"
       "A: About 7.3 million tonnes, up 8% on the year before.",
       c("7.3 million tonnes", 7.3e6, "t", approx="approx", kind="actual", period="2024",
         change=None),
       c("8%", 8, "%", change="increase", kind="actual", period="2024")),
    ex("qt-qa-target-realistic-reached-expect",
       "Q: Is the target of 1 million TEU realistic?\n"
       "A: Yes. We reached 600,000 TEU in 2024 and expect 800,000 this year.",
       c("1 million TEU", 1e6, "TEU", kind="projection"),
       c("600,000 TEU", 600e3, "TEU", kind="actual", period="2024"),
       c("800,000", 800e3, "TEU", kind="projection", period="2025"),
       published="2025-03-01"),
    ex("qt-qa-growth-between-per-cent-a-year",
       "Q: What growth do you expect?\n"
       "A: Between 5 and 7 per cent a year, depending on the harvest.",
       c("5 and 7 per cent", 5, "%", value_high=7, kind="projection")),
    # a sentence with a verb of its own after a question is no bare answer: its own kind
    ex("qt-qa-question-then-sentence-with-own-verb",
       "Can exporters meet the target? 40% of it was shipped by the end of April, the "
       "ministry said.",
       c("40%", 40, "%", kind="actual", change=None),
       published="2025-06-01"),
    ex("qt-qa-unlabelled-question-then-answer",
       "How did transit do in the first half? It grew 14% to 3.1 million tonnes, the minister "
       "replied.",
       c("14%", 14, "%", change="increase", kind="actual", period="2025-01/2025-06"),
       c("3.1 million tonnes", 3.1e6, "t", change=None, kind="actual",
         period="2025-01/2025-06"),
       published="2025-08-01"),
]

NEGATIVES: list[Example] = [
    ex("qt-neg-worked-here-for-years",
       "\"I have worked at this port for 20 years and have never seen such queues,\" the "
       "terminal manager said."),
    ex("qt-neg-third-time-this-year",
       "\"This is the third time this year that we have cut the tariff,\" he said."),
    ex("qt-neg-one-of-the-two-ferries",
       "\"Only one of the two ferries is operating,\" the port's spokesman said."),
    ex("qt-neg-two-years-ago-fifth-forum",
       "\"Two years ago, nobody believed in this route,\" the minister recalled at the 5th "
       "Caspian forum."),
    ex("qt-neg-hotline-and-clock-time",
       "\"Call us on 8 800 080 7777,\" the operator said, adding that the office opens at "
       "9:00."),
    ex("qt-neg-served-as-chairman-split-quote",
       "\"I served as chairman of the port for nine years,\" he said, \"and cargo never "
       "fell.\""),
]

TERMS: list[Example] = [
    # a contract's term is a duration the news reports, unlike a person's years in a post
    ex("qt-direct-leased-terminal-for-years",
       "\"We have leased the terminal for 49 years,\" the CEO said.",
       c("49 years", 49, "year", kind="actual")),
]

EXAMPLES: list[Example] = DIRECT + REPORTED + INTERVIEWS + TERMS + NEGATIVES

KNOWN_GAPS: dict[str, str] = {
}
