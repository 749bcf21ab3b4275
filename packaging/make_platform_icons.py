"""Make the Windows ``.ico`` and macOS ``.icns`` icons from the SVGs in ``resources/icons/``.

Run from the repository root (``make icons`` does, after the hicolor PNGs)::

    python packaging/make_platform_icons.py

Each size is drawn by Qt's SVG renderer (``render_icons.render_svg``, the
hand-tuned ``-small.svg`` up to 24 px) and Pillow packs the sizes into one file:

- ``packaging/windows/cjm-desktop.ico`` and ``application-x-cjm.ico``:
  16, 24, 32, 48, 64, 128 and 256 px (Explorer, the taskbar, the installer);
- ``packaging/macos/cjm-desktop.icns`` and ``application-x-cjm.icns``:
  16 to 1024 px, with the @2x variants (Finder, the Dock).

The files are committed; ``tests/packaging/test_icons.py`` fails when they
are missing a size or were not made from the current SVGs.
"""

from __future__ import annotations

import importlib.util
import io
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
NAMES = ("cjm-desktop", "application-x-cjm")

log = logging.getLogger("make_platform_icons")


def _render_icons():
    spec = importlib.util.spec_from_file_location("cjm_render_icons", Path(__file__).with_name("render_icons.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rendered(name: str, size: int) -> Image.Image:
    """``name`` drawn at ``size`` pixels, as a Pillow RGBA image."""
    icons = _render_icons()
    image = icons.render_svg(icons.source_svg(name, size), size)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def ico_path(name: str) -> Path:
    return ROOT / "packaging" / "windows" / f"{name}.ico"


def icns_path(name: str) -> Path:
    return ROOT / "packaging" / "macos" / f"{name}.icns"


def make_all() -> list[Path]:
    written = []
    for name in NAMES:
        images = {size: rendered(name, size) for size in sorted(set(ICO_SIZES) | set(ICNS_SIZES))}
        largest = images[max(ICO_SIZES)]
        largest.save(ico_path(name), format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
        images[max(ICNS_SIZES)].save(icns_path(name), format="ICNS",
                                     append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
        written += [ico_path(name), icns_path(name)]
        log.info("wrote %s and %s", ico_path(name), icns_path(name))
    return written


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    make_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
