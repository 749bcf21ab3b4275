"""`python -m cjm_desktop.app.screenshot` renders the real window to a PNG."""

from __future__ import annotations

from PySide6.QtGui import QImage

from cjm_desktop.app.screenshot import main, pick_showcase_card
from tests.factories import small_map


def test_screenshot_writes_a_png_of_the_window(sample_path, tmp_path, settings_dir, capsys):
    out = tmp_path / "shots" / "window.png"
    assert main([str(sample_path), str(out), "--size", "900x640"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 640)
    colours = {image.pixel(x, y) for x in range(0, 900, 15) for y in range(0, 640, 15)}
    assert len(colours) > 20  # a drawn window, not an empty canvas
    assert str(out) in capsys.readouterr().out


def test_the_showcase_card_is_a_touchpoint_with_a_sentiment():
    m = small_map()
    m.lanes[0].kind = "touchpoints"
    m.cards[2].sentiment, m.cards[2].channel = "negative", "Hotline"
    assert pick_showcase_card(m) == m.cards[2].id
