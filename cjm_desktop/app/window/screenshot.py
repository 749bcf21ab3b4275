"""Render the real main window on a map to a PNG, without a display.

    python -m cjm_desktop.app.window.screenshot MAP.cjm OUT.png [--size 1600x1000] [--lang vi]

Used by ``make screenshot`` for ``docs/screenshot.png`` (English) and
``docs/screenshot-vi.png`` (the Vietnamese interface). Settings go to a
temporary folder, so the user's window layout and recent files are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Optional

from ...render.qt_env import prefer_serial_painting


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f'"{text}" is not a size like 1600x1000') from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError("width and height must be between 200 and 8000 pixels")
    return w, h


def pick_showcase_card(journey_map) -> Optional[str]:
    """A card worth showing in the inspector: a touchpoint with a sentiment, else any card."""
    lanes = {lane.id: lane for lane in journey_map.lanes}
    for card in journey_map.cards:
        if card.sentiment and card.channel and lanes[card.lane_id].kind.value == "touchpoints":
            return card.id
    return journey_map.cards[0].id if journey_map.cards else None


def show_readable(view, min_zoom: float = 0.62, max_zoom: float = 1.0) -> None:
    """Fit the map's width (within readable zooms) and show it from the top-left corner."""
    lay = view.scene().layout
    ppp = view.transform().m11() / view.zoom()
    width_fit = (view.viewport().width() - 8) / max(1.0, lay.width) / ppp
    view.set_zoom(max(min_zoom, min(max_zoom, width_fit)))
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().minimum())


def render(map_path: Path, out: Path, size: tuple[int, int] = (1600, 1000), select: bool = True,
           lang: str = "en") -> Path:
    """Open ``map_path`` in a MainWindow of ``size``, its interface in ``lang``,
    and save what it shows to ``out``."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="cjm-screenshot-") as settings_dir:
        QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, settings_dir)
        from ..settings import language

        language.install(lang)
        from ...commands import CjmDocument
        from ...io import CjmError
        from .main_window import MainWindow

        try:
            doc = CjmDocument.open(map_path)
        except CjmError as exc:
            raise SystemExit(str(exc)) from None
        window = MainWindow()
        window.set_document(doc)
        window.resize(*size)
        window.show()
        app.processEvents()
        if select:
            card_id = pick_showcase_card(doc.map)
            if card_id:
                window.scene.select_ids({"cards": [card_id]})
        show_readable(window.view)
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(out))
        window.close()
        language.uninstall()
        if not saved:
            raise SystemExit(f"{out}: could not write the PNG (check the folder is writable)")
    return out


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cjm_desktop.app.window.screenshot",
                                     description="Render the main window on a map to a PNG (no display needed).")
    parser.add_argument("map", type=Path, help="the .cjm map to show")
    parser.add_argument("out", type=Path, help="the PNG to write")
    parser.add_argument("--size", type=_size, default=(1600, 1000), help="window size, e.g. 1600x1000")
    parser.add_argument("--no-select", action="store_true", help="do not select a card for the inspector")
    parser.add_argument("--lang", choices=("en", "vi"), default="en", help="the interface language (default en)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prefer_serial_painting()
    render(args.map, args.out, args.size, select=not args.no_select, lang=args.lang)
    print(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
