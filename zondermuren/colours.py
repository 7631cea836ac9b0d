"""Colour arithmetic for the Huis's brand colours: WCAG contrast, darker shades, the palette.

Pure functions, used by the check (is a colour readable?), the site's CSS and print alike.
"""

from __future__ import annotations

AA_NORMAL = 4.5
DEFAULT_PRIMARY = "#1d5e8c"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def darken_until(colour: str, against: str = "#ffffff", target: float = AA_NORMAL) -> str:
    """The nearest darker shade of `colour` that reaches `target` contrast against `against`."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    for step in range(101):
        factor = 1 - step / 100
        shade = f"#{int(r * factor):02x}{int(g * factor):02x}{int(b * factor):02x}"
        if contrast(shade, against) >= target:
            return shade
    return "#000000"


def brand(colours: dict[str, str]) -> tuple[str, str]:
    """The primary and accent colour as the Huis chose them (defaults when it names none)."""
    primary = colours.get("primair", DEFAULT_PRIMARY)
    return primary, colours.get("accent", primary)


def palette(colours: dict[str, str]) -> tuple[str, str]:
    """The colours that carry text (white on them, or them on white): each at least 4.5:1 (WCAG AA).

    A brand colour too light for text keeps its hue and gets darker until it reads; the check
    warns which shade it became. Site (header, links, buttons) and print (headers) use these.
    """
    primary, accent = brand(colours)
    return darken_until(primary), darken_until(accent)
