"""Places, corridors, ports, railways, companies and organisations, with their other names.

Canonical name -> names and demonyms that refer to it (matched case-sensitively, whole words).
Written for this product's region: China–Central Asia–Caucasus–Türkiye–Europe trade.
"""

from __future__ import annotations

from typing import Final

ENTITIES: Final[dict[str, tuple[str, ...]]] = {
    # Countries and blocs
    "Kazakhstan": ("Kazakhstan", "Kazakh", "Kazakhstani", "Qazaqstan"),
    "Azerbaijan": ("Azerbaijan", "Azerbaijani", "Azeri", "Azerbaijan's"),
    "Georgia": ("Georgia", "Georgian"),
    "Türkiye": ("Türkiye", "Turkiye", "Turkey", "Turkish"),
    # a national food safety regulator acts for its country: "China's GACC registered 143
    # exporters", "Rosselkhoznadzor rejected 86 consignments"
    "China": ("China", "Chinese", "PRC", "GACC"),
    "Uzbekistan": ("Uzbekistan", "Uzbek"),
    "Turkmenistan": ("Turkmenistan", "Turkmen"),
    "Kyrgyzstan": ("Kyrgyzstan", "Kyrgyz"),
    "Tajikistan": ("Tajikistan", "Tajik"),
    "Russia": ("Russia", "Russian", "Rosselkhoznadzor"),
    "Iran": ("Iran", "Iranian"),
    "Armenia": ("Armenia", "Armenian"),
    "Ukraine": ("Ukraine", "Ukrainian"),
    "Poland": ("Poland", "Polish"),
    "Germany": ("Germany", "German"),
    "Italy": ("Italy", "Italian"),
    "Bulgaria": ("Bulgaria", "Bulgarian"),
    "Romania": ("Romania", "Romanian"),
    # the far end of the Black Sea electricity cable from Azerbaijan through Georgia and Romania
    "Hungary": ("Hungary", "Hungarian"),
    "Spain": ("Spain", "Spanish"),
    "India": ("India", "Indian"),
    "Pakistan": ("Pakistan", "Pakistani"),
    "Afghanistan": ("Afghanistan", "Afghan"),
    "Mongolia": ("Mongolia", "Mongolian"),
    "Israel": ("Israel", "Israeli"),  # a main buyer of Azerbaijan's and Kazakhstan's oil
    # a main market of Türkiye's exports and the Development Road's end on the Gulf
    "Iraq": ("Iraq", "Iraqi"),
    # "US" in capitals only (aliases match case-sensitively), never before "$" or "dollars"
    "United States": ("United States", "U.S.", "USA", "US"),
    "Belarus": ("Belarus", "Belarusian"),
    # the main buyer of Central Asia's gold and a seat of its commodity traders; and the
    # Baltic transit state on the route to Klaipeda: both in the region's top-ten partners
    "Switzerland": ("Switzerland", "Swiss"),
    "Lithuania": ("Lithuania", "Lithuanian"),
    "Netherlands": ("Netherlands", "Dutch"),
    "France": ("France", "French"),
    "United Kingdom": ("United Kingdom", "UK", "Britain", "British"),
    "Japan": ("Japan", "Japanese"),
    "South Korea": ("South Korea", "Republic of Korea"),
    "United Arab Emirates": ("United Arab Emirates", "UAE", "Emirati"),
    # the other Gulf investors in the region's ports, power plants and funds
    "Saudi Arabia": ("Saudi Arabia", "Saudi", "KSA"),
    "Qatar": ("Qatar", "Qatari"),
    "European Union": ("European Union", "EU", "European Commission", "Global Gateway"),
    "Europe": ("Europe", "European"),
    "Asia": ("Asia",),
    "Central Asia": ("Central Asia", "Central Asian"),
    # other parts of Asia, so that "Central Asia–South Asia" is not read as Asia itself
    "South Asia": ("South Asia", "South Asian"),
    "East Asia": ("East Asia", "East Asian"),
    "Southeast Asia": ("Southeast Asia", "South-East Asia", "Southeast Asian"),
    "Middle East": ("Middle East", "Middle Eastern"),
    "South Caucasus": ("South Caucasus",),
    # China's region on the Kazakh border, where its trade with Central Asia is counted
    "Xinjiang": ("Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region",
                 "Xinjiang"),
    # Corridors, routes, pipelines, cables
    "Trans-Caspian International Transport Route": (
        "Trans-Caspian International Transport Route", "TITR", "Middle Corridor",
        "Trans-Caspian route", "Trans-Caspian corridor",
        "TMTM", "central Trans-Caspian route",
        "trans-Caspian route", "trans-Caspian corridor",  # as forwarders often write it
        "East-West route", "Trans-Caspian leg",  # "rates on the Trans-Caspian leg"
        # the EU's name for it (Global Gateway, Brussels investors' forum, January 2024)
        "Trans-Caspian Transport Corridor",
        # the adjective alone ("Trans-Caspian shipments", "TRANS-CASPIAN FREIGHT") is the
        # route's; the gas pipeline and the cable have longer names of their own
        "Trans-Caspian", "trans-Caspian",
    ),
    # the planned gas line from Turkmenistan across the Caspian to Azerbaijan
    "Trans-Caspian Gas Pipeline": (
        "Trans-Caspian Gas Pipeline", "Trans-Caspian gas pipeline", "trans-Caspian gas pipeline",
        "Trans-Caspian pipeline", "trans-Caspian pipeline", "Trans-Caspian gas",
        "trans-Caspian gas", "TCGP",
    ),
    "Baku-Tbilisi-Ceyhan pipeline": ("Baku-Tbilisi-Ceyhan", "BTC"),
    # not "CPC" alone: in news from China it is the Communist Party
    "South Caucasus Pipeline": ("South Caucasus Pipeline", "South Caucasus gas pipeline",
                                "SCP"),
    "Trans Adriatic Pipeline": ("Trans Adriatic Pipeline", "Trans-Adriatic Pipeline", "TAP"),
    "Caspian Pipeline Consortium": ("Caspian Pipeline Consortium", "CPC pipeline",
                                    "CPC terminal", "CPC Blend"),
    "Baku-Tbilisi-Kars railway": ("Baku-Tbilisi-Kars", "BTK"),
    "Southern Gas Corridor": ("Southern Gas Corridor", "SGC"),
    "TANAP": ("TANAP", "Trans-Anatolian"),
    "Trans-Caspian fibre-optic cable": (
        "Trans-Caspian fiber-optic", "Trans-Caspian fibre-optic", "Trans-Caspian Fiber Optic",
        "Trans-Caspian cable", "trans-Caspian cable",
        "Digital Silk Way", "fibre-optic cable", "fiber-optic cable", "fibre-optic line",
        "Fiber Optic Cable", "data cable", "fibre-optic", "fiber-optic",
    ),
    # the US-brokered name (2025) of the same route through Armenia's Syunik: one corridor
    "Zangezur corridor": ("Zangezur", "TRIPP", "Trump Route for International Peace and "
                          "Prosperity", "Trump Route"),
    # Türkiye's line to Azerbaijan's Nakhchivan exclave (its sections named by their ends too)
    "Kars-Igdir-Nakhchivan railway": ("Kars-Igdir-Nakhchivan", "Kars-Iğdır-Nakhchivan",
                                      "Kars-Igdir-Aralik-Dilucu", "Kars-Igdir"),
    # "China-EU rail freight" is traffic between China and the European Union only (its
    # two names are read), not every China-Europe service (those to Russia and Belarus too)
    "China-Europe rail": ("China-Europe",),
    # the corridors beside the Middle Corridor that its news also covers
    "International North-South Transport Corridor": (
        "International North-South Transport Corridor", "INSTC", "North-South corridor",
        "North-South Corridor", "North-South transport corridor", "North-South Transport Corridor",
        "North-South route", "North-South transit",
    ),
    "Lapis Lazuli corridor": ("Lapis Lazuli",),
    # not "Trans-Afghan" alone: the TAPI pipeline was once the "Trans-Afghan pipeline"
    "Trans-Afghan railway": ("Trans-Afghan railway", "Trans-Afghan Railway", "Trans-Afghan rail",
                             "Termez-Mazar-i-Sharif-Kabul-Peshawar"),
    "TAPI gas pipeline": ("TAPI", "Turkmenistan-Afghanistan-Pakistan-India"),
    # the North-South corridor's missing link in Iran, and the line inland from Chabahar
    # (not the port: "the Chabahar-Zahedan railway" is no figure of Chabahar's)
    "Rasht-Astara railway": ("Rasht-Astara",),
    "Chabahar-Zahedan railway": ("Chabahar-Zahedan",),
    # the Central Asia-South Asia power line (Kyrgyzstan, Tajikistan to Afghanistan, Pakistan)
    "CASA-1000": ("CASA-1000", "CASA 1000"),
    # its three names as one ("China–Kyrgyzstan–Uzbekistan railway"), not the three countries;
    # its initials alone name it too ("the CKU line", "the CKU project")
    "China-Kyrgyzstan-Uzbekistan railway": ("China-Kyrgyzstan-Uzbekistan", "CKU railway", "CKU"),
    "Caspian Sea": ("Caspian",),
    "Black Sea": ("Black Sea",),
    # the waterway from the Caspian and the Volga to the Sea of Azov and the Black Sea: its
    # draught limits, navigation season and grain shipments are its own figures
    "Volga-Don Canal": ("Volga-Don Canal", "Volga-Don canal", "Volga–Don Canal",
                        "Volga-Don Shipping Canal"),
    # Ports
    "Port of Aktau": ("Aktau", "Aktau International Sea Trade Port", "Aktau Sea Trade Port",
                      "Aktau Commercial Sea Port"),
    "Port of Kuryk": ("Kuryk", "Kurik"),
    "Port of Baku": ("Port of Baku", "port of Baku", "Baku Port", "Baku port",
                     "Baku International Sea Trade Port", "Alat", "Alyat"),
    # the free zone beside the port at Alat (also spelt Alyat) is not the port ("Alat" alone
    # is)
    "Alat Free Economic Zone": ("Alat Free Economic Zone", "Alat Free Economic Zones",
                                "Alat FEZ", "Alat free zone", "Alat Free Trade Zone",
                                "Alyat Free Economic Zone", "Alyat FEZ", "Alyat free zone"),
    # Uzbekistan's free zones by their full names ("Navoi" alone is the region, the airport's
    # or the mining company's; "Jizzakh" alone the region)
    "Navoi Free Economic Zone": ("Navoi Free Economic Zone", "Navoi free economic zone",
                                 "Navoi FEZ", "FEZ Navoi", "Navoi Free Industrial Economic Zone"),
    "Jizzakh Free Economic Zone": ("Jizzakh Free Economic Zone", "Jizzakh free economic zone",
                                   "Jizzakh FEZ", "FEZ Jizzakh", "Jizzakh special industrial zone",
                                   "Jizzakh Special Industrial Zone"),
    "Port of Turkmenbashi": ("Turkmenbashi",),
    "Port of Poti": ("Poti",),
    "Port of Batumi": ("Batumi",),
    "Port of Anaklia": ("Anaklia",),
    # the Black Sea end of the corridor in the EU ("Constanta port handled 7.2 mt of grain")
    "Port of Constanta": ("Constanta", "Constanța", "Constanţa", "Constantza"),
    # Bulgaria's Black Sea ports, ends of the ferry lines from Poti and Batumi
    "Port of Burgas": ("Burgas", "Bourgas"),
    "Port of Varna": ("Varna",),
    # Caspian ports of the North-South corridor, and the ports at its southern ends
    "Port of Astrakhan": ("Astrakhan",),
    "Port of Makhachkala": ("Makhachkala",),
    "Port of Olya": ("Olya",),
    "Port of Bandar Anzali": ("Bandar Anzali", "Anzali"),
    "Port of Amirabad": ("Amirabad",),
    "Port of Bandar Abbas": ("Bandar Abbas", "Shahid Rajaee"),
    "Port of Chabahar": ("Chabahar", "Shahid Beheshti"),
    "Port of Gwadar": ("Gwadar",),
    "Port of Karachi": ("Karachi",),
    # Türkiye's and Russia's sea ends of the routes
    "Port of Mersin": ("Mersin",),
    "Port of Samsun": ("Samsun",),
    "Port of Novorossiysk": ("Novorossiysk",),
    # Ukraine's Black Sea port at the far end of the Ro-Ro lines from Türkiye
    "Port of Chornomorsk": ("Chornomorsk", "Chernomorsk"),
    "Port of Ust-Luga": ("Ust-Luga", "Ust Luga"),
    # Europe's largest inland port, where most China-Europe trains end ("duisport" its operator)
    "Port of Duisburg": ("Duisburg", "duisport"),
    "Khorgos dry port": ("Khorgos", "Khorgos Gateway", "Khorgos Eastern Gate"),
    "Dostyk crossing": ("Dostyk", "Alashankou", "Alataw Pass"),  # Xinhua writes "Alataw Pass"
    "Altynkol crossing": ("Altynkol",),
    # the China-Europe trains' third gateway, through Russia: Zabaykalsk on the Russian side,
    # Manzhouli on the Chinese
    "Zabaykalsk crossing": ("Zabaykalsk", "Zabaikalsk", "Manzhouli"),
    # the gauge-change gateways between the 1,520 mm network and the EU's: Belarus's and
    # Poland's sides of the main China-Europe crossing
    "Brest crossing": ("Brest",),
    "Malaszewicze crossing": ("Malaszewicze", "Małaszewicze"),
    # road border crossings: a queue, a wait or a count of trucks there is about the crossing
    "Nur Zholy crossing": ("Nur Zholy",),  # Kazakhstan's road checkpoint at Khorgos
    "Kordai crossing": ("Kordai", "Korday"),
    "Torugart crossing": ("Torugart",),
    "Irkeshtam crossing": ("Irkeshtam",),
    "Upper Lars crossing": ("Upper Lars", "Verkhny Lars"),
    "Sarpi crossing": ("Sarpi", "Sarp"),  # "Sarp" as the Turkish side writes it
    # Türkiye's other gates to Georgia, Iran and Nakhchivan (Iran's side of Gurbulak is Bazargan)
    "Turkgozu crossing": ("Turkgozu", "Türkgözü"),
    "Gurbulak crossing": ("Gurbulak", "Gürbulak", "Bazargan"),
    "Kapikoy crossing": ("Kapikoy", "Kapıköy"),
    "Esendere crossing": ("Esendere",),
    "Dilucu crossing": ("Dilucu",),
    "Kapikule crossing": ("Kapikule", "Kapıkule"),
    "Red Bridge crossing": ("Red Bridge",),
    "Yalama crossing": ("Yalama",),
    # Iran's rail and road gateway from Turkmenistan on the eastern North-South route
    "Sarakhs crossing": ("Sarakhs",),
    # Mongolia's gateways to China: the main rail and road crossing (Erenhot, or Erlian, on
    # the Chinese side) and the coal crossing from Tavan Tolgoi (Ganqimaodu on the Chinese side)
    "Zamyn-Uud crossing": ("Zamyn-Uud", "Zamiin-Uud", "Erenhot", "Erlian"),
    "Gashuunsukhait crossing": ("Gashuunsukhait", "Ganqimaodu"),
    "Supsa terminal": ("Supsa",),  # oil terminals, ranked as ports
    "Kulevi terminal": ("Kulevi",),
    "Dubandi terminal": ("Dubandi",),
    # Railways, companies
    "Kazakhstan Temir Zholy": ("Kazakhstan Temir Zholy", "KTZ", "Kazakhstan Railways"),
    "Azerbaijan Railways": ("Azerbaijan Railways", "ADY", "Azerbaijan's railways"),
    "Georgian Railway": ("Georgian Railway", "Georgian Railways"),
    # the joint operator of Kazakhstan's, Russia's and Belarus's railways for container
    # trains between China and Europe
    "UTLC ERA": ("UTLC ERA", "UTLC", "United Transport and Logistics Company"),
    "Uzbekistan Railways": ("Uzbekistan Railways", "Uzbekiston Temir Yollari"),
    # before Russia: "Russian Railways offered a discount" is the company's
    "Russian Railways": ("Russian Railways", "RZD"),
    "China State Railway Group": ("China State Railway Group", "China Railway"),
    # builders of locomotives, wagons, ships and port cranes that win the region's tenders:
    # "KTZ signed a contract with Alstom for 200 locomotives" is the builder's award too
    "Alstom": ("Alstom",),
    "Stadler": ("Stadler", "Stadler Rail"),
    "CRRC": ("CRRC",),
    "Wabtec": ("Wabtec",),
    "Siemens": ("Siemens", "Siemens Mobility"),
    "Hyundai Rotem": ("Hyundai Rotem",),
    "Talgo": ("Talgo",),
    "TÜRASAŞ": ("TÜRASAŞ", "TURASAS", "Tülomsaş", "TÜLOMSAŞ"),
    "ZPMC": ("ZPMC", "Shanghai Zhenhua Heavy Industries"),
    "Konecranes": ("Konecranes",),
    "Liebherr": ("Liebherr",),
    "Baku Shipyard": ("Baku Shipyard",),
    "KazTransOil": ("KazTransOil",),
    # Kazakhstan's power grid operator, whose shares and bonds trade on KASE
    "KEGOC": ("KEGOC", "Kazakhstan Electricity Grid Operating Company"),
    "KazMunayGas": ("KazMunayGas", "KMG"),
    "SOCAR": ("SOCAR",),
    "ASCO": ("Azerbaijan Caspian Shipping Company", "ASCO"),
    # Kazakhstan's national tanker and dry-cargo shipping company on the Caspian
    "Kazmortransflot": ("Kazmortransflot", "KMTF"),
    "AzerTelecom": ("AzerTelecom",),
    "Kazakhtelecom": ("Kazakhtelecom",),
    # the other national telecom and post operators of the corridor's digital news
    "Uzbektelecom": ("Uzbektelecom",),
    "Turkmentelecom": ("Turkmentelecom",),
    "AzInTelecom": ("AzInTelecom",),
    "Kazpost": ("Kazpost", "Kazpochta"),
    # before its country: "Uzbekistan Post processed 45,000 parcels" is the operator's
    "Uzbekistan Post": ("Uzbekistan Post",),
    # the marketplaces whose parcels and warehouses the region's e-commerce news reports
    "Wildberries": ("Wildberries",),
    "Ozon": ("Ozon",),
    "Temu": ("Temu",),
    "AZCON Holding": ("AZCON",),
    # mining and metals companies whose output and results the commodity news reports
    "Kazatomprom": ("Kazatomprom", "NAC Kazatomprom"),
    "KAZ Minerals": ("KAZ Minerals",),
    # Mongolia's copper-gold mine (Rio Tinto's, with the state) and its state coal miner
    "Oyu Tolgoi": ("Oyu Tolgoi",),
    "Rio Tinto": ("Rio Tinto",),
    "Erdenes Tavan Tolgoi": ("Erdenes Tavan Tolgoi",),
    "Eurasian Resources Group": ("Eurasian Resources Group", "ERG"),
    "Kazzinc": ("Kazzinc",),
    "Navoi Mining and Metallurgical Company": ("Navoi Mining and Metallurgical Company",
                                               "Navoi Mining and Metallurgical Combinat",
                                               "Navoi MMC", "NMMC"),
    "Almalyk Mining and Metallurgical Complex": ("Almalyk Mining and Metallurgical Complex",
                                                 "Almalyk MMC", "AMMC"),
    "TALCO": ("TALCO", "Tajik Aluminium Company"),
    # Armenia's copper miner, named for the same Zangezur range as the corridor: its full
    # name, so that "Zangezur" in it is no transport route
    "Zangezur Copper and Molybdenum Combine": ("Zangezur Copper and Molybdenum Combine",
                                               "Zangezur Copper-Molybdenum Combine", "ZCMC"),
    "APM Terminals": ("APM Terminals",),
    "DP World": ("DP World",),  # the Dubai port operator, a partner of Aktau and Poti
    # Abu Dhabi's and Singapore's port operators, in Caspian shipping and Black Sea terminals
    # (not "PSA" alone: in oil news it is a production sharing agreement)
    "AD Ports Group": ("AD Ports Group", "AD Ports", "Abu Dhabi Ports"),
    "PSA International": ("PSA International",),
    # Gulf developers of the region's solar and wind plants and their funds ("Masdar" alone
    # is the company; the full names of the funds before their countries and capitals)
    "Masdar": ("Masdar", "Abu Dhabi Future Energy Company"),
    "ACWA Power": ("ACWA Power",),
    "Mubadala": ("Mubadala", "Mubadala Investment Company"),
    "Public Investment Fund": ("Public Investment Fund", "PIF"),
    "Qatar Investment Authority": ("Qatar Investment Authority", "QIA"),
    "Saudi Fund for Development": ("Saudi Fund for Development",),
    "Abu Dhabi Fund for Development": ("Abu Dhabi Fund for Development", "ADFD"),
    # Airports and airlines of the region's air cargo and passenger news: "Almaty airport
    # handled 80,000 tonnes" is the airport's, not Kazakhstan's at large. Not a town alone
    # ("Navoi" is also the region and the mining company; "Tbilisi" the capital).
    "Navoi International Airport": ("Navoi International Airport", "Navoi airport",
                                    "Navoi Airport", "Navoi cargo hub", "Navoi hub"),
    "Almaty International Airport": ("Almaty International Airport", "Almaty airport",
                                     "Almaty Airport"),
    "Nursultan Nazarbayev International Airport": (
        "Nursultan Nazarbayev International Airport", "Astana International Airport",
        "Astana airport", "Astana Airport"),
    "Tashkent International Airport": ("Tashkent International Airport", "Tashkent airport",
                                       "Tashkent Airport",
                                       "Islam Karimov Tashkent International Airport"),
    "Heydar Aliyev International Airport": ("Heydar Aliyev International Airport",
                                            "Heydar Aliyev airport", "Heydar Aliyev Airport",
                                            "Baku airport", "Baku Airport"),
    "Tbilisi International Airport": ("Tbilisi International Airport", "Tbilisi airport",
                                      "Tbilisi Airport"),
    "Istanbul Airport": ("Istanbul Airport", "Istanbul airport", "Istanbul New Airport"),
    # airlines before their countries: "Turkish Airlines" is the carrier, not "Turkish"
    "Air Astana": ("Air Astana",),
    "Azerbaijan Airlines": ("Azerbaijan Airlines", "AZAL"),
    "Silk Way West Airlines": ("Silk Way West Airlines", "Silk Way West"),
    "Turkish Airlines": ("Turkish Airlines", "THY"),
    "Turkish Cargo": ("Turkish Cargo",),
    "Uzbekistan Airways": ("Uzbekistan Airways",),
    "Georgian Airways": ("Georgian Airways",),
    "TAV Airports": ("TAV Airports",),
    # Organisations and lenders
    "World Bank": ("World Bank", "IBRD"),
    "EBRD": ("EBRD", "European Bank for Reconstruction and Development"),
    "Asian Development Bank": ("Asian Development Bank", "ADB"),
    "AIIB": ("AIIB", "Asian Infrastructure Investment Bank"),
    "European Investment Bank": ("European Investment Bank", "EIB"),
    "Eurasian Development Bank": ("Eurasian Development Bank", "EDB"),
    "Islamic Development Bank": ("Islamic Development Bank", "IsDB"),
    "IFC": ("IFC", "International Finance Corporation"),
    "MIGA": ("MIGA",),
    "IMF": ("IMF", "International Monetary Fund"),
    "Organization of Turkic States": ("Organization of Turkic States", "Turkic states", "OTS"),
    "AIFC": ("AIFC", "Astana International Financial Centre"),
    # the region's state and sovereign wealth funds, whose assets, transfers to the budget and
    # loans to state companies the finance news reports
    "State Oil Fund of Azerbaijan": ("State Oil Fund of Azerbaijan", "SOFAZ"),
    "Samruk-Kazyna": ("Samruk-Kazyna", "Samruk Kazyna"),
    "Uzbekistan Fund for Reconstruction and Development": (
        "Fund for Reconstruction and Development", "UFRD"),
    # the union's executive, as the European Commission is the EU's: "The EEC raised the
    # common external tariff" is the union's tariff
    "Eurasian Economic Union": ("Eurasian Economic Union", "EAEU", "Eurasian Economic Commission",
                                "EEC"),
    # "Under its WTO accession commitments": the body whose rules bind a member's tariffs
    "World Trade Organization": ("World Trade Organization", "World Trade Organisation", "WTO"),
}

# Names above that are countries or blocs: a trade figure is between two of them.
COUNTRIES: Final[frozenset[str]] = frozenset(
    "Kazakhstan Azerbaijan Georgia Türkiye China Uzbekistan Turkmenistan Kyrgyzstan Tajikistan "
    "Russia Iran Armenia Ukraine Poland Germany Bulgaria Romania Spain India Pakistan Afghanistan "
    "Mongolia Italy Belarus Hungary Netherlands France Japan Israel Qatar Iraq Switzerland "
    "Lithuania".split()
) | {"United States", "European Union", "United Kingdom", "South Korea", "United Arab Emirates",
                                      "Saudi Arabia"}

# Each alias of a country (its name, demonym, abbreviation) to the country's name.
COUNTRY_OF_ALIAS: Final[dict[str, str]] = {
    alias: name for name in COUNTRIES for alias in ENTITIES[name]}

# Regions a later "the region" can refer back to.
REGIONS: Final[frozenset[str]] = frozenset(
    {"Central Asia", "South Caucasus", "Europe", "Asia", "European Union", "Black Sea",
     "Caspian Sea", "South Asia", "East Asia", "Southeast Asia", "Middle East"}
)

# Cables: a length in a story about one is the cable's length.
CABLES: Final[frozenset[str]] = frozenset({"Trans-Caspian fibre-optic cable"})

# Power lines: a "line" of so many km in a sentence naming one is the power line's ("The
# CASA-1000 project ... includes a 477-km line from Datka to Khujand"), not a railway's.
POWER_LINES: Final[frozenset[str]] = frozenset({"CASA-1000"})

# Seas: a rise or fall in metres of one is its level ("the Caspian could drop 9 to 18 metres").
SEAS: Final[frozenset[str]] = frozenset({"Caspian Sea"})

# Oil pipelines: goods "moved", "carried" or "shipped" through one are oil ("Kazakh volumes
# via BTC should reach 1.1 million tonnes"), whatever generic cargo word the sentence uses.
OIL_PIPELINES: Final[frozenset[str]] = frozenset(
    {"Baku-Tbilisi-Ceyhan pipeline", "Caspian Pipeline Consortium"}
)
# The same for an oil pipeline no entity names, or a crude grade by its name: "the
# Kazakhstan-China oil pipeline ... carried 10.9 million tonnes", "loaded 52 tankers with Azeri
# Light ..., totalling 6.9 million tonnes" (matched as whole words, case as written).
OIL_CARRIER_WORDS: Final[tuple[str, ...]] = (
    "oil pipeline", "oil pipelines", "crude pipeline", "crude pipelines", "oil tankers",
    "Azeri Light", "Azeri BTC", "CPC Blend", "KEBCO", "Kazakhstan Export Blend", "Urals",
    "Siberian Light", "Tengiz blend", "Kumkol blend",
)

# Freight routes (corridors, railways, a canal): cargo a route "handled" is what it carried,
# no sea port's throughput ("The Middle Corridor handled 4.5 million tonnes").
FREIGHT_ROUTES: Final[frozenset[str]] = frozenset(
    {"Trans-Caspian International Transport Route", "Baku-Tbilisi-Kars railway",
     "China-Europe rail", "International North-South Transport Corridor",
     "Lapis Lazuli corridor", "Zangezur corridor", "Trans-Afghan railway",
     "China-Kyrgyzstan-Uzbekistan railway", "Rasht-Astara railway", "Chabahar-Zahedan railway",
     "Kars-Igdir-Nakhchivan railway", "Volga-Don Canal"}
)

# Airports: cargo an airport "handled" is air cargo, no sea port's throughput.
AIRPORTS: Final[frozenset[str]] = frozenset(
    name for name in ENTITIES if name.endswith(" Airport")
)

# Ports: at the ends of a cable or a route they are places it links, not its subject.
PORTS: Final[frozenset[str]] = frozenset(
    name for name in ENTITIES
    if name.startswith("Port of") or name.endswith((" terminal", " dry port", " crossing"))
)

# A port's town, as a table about ports names the port in a row of its own ("| Baku | 4,500 |"
# under "Cargo handled at ports"): "Port of Baku" -> "Baku". Elsewhere a town is not its port
# ("Baku" alone names no entity; "Aktau", "Poti" are aliases of their ports anyway).
PORT_TOWNS: Final[dict[str, str]] = {
    name.removeprefix("Port of "): name for name in PORTS if name.startswith("Port of ")
}

# Organisations that publish forecasts and estimates: named as their author ("World Bank
# projections see ...") they are the source of a figure, not what it is about.
FORECASTERS: Final[frozenset[str]] = frozenset(
    {"World Bank", "EBRD", "Asian Development Bank", "AIIB", "IFC", "IMF",
     "Eurasian Development Bank"}
)

# Capitals standing for their governments: "Tashkent hopes to lift trade with Baku",
# "Beijing's imports". Only where a capital acts or trades (`facts`): "signed in Baku",
# "flights from Tashkent to Baku" name a place, not a party.
CAPITALS: Final[dict[str, str]] = {
    "Astana": "Kazakhstan", "Nur-Sultan": "Kazakhstan", "Tashkent": "Uzbekistan",
    "Baku": "Azerbaijan", "Tbilisi": "Georgia", "Ankara": "Türkiye", "Beijing": "China",
    "Ashgabat": "Turkmenistan", "Bishkek": "Kyrgyzstan", "Dushanbe": "Tajikistan",
    "Moscow": "Russia", "Tehran": "Iran", "Yerevan": "Armenia", "Kyiv": "Ukraine",
    "Warsaw": "Poland", "Berlin": "Germany", "Islamabad": "Pakistan", "Kabul": "Afghanistan",
    "Ulaanbaatar": "Mongolia", "Minsk": "Belarus", "Brussels": "European Union",
    "Washington": "United States", "Tokyo": "Japan", "Seoul": "South Korea",
    "New Delhi": "India", "Abu Dhabi": "United Arab Emirates",
    "Riyadh": "Saudi Arabia", "Doha": "Qatar",
}

# Lenders whose approval of a sum is a loan: "The Asian Development Bank approved
# three-quarters of a billion dollars for roads", "The IMF board approved a 36-month
# arrangement ... of about $280 million" (a parliament's approval is a budget's).
LENDERS: Final[frozenset[str]] = frozenset(
    {"World Bank", "EBRD", "Asian Development Bank", "AIIB", "European Investment Bank",
     "Eurasian Development Bank", "Islamic Development Bank", "IFC", "IMF",
     "Saudi Fund for Development", "Abu Dhabi Fund for Development"}
)
# Companies and funds that invest: money they spend, allocate or earmark is an investment,
# not a state's budget ("DP World will spend about $100 million to raise the capacity").
INVESTORS: Final[frozenset[str]] = LENDERS | frozenset(
    {"DP World", "AD Ports Group", "PSA International", "APM Terminals", "Masdar",
     "ACWA Power", "Mubadala", "Public Investment Fund", "Qatar Investment Authority"}
)
# National oil companies: their generic "output" in tonnes is oil ("KMG's share of output came
# to 24.5 million tonnes"), as a field's is (`metric_rules`).
OIL_COMPANIES: Final[frozenset[str]] = frozenset({"KazMunayGas", "SOCAR"})
