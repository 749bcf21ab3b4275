"""`python -m cjm_desktop.app.window.screenshot` renders the real window to a PNG."""

from __future__ import annotations

from PySide6.QtGui import QImage

from cjm_desktop.app.window.screenshot import main, pick_showcase_card
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


def test_screenshot_in_vietnamese_differs_and_leaves_english_behind(sample_path, tmp_path, settings_dir):
    from cjm_desktop.i18n import tr

    en, vi = tmp_path / "en.png", tmp_path / "vi.png"
    assert main([str(sample_path), str(en), "--size", "900x640", "--no-select"]) == 0
    assert main([str(sample_path), str(vi), "--size", "900x640", "--no-select", "--lang", "vi"]) == 0
    menu_bar = [(x, y) for x in range(0, 300, 2) for y in range(0, 22, 2)]
    a, b = QImage(str(en)), QImage(str(vi))
    assert sum(a.pixel(x, y) != b.pixel(x, y) for x, y in menu_bar) > 20  # other words in the menu bar
    assert tr("&File") == "&File"  # the translation is removed again
