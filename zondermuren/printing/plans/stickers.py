"""Window stickers: a partner's square sticker (15 x 15 cm), to stick on the glass from outside, and
its mirror image to stick behind the glass, printed side on it. In the default language only:
stickers hang on Dutch-speaking streets.
"""

from __future__ import annotations

from zondermuren import urls
from zondermuren.i18n import Translator, direction
from zondermuren.model.huis import Huis
from zondermuren.printing.plans.common import partner_fields
from zondermuren.printing.specs import PAPER, HuisSpec, PrintItem, StickerSpec, file_name, variants

KINDS = (OUTSIDE, INSIDE) = ("raamsticker", "raamsticker-binnenkant")
TRIM = (150.0, 150.0)  # mm
SIZES = ("15x15", "a4")  # the print shop cuts it to its size; the office prints it on A4 to cut out


def plan(huis: Huis, site_url: str, common: HuisSpec) -> list[PrintItem[StickerSpec]]:
    """Both stickers of every partner, partner by partner."""
    language = huis.default_language
    t = Translator(language, huis.root)
    items: list[PrintItem[StickerSpec]] = []
    for partner in huis.partners.values():
        fields = partner_fields(huis, partner, site_url, t)
        outside: StickerSpec = {
            **common,
            "language": language,
            "rtl": direction(language) == "rtl",
            **fields,
            "design": "sticker",
        }
        inside: StickerSpec = {**outside, "mirrored": True}
        for kind, spec in ((OUTSIDE, outside), (INSIDE, inside)):
            for variant, shown in variants(spec, TRIM, t):
                size = "a4" if variant == "kantoor" else "15x15"
                if variant == "kantoor":  # on A4 at the office, with a line to cut along
                    shown["paper"] = list(PAPER["a4"])
                path = urls.print_file(partner.slug, file_name(kind, size, variant, language))
                items.append(PrintItem(path, kind, partner.slug, language, shown, "", size, variant))
    return items
