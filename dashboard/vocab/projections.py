"""What makes a figure a forecast: the words of plans, targets, expectations and potential.

Data for `facts`, which finds them by word (as `lexicon.Lexicon` phrases) for `kinds` to
decide whether a cue near a figure is that figure's.
"""

from __future__ import annotations

from typing import Final

from dashboard.vocab.hedging import HEDGE_WORDS

# Words that make a figure a forecast, plan, target or potential (matched as whole words;
# those of `PROJECTION_CUES_AS_WRITTEN` only in lower case).
# "may" and "hope" only as written: the month does not count, nor a name ("around the Cape of
# Good Hope" is a route, no hope).
PROJECTION_CUES_AS_WRITTEN: Final = frozenset({"may", "hope"})
PROJECTION_CUES: Final[tuple[str, ...]] = (
    "forecast", "forecasts", "forecasted", "expect", "expects", "expected", "expecting",
    "expectation", "expectations", "projected", "projection", "projections", "projecting",
    "anticipated", "plan", "plans", "planned", "planning", "aim", "aims", "aimed", "aiming",
    "target", "targets", "targeted", "targeting", "goal", "goals", "potential", "envisage",
    "envisages", "envisaged", "intend", "intends", "intended", "seek", "seeks", "want to",
    "wants to", "hope", "hopes", "outlook", "foresee", "foresees", "foresaw", "foreseen",
    "ready to", "set to",
    # "Aktau is on track to exceed 5 million tonnes for 2025": a year's outcome still ahead
    # (said of the subject: not "has put it on track to report another record year", after
    # a figure of the year before)
    "is on track to", "are on track to", "remains on track to", "is on course to",
    "are on course to",
    # the same in reported speech: "the terminal said it was on track to handle 120,000 TEU
    # in 2025"; and a hope ("had hoped to reach $1 billion")
    "was on track to", "were on track to", "was on course to", "were on course to",
    "hoped to",
    "is to", "are to", "due to", "due in", "in view", "prospect", "prospects",
    "estimated to", "set sights", "set its sights", "set their sights", "will", "would",
    "could", "should", "shall", "might", "may", "can be", "to push", "to lift", "to raise",
    "to bring", "to boost", "to increase", "to expand", "to reach", "to double", "to triple",
    "to grow", "to hit", "to take", "under consideration", "being considered", "agreed to",
    # "another 17 projects worth $900 million are in the pipeline": planned, not yet built
    "are in the pipeline", "is in the pipeline", "remain in the pipeline",
    "being upgraded", "being expanded", "being built", "being modernised", "being modernized",
    "under construction",
    # works still ahead, owed: "where about 50 tunnels and 90 bridges must be built" (not a
    # bare "to be built": "the first plant to be built there opened in 2019")
    "must be built", "must be constructed", "must be laid", "still to be built",
    "yet to be built", "need to be built", "needs to be built", "have to be built",
    "has to be built",
    # "An LNG plant of 2 million tonnes per year capacity is under study"
    "under study", "being studied", "under discussion", "being discussed",
    "is expanding", "are expanding", "is upgrading", "are upgrading", "is building",
    "are building", "is modernising", "is modernizing", "are modernising", "are modernizing",
    "considering", "eyes", "eyeing",
    # an analyst's call on a level: "ING sees it at 505 by the end of December" (not a bare
    # "sees": "the port sees 300 ships a year")
    "sees it at", "see it at", "sees them at", "see them at",
    # an expectation relied on: "the ministry now counts on 14.5-15 centners"
    "counts on", "count on", "counting on",
    # a proposal under study: "shareholders are studying an expansion to 31 bcm per year" (not
    # a bare "studying": "my friend who is studying in China")
    "studying a", "studying an", "studying options", "studying plans",
    "studying the possibility", "studying the feasibility",
    # a ceiling under study: "Masdar is studying up to 1 GW of solar projects"
    "studying up to",
    # a loading programme or timetable still ahead: "loadings are scheduled at 1.55 million bpd"
    "scheduled at", "scheduled to", "scheduled for", "is scheduled", "are scheduled",
    # the same of works not yet done: "the line, slated for completion in 2028, is designed
    # for 15 million tonnes a year"
    "slated for", "slated to", "is slated", "are slated", "due for completion",
    # promises of what is still to be done: "pledged to cut emissions by 15%", "a wider
    # ambition of $1.3 trillion" (not a bare "pledged": "$50 million pledged" is money given)
    "pledged to", "pledges to", "pledge to", "vowed to", "vows to", "promised to",
    "promises to", "ambition", "ambitions",
    # "Instead of the 30 months promised, the section took 44": what was promised is still
    # to come, or was (unlike money "pledged", which donors give)
    "promised",
    # leaders' directives at a summit: "instructed the railways to cut transit time to 12
    # days", "tasked the governments with bringing trade to $10 billion" (an object must
    # follow: "the recipe instructed to bake ... for 30 minutes" is no directive of theirs)
    "instructed the", "instructed their", "instructed his", "instructed her", "instructs the",
    "tasked the", "tasked their",
    # the same set in a speech, in the present or as a task: "I instruct the Government to
    # raise transit to 35 million tonnes", "clearance must be cut to 30 minutes", "the
    # share of processed goods must rise by 10 points" (not a bare "must": "exporters must
    # pay a 5% duty" is a rule in force, no target)
    "instruct the", "must rise", "must grow", "must increase", "must reach", "must double",
    "must triple", "must exceed", "must carry", "must handle", "must be cut",
    "must be reduced", "must be raised", "must be increased", "must be brought",
    # a proposal is still to be decided: "I propose raising the quota by one and a half times"
    "propose", "proposes", "we propose",
    # a central bank's guidance: "signalled room for a further cut of 0.25 percentage points"
    "room for a cut", "room for a further cut", "room for another cut", "room for further cuts",
    "room for a rate cut", "room to cut", "room for a hike", "room for a further hike",
    "room for further hikes", "room to raise",
    # wire headlines' forecasts: "2025 GDP growth seen at 6%", "exports seen rising 10%"
    # (not a bare "seen at": "as seen at the border")
    "is seen at", "are seen at", "growth seen at", "exports seen at", "imports seen at",
    "output seen at", "production seen at", "harvest seen at", "inflation seen at",
    "trade seen at", "turnover seen at", "traffic seen at", "volumes seen at",
    "seen rising", "seen falling", "seen growing", "seen reaching", "seen hitting",
    "seen topping",
    # "signed an agreement to build the 1,860-megawatt Kambarata-1 plant": works to come
    "agreement to build", "agreement to construct", "deal to build", "contract to build",
    "contract to construct",
    "agree to", "meant to", "designed to", "intended to", "set aside for", "earmarked for",
    # "the planned cable ... is budgeted at €45 million": money set for works still ahead
    "is budgeted at", "are budgeted at",
    # "Guidance for full-year 2025 is reiterated: revenue of USD 820-850 million" (not "under
    # the guidance of the President")
    "guidance for", "full-year guidance", "its guidance", "raised guidance", "guidance range",
    # "raised its revenue guidance to 265-275 billion tenge", "guidance was cut to": the new
    # range is the forecast (not a bare "guidance to": "issued guidance to 40 exporters", "the
    # regulator's guidance to banks caps loans at 30%")
    "revenue guidance to", "production guidance to", "output guidance to",
    "sales guidance to", "earnings guidance to", "profit guidance to", "ebitda guidance to",
    "capex guidance to", "volume guidance to", "shipment guidance to",
    "shipments guidance to", "cost guidance to", "dividend guidance to",
    "upgraded guidance to", "downgraded guidance to", "maintained guidance at",
    "guidance raised to", "guidance cut to", "guidance lowered to", "guidance narrowed to",
    "guidance increased to", "guidance reduced to", "guidance revised to", "guidance lifted to",
    "guidance trimmed to", "guidance was raised to", "guidance was cut to",
    "guidance was lowered to", "guidance was revised to",
    # a revision verb right before a bare "guidance" ("lifted guidance to 20%", "reaffirmed
    # guidance to EBITDA of ...") or a year or a measure before it ("raised 2025 guidance to 24
    # mt", "its 2025 net income guidance to 1 trillion tenge")
    # (the figure right after: "lowered guidance after revenue fell 8% to $1.1 billion" says
    # nothing of the revenue)
    *(f"{verb} guidance {link}" for verb in (
        "lifted", "increased", "upped", "boosted", "reaffirmed", "reiterated", "lowered",
        "cut", "trimmed", "narrowed", "maintained", "raised its") for link in ("to", "of")),
    *(f"{year} guidance {link}" for year in range(2000, 2051) for link in ("to", "of")),
    "income guidance to", "margin guidance to", "growth guidance to", "capital guidance to",
    # a span still ahead: "puts the required investment at USD 18.5 billion over the next
    # decade", "needs $3 billion in the coming years"
    "over the next", "over the coming", "in the coming years", "in the coming decade",
    "in the next decade", "in the next few years", "in the years ahead", "in the decade ahead",
    # outlooks' cases and scenarios: "its low case puts 2035 volumes at 6 mt", "under the
    # baseline scenario"; and money a plan still lacks: "$18.5 billion is needed to ..."
    "base case", "low case", "high case", "central case", "reference case", "best case",
    "worst case", "scenario", "scenarios", "is needed", "are needed",
    # what works still ahead will bring: "can handle 4 mt a year after the second phase is
    # completed", "once commissioned" (not "was completed": works done are history)
    "is completed", "are completed", "is commissioned", "are commissioned",
    "upon completion", "on completion", "after completion", "once completed",
    "once commissioned", "when completed",
    # a columnist's hypothetical: "Imagine 1,000 trains a year crossing ...", "Suppose the
    # tariff cut costs by 20%": a case argued, no outcome reported
    "imagine", "suppose", "supposing",
    # the outcome of a case argued: "If that happens, a 10% share of overland traffic is
    # realistic", "a 5 million tonne target is achievable"
    "if that happens", "if this happens", "is realistic", "are realistic", "is achievable",
    "are achievable",
    # a case's condition that things stay as they are: "if current trends continue, 2
    # million tonnes" (and `CONDITION_CUES` after "if")
    "if current trends continue", "if the trend continues",
)

# A case's condition only after "if" ("If fuel stays where it is, perhaps by 5-10%"); as a
# fact ("the policy rate stays where it is, at 16.5%") the figure is reported.
CONDITION_CUES: Final[tuple[str, ...]] = (
    "stays where it is", "stay where they are", "remains where it is", "remain where they are",
)

# Verbs after "was due to" that tell a schedule ("was due to handle 3 mt in 2024", "was due
# to disburse $200 million", "was due to enter service with 4 mt of capacity"), not a cause:
# none that is as often a noun or an adjective right after a causal "due to" ("due to lower
# shipments", "due to export restrictions", "due to supply problems", "due to transit cargo").
VERBS_AFTER_DUE_TO: Final[tuple[str, ...]] = (
    "handle", "carry", "move", "ship", "deliver", "produce", "generate", "receive", "reach",
    "exceed", "surpass", "achieve", "grow", "climb", "expand", "reduce", "boost", "raise",
    "earn", "bring", "add", "create", "invest", "spend", "allocate", "attract", "sell", "buy",
    "purchase", "pay", "lend", "issue", "open", "reopen", "start", "begin", "resume", "launch",
    "complete", "finish", "commission", "build", "construct", "connect", "run", "operate",
    "serve", "employ", "welcome", "host", "accommodate", "be", "become", "take", "come", "go",
    "enter", "offer", "recover", "implement", "sign", "approve", "extend", "provide",
    "disburse", "ramp", "unveil", "accept",
)
# After "was set/scheduled/slated/meant to", any verb is a schedule ("was set to provide a
# $300 million loan", "was slated to ramp up"), not a level ("was set to a record $90
# million") nor a fund's purpose ("was meant to fund a $500 million project").
NOT_VERBS_AFTER_SET_TO: Final[str] = (
    r"(?:a|an|the|its|their|this|that|these|record|zero|new|levels?|highest|lowest|fund"
    r"|finance|be\s+a|be\s+the|under|below|above|" + HEDGE_WORDS + r")\b"
)

# What follows "due to" when it gives a cause, not a schedule ("due to open in 2027"): a
# determiner or a cause word ("closed due to the storm", "due to heavy snowfall", "due to fog").
CAUSES_AFTER_DUE_TO: Final[tuple[str, ...]] = (
    "the", "a", "an", "its", "their", "this", "these", "those", "high", "low", "heavy",
    "strong", "bad", "poor", "severe", "lack", "shortages?+", "fog", "snow", "snowfall",
    "storms?+", "winds?+", "weather", "ice", "icing", "floods?+", "flooding", "repairs",
    "maintenance", "congestion", "sanctions", "strikes?+", "delays", "technical",
)
