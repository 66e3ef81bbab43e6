"""The words around a quantity that hedge it or make it a change: "about", "more than", "up
to" before it (`RE_HEDGE`); "rose", "fell by", "a rise of" before it and "more", "higher", "a
jump" after it (`RE_CHANGE_*`); the noun "growth" set to a figure or its pace ("growth is
seen at 6%", "to slow to 4.8%": `RE_GROWTH_AT`, `RE_GROWTH_SET`). Compiled `regex` patterns,
run on bounded windows only (see `hedges`, which reads them); the patterns that find
quantities are in `patterns`.

Pure: no pandas, no dash.
"""

from __future__ import annotations

from typing import Final

import regex

# Hedge before a quantity (the window ends where the quantity starts). Its last words are
# listed again in `hedges._HEDGE_LAST` for a cheap test before it: a property test checks
# that the test never skips a hedge this pattern finds.
RE_HEDGE: Final = regex.compile(
    r"""
    (?<![\w])
    (?:(?P<nomore>(?i:no|not)[\s]+more[\s]+than  # a maximum, before "more than" is tried
                  # "may not draw more than 4.3 metres": a verb between, the same ceiling
                  |(?i:not|n['’]t)[\s]+(?!only\b)[a-z]{2,12}[\s]+more[\s]+than
                  |(?i:(?:did|does|do|will|would|should|could|may|must|shall)[\s]+not|not|cannot
                     |(?:did|does|do|wo|ca)n['’]t)[\s]+exceed(?:ing)?)  # "did not exceed $2 bn"
     |(?P<approx>(?i:about|around|approximately|approx\.|nearly|almost|roughly|some|circa|ca\.|c\.|
                 close[\s]+to|something[\s]+like|an[\s]+estimated|estimated|an[\s]+approximate|near|just[\s]+about|
                 approaching|nearing))  # "is approaching $18 billion": close to it
     |(?P<min>(?i:(?:just[\s]+|slightly[\s]+|well[\s]+)?(?:over[\s]+than
                 # not "spread over 122 projects": across them
                 |(?<!\b(?i:spread|spreads|distributed|split|divided|scattered)[\s]+)over
                 |more[\s]+than|above|higher[\s]+than|
                 greater[\s]+than|larger[\s]+than|heavier[\s]+than|longer[\s]+than|wider[\s]+than|
                 older[\s]+than)|at[\s]+least|  # "trucks heavier than 20 tonnes"
                 exceed(?:ing|ed|s)?|in[\s]+excess[\s]+of|upwards[\s]+of|no[\s]+less[\s]+than|
                 not[\s]+less[\s]+than|topp(?:ed|ing)|surpass(?:ed|ing)|a[\s]+minimum[\s]+of|
                 (?:no|not)[\s]+fewer[\s]+than|north[\s]+of|  # "north of $600 million": above
                 (?:would|will|should|to|has|have|had)[\s]+pass(?:ed)?|passe[ds]|tops?|beyond|
                 # a price's floor: "a return ticket now costs from €180", "rooms priced from
                 # $60", "fares starting from 900 som" (not "rose from": a level before)
                 (?:costs?|costing|priced|start(?:s|ing)?)[\s]+from
                 # "push output past 700,000 vehicles", "Brent sailed past $90"; not "the past
                 # 12 months", "half past 3" (a motion by counted things, "walked past 2,000
                 # trucks": `raw.read_hedge`)
                 |(?<!\b(?i:the|its|their|this|these|those|half|in|for|during|over)[\s]+)past))
     |(?P<max>(?i:(?<!\b(?i:revis(?:e|ed|es|ing)|correct(?:ed|s|ing)?|adjust(?:ed|s|ing)?
                         |(?:that|which|it|this|these|they|all)[\s]+add(?:s|ed)
                         |sum(?:s|med|ming))
                      (?:[\s]+(?i:it|them|(?:its|the|their)[\s]+[\w-]+))?[\s]+)  # "revised up to
                 # 6.8%", "that adds up to $4,800" (a total; not "can add up to 5 days" or
                 # "the Cape added up to 14 days", additions of at most so much): a verb's
                 # particle, no ceiling
                 up[\s]+to|(?:just[\s]+|slightly[\s]+)?(?:less[\s]+than|under|below|lower[\s]+than|
                 smaller[\s]+than)|
                 fewer[\s]+than|at[\s]+most|
                 a[\s]+maximum[\s]+of|as[\s]+(?:much|many|high)[\s]+as|short[\s]+of|capped[\s]+at|south[\s]+of|
                 # "caps new state guarantees at $4 billion", "capped the wholesale price of
                 # diesel at": the cap verb before its object (NOTE: keep in sync with
                 # `hedges._LEAD_REACH`)
                 \bcap(?:s|ped|ping)?[\s]+(?:[\w'’-]+[\s]+){1,5}?at|
                 # "limits freight trains to 40 km/h": the same of a limit verb, its object
                 # (words, no figure: not "the daily limit of 10 per cent to") and "to";
                 # "limits vessels to a draft of 3.5 metres": the limit's measure named
                 (?:limited[\s]+|\b(?:limit|restrict)(?:s|ed|ing)[\s]+(?:[A-Za-z'’-]+[\s]+){1,5}?)
                 to(?:[\s]+an?[\s]+[A-Za-z-]+[\s]+of)?))
    )
    [\s\u00a0]+(?:(?i:an?)[\s\u00a0]+)?\Z                          # "close to a 40% rise"
    | (?P<tilde>[~≈])[\s\u00a0]?\Z
    | (?P<gt>[>≥])[\s\u00a0]?\Z                                  # ">1.2 mln TEU"
    | [<≤][\s\u00a0]?\Z
    """,
    regex.VERBOSE | regex.REVERSE,  # anchored at the end: try it from the end only
)

# A change verb or noun before the number, within its clause ("rose by", "up", "a rise of").
# Verbs and nouns of change, shared by the patterns below.
# Each word ends in a letter, not in a group or an optional part: the regex engine tries
# such words from their end (REVERSE) at a fraction of the cost, so "increas(?:ed|e|ing|es)"
# is written out, in the same order (the same matches; measured: RE_CHANGE_BEFORE 6.6 -> 3.3
# µs a search).
_INC = r"""ros[e]|rise|risen|rising|rises|increased|increase|increasing|increases|
             gr[eo]wn|gr[eo]wing|gr[eo]ws|gr[eo]w(?!th)|
             # not the object of a verb of change, which is the change: "could cut growth by
             # 0.5 percentage points", "would lower growth in Kyrgyzstan by 0.3 pp" (no
             # possessive quantifier in a lookbehind: it is matched backwards)
             # ("lower" and "slow" after a modal only: "expect lower growth of 2.5%", "slow
             # growth of 3%" are adjectives)
             (?<!\b(?i:cut|cuts|cutting|lowers|lowered|lowering|reduce|reduces|reduced|
                 reducing|slows|slowed|slowing|trim|trims|trimmed|trimming|boost|boosts|
                 boosted|boosting|raise|raises|raised|raising|lift|lifts|lifted|lifting
                 |(?:would|could|will|may|might|can|should|to)[\s\u00a0]+(?:lower|slow))
                 [\s\u00a0]+(?:[\w'’-]+[\s\u00a0]+)?)growth|jumped|jumps|jumping|jump|
             surged|surge|surges|surging|climbed|climbs|climbing|climb|gained|gains|gain|
             soared|soars|soaring|soar|expanded|expands|expand|advanced|advancing|advance|
             # "diversions add 10-14 days"; not a wire's note "(Adds full-year figure of ...)",
             # nor "that adds up to $4,800" (a total; "can add up to 5 days" adds at most 5)
             (?<!\()(?:(?:added|adds)(?:(?![\s\u00a0]+up\b)|(?<!\b(?i:that|which|it|this|these
                 |they|all)[\s\u00a0]+(?:added|adds)))|add)(?![\s\u00a0]+(?:that|to|an?)\b)|
             # "rates are expected to firm by 5%": a modal or "to" first (the noun "firm" is
             # no change)
             firmed|firming|(?<=\b(?i:to|will|would|could|may|might|should|shall)[\s\u00a0])firm|
             (?<!(?i:made|make|makes|making|set|sets|took|take|takes|picked|ended|end|ends|lines|
                 lined|line|shored|opened|signed|put|puts|drew|drawn|built|build|backed|sped|
                 speeded|stepped|step|ramped|ramp|tied|summed|adds|add|added|adding|
                 # "the backlog held up 1,900 wagons": delayed, not risen
                 held|holds|hold|holding)[\s\u00a0])up|higher|boosted|boost|raised|raises|raising|raise|
             # not a ban or a quota lifted, which is gone: "lifted the quota of 1 million
             # tonnes" (but "lifted the quota to 1.5 million tonnes" raised it)
             (?:lifted|lifts|lifting|lift)(?![\s\u00a0]+(?:the|a|an|its|their)[\s\u00a0]+
                 (?:[\w-]+[\s\u00a0]+)?(?:(?:bans?|embargo(?:es)?|restrictions?|moratorium
                 |sanctions?)\b|quotas?[\s\u00a0]+(?:of|on)\b))|accelerated|acceleration|skyrocketed|skyrockets|skyrocket|
             spiked|spikes|spiking|spike|rallied|rallying|rally|rebounded|rebounding|rebound|
             widened|widening|widens|widen|improved|improving|improves|improve|hiked|
             hikes|hike|
             edged\s+up|inched\s+up|strengthened|strengthens|strengthening|strengthen|
             appreciated|appreciates|appreciating|CAGR|compound\s+annual\s+growth|upwards|upward|
             indexed|indexing|indexation|
             # "have grown at a compound annual rate of 18%": the pace of the verb's change
             (?<=\b(?i:gr[eo]wn?|grows|growing|ros[e]|risen|rising|expanded|expanding|increased|
                 increasing)[\s\u00a0]+at[\s\u00a0]+an?[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){0,3})
             (?<!(?i:interest|exchange|tax|coupon|policy|discount)[\s\u00a0])rate"""
_DEC = r"""f[ae]ll|fallen|falling|falls|decreased|decrease|decreasing|decreases|
             declined|decline|declining|declines|dropped|dropping|drops|drop|slipped|slipping|
             slips|slip|slumped|slumping|slumps|slump|plunged|plunging|plunges|plunge|shr[au]nk|shrinking|shrinks|shrink|contracted|
             contraction|down|lower|cuts|cutting|cut|reduced|reduces|reducing|reduction|reduce|
             eased|easing|eases|(?<=\b(?i:to|will|would|could|may|might|should)[\s\u00a0])ease|
             dipped|dipp|dip|tumbled|tumbling|tumbles|tumble|sank|sinking|sinks|sunk|
             plummeted|plummets|plummeting|retreated|retreating|retreats|retreat|sagged|sagging|
             sags|skidded|skidding|skids|
             plummet|slid|sliding|slides|slide|dived|diving|dives|dive|dove|shed|shedding|sheds|
             narrowed|narrowing|narrows|narrow|slashed|slashing|slashes|slash|trimmed|trimming|trims|
             lowered|lowers|lowering|worsened|worsening|worsens|worsen|edged\s+down|inched\s+down|lost|lose|loses|
             # "yields compressed by 50 basis points": a property yield's fall (not "compressed
             # natural gas", so only before "by")
             compress(?:ed|es|ing)?(?=[\s\u00a0]+by\b)|
             # "spreads tightened by 20 bp", "tighten the yield by 50 basis points": a bond's
             # price talk coming in (not "tightened policy by 50 bp", a rate's rise; nor
             # "tightened its guidance by $50 million", a company's range narrowed)
             (?<=\b(?i:yields?|spreads?)[\s\u00a0]+)tighten(?:ed|s|ing)?(?=[\s\u00a0]+by\b)|
             tighten(?:ed|s|ing)?(?=[\s\u00a0]+(?:the|its|their)[\s\u00a0]+(?:yields?|spreads?
                 |pricing)[\s\u00a0]+by\b)|
             losing|slowed|slowing|slows|shortened|shortens|shorten|downwards|downward|weakened|weakens|
             weakening|weaken|depreciated|depreciates|depreciating|devalued|devalues|devaluing|
             (?<=\b(?i:f[ae]ll|fallen|falling|declined|declining|shr[au]nk|shrinking|contracted|
                 contracting|decreased|decreasing)[\s\u00a0]+at[\s\u00a0]+an?[\s\u00a0]+
                 (?:[\w-]+[\s\u00a0]+){0,3})
             (?<!(?i:interest|exchange|tax|coupon|policy|discount)[\s\u00a0])rate"""
RE_CHANGE_BEFORE: Final = regex.compile(
    rf"""
    (?<![\w-])
    (?:(?P<inc>(?i:{_INC}))
     |(?P<dec>(?i:{_DEC})))
    # (nor "through": "the canal climbs through 13 locks" is a way, no change; nor
    # "towards", a level: "if inflation falls toward its 5 percent target"; nor "short of", a
    # level not reached: "fell short of demand of 18 billion kWh")
    (?P<gap>(?:[\s\u00a0]+(?!(?i:to|towards?|till|reach\w*|at|totall?\w*|from|stood|came|of\s+the|through
                              |short\s+of)\b)
              # a whole word or none (possessive: a part of one would stand after no space;
              # measured 15% off a search)
              [^\s\u00a0.,;:!?0-9$€£¥₸₼₾₽₺₹()]{{1,20}}+){{0,4}}?)
    # a speaker's aside between verb and number: "fell, I think, eleven percent"
    (?:,[\s\u00a0]+(?i:I[\s\u00a0]+think|I[\s\u00a0]+believe|you[\s\u00a0]+know|uh|um),)?
    [\s\u00a0]*\Z
    """,
    regex.VERBOSE | regex.REVERSE,  # the nearest cue first, tried from the end only
)
# A verb of change further back when "by" stands right before the number: "cut transit time
# from China by 7-8 days", "lowered its inflation forecast for 2025 by 0.5 percentage points".
# A level passed by a margin is a rise by it: "exceeding the level of last year by 21%".
_EXCEED = (r"exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|outstripp?(?:ed|ing|s)?|outpac(?:ed|ing|es)"
           r"|outbid(?:s|ding)?")
# "will index its freight tariffs by 13.8%": raised in step with prices, read only before
# "by" ("to index 30% of pensions" is a share of them, no rise)
_INDEX = r"(?<=\b(?i:to|will|would|shall)[\s\u00a0])index"
# A term or a line made longer by a span is a rise by it: "extended the loan's maturity by
# three years", "the line will be lengthened by 40 km" (read only before "by": "extended the
# deadline to 2027" holds no change).
_LONGER = r"extend(?:ed|ing|s)?|lengthen(?:ed|ing|s)?|prolong(?:ed|ing|s)?"
# A goal missed by a margin is a shortfall by it: "missed the target by 18%".
# A bid below a rival's by a margin is the same: "the Chinese bid undercut the Turkish one
# by $14 million" (and one above it, "outbid ... by", exceeds it).
_MISS = (r"miss(?:ed|es|ing)?|undershot|undershoot(?:s|ing)?|undercut(?:s|ting)?"
         r"|underbid(?:s|ding)?")
# What a change's margin may be introduced with after "by": "cut it by a total of 1.25
# percentage points", "by a cumulative 1.25 points", "to ease by another $100-200", "fell by a
# further 3%" (read as words by `hedges`, as a pattern here).
BY_MARGIN_WORDS: Final = (("a", "total", "of"), ("a", "cumulative"), ("a", "combined"),
                          ("another",), ("a", "further"))
_BY_MARGIN: Final = "|".join(r"[\s\u00a0]+".join(words) for words in BY_MARGIN_WORDS)
_BY_GAP: Final = r"(?:[^.;:!?,()]|(?<=[0-9])\.(?=[0-9]))"
RE_CHANGE_BY: Final = regex.compile(
    rf"""
    (?<![\w-])(?:(?P<inc>(?i:{_INC}|{_EXCEED}|{_INDEX}|{_LONGER}))|(?P<dec>(?i:{_DEC}|{_MISS})))
    # "grew faster, by 18%": an aside's comma right before "by" (no other comma between); a
    # decimal point is no sentence's end ("rose by 21.4% in value and by 8% in volume")
    (?:{_BY_GAP}{{1,80}}?|{_BY_GAP}{{0,80}}?,)[\s\u00a0]
    (?<!(?i:driven|caused|led|backed|financed|funded|owned|operated|built|made|supported|signed|
            offset|followed|handled|carried|shipped|served|used|provided|dominated|replaced|
            hit|affected|fuelled|fueled|boosted|helped|pushed|weighed|dragged)[\s\u00a0])
    (?i:by)                                                # not the agent: "driven by"
    (?:[\s\u00a0]+(?i:{_BY_MARGIN}))?  # "by a total of", "to ease by another $100-200"
    [\s\u00a0]*\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)
# One word of change ("rose", "down", "edged"): a cheap test before RE_CHANGE_BEFORE.
RE_CHANGE_WORD: Final = regex.compile(rf"(?i:{_INC}|{_DEC}|edged|inched)", flags=regex.VERBOSE)
# Verbs of change only after a modal or "to" ("to firm by 5%", "will index tariffs by 13.8%"),
# which a single word cannot tell (`RE_CHANGE_WORD` leaves them out): the cheap test before
# the patterns lets them through before "by" only (the common case pays nothing), the
# patterns ask for the modal.
MODAL_CHANGE_VERBS: Final = frozenset({"firm", "index", "ease"})
# Verbs of change read only before "by" (`_DEC` asks for it): "yields compressed by 50 basis
# points" (not "compressed natural gas")
BY_CHANGE_VERBS: Final = frozenset({"compress", "compressed", "compresses", "compressing",
                                    "tighten", "tightened", "tightens", "tightening"})
# The same for the verbs that RE_CHANGE_BY alone reads ("exceeded ... by 21%", "missed ... by
# 18%", "extended ... by three years").
RE_EXCEED_WORD: Final = regex.compile(rf"(?i:{_EXCEED}|{_MISS}|{_LONGER})")
# "lost 190 points, or 0.6%": the second figure restates a change in other units.
RE_CHANGE_OR: Final = regex.compile(
    rf"""
    (?<![\w-])(?:(?P<inc>(?i:{_INC}))|(?P<dec>(?i:{_DEC})))
    [\s\u00a0]+(?:by[\s\u00a0]+)?[$€£]?  # "by 1 312,5 mln. USD or": a number's own spaces
    [0-9](?:[0-9.,]|[ \u00a0\u2009\u202f](?=[0-9]))*
    (?:[\s\u00a0]+[A-Za-z]+\.?){{0,2}},?[\s\u00a0]+or[\s\u00a0]*\Z
    """,
    regex.VERBOSE | regex.REVERSE,
)

# A height or a sea's level against sea level is a level, no change: "the Caspian stands at
# 29.3 metres below sea level", "a pass 3,700 metres above sea level", "lies 29.5 metres below
# the level of the world ocean", "below ocean level".
# (not "40% below ocean freight rates": a bare "ocean" is a mode of transport)
_SEA_LEVEL: Final = (
    r"[\s\u00a0]++(?:(?:mean[\s\u00a0]++)?(?:sea|ocean)[\s\u00a0]++level"
    r"|the[\s\u00a0]++(?:level[\s\u00a0]++of[\s\u00a0]++the[\s\u00a0]++)?world[\s\u00a0]++ocean\b)"
)
# "30 million shares up for sale", "a 25% stake up for grabs": offered, not risen
_UP_FOR_OFFER: Final = r"for[\s\u00a0]++(?:sale|grabs|auction|tender|privati[sz]ation)"
# A change word right after the quantity: "15% more than", "a 73% jump", "62% higher".
# What rises may be named between the figure and the noun of change: "a 15% pay increase",
# "a 5% tariff cut"; after "the" or no article the noun then ends its phrase (not a verb with
# an object or an adverb: "paying the 15% duty cut orders", "pay the 5% fee rise early"), after
# "a"/"an" it is always the noun ("a 7% tariff hike effective 1 July": `RE_CHANGE_AFTER_A`).
PAID_WORDS: Final = ("pay", "wage", "salary", "price", "tariff", "fee", "rent", "tax", "duty")
_PAID: Final = rf"(?i:{'|'.join(PAID_WORDS)})[\s\u00a0]++"
_CHANGE_NOUN: Final = r"(?i:increase|rise|hike|cut|reduction|decrease)\b"
_OBJECT_NEXT: Final = (
    r"[\s\u00a0]++(?:the|a|an|its|their|his|her|our|back|early|late|[a-z]+ly"
    r"|(?!(?:was|has|is|as|this|plus|less|thus|takes|comes|applies|means|goes|follows|remains"
    r"|starts|begins|adds)\b)[a-z]+s)\b")


def _change_after(paid: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"""
    \A[\s\u00a0]*+(?:year[-\s]on[-\s]year[\s\u00a0]++|y/y[\s\u00a0]++)?
    (?:{paid})?
    (?:(?P<inc>(?i:more|higher|up(?![\s\u00a0]++(?:to|{_UP_FOR_OFFER})\b)|above(?!{_SEA_LEVEL})|increase|rise|growth|
                   jump|gain|hike|surge|larger|bigger|greater|longer|dearer|costlier|heavier|CAGR|
                   over\s+(?:the\s+)?(?:previous|last|a\s+year)|
                   # "another 21 enterprises were added to the register": the passive of
                   # "added 600 jobs", a rise by them
                   (?:were|was|(?:have|has|had)\s+been)\s+added))
      |(?P<dec>(?i:less|lower|down|below(?!{_SEA_LEVEL})|decrease|decline|drop|fall|cut|
                   reduction|contraction|slowdown|fewer|smaller|shorter|cheaper|lighter|slump|
                   dip|  # "2,000 km shorter": a gap
                   discounts?(?=[\s\u00a0]++(?:on|for)\b))))\b  # "a 30% discount on tariffs"
    # cuts them; "a 24pc discount to earnings" is a gap to a benchmark, no change
    """,
        regex.VERBOSE,
    )


RE_CHANGE_AFTER: Final = _change_after(rf"{_PAID}(?={_CHANGE_NOUN}(?!{_OBJECT_NEXT}))")
RE_CHANGE_AFTER_A: Final = _change_after(rf"{_PAID}(?={_CHANGE_NOUN})")


# The noun "growth" and a verb that gives its size: "GDP growth reached 6.2%", "growth is seen
# at 6%" (after a verb of change, "to" and "at" bring a level: "rose to 5%"; after the noun,
# the figure is the growth); and one that gives its pace, both figures of which are growth:
# "growth in rail traffic slowed to 3%", "growth eased from 6% to 4%".
_WORDS_GAP: Final = r"(?:[\s\u00a0]++[^\s\u00a0,;:!?()]++){1,4}?"
RE_GROWTH_AT: Final = regex.compile(
    r"(?i:\bgrowth(?:[\s\u00a0]++rate)?+(?:"
    rf"(?:[\s\u00a0]++(?:in|of){_WORDS_GAP})?"  # "growth in container traffic was revised to"
    r"[\s\u00a0]++(?:(?:is|was|will[\s\u00a0]++be)[\s\u00a0]++)?+"
    r"(?:(?:seen|forecast|estimated|projected|expected|put|pegged|reached|stood"
    r"|came(?:[\s\u00a0]++in)?+|amounted|totall?ed)(?:[\s\u00a0]++(?:at|to))?+"
    r"|revised(?:[\s\u00a0]++(?:up|down)(?:wards?+)?+)?+[\s\u00a0]++to"  # "revised up to 6.8%"
    rf"(?:{_WORDS_GAP}[\s\u00a0]++from(?:[\s\u00a0]++the)?+)?+)"  # "... from (the) 5.9%"
    rf"|(?:[\s\u00a0]++(?:in|of){_WORDS_GAP})?[\s\u00a0]++"
    r"(?:(?:has|had|will|would|could|may|might|should)[\s\u00a0]++"
    r"|(?:(?:is|are)[\s\u00a0]++(?:projected|expected|forecast|seen|set)[\s\u00a0]++)?+to"
    r"[\s\u00a0]++)?+"  # "growth is projected to slow to 5.0%", a headline's "to slow to"
    # past, present and bare forms: "slowed to 3%", "growth slows to 4% a year", "will slow to"
    r"(?:slow(?:ed|ing|s)?+|eas(?:ed|ing|es|e)|accelerat(?:ed|ing|es|e)|quicken(?:ed|s)?+"
    r"|pick(?:ed|s)?+[\s\u00a0]++up|moderat(?:ed|es|e)|decelerat(?:ed|es|e)|cool(?:ed|s)?+)"
    r"[\s\u00a0]++(?:at|to|from)"
    rf"(?:{_WORDS_GAP}[\s\u00a0]++(?:from|to)(?:[\s\u00a0]++the)?+)?+"  # "to 3% from the 5%"
    r")[\s\u00a0]*+\Z)"
)


# The noun "growth" (or its forecast) set "at" or "to" a figure by a verb before it: "puts
# Georgia's economic growth in October at 7.5%", "revised its 2025 growth forecast for
# Kyrgyzstan down to 4.1%", "raised its forecast for GDP growth in 2026 by 0.3 percentage
# points to 6.1%": the figure is the growth (a rate), whatever the verb did to the forecast.
# Not across another figure: "raised its growth forecast from 4.1% to 4.5%" gives two levels
# of a forecast (as NewsQuant reads them), no change.
RE_GROWTH_SET: Final = regex.compile(
    r"(?i:\bgrowth(?:[\s\u00a0]++(?:forecast|projection|outlook|estimate)s?+)?+"
    # not possessive, the gap may grow; its words hold no figure but a year's
    r"(?:[\s\u00a0]++(?:in|of|for)(?:[\s\u00a0]++(?:[^\s\u00a0,;:!?()0-9]++|(?:19|20)[0-9]{2}"
    r"(?![0-9]))){1,4}?)?"
    r"(?:[\s\u00a0]++by[\s\u00a0]++[0-9][0-9.,]*+[\s\u00a0]++"
    r"(?:percentage[\s\u00a0]++points?+|pp|basis[\s\u00a0]++points|bps))?+"
    r"[\s\u00a0]++(?:(?:down|up)[\s\u00a0]++)?+(?:at|to)[\s\u00a0]*+\Z)"
)
