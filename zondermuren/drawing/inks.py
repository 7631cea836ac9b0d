"""The ink colours every drawing uses, besides the Huis's own two (`colours.palette`)."""

from __future__ import annotations

INK = "#1a1a1a"  # body text: softer than black, still dark enough for small print
MUTED = "#4a4a4a"  # secondary text: addresses, small print, page numbers
WHITE = "#ffffff"  # on the Huis colour, and the tiles behind logos
BLACK = "#000000"  # QR codes: the most contrast a scanner can get
CUT = "#9a9a9a"  # the hairline to cut along, on an office print of a smaller item
GRID = "#b4b4b4"  # the lines between the cells of a month
FILLER = "#ececec"  # a day of the month before or after, in a month's grid
MORE = "#8a2e1f"  # "+N meer": what did not fit, in a colour that stands out from the dates
