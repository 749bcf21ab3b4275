"""The committed icon PNGs are the SVGs rendered at every hicolor size."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.gui


def _load_render_icons():
    spec = importlib.util.spec_from_file_location(
        "cjm_render_icons", ROOT / "packaging" / "render_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


render_icons = _load_render_icons()


def _mean_difference(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    pa, pb = bytes(a.constBits()), bytes(b.constBits())
    assert len(pa) == len(pb)
    return sum(abs(x - y) for x, y in zip(pa, pb)) / len(pa)


@pytest.mark.parametrize("name", sorted(render_icons.ICON_CONTEXTS))
@pytest.mark.parametrize("size", render_icons.SIZES)
def test_committed_png_matches_its_svg(qapp, name, size):
    png = render_icons.png_path(name, size)
    assert png.exists(), f"{png} missing: run `make icons`"
    committed = QImage(str(png))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = render_icons.render_svg(render_icons.source_svg(name, size), size)
    # Small antialiasing differences between Qt versions are fine; an edited
    # SVG that was not re-rendered is not.
    assert _mean_difference(committed, fresh) < 2.0, f"{png} is stale: run `make icons`"


@pytest.mark.parametrize("name", sorted(render_icons.ICON_CONTEXTS))
def test_icon_is_drawn_and_has_transparent_corners(qapp, name):
    image = QImage(str(render_icons.png_path(name, 48)))
    centre = image.pixelColor(24, 30)
    assert centre.alpha() == 255, "the middle of the icon is drawn"
    assert image.pixelColor(0, 0).alpha() < 64, "the corner outside the shape stays transparent"
    colours = {image.pixelColor(x, y).name() for x in range(0, 48, 3) for y in range(0, 48, 3)}
    assert len(colours) > 5, "the icon has the lane colours, not a flat fill"


def test_render_writes_every_size(qapp, tmp_path):
    written = render_icons.render_all(render_icons.ICONS, tmp_path)
    assert len(written) == len(render_icons.SIZES) * len(render_icons.ICON_CONTEXTS)
    for path in written:
        size = int(path.parent.parent.name.split("x")[0])
        assert QImage(str(path)).width() == size


def test_running_app_uses_the_icon_at_every_size(qapp):
    from cjm_desktop.app.cli.gui import app_icon

    icon = app_icon()
    assert not icon.isNull()
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == list(render_icons.SIZES)
    committed = QImage(str(render_icons.png_path("cjm-desktop", 48)))
    assert _mean_difference(icon.pixmap(48, 48).toImage(), committed) < 1.0


def _load_platform_icons():
    spec = importlib.util.spec_from_file_location(
        "cjm_make_platform_icons", ROOT / "packaging" / "make_platform_icons.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


platform_icons = _load_platform_icons()


def _pil_difference(a, b) -> float:
    pa, pb = a.convert("RGBA").tobytes(), b.convert("RGBA").tobytes()
    assert len(pa) == len(pb)
    return sum(abs(x - y) for x, y in zip(pa, pb)) / len(pa)


@pytest.mark.parametrize("name", platform_icons.NAMES)
def test_windows_ico_has_every_size_drawn_from_the_svgs(qapp, name):
    from PIL import Image

    ico = Image.open(platform_icons.ico_path(name))
    assert ico.format == "ICO"
    assert sorted(ico.ico.sizes()) == [(s, s) for s in platform_icons.ICO_SIZES]
    for size in (16, 48, 256):  # the hand-tuned small drawing at 16, the full one above
        frame = ico.ico.getimage((size, size))
        assert _pil_difference(frame, platform_icons.rendered(name, size)) < 2.0, \
            f"{platform_icons.ico_path(name)} is stale: run `make icons`"


@pytest.mark.parametrize("name", platform_icons.NAMES)
def test_macos_icns_has_the_retina_sizes_drawn_from_the_svgs(qapp, name):
    from PIL import Image

    icns = Image.open(platform_icons.icns_path(name))
    assert icns.format == "ICNS"
    sizes = set(icns.info["sizes"])
    assert {(512, 512, 2), (256, 256, 2), (128, 128, 1), (16, 16, 2)} <= sizes
    icns.load()
    assert icns.size == (1024, 1024)
    assert _pil_difference(icns, platform_icons.rendered(name, 1024)) < 2.0, \
        f"{platform_icons.icns_path(name)} is stale: run `make icons`"
