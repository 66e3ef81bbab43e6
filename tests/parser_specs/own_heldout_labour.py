"""Held-out sentences on people and work in the corridor's economies, written after the parser.

Labour figures as trade and logistics news report them next to cargo and money: jobs created
by projects and free zones, the workforce of railways and ports, average monthly wages and
salaries (tenge, soums, manats a month; "drivers earn around $900 a month"), minimum wage
changes, unemployment rates, labour migrants abroad and the money they send home, the
population of cities a port or a hub serves, training programmes, visa-free stays and tourist
arrivals tied to transport. Negatives: ages ("aged 25-40", "an 18-year-old"), years,
ordinals, articles of the Labour Code, pay days. Written by hand in our own words,
expectations first, then compared with the parser: a measure of how it generalises beyond
the corpus and the tables it was tuned on.
"""

from __future__ import annotations

from . import TITR, Example, c, ex

KTZ = "Kazakhstan Temir Zholy"
GR = "Georgian Railway"
PUB = "2025-06-01"

WAGES: list[Example] = [
    ex("lb-kz-average-monthly-salary-quarter",
       "Kazakhstan's average monthly salary reached 410,000 tenge in the first quarter of 2025, "
       "up 12.4% year on year.",
       c("410,000 tenge", 410000, "KZT", metric="wage", topic="economy", per="month",
         period="2025-01/2025-03", kind="actual", change=None, entities=["Kazakhstan"]),
       c("12.4%", 12.4, "%", change="increase", metric="wage", period="2025-01/2025-03"),
       published=PUB),
    ex("lb-uz-nominal-wage-soums-a-month",
       "The average nominal wage in Uzbekistan stood at 5.6 million soums a month in 2024.",
       c("5.6 million soums", 5.6e6, "UZS", metric="wage", per="month", period="2024",
         kind="actual", entities=["Uzbekistan"]),
       published=PUB),
    ex("lb-az-salary-january-september",
       "In January-September, the average monthly salary in Azerbaijan was 1,050 manats, "
       "according to the State Statistics Committee.",
       c("1,050 manats", 1050, "AZN", metric="wage", per="month", period="2024-01/2024-09",
         kind="actual", entities=["Azerbaijan"]),
       published="2024-11-10"),
    ex("lb-drivers-earn-around-a-month",
       "Truck drivers on the Middle Corridor earn around $900 a month, hauliers say.",
       c("$900", 900, "USD", approx="approx", per="month", metric="wage", topic="economy",
         kind="actual", entities=[TITR]),
       published=PUB),
    ex("lb-crane-operators-paid-range",
       "Crane operators at the new terminal are paid between 600,000 and 800,000 tenge a month.",
       c("600,000 and 800,000 tenge", 600000, "KZT", value_high=800000, per="month",
         metric="wage"),
       published=PUB),
    ex("lb-real-and-nominal-wages-growth",
       "Real wages in Azerbaijan grew 3.1% in 2024, while nominal wages rose 11.6%.",
       c("3.1%", 3.1, "%", change="increase", metric="wage", period="2024",
         entities=["Azerbaijan"]),
       c("11.6%", 11.6, "%", change="increase", metric="wage"),
       published=PUB),
    ex("lb-transport-sector-salary-two-currencies",
       "Average salaries in the transport and storage sector hit 520,000 tenge, or about "
       "$1,000.",
       c("520,000 tenge", 520000, "KZT", metric="wage", approx=None),
       c("$1,000", 1000, "USD", metric="wage", approx="approx"),
       published=PUB),
    ex("lb-pilots-earn-up-to-a-year",
       "Port pilots earn up to $60,000 a year.",
       c("$60,000", 60000, "USD", approx="max", per="year", metric="wage"),
       published=PUB),
    ex("lb-railway-salaries-raised-projection",
       "Salaries of railway workers will be raised by 15% from July.",
       c("15%", 15, "%", change="increase", metric="wage", kind="projection"),
       published=PUB),
    ex("lb-tm-wage-estimated-manats",
       "In Turkmenistan, the average wage is estimated at 2,800 manats a month.",
       c("2,800 manats", 2800, "TMT", metric="wage", per="month", entities=["Turkmenistan"]),
       published=PUB),
    ex("lb-seafarers-kzt-compact-a-month",
       "Seafarers on Caspian tankers receive KZT 1.2m a month on average.",
       c("KZT 1.2m", 1.2e6, "KZT", per="month", metric="wage"),
       published=PUB),
    ex("lb-tajik-wage-somoni-dollars",
       "The average monthly wage in Tajikistan is about 2,000 somoni, or less than $200.",
       c("2,000 somoni", 2000, "TJS", approx="approx", metric="wage", per="month",
         entities=["Tajikistan"]),
       c("$200", 200, "USD", approx="max", metric="wage"),
       published=PUB),
]

MINIMUM_WAGE: list[Example] = [
    ex("lb-kz-minimum-wage-rises-from-date",
       "From January 1, 2025, the minimum wage in Kazakhstan rises to 85,000 tenge from "
       "70,000 tenge.",
       c("85,000 tenge", 85000, "KZT", metric="wage", kind="projection", period="2025-01-01/..",
         change=None, entities=["Kazakhstan"]),
       c("70,000 tenge", 70000, "KZT", metric="wage", change=None),
       published="2024-12-20"),
    ex("lb-uz-minimum-wage-raised-pct-and-level",
       "Uzbekistan raised the minimum wage by 10% to 1,155,000 soums per month.",
       c("10%", 10, "%", change="increase", metric="wage", kind="actual"),
       c("1,155,000 soums", 1155000, "UZS", per="month", metric="wage", change=None,
         entities=["Uzbekistan"]),
       published=PUB),
    ex("lb-kg-minimum-wage-soms-projection",
       "Kyrgyzstan plans to lift the minimum wage to 4,500 soms next year.",
       c("4,500 soms", 4500, "KGS", metric="wage", kind="projection", period="2026",
         entities=["Kyrgyzstan"]),
       published=PUB),
]

JOBS: list[Example] = [
    ex("lb-aktau-port-employs-about",
       "The Port of Aktau employs about 1,200 people.",
       c("1,200 people", 1200, "count", item="person", approx="approx", metric="job count",
         topic="economy", kind="actual", entities=["Port of Aktau"]),
       published=PUB),
    ex("lb-ktz-workforce-some-employees",
       "KTZ's workforce numbers some 120,000 employees, making the railway the country's "
       "largest employer.",
       c("120,000 employees", 120000, "count", item="employee", approx="approx",
         metric="job count", entities=[KTZ]),
       published=PUB),
    ex("lb-khorgos-zone-jobs-by-2030",
       "The new special economic zone near Khorgos is expected to create 5,000 jobs by 2030.",
       c("5,000 jobs", 5000, "count", item="job", metric="job count", kind="projection",
         period="2030"),
       published=PUB),
    ex("lb-plant-created-new-jobs",
       "The fertiliser plant, commissioned last year, created 850 new jobs.",
       c("850 new jobs", 850, "count", item="job", metric="job count", kind="actual"),
       published=PUB),
    ex("lb-hub-doubled-headcount-since",
       "The logistics hub has doubled its headcount since 2022.",
       c("doubled", 2, "x", change="increase", metric="job count", period="2022/.."),
       published=PUB),
    ex("lb-shipping-company-laid-off",
       "The shipping company laid off 450 workers after cargo volumes fell 30%.",
       c("450 workers", 450, "count", item="worker", metric="job count"),
       c("30%", 30, "%", change="decrease", metric="cargo volume"),
       published=PUB),
    ex("lb-dry-port-will-employ-range",
       "The dry port will employ 300 to 400 people once it opens in 2026.",
       c("300 to 400 people", 300, "count", value_high=400, metric="job count",
         kind="projection"),
       published=PUB),
    ex("lb-kars-link-employed-at-peak",
       "Construction of the Kars-Akhalkalaki link employed 2,500 workers at its peak.",
       c("2,500 workers", 2500, "count", item="worker", metric="job count", kind="actual"),
       published=PUB),
    ex("lb-navoi-zone-hired-local-workers",
       "Companies in the Navoi free economic zone have hired 7,800 local workers so far.",
       c("7,800 local workers", 7800, "count", item="worker", metric="job count"),
       published=PUB),
    ex("lb-border-closure-jobs-lost",
       "About 3,000 jobs were lost when the border crossing closed last spring.",
       c("3,000 jobs", 3000, "count", item="job", approx="approx", metric="job count"),
       published=PUB),
    ex("lb-women-share-of-staff",
       "Women make up 28% of the staff of Georgian Railway.",
       c("28%", 28, "%", change=None, entities=[GR]),
       published=PUB),
    ex("lb-jobs-and-investment-in-one-sentence",
       "The $300 million terminal in Poti will create 1,000 jobs.",
       c("$300 million", 300e6, "USD", kind="projection"),
       c("1,000 jobs", 1000, "count", item="job", metric="job count", kind="projection"),
       published=PUB),
]

UNEMPLOYMENT: list[Example] = [
    ex("lb-kg-unemployment-fell-to",
       "Unemployment in Kyrgyzstan fell to 5.2% last year.",
       c("5.2%", 5.2, "%", metric="unemployment rate", topic="economy", change=None,
         period="2024", kind="actual", entities=["Kyrgyzstan"]),
       published=PUB),
    ex("lb-ge-unemployment-pp-and-level",
       "Georgia's unemployment rate dropped 2.3 percentage points to 13.9% in 2024.",
       c("2.3 percentage points", 2.3, "pp", change="decrease", metric="unemployment rate",
         period="2024", entities=["Georgia"]),
       c("13.9%", 13.9, "%", change=None, metric="unemployment rate", period="2024"),
       published=PUB),
    ex("lb-az-youth-unemployment-stands",
       "Youth unemployment in Azerbaijan stands at 13%.",
       c("13%", 13, "%", metric="unemployment rate", change=None, entities=["Azerbaijan"]),
       published=PUB),
    ex("lb-kz-jobless-rate-forecast",
       "The government expects the jobless rate to stay at 4.7% in 2026.",
       c("4.7%", 4.7, "%", metric="unemployment rate", kind="projection", period="2026"),
       published=PUB),
]

MIGRANTS: list[Example] = [
    ex("lb-uzbek-labour-migrants-in-russia",
       "About 1.2 million labour migrants from Uzbekistan worked in Russia in 2024.",
       c("1.2 million labour migrants", 1.2e6, "count", item="migrant", approx="approx",
         metric="migrant count", topic="economy", period="2024",
         entities=["Uzbekistan", "Russia"]),
       published=PUB),
    ex("lb-migrant-sends-per-month",
       "Each migrant sent home an average of $480 a month.",
       c("$480", 480, "USD", per="month", metric="remittances", approx=None),
       published=PUB),
    ex("lb-tj-remittances-share-of-gdp",
       "Remittances to Tajikistan reached $5.7 billion in 2024, equal to 45% of GDP.",
       c("$5.7 billion", 5.7e9, "USD", metric="remittances", topic="economy", period="2024",
         kind="actual", entities=["Tajikistan"]),
       c("45%", 45, "%", change=None),
       published=PUB),
    ex("lb-kg-money-transfers-fell-half",
       "Money transfers from Russia to Kyrgyzstan fell 18% in the first half of 2025.",
       c("18%", 18, "%", change="decrease", metric="remittances", period="2025-01/2025-06",
         entities=["Russia", "Kyrgyzstan"]),
       published="2025-08-01"),
    ex("lb-migrants-number-of-abroad",
       "The number of labour migrants registered abroad reached 650,000 in 2024.",
       c("650,000", 650000, "count", item="migrant", metric="migrant count", period="2024"),
       published=PUB),
    ex("lb-migrants-share-of-working-age",
       "Labour migrants account for about 12% of Tajikistan's working-age population.",
       c("12%", 12, "%", approx="approx", change=None, entities=["Tajikistan"]),
       published=PUB),
    ex("lb-remittances-per-migrant-a-year",
       "Remittances per migrant averaged $3,100 a year.",
       c("$3,100", 3100, "USD", per="year", metric="remittances"),
       published=PUB),
]

POPULATION: list[Example] = [
    ex("lb-aktau-city-of-people",
       "Aktau, a city of roughly 270,000 people, depends on its port for jobs.",
       c("270,000 people", 270000, "count", item="person", approx="approx",
         metric="population"),
       published=PUB),
    ex("lb-almaty-population-passed",
       "Almaty, whose population passed 2.3 million this year, is the country's main air "
       "cargo hub.",
       c("2.3 million", 2.3e6, "count", approx="min", metric="population", period="2025"),
       published=PUB),
    ex("lb-turkmenbashi-population-projected",
       "Turkmenbashi's population is projected to reach 100,000 by 2030 as the port expands.",
       c("100,000", 100000, "count", metric="population", kind="projection", period="2030"),
       published=PUB),
    ex("lb-poti-inhabitants",
       "Poti, home to some 41,000 inhabitants, handles most of Georgia's container traffic.",
       c("41,000 inhabitants", 41000, "count", approx="approx", metric="population"),
       published=PUB),
]

TRAINING: list[Example] = [
    ex("lb-academy-trained-seafarers",
       "The maritime academy in Aktau trained 640 seafarers in 2024.",
       c("640 seafarers", 640, "count", metric="trainee count", period="2024", kind="actual"),
       published=PUB),
    ex("lb-specialists-will-be-trained-by",
       "Under the programme, 3,000 logistics specialists will be trained by 2027.",
       c("3,000 logistics specialists", 3000, "count", metric="trainee count",
         kind="projection", period="2027"),
       published=PUB),
    ex("lb-centre-train-drivers-a-year",
       "The centre will train 1,500 drivers a year to EU standards.",
       c("1,500 drivers", 1500, "count", per="year", metric="trainee count",
         kind="projection"),
       published=PUB),
]

TRAVEL: list[Example] = [
    ex("lb-eu-visa-free-up-to-days",
       "Citizens of the EU can stay in Uzbekistan visa-free for up to 30 days.",
       c("30 days", 30, "day", approx="max", metric="stay limit"),
       published=PUB),
    ex("lb-georgia-tourist-arrivals-rose",
       "Tourist arrivals in Georgia rose 9% to 7.4 million in 2024.",
       c("9%", 9, "%", change="increase", metric="passenger count", period="2024"),
       c("7.4 million", 7.4e6, "count", change=None, metric="passenger count", period="2024"),
       published=PUB),
    ex("lb-chinese-visa-free-tourists-tripled",
       "Chinese citizens may now stay visa-free in Kazakhstan for 30 days, and the number of "
       "Chinese tourists tripled to 650,000.",
       c("30 days", 30, "day", metric="stay limit"),
       c("tripled", 3, "x", change="increase", metric="passenger count"),
       c("650,000", 650000, "count", change=None, metric="passenger count"),
       published=PUB),
    ex("lb-drivers-hours-a-day",
       "Drivers may work no more than 9 hours a day under the new rules.",
       c("9 hours", 9, "hour", approx="max", per="day", metric="working time"),
       published=PUB),
]

NEGATIVES: list[Example] = [
    ex("lb-neg-drivers-aged-range",
       "The scheme targets drivers aged 25-40 who hold a professional licence."),
    ex("lb-neg-18-year-old-operator",
       "An 18-year-old crane operator became the port's youngest employee."),
    ex("lb-neg-labour-code-article",
       "Article 123 of the Labour Code sets the rules for overtime pay."),
    ex("lb-neg-third-year-best-employer",
       "For the third year in a row, the railway was named the best employer in the region."),
    ex("lb-neg-register-since-year",
       "Since 2019, the migration agency has kept a register of workers going abroad."),
    ex("lb-neg-pay-days",
       "Workers get paid on the 5th and 20th of each month."),
    ex("lb-neg-retire-at-age",
       "Men in Kazakhstan retire at 63 and women at 61."),
    ex("lb-neg-law-number",
       "Law No. 214-VII on labour migration entered into force on 1 July 2024."),
]

EXAMPLES: list[Example] = WAGES + MINIMUM_WAGE + JOBS + UNEMPLOYMENT + MIGRANTS + POPULATION \
    + TRAINING + TRAVEL + NEGATIVES

# Example id -> why the parser still fails it (run as strict xfail).
KNOWN_GAPS: dict[str, str] = {
    "lb-turkmenbashi-population-projected":
        "a bare number after 'is projected to reach' is not counted: 'reach' is no verb of "
        "level in counts.count_of_subject and 'population' names no counted noun; adding "
        "them reaches far beyond people (every 'expected to reach N'), left for a wider round",
}
