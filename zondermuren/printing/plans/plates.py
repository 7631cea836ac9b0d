"""Name plates: an A4 landscape plate for the front of each of a partner's locations, 'partner van
Huis van het Kind X', with the QR code to its page. In the default language only, like the stickers.
"""

from __future__ import annotations

from zondermuren import urls
from zondermuren.i18n import Translator, direction
from zondermuren.model.huis import Huis
from zondermuren.printing.plans.common import partner_fields
from zondermuren.printing.specs import HuisSpec, PlateSpec, PrintItem, file_name, variants

KIND = "naambord"  # file stems are naambord-<location id>
TRIM = (297.0, 210.0)  # A4 landscape
SIZES = ("a4",)


def plan(huis: Huis, site_url: str, common: HuisSpec) -> list[PrintItem[PlateSpec]]:
    """A plate for every location of every partner, partner by partner."""
    language = huis.default_language
    t = Translator(language, huis.root)
    items: list[PrintItem[PlateSpec]] = []
    for partner in huis.partners.values():
        fields = partner_fields(huis, partner, site_url, t)
        for location in partner.locations:
            address = location.address
            spec: PlateSpec = {
                **common,
                "language": language,
                "rtl": direction(language) == "rtl",
                **fields,
                "design": "plate",
                "place": location.name.get(language) if location.name else "",
                "address": [address.street, f"{address.postcode} {address.municipality.name}"],
            }
            for variant, shown in variants(spec, TRIM, t):
                path = urls.print_file(partner.slug, file_name(f"{KIND}-{location.id}", "a4", variant, language))
                items.append(PrintItem(path, KIND, partner.slug, language, shown, location.id, "a4", variant))
    return items
