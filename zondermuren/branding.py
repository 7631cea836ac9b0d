"""The Huis's colours: WCAG contrast checks, and the CSS that applies them to Material's palette.

Both colours carry white text (header, buttons) and the primary colour is also the link colour on
white, so each must reach 4.5:1 against white (WCAG 2.1 AA for normal text).
"""

from __future__ import annotations

AA_NORMAL = 4.5


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


def contrast_problems(colours: dict[str, str]) -> list[tuple[str, str]]:
    """(field, message) for every colour that fails AA against white text or a white page."""
    found = []
    for name, colour in colours.items():
        ratio = contrast(colour, "#ffffff")
        if ratio < AA_NORMAL:
            found.append(
                (
                    name,
                    f"te weinig contrast met wit (verwacht minstens 4.5:1 voor WCAG AA, gevonden "
                    f"{ratio:.1f}:1 voor {colour})",
                    f"bedoelde je '{darken_until(colour)}'? (dezelfde kleur, donkerder)",
                )
            )
    return found


def css(colours: dict[str, str]) -> str:
    primary = colours.get("primair", "#1d5e8c")
    accent = colours.get("accent", primary)
    return f""":root, [data-md-color-scheme="default"] {{
  --md-primary-fg-color: {primary};
  --md-primary-fg-color--light: {primary};
  --md-primary-fg-color--dark: {primary};
  --md-accent-fg-color: {accent};
  --md-typeset-a-color: {primary};
  --zm-primary: {primary};
  --zm-accent: {accent};
}}
"""
