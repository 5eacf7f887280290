"""A person's timezone from what we know: a city they said they live in, or their phone number's region."""

from __future__ import annotations

import functools
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
    place = lower_fold(name).replace(".", "").strip()
    return place in _CITY_ZONES or place in _zones_by_city() or place in _country_names()


def timezone_for(*, location: str = "", phone: str = "") -> str:
    """An IANA timezone name, or "" when neither the place nor the number tells."""
    if location:
        place = lower_fold(location).replace(".", "").strip()
        for candidate in (place, place.split(",")[0].strip()):
            if zone := _CITY_ZONES.get(candidate) or _zones_by_city().get(candidate):
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
