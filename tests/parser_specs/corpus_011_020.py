"""Sentences of the bundled corpus, articles 011-020 (`data/articles/articles`), with the
claims an analyst reads in them. Ids start with the article number; `published` is the
article's date from `data/articles/manifest.csv`. Each text is copied verbatim (a test
checks it is still in its article)."""

from __future__ import annotations

from . import BTC, KZ_AZ, TITR, Example, c, ex

EXAMPLES: list[Example] = [
    ex("corpus-011-push-trade-to-target",
       "ASTANA - Kazakhstan is working with Azerbaijan's government to push two-way trade to $1 "
       "billion, Prime Minister Alikhan Smailov told President Ilham Aliyev at a meeting on "
       "June 22, The Astana Times reported, citing the prime minister's press office.",
       c("$1 billion", 1e9, "USD", kind="projection", change=None, metric="trade turnover",
         entities=KZ_AZ),
       published="2023-06-22"),
    ex("corpus-011-rose-in-year-to-record",
       "Kazakhstan counts Azerbaijan as its most important economic partner in the South "
       "Caucasus, and turnover between them rose 40% in 2022 to a record $460 million.",
       c("40%", 40, "%", change="increase", period="2022", metric="trade turnover"),
       c("$460 million", 460e6, "USD", change=None, period="2022", kind="actual",
         metric="trade turnover"),
       published="2023-06-22"),
    ex("corpus-011-so-far-up-at",
       "The momentum has carried into 2023, with trade so far up 40% at $185 million.",
       c("40%", 40, "%", change="increase", metric="trade turnover"),
       c("$185 million", 185e6, "USD", change=None, kind="actual", metric="trade turnover"),
       published="2023-06-22"),
    ex("corpus-011-100th-anniversary",
       "The meeting also marked the 100th anniversary of national leader Heydar Aliyev.",
       published="2023-06-22"),
    ex("corpus-012-headline-nine-months",
       "BTC carried 3.82 million tonnes of Kazakh and Turkmen oil in nine months of 2023",
       c("3.82 million tonnes", 3.82e6, "t", period="2023-01/2023-09", metric="oil exports",
         topic="energy"),
       published="2023-10-14"),
    ex("corpus-012-three-decimals-before-million",
       "Oil from Kazakhstan and Turkmenistan pumped through the Baku-Tbilisi-Ceyhan pipeline in "
       "January-September 2023 came to 3.820 million tonnes, AzerNews reported on October 14, "
       "citing Azerbaijan's State Statistics Committee.",
       c("3.820 million tonnes", 3.82e6, "t", period="2023-01/2023-09", metric="oil exports",
         entities=["Kazakhstan", "Turkmenistan", BTC]),
       published="2023-10-14"),
    ex("corpus-012-shares-and-tonnes",
       "That was 16.9% of the 22.665 mln t the line carried in total; the remaining 83.1%, or "
       "18.844 mln t, was Azerbaijani crude.",
       c("16.9%", 16.9, "%", change=None), c("22.665 mln t", 22.665e6, "t"),
       c("83.1%", 83.1, "%", change=None), c("18.844 mln t", 18.844e6, "t"),
       published="2023-10-14"),
    # The share is of the Kazakh and Turkmen oil the sentence before named: the Azerbaijani
    # crude of the clause after is the rest.
    ex("corpus-012-share-of-what-the-sentence-before-named",
       "Oil from Kazakhstan and Turkmenistan pumped through the Baku-Tbilisi-Ceyhan pipeline in "
       "January-September 2023 came to 3.820 million tonnes, AzerNews reported on October 14, "
       "citing Azerbaijan's State Statistics Committee. That was 16.9% of the 22.665 mln t the "
       "line carried in total; the remaining 83.1%, or 18.844 mln t, was Azerbaijani crude.",
       c("3.820 million tonnes", 3.82e6, "t", entities=["Kazakhstan", "Turkmenistan", BTC]),
       c("16.9%", 16.9, "%", entities=["Kazakhstan", "Turkmenistan"]),
       c("22.665 mln t", 22.665e6, "t", metric="oil exports", entities=[BTC]),
       c("83.1%", 83.1, "%", only_entities=["Azerbaijan"]),
       c("18.844 mln t", 18.844e6, "t", only_entities=["Azerbaijan"]),
       published="2023-10-14"),
    ex("corpus-012-accounted-for-share",
       "BTC accounted for 76.2% of the 29.787 million tonnes moved through Azerbaijan's trunk "
       "oil pipelines over the period.",
       c("76.2%", 76.2, "%", change=None), c("29.787 million tonnes", 29.787e6, "t"),
       published="2023-10-14"),
    ex("corpus-012-previous-year-nine-months",
       "In the first nine months of 2022 the network carried 27.505 million tonnes, 78.9% of "
       "it (21.688 million tonnes) via BTC.",
       c("27.505 million tonnes", 27.505e6, "t", period="2022-01/2022-09"),
       c("78.9%", 78.9, "%", change=None),
       c("21.688 million tonnes", 21.688e6, "t"),
       published="2023-10-14"),
    ex("corpus-012-should-reach-short-of-agreed",
       "Energy Minister Parviz Shahbazov has said Kazakh volumes via BTC should reach 1.1 "
       "million tonnes by the end of 2023, short of the 1.5 million tonnes first agreed, "
       "because deliveries only began in April.",
       c("1.1 million tonnes", 1.1e6, "t", kind="projection", period="2023"),
       c("1.5 million tonnes", 1.5e6, "t", approx=None, kind="projection"),
       published="2023-10-14"),
    ex("corpus-012-between-tankers-each-month",
       "Between 12 and 14 tankers carrying Kazakh crude arrive in Azerbaijan each month, he "
       "said.",
       c("12 and 14 tankers", 12, "count", value_high=14, item="tanker", per="month"),
       published="2023-10-14"),
    ex("corpus-013-headline-bcm",
       "Azerbaijan sent 11.8 bcm of gas to Europe in 2023",
       c("11.8 bcm", 11.8e9, "m3", period="2023", metric="gas exports", topic="energy",
         entities=["Azerbaijan", "Europe"]),
       published="2024-01-11"),
    ex("corpus-013-billion-cubic-metres",
       "BAKU, January 11 - Azerbaijan delivered 11.8 billion cubic metres of natural gas to "
       "Europe in 2023, Energy Minister Parviz Shahbazov wrote on X, Trend reported.",
       c("11.8 billion cubic metres", 11.8e9, "m3", period="2023", metric="gas exports",
         topic="energy", entities=["Azerbaijan", "Europe"]),
       published="2024-01-11"),
    ex("corpus-013-exports-up",
       "Overall, the country's gas exports for the year were up 5.3%.",
       c("5.3%", 5.3, "%", change="increase", metric="gas exports"),
       published="2024-01-11"),
    ex("corpus-013-elliptic-bcm-list",
       "Türkiye received 9.5 bcm and Georgia 2.5 bcm, while the TANAP pipeline supplied 5.6 "
       "bcm to the Turkish market.",
       c("9.5 bcm", 9.5e9, "m3", entities=["Türkiye"]),
       c("2.5 bcm", 2.5e9, "m3", entities=["Georgia"]),
       c("5.6 bcm", 5.6e9, "m3", entities=["TANAP"]),
       published="2024-01-11"),
    ex("corpus-013-date-system-cost-payback",
       "Exports to Europe via the Southern Gas Corridor began on December 31, 2020; the $33 bln "
       "system is expected to recover its capital costs within 8-10 years.",
       c("$33 bln", 33e9, "USD", kind="actual", entities=["Southern Gas Corridor"]),
       c("8-10 years", 8, "year", value_high=10, kind="projection"),
       published="2024-01-11"),
    ex("corpus-013-double-from-current-to",
       "Under a July 2022 understanding with the EU, Baku aims to double supplies through the "
       "corridor from the current 10 bcm to 20 bcm by 2027.",
       c("double", 2, "x", change="increase", kind="projection", period="2027",
         metric="gas exports"),
       c("10 bcm", 10e9, "m3", kind="actual"),
       c("20 bcm", 20e9, "m3", kind="projection", period="2027"),
       published="2024-01-11"),
    ex("corpus-014-totalled-in-2023",
       "ALMATY, Jan 24 - Cargo on the Trans-Caspian International Transport Route totalled 2.8 "
       "mln tonnes in 2023, Erlan Koishybaev, deputy chairman for logistics at Kazakhstan Temir "
       "Zholy, said, according to Interfax.",
       c("2.8 mln tonnes", 2.8e6, "t", period="2023", kind="actual", metric="cargo volume",
         entities=[TITR]),
       published="2024-01-24"),
    ex("corpus-014-rise-on-and-increase-of",
       "The agency's lead described this as a 90% rise on 2022, while Koishybaev himself "
       "quoted an increase of 86%.",
       c("90%", 90, "%", change="increase"), c("86%", 86, "%", change="increase"),
       published="2024-01-24"),
    ex("corpus-014-delivery-time-and-wants",
       "He said the corridor now offers an average delivery time of 12 days and that KTZ wants "
       "to raise volumes to 10 million tonnes in the medium term.",
       c("12 days", 12, "day", metric="transit time", kind="actual"),
       c("10 million tonnes", 10e6, "t", kind="projection", change=None),
       published="2024-01-24"),
    ex("corpus-014-tripling-by-2030",
       "World Bank projections cited in the report see traffic tripling from 2021 levels to 11 "
       "million tonnes by 2030.",
       c("tripling", 3, "x", change="increase", kind="projection"),
       c("11 million tonnes", 11e6, "t", kind="projection", period="2030", change=None),
       published="2024-01-24"),
    ex("corpus-014-could-reach-shares-and-times",
       "Container cargo could reach 4.074 million tonnes by then, or 35.8% of the total "
       "against 22.7% in 2021 and 2.5 times the 2021 level, while oil and oil products could "
       "climb to 3.553 million tonnes (31.2% versus 30%), 3.2 times more than in 2021.",
       c("4.074 million tonnes", 4.074e6, "t", kind="projection"),
       c("35.8%", 35.8, "%", kind="projection"),
       c("22.7%", 22.7, "%", kind="actual", period="2021"),
       c("2.5 times", 2.5, "x", change="increase", kind="projection"),
       c("3.553 million tonnes", 3.553e6, "t", kind="projection", change=None),
       c("31.2%", 31.2, "%", kind="projection"),
       c("30%", 30, "%", kind="actual"),
       c("3.2 times", 3.2, "x", change="increase", kind="projection"),
       published="2024-01-24"),
    ex("corpus-014-by-then-is-the-forecast-year",
       "World Bank projections cited in the report see traffic tripling from 2021 levels to 11 "
       "million tonnes by 2030. Container cargo could reach 4.074 million tonnes by then, or "
       "35.8% of the total against 22.7% in 2021 and 2.5 times the 2021 level, while oil and "
       "oil products could climb to 3.553 million tonnes (31.2% versus 30%), 3.2 times more "
       "than in 2021.",
       c("tripling", 3, "x", change="increase", kind="projection", period="2030"),
       c("11 million tonnes", 11e6, "t", kind="projection", period="2030"),
       c("4.074 million tonnes", 4.074e6, "t", kind="projection", period="2030"),
       c("35.8%", 35.8, "%", kind="projection", period="2030"),
       c("22.7%", 22.7, "%", kind="actual", period="2021"),
       c("2.5 times", 2.5, "x", change="increase", kind="projection", period="2030"),
       c("3.553 million tonnes", 3.553e6, "t", kind="projection", period="2030"),
       c("31.2%", 31.2, "%", kind="projection", period="2030"),
       c("30%", 30, "%", kind="actual", period=None),
       c("3.2 times", 3.2, "x", change="increase", kind="projection", period="2030"),
       published="2024-01-24"),
    ex("corpus-015-all-time-high-last-year",
       "ASTANA, March 28 - Trade between Kazakhstan and China reached an all-time high of $41 "
       "bln last year, President Kassym-Jomart Tokayev told a plenary session of the Boao "
       "Forum for Asia, Interfax reported, citing his press service.",
       c("$41 bln", 41e9, "USD", period="2023", kind="actual", metric="trade turnover",
         entities=["Kazakhstan", "China"]),
       published="2024-03-28"),
    ex("corpus-015-rose-in-year-to-almost",
       "Freight moved between the two countries rose 22% in 2023 to almost 30 million tonnes, "
       "according to the president.",
       c("22%", 22, "%", change="increase", period="2023"),
       c("30 million tonnes", 30e6, "t", approx="approx", change=None, period="2023",
         metric="cargo volume"),
       published="2024-03-28"),
    ex("corpus-015-up-to-share-ten-years",
       "Tokayev added that up to 80% of land freight moving between China and Europe passes "
       "through Kazakhstan, an advantage he said the country should use to the full, more than "
       "ten years after the Belt and Road idea was first announced in Kazakhstan.",
       c("80%", 80, "%", approx="max", change=None, kind="actual"),
       published="2024-03-28"),
    ex("corpus-016-two-way-turnover",
       "ASTANA, April 1 - China was Kazakhstan's largest trading partner in 2023, with two-way "
       "turnover of $31.4 billion, Trend reported.",
       c("$31.4 billion", 31.4e9, "USD", period="2023", metric="trade turnover",
         entities=["China", "Kazakhstan"]),
       published="2024-04-01"),
    ex("corpus-016-above-and-exports",
       "That is 30% above the $24.2 billion recorded in 2022, and Kazakh exports to China over "
       "the year came to $14.7 bln.",
       c("30%", 30, "%", change="increase"),
       c("$24.2 billion", 24.2e9, "USD", period="2022", change=None),
       c("$14.7 bln", 14.7e9, "USD", metric="exports", entities=["Kazakhstan", "China"]),
       published="2024-04-01"),
    ex("corpus-016-about-members",
       "The figures accompanied a report on Foreign Minister Murat Nurtleu's meetings with "
       "Chinese business leaders, including talks with Shandong Hi-Speed Group on a joint "
       "Kazakh-Chinese commercial and industrial park and with the China Meat Association, "
       "which has about 1,300 members.",
       c("1,300 members", 1300, "count", item="member", approx="approx"),
       published="2024-04-01"),
    ex("corpus-017-headline-plans-up-to",
       "KazTransOil plans up to 1.5 million tonnes of oil via Aktau to BTC in 2024",
       c("1.5 million tonnes", 1.5e6, "t", approx="max", kind="projection", period="2024",
         metric="oil exports"),
       published="2024-05-30"),
    ex("corpus-017-as-much-as-this-year",
       "Kazakhstan's pipeline operator KazTransOil intends to send as much as 1.5 mln tonnes of "
       "oil through the port of Aktau towards Baku and the Baku-Tbilisi-Ceyhan pipeline this "
       "year, a company source told News.Az on May 30, 2024.",
       c("1.5 mln tonnes", 1.5e6, "t", approx="max", kind="projection", period="2024",
         metric="oil exports", topic="energy", entities=["KazTransOil"]),
       published="2024-05-30"),
    ex("corpus-017-first-quarter-from-published",
       "In the first quarter, 355,000 tonnes went that way.",
       c("355,000 tonnes", 355000, "t", period="2024-01/2024-03", kind="actual"),
       published="2024-05-30"),
    ex("corpus-017-loaded-of-which",
       "In 2023 the company loaded 3.376 million tonnes of oil onto tankers at Aktau, of which "
       "1.057 million tonnes was bound for BTC.",
       c("3.376 million tonnes", 3.376e6, "t", period="2023", metric="oil exports"),
       c("1.057 million tonnes", 1.057e6, "t", period="2023"),
       published="2024-05-30"),
    ex("corpus-017-agreed-up-to-a-year",
       "The shipments follow a 2022 instruction by President Kassym-Jomart Tokayev to expand "
       "Trans-Caspian oil flows, under which SOCAR and KazMunayGas agreed to move up to 1.5 "
       "million tonnes a year of Tengiz crude.",
       c("1.5 million tonnes", 1.5e6, "t", approx="max", per="year", kind="projection",
         metric="oil exports"),
       published="2024-05-30"),
    ex("corpus-017-deal-to-raise-per-year",
       "During Tokayev's visit to Azerbaijan on March 11-12, 2024, the two national oil "
       "companies signed a deal to raise transit through BTC to 2.2 million tonnes per year.",
       c("2.2 million tonnes", 2.2e6, "t", per="year", kind="projection", change=None),
       published="2024-05-30"),
    ex("corpus-018-headline-up-in-months",
       "Middle Corridor freight up 62% in January-July 2024",
       c("62%", 62, "%", change="increase", period="2024-01/2024-07", entities=[TITR]),
       published="2024-08-06"),
    ex("corpus-018-about-between-months",
       "About 2.5 million tonnes of cargo travelled along the Trans-Caspian International "
       "Transport Route between January and July 2024, AzerNews reported on August 6.",
       c("2.5 million tonnes", 2.5e6, "t", approx="approx", period="2024-01/2024-07",
         metric="cargo volume", entities=[TITR]),
       published="2024-08-06"),
    ex("corpus-018-more-than-and-forecast",
       "That is 62% more than in the same seven months of 2023, and the ministry's forecast for "
       "the full year is 4.2 mln tonnes.",
       c("62%", 62, "%", change="increase"),
       c("4.2 mln tonnes", 4.2e6, "t", kind="projection", period="2024"),
       published="2024-08-06"),
    ex("corpus-018-rose-on-base-to-level",
       "In 2023, volumes on the Middle Corridor rose 65% on 2022 to 2.7 million tonnes.",
       c("65%", 65, "%", change="increase", period="2023"),
       c("2.7 million tonnes", 2.7e6, "t", change=None, period="2023", entities=[TITR]),
       published="2024-08-06"),
    ex("corpus-019-no-claim-sixth-meeting",
       "Azerbaijani President Ilham Aliyev arrived in Astana for the sixth Consultative Meeting "
       "of Central Asian heads of state and was met at the airport by Prime Minister Olzhas "
       "Bektenov, Kazinform reported on August 8, 2024, citing the Kazakh government.",
       published="2024-08-08"),
    ex("corpus-019-rose-to-and-reached",
       "Trade between Kazakhstan and Azerbaijan rose 14.3% in 2023 to US$529.4 million and "
       "reached US$280.6 million in January-June 2024.",
       c("14.3%", 14.3, "%", change="increase", period="2023", metric="trade turnover"),
       c("US$529.4 million", 529.4e6, "USD", change=None, period="2023",
         metric="trade turnover", entities=KZ_AZ),
       c("US$280.6 million", 280.6e6, "USD", period="2024-01/2024-06",
         metric="trade turnover", kind="actual"),
       published="2024-08-08"),
    ex("corpus-019-from-to-and-climbed",
       "Trade among Central Asian countries has grown from $5.7bn to $11bn over the past five "
       "years, and Kazakhstan's trade with the region climbed 26.8% to $8bn in 2023.",
       c("$5.7bn", 5.7e9, "USD", metric="trade turnover", entities=["Central Asia"]),
       c("$11bn", 11e9, "USD", metric="trade turnover", change=None),
       c("26.8%", 26.8, "%", change="increase", period="2023"),
       c("$8bn", 8e9, "USD", change=None, period="2023", entities=["Kazakhstan"]),
       published="2024-08-08"),
    ex("corpus-020-headline-expects-and-tops",
       "Kuryk port expects 2.2 million tonnes this year; Aktau capacity tops 11 million",
       c("2.2 million tonnes", 2.2e6, "t", kind="projection", period="2024",
         entities=["Port of Kuryk"]),
       c("11 million", 11e6, "t", approx="min", metric="capacity", entities=["Port of Aktau"]),
       published="2024-09-26"),
    ex("corpus-020-passed-since-and-forecast",
       "ASTANA - Cargo handled at Kazakhstan's Kuryk seaport has passed 1.5 million tonnes "
       "since January and is forecast to reach 2.2 mln tonnes by the end of 2024, the prime "
       "minister's office said after Olzhas Bektenov toured the Mangystau Region on September "
       "25, according to The Astana Times.",
       c("1.5 million tonnes", 1.5e6, "t", approx="min", kind="actual",
         metric="port throughput", entities=["Port of Kuryk"]),
       c("2.2 mln tonnes", 2.2e6, "t", kind="projection", period="2024"),
       published="2024-09-26"),
    ex("corpus-020-design-capacity-and-berths",
       "Dredging and a new grain terminal are due this year, and Kuryk's design capacity is six "
       "million tonnes a year across four specialised berths.",
       c("six million tonnes", 6e6, "t", per="year", metric="capacity",
         entities=["Port of Kuryk"]),
       c("four specialised berths", 4, "count", item="berth"),
       published="2024-09-26"),
    ex("corpus-020-hydrogen-venture",
       "At Kuryk the premier was also briefed on a Kazakh-German green hydrogen venture meant "
       "to produce one million tonnes of hydrogen a year, with total capacity of two million "
       "tonnes.",
       c("one million tonnes", 1e6, "t", per="year", kind="projection",
         metric="hydrogen production", topic="energy"),
       c("two million tonnes", 2e6, "t", metric="capacity", kind="projection",
         topic="energy"),
       published="2024-09-26"),
    ex("corpus-020-investment-exceeds-and-jobs",
       "The investment exceeds EUR 50 billion (USD 55 billion), and the project would create "
       "1,800 jobs.",
       c("EUR 50 billion", 50e9, "EUR", approx="min", metric="investment"),
       c("USD 55 billion", 55e9, "USD", metric="investment"),
       c("1,800 jobs", 1800, "count", item="job", kind="projection"),
       published="2024-09-26"),
    ex("corpus-020-aktau-capacity-berths-grain",
       "At the Aktau commercial seaport, throughput capacity already exceeds 11 million tonnes, "
       "with three oil-loading berths, three dry-cargo berths and a grain terminal able to "
       "handle 800,000 tonnes a year.",
       c("11 million tonnes", 11e6, "t", approx="min", metric="capacity", kind="actual",
         entities=["Port of Aktau"]),
       c("three oil-loading berths", 3, "count", item="berth"),
       c("three dry-cargo berths", 3, "count", item="berth"),
       c("800,000 tonnes", 800000, "t", per="year", metric="capacity"),
       published="2024-09-26"),
]

KNOWN_GAPS: dict[str, str] = {
}
