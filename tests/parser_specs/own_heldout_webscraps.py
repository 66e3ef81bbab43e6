"""Held-out sentences written after the parser, on text as it comes out of news web pages
about trade corridors: the article's sentences with page furniture between them (bylines and
datelines, photo captions and credits, "Read more:" links, view and share counters, reading
times, tag lists, related headlines, cookie and subscribe banners, copyright lines, page
numbers). Read by hand first: the furniture's numbers are no claims, the article's are."""

from __future__ import annotations

from . import TITR, Example, c, ex

PUB = "2025-11-12"

DATELINES: list[Example] = [
    ex("web-reuters-dateline-then-figures",
       "ASTANA, Nov 12 (Reuters) - Kazakhstan's rail freight along the Middle Corridor rose "
       "62% in the first ten months of 2025 to 4.1 million tonnes, the national railway said.",
       c("62%", 62, "%", change="increase", period="2025-01/2025-10", kind="actual"),
       c("4.1 million tonnes", 4.1e6, "t", change=None, period="2025-01/2025-10",
         entities=["Kazakhstan", TITR], topic="logistics", kind="actual"),
       published=PUB),
    ex("web-byline-with-clock-and-date",
       "By Aigerim Sadykova | 14:32, 12 November 2025\n"
       "The Port of Aktau handled 7.2 million tonnes of cargo in January-October, up 11% "
       "year on year.",
       c("7.2 million tonnes", 7.2e6, "t", period="2025-01/2025-10",
         entities=["Port of Aktau"], topic="logistics", change=None),
       c("11%", 11, "%", change="increase", period="2025-01/2025-10"),
       published=PUB),
    ex("web-trend-dateline-country-and-date",
       "BAKU, Azerbaijan, Nov. 12. The volume of cargo transported via the Baku-Tbilisi-Kars "
       "railway amounted to 980,000 tons in January-September 2025, Trend reports.",
       c("980,000 tons", 980e3, "t", period="2025-01/2025-09", metric="cargo volume",
         entities=["Baku-Tbilisi-Kars railway"], kind="actual"),
       published=PUB),
    ex("web-agency-dateline-dash-projection",
       "TBILISI, Nov 11 (Reuters) - Georgia expects transit cargo through its ports to grow "
       "by 15% next year, the economy minister said on Tuesday.",
       c("15%", 15, "%", change="increase", kind="projection", period="2026",
         entities=["Georgia"]),
       published=PUB),
    ex("web-azertac-dateline-own-line",
       "Baku, 12 November, AZERTAC\n"
       "The Alat port handled 6.1 million tons of cargo in January-October 2025, 18 percent "
       "more than a year earlier.",
       c("6.1 million tons", 6.1e6, "t", period="2025-01/2025-10", entities=["Port of Baku"],
         change=None),
       c("18 percent", 18, "%", change="increase"),
       published=PUB),
    ex("web-kazinform-stamp-tags-views",
       "KAZINFORM — 12.11.2025, 10:05\n"
       "Kazakhstan and Uzbekistan intend to increase bilateral trade to $10 billion by 2030, "
       "the two presidents said.\n"
       "Tags: trade, Uzbekistan\n"
       "587 views",
       c("$10 billion", 10e9, "USD", kind="projection", period="2030", metric="trade turnover",
         entities=["Kazakhstan", "Uzbekistan"], change=None),
       published=PUB),
    ex("web-updated-stamp-gmt", "Updated 12 Nov 2025, 09:15 GMT\nLast updated: 2 days ago",
       published=PUB),
    ex("web-date-pipe-time-alone", "12 November 2025 | 09:41", published=PUB),
    ex("web-staff-writer-hours-ago",
       "By Staff Writer, 5 hours ago\n"
       "Freight rates from Shanghai to Baku via the Caspian fell to $7,800 per 40ft container "
       "in October.",
       c("$7,800", 7800, "USD", per="40ft container", metric="freight rate", period="2025-10",
         change=None),
       published=PUB),
    ex("web-reporting-editing-credits",
       "Cargo via the Trans-Caspian route reached 3.3 million tonnes in nine months.\n"
       "Reporting by Olzhas Auyezov; Editing by Mark Potter\n"
       "Our Standards: The Thomson Reuters Trust Principles.",
       c("3.3 million tonnes", 3.3e6, "t", entities=[TITR], period="2025-01/2025-09"),
       published=PUB),
]

COUNTERS: list[Example] = [
    ex("web-views-and-shares-before-article",
       "1,245 views\nShare 12\n"
       "Trade between Uzbekistan and Kazakhstan reached $3.6 billion in the first nine "
       "months.",
       c("$3.6 billion", 3.6e9, "USD", metric="trade turnover", period="2025-01/2025-09",
         entities=["Uzbekistan", "Kazakhstan"]),
       published=PUB),
    ex("web-reading-time-before-article",
       "3 min read\nContainer traffic on the China-Europe rail route fell 8% in October.",
       c("8%", 8, "%", change="decrease", period="2025-10"),
       published=PUB),
    ex("web-eye-counter-between-paragraphs",
       "Azerbaijan's non-oil exports grew 3.4% to $2.9 billion in January-October.\n"
       "\U0001f441 2,310\n"
       "The main buyers were Russia and Türkiye.",
       c("3.4%", 3.4, "%", change="increase", metric="exports"),
       c("$2.9 billion", 2.9e9, "USD", change=None, metric="exports",
         entities=["Azerbaijan"], period="2025-01/2025-10"),
       published=PUB),
    ex("web-comments-count", "Comments (14)\nLikes 56 | Reposts 8", published=PUB),
    ex("web-views-space-separated",
       "Views: 3 487\nGeorgia's transit revenue rose to GEL 1.1 billion in 2024.",
       c("GEL 1.1 billion", 1.1e9, "GEL", period="2024", change=None, entities=["Georgia"]),
       published=PUB),
    ex("web-read-time-minutes-words",
       "Read time: 4 minutes\nThe ferry line between Kuryk and Alat carried 41,000 trucks "
       "this year.",
       c("41,000 trucks", 41e3, "count", item="truck", period="2025"),
       published=PUB),
    ex("web-rating-and-votes", "Rating: 4.5/5 (23 votes)", published=PUB),
    ex("web-telegram-subscribers",
       "Follow us on Telegram: 25K subscribers\n"
       "Uzbekistan's transit through Turkmenistan grew by a quarter.",
       c("a quarter", 25, "%", change="increase", entities=["Uzbekistan", "Turkmenistan"]),
       published=PUB),
    ex("web-share-count-after-article",
       "China-Kazakhstan trade climbed to $43.8 billion in 2024, according to Chinese "
       "customs.\nShare 37 Tweet 12",
       c("$43.8 billion", 43.8e9, "USD", period="2024", metric="trade turnover", change=None,
         entities=["China", "Kazakhstan"]),
       published=PUB),
    ex("web-image-gallery-counter",
       "Image 3 of 12\nThe new terminal at Poti can store 2,500 containers.",
       c("2,500 containers", 2500, "count", item="container", entities=["Port of Poti"]),
       published=PUB),
]

CAPTIONS: list[Example] = [
    ex("web-photo-credit-with-year",
       "A container train at the Khorgos dry port. Photo: Daniyar Omarov / 2024\n"
       "Khorgos handled 420,000 TEU last year.",
       c("420,000 TEU", 420e3, "TEU", period="2024", entities=["Khorgos dry port"],
         metric="container volume"),
       published=PUB),
    ex("web-caption-with-real-figure",
       "Trucks queue at the Dostyk crossing, where waiting times reached 5 days in October. "
       "(Photo: Kazinform)",
       c("5 days", 5, "day", period="2025-10", entities=["Dostyk crossing"]),
       published=PUB),
    ex("web-caption-capacity-photo-credit",
       "A ferry leaves Kuryk port, which can handle 4 million tonnes of cargo a year. "
       "Photo: Kazinform",
       c("4 million tonnes", 4e6, "t", per="year", metric="capacity",
         entities=["Port of Kuryk"]),
       published=PUB),
    ex("web-photo-agency-credit-parenthesised",
       "(Photo: AFP/Getty Images 2025)\nThe EBRD lent EUR 120 million to Georgian Railway.",
       c("EUR 120 million", 120e6, "EUR", metric="loan", topic="investment",
         entities=["EBRD"]),
       published=PUB),
    ex("web-photo-press-service-gallery-index",
       "Photo credit: press service of Aktau port. 1 of 6", published=PUB),
    ex("web-chart-caption-unit-only",
       "Reuters Graphics\nCargo shipped via the Trans-Caspian route, million tonnes",
       published=PUB),
    ex("web-source-line-with-year",
       "Source: Bureau of National Statistics, 2025", published=PUB),
]

LINKS: list[Example] = [
    ex("web-read-more-link-headline-figure",
       "Tajikistan's exports to China rose 21% in the first half of 2025.\n"
       "Read more: Aktau port cargo up 12% in 2024",
       c("21%", 21, "%", change="increase", period="2025-01/2025-06",
         entities=["Tajikistan", "China"]),
       published=PUB),
    ex("web-read-also-link-projection",
       "Read also: Kazakhstan plans to build 5,000 km of new railways by 2030\n"
       "Kyrgyzstan's imports from China fell 6% in September.",
       c("6%", 6, "%", change="decrease", period="2025-09", metric="imports"),
       published=PUB),
    ex("web-tags-line", "Tags: Middle Corridor, TITR, Kazakhstan, Azerbaijan, logistics",
       published=PUB),
    ex("web-posted-in-categories", "Posted in: Logistics | Trade | Kazakhstan", published=PUB),
    ex("web-hashtags-with-digits", "#MiddleCorridor #TITR2025 #COP29", published=PUB),
    ex("web-share-buttons-then-projection",
       "Share this article: Facebook Twitter Telegram\n"
       "The corridor's capacity is expected to reach 10 million tonnes a year by 2027.",
       c("10 million tonnes", 10e6, "t", per="year", kind="projection", period="2027",
         metric="capacity"),
       published=PUB),
    ex("web-advertisement-label",
       "Advertisement\nTurkmenistan exported 1.2 million tonnes of fertiliser in 2024.",
       c("1.2 million tonnes", 1.2e6, "t", period="2024", entities=["Turkmenistan"],
         metric="fertiliser exports"),
       published=PUB),
]

FOOTERS: list[Example] = [
    ex("web-copyright-line", "© 2025 Trend News Agency. All rights reserved.", published=PUB),
    ex("web-copyright-range",
       "© 2010–2025 Kursiv Media. Reproduction without permission is prohibited.",
       published=PUB),
    ex("web-page-of-pages-after-article",
       "Uzbekistan's exports of services rose to $5.8 billion.\nPage 2 of 5",
       c("$5.8 billion", 5.8e9, "USD", entities=["Uzbekistan"], change=None),
       published=PUB),
    ex("web-page-number-alone-before-article",
       "Page 3\nArmenia's trade with the EAEU fell by 9.3% in January-September.",
       c("9.3%", 9.3, "%", change="decrease", period="2025-01/2025-09",
         entities=["Armenia"]),
       published=PUB),
    ex("web-cookie-banner", "We use cookies to improve your experience. By continuing you "
       "agree to our Privacy Policy.\nAccept all", published=PUB),
    ex("web-newsletter-top-stories",
       "Newsletter: get the top 5 stories every morning", published=PUB),
    ex("web-editorial-phone-postcode",
       "Editorial office: +7 (727) 244-12-34, Almaty, 050000", published=PUB),
    ex("web-issn-line", "ISSN 2411-1234 | Registered with the Ministry of Information",
       published=PUB),
    ex("web-weather-widget-then-article",
       "Astana -5°C\nKazakhstan shipped 2.3 million tonnes of grain to China in the "
       "marketing year.",
       c("2.3 million tonnes", 2.3e6, "t", entities=["Kazakhstan", "China"]),
       published=PUB),
]

ARTICLES: list[Example] = [
    ex("web-article-between-furniture",
       "Home > News > Logistics\n"
       "2 min read\n"
       "Container volumes on the Middle Corridor doubled this year to 56,000 TEU, "
       "the operator said.\n"
       "Photo: press service of KTZ\n"
       "Tags: TITR, containers\n"
       "912 views",
       c("doubled", 2, "x", change="increase", entities=[TITR], period="2025"),
       c("56,000 TEU", 56e3, "TEU", change=None, metric="container volume", period="2025"),
       published=PUB),
    ex("web-related-headlines-block",
       "Azerbaijan Railways plans to invest AZN 300 million in rolling stock in 2026.\n"
       "Related articles\n"
       "Read more: Georgia's Poti port handles 1.2 mt in H1",
       c("AZN 300 million", 300e6, "AZN", kind="projection", period="2026",
         metric="investment"),
       published=PUB),
    ex("web-two-paragraphs-with-counter-between",
       "The Kazakh-Chinese border crossing at Khorgos processed 3,100 trains in ten months.\n"
       "5,402\n"
       "That is 9% more than a year earlier.",
       c("3,100 trains", 3100, "count", item="train", entities=["Khorgos dry port"]),
       c("9%", 9, "%", change="increase"),
       published=PUB),
    ex("web-byline-pipe-date-and-figure",
       "Dana Omarova | 11 November 2025 | Views: 820\n"
       "The transit time from Xi'an to Baku has been cut to 12 days.",
       c("12 days", 12, "day", metric="transit time", change=None),
       published=PUB),
    ex("web-bullet-summary-then-article",
       "Key points:\n"
       "- Exports up 14%\n"
       "- Imports down 3.2%\n"
       "Kazakhstan's exports to Azerbaijan rose 14% and imports fell 3.2% in the period.",
       c("14%", 14, "%", change="increase"),
       c("3.2%", 3.2, "%", change="decrease"),
       c("14%", 14, "%", nth=1, change="increase", metric="exports"),
       c("3.2%", 3.2, "%", nth=1, change="decrease", metric="imports"),
       published=PUB),
    ex("web-sponsored-figure-then-article",
       "Sponsored\nAzerbaijan's transit cargo rose 5.6% to 4.9 million tons in January-"
       "October.",
       c("5.6%", 5.6, "%", change="increase"),
       c("4.9 million tons", 4.9e6, "t", change=None, entities=["Azerbaijan"]),
       published=PUB),
    ex("web-article-with-comments-and-time",
       "Georgian Railway carried 11.6 million tonnes in 2024, down 2%.\n"
       "Comments (3)\n"
       "14:05",
       c("11.6 million tonnes", 11.6e6, "t", period="2024", change=None),
       c("2%", 2, "%", change="decrease", period="2024"),
       published=PUB),
    ex("web-subscribe-wall-then-article",
       "Subscribe to read the full story\n"
       "Turkmenistan's gas exports to China reached 31 bcm in 2024.",
       c("31 bcm", 31e9, "m3", period="2024", metric="gas exports", topic="energy"),
       published=PUB),
    ex("web-caption-no-figure-then-article",
       "Pictured: the Baku port terminal\n"
       "Baku port handled 110,000 TEU in ten months, 40 percent more than in 2024.",
       c("110,000 TEU", 110e3, "TEU", entities=["Port of Baku"], change=None),
       c("40 percent", 40, "%", change="increase"),
       published=PUB),
    ex("web-multiline-headline-and-lead",
       "Aktau port cargo up 12% in ten months\n"
       "ALMATY, Nov 12 (Kazinform) - Cargo handled at Aktau rose 12% to 5.9 million tonnes.",
       c("12%", 12, "%", change="increase", entities=["Port of Aktau"]),
       c("12%", 12, "%", nth=1, change="increase", entities=["Port of Aktau"]),
       c("5.9 million tonnes", 5.9e6, "t", change=None, entities=["Port of Aktau"]),
       published=PUB),
]

MORE: list[Example] = [
    ex("web-shouted-read-more-line",
       "READ MORE: Poti port cargo up 12% in 2024\n"
       "Georgia's exports rose 8% in October.",
       c("8%", 8, "%", change="increase", metric="exports", period="2025-10",
         entities=["Georgia"]),
       published=PUB),
    ex("web-subscribe-offer-price",
       "Subscribe for just $1 a month to read unlimited articles.\n"
       "Uzbekistan's imports reached $32 billion in January-October.",
       c("$32 billion", 32e9, "USD", metric="imports", period="2025-01/2025-10",
         entities=["Uzbekistan"]),
       published=PUB),
    ex("web-posted-days-ago-and-k-counters",
       "Posted 3 days ago by admin\n1.2K views · 45 shares\n"
       "Kazakhstan's coal exports fell 4% to 25 million tonnes in nine months.",
       c("4%", 4, "%", change="decrease", period="2025-01/2025-09"),
       c("25 million tonnes", 25e6, "t", change=None, period="2025-01/2025-09",
         entities=["Kazakhstan"]),
       published=PUB),
    ex("web-related-dash-headline",
       "Related - Baku port container volume grows 40%\n"
       "The EU pledged EUR 10 billion for transport links in Central Asia.",
       c("EUR 10 billion", 10e9, "EUR", entities=["European Union"], metric="investment"),
       published=PUB),
    ex("web-updated-hrs-ago",
       "Updated 3 hrs ago\nFreight via the INSTC rose 20% in the third quarter.",
       c("20%", 20, "%", change="increase", period="2025-07/2025-09",
         entities=["International North-South Transport Corridor"]),
       published=PUB),
    ex("web-read-more-in-a-sentence-is-prose",
       "Exports of flour rose 5% in October; read more about the grain trade on page 4.",
       c("5%", 5, "%", change="increase", period="2025-10"),
       published=PUB),
    # written after the fix, as a regression row: a link line's names and years are no
    # context either (its port and year went on to the figures after it)
    ex("web-read-more-line-lends-no-port-or-year",
       "Read more: Aktau port cargo up 12% in 2024\n"
       "The tenge weakened to 512 per dollar, the central bank said.",
       c("512", 512, "KZT", per="USD", metric="exchange rate", entities=[], period=None),
       published=PUB),
    # written after the fix, as a regression row: the hyphens of words are no separator
    ex("web-related-to-this-with-hyphens-is-prose",
       "Related to this, Kazakhstan's grain exports rose 5% year-on-year in October.",
       c("5%", 5, "%", change="increase", period="2025-10", metric="grain exports",
         entities=["Kazakhstan"]),
       published=PUB),
]

EXAMPLES: list[Example] = DATELINES + COUNTERS + CAPTIONS + LINKS + FOOTERS + ARTICLES + MORE

KNOWN_GAPS: dict[str, str] = {
    "web-weather-widget-then-article":
        "a weather widget's temperature ('Astana -5°C' on a line of its own) is read as a "
        "claim; telling a widget from a report of cold weather needs the page's layout",
}
