"""What a claim is about: the most specific of its entities.

A claim's `entities` mix its subject with context and with who reported it ("the
Trans-Caspian route moved 2.8 million tonnes, says KTZ"; "EBRD projections that container
volumes on the route could grow from 18,000 TEU"). Entities are ranked by kind, most
specific first: ports, then routes (corridors, pipelines, railways, cables), then places
(countries, blocs, regions and seas), then companies and organisations. The subject is
every entity of the best rank present: a route named with a reporting company or the
country of a ministry is the route; a bank alone is the bank.

Regions rank with countries because they are often the partner ("gas to Europe",
"Kazakhstan's trade with Central Asia"): dropping them would merge a country's trade with
one region into its total. The price: a region named only as context ("its most
important partner in the South Caucasus") splits a pair's series; that is a parser fix.
A port named beside its route takes the claim to the port.
NOTE: keep `ENTITY_KINDS` in sync with `dashboard.vocab.entities.ENTITIES` (a test
checks that every vocabulary entity has a kind).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

from dashboard.vocab.entities import AIRPORTS, COUNTRIES, PORTS

# Rank of each kind: lower is more specific.
KIND_RANK: Final[Mapping[str, int]] = MappingProxyType({
    "port": 0, "route": 1, "country": 2, "region": 2, "organisation": 3,
})
_NAMES: Final[dict[str, tuple[str, ...]]] = {
    "route": ("Trans-Caspian International Transport Route", "Baku-Tbilisi-Ceyhan pipeline",
              "Caspian Pipeline Consortium", "South Caucasus Pipeline", "Trans Adriatic Pipeline",
              "Baku-Tbilisi-Kars railway", "Southern Gas Corridor", "TANAP",
              "Trans-Caspian fibre-optic cable", "Zangezur corridor", "China-Europe rail",
              "International North-South Transport Corridor", "Lapis Lazuli corridor",
              "Trans-Afghan railway", "TAPI gas pipeline", "China-Kyrgyzstan-Uzbekistan railway",
              "Rasht-Astara railway", "Chabahar-Zahedan railway", "CASA-1000",
              "Kars-Igdir-Nakhchivan railway", "Volga-Don Canal", "Trans-Caspian Gas Pipeline"),
    # Blocs trade and sign like countries ("Azerbaijan's trade with the Turkic states").
    "country": ("Organization of Turkic States", "Eurasian Economic Union"),
    "region": ("Europe", "Asia", "Central Asia", "South Caucasus", "Caspian Sea", "Black Sea",
               "South Asia", "East Asia", "Southeast Asia", "Middle East", "Xinjiang"),
    "organisation": ("Kazakhstan Temir Zholy", "Azerbaijan Railways", "Georgian Railway",
                     "Uzbekistan Railways", "Russian Railways", "UTLC ERA",
                     "China State Railway Group", "KazTransOil", "KEGOC",
                     "KazMunayGas", "SOCAR", "DP World", "Kazmortransflot",
                     "ASCO", "AzerTelecom", "Kazakhtelecom", "AZCON Holding", "APM Terminals",
                     "AD Ports Group", "PSA International",
                     "Uzbektelecom", "Turkmentelecom", "AzInTelecom", "Kazpost",
                     "Uzbekistan Post", "Wildberries", "Ozon", "Temu",  # post, marketplaces
                     "World Bank", "EBRD", "Asian Development Bank", "AIIB", "IFC", "MIGA",
                     "IMF", "AIFC", "European Investment Bank", "Eurasian Development Bank",
                     "Islamic Development Bank", "World Trade Organization",
                     # state and sovereign wealth funds
                     "State Oil Fund of Azerbaijan", "Samruk-Kazyna",
                     "Uzbekistan Fund for Reconstruction and Development",
                     # Gulf developers and funds (Saudi Arabia and Qatar are `COUNTRIES`)
                     "Masdar", "ACWA Power", "Mubadala", "Public Investment Fund",
                     "Qatar Investment Authority", "Saudi Fund for Development",
                     "Abu Dhabi Fund for Development",
                     # mining and metals companies (`vocab/entities.py`)
                     "Kazatomprom", "KAZ Minerals", "Eurasian Resources Group", "Kazzinc",
                     "Navoi Mining and Metallurgical Company", "Oyu Tolgoi", "Rio Tinto",
                     "Erdenes Tavan Tolgoi",
                     "Almalyk Mining and Metallurgical Complex", "TALCO",
                     "Zangezur Copper and Molybdenum Combine",
                     # airlines and an airport operator
                     "Air Astana", "Azerbaijan Airlines", "Silk Way West Airlines",
                     "Turkish Airlines", "Turkish Cargo", "Uzbekistan Airways",
                     "Georgian Airways", "TAV Airports",
                     # builders of rolling stock, ships and port cranes (`vocab/entities.py`)
                     "Alstom", "Stadler", "CRRC", "Wabtec", "Siemens", "Hyundai Rotem",
                     "Talgo", "TÜRASAŞ", "ZPMC", "Konecranes", "Liebherr", "Baku Shipyard"),
}
ENTITY_KINDS: Final[Mapping[str, str]] = MappingProxyType({
    **{name: "country" for name in COUNTRIES},
    **{name: "port" for name in PORTS},  # ports and oil terminals
    "Alat Free Economic Zone": "port",  # a site beside a port, as specific as one
    # a free zone is a site as specific as a port: its residents' output is the zone's series
    "Navoi Free Economic Zone": "port", "Jizzakh Free Economic Zone": "port",
    # an airport is a site as specific as a port: "Almaty airport handled 80,000 tonnes" is
    # the airport's series, not Kazakhstan's
    **{name: "port" for name in AIRPORTS},
    **{name: kind for kind, names in _NAMES.items() for name in names},
})


def entity_kind(name: str) -> str:
    """The kind of a canonical entity name; ports also by their name, unknown names last."""
    if name.startswith("Port of "):
        return "port"
    return ENTITY_KINDS.get(name, "organisation")


# Goods moved through a port or a border crossing ("cargo at the Port of Aktau reached 4.5
# million tonnes", "cargo turnover at the port") and goods it handled ("the port handled
# 4.5 million tonnes") are one measure: the words tell the verbs apart, not the figures. In
# tonnes, and its relative change ("cargo at the Port of Poti grew 36.2% to 7.9 mln t").
# Airports and free zones are no ports here (an airport's tonnes are its cargo volume).
SITE_METRICS: Final[Mapping[str, str]] = MappingProxyType({"cargo volume": "port throughput"})
_SITE_CHANGES: Final[frozenset[str]] = frozenset({"%", "x"})  # relative changes, not shares


def site_metric(metric: str, unit: str, unit_class: str, change: str | None,
                subject: tuple[str, ...]) -> str:
    """The metric a port's or a crossing's series is named by (`SITE_METRICS`)."""
    measured = unit_class == "mass" or (change is not None and unit in _SITE_CHANGES)
    if (metric in SITE_METRICS and measured and subject
            and all(name in PORTS or name.startswith("Port of") for name in subject)):
        return SITE_METRICS[metric]
    return metric


def subject_of(entities: Iterable[str]) -> tuple[str, ...]:
    """The entities of the most specific kind present, sorted (order carries no meaning)."""
    names = {e for e in entities if e}
    if not names:
        return ()
    ranks = {name: KIND_RANK[entity_kind(name)] for name in names}
    best = min(ranks.values())
    return tuple(sorted(name for name, rank in ranks.items() if rank == best))
