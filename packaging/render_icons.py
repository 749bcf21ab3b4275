"""Render the SVG icons in ``resources/icons/`` to the hicolor PNG sizes.

Run from the repository root (``make icons`` does)::

    python packaging/render_icons.py

It writes ``resources/icons/hicolor/<n>x<n>/apps/cjm-desktop.png`` and
``resources/icons/hicolor/<n>x<n>/mimetypes/application-x-cjm.png`` for every
size in ``SIZES``. Rendering uses Qt's SVG renderer on the offscreen platform,
so no display is needed. Where a hand-tuned ``<name>-small.svg`` exists it is
used for the sizes up to ``SMALL_MAX`` (fewer, thicker shapes read better at
16 and 24 pixels).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

log = logging.getLogger("render_icons")

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 24
#: icon name -> hicolor context folder
ICON_CONTEXTS = {"cjm-desktop": "apps", "application-x-cjm": "mimetypes"}


def source_svg(name: str, size: int, icons: Path = ICONS) -> Path:
    """Return the SVG to draw ``name`` from at ``size`` pixels."""
    small = icons / f"{name}-small.svg"
    if size <= SMALL_MAX and small.exists():
        return small
    return icons / f"{name}.svg"


def png_path(name: str, size: int, icons: Path = ICONS) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / ICON_CONTEXTS[name] / f"{name}.png"


def render_svg(svg: Path, size: int) -> QImage:
    """Draw ``svg`` into a transparent ``size`` x ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def render_all(icons: Path = ICONS, out: Path | None = None) -> list[Path]:
    """Render every icon at every size; return the PNGs written."""
    written = []
    for name in ICON_CONTEXTS:
        for size in SIZES:
            target = png_path(name, size, out or icons)
            target.parent.mkdir(parents=True, exist_ok=True)
            image = render_svg(source_svg(name, size, icons), size)
            if not image.save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
            written.append(target)
            log.info("wrote %s", target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the hicolor tree here instead")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    render_all(ICONS, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
