"""Write resources/fonts/widths.json, the layout's text widths, from the bundled fonts.

    python -m tools.font_widths     # make font-widths

Run it after changing a font; tests/layout/test_font_metrics.py fails while the
table and the fonts differ. The table is what
:func:`cjm_desktop.layout.font_metrics.table_from_fonts` reads through reportlab.
"""

from __future__ import annotations

import json

from cjm_desktop.io.atomic import atomic_write_bytes
from cjm_desktop.layout.font_metrics import TABLE, table_from_fonts
from cjm_desktop.resources import resource


def main() -> None:
    target = resource("fonts", TABLE)
    atomic_write_bytes(target, json.dumps(table_from_fonts(), separators=(",", ":")).encode("ascii"))
    print(target)


if __name__ == "__main__":
    main()
