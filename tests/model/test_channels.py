"""The bundled channel catalogue: complete, licensed, and matched from what people type. No Qt."""

from __future__ import annotations

import json

import pytest

from cjm_desktop.model.channels import catalogue, channels_used, fold, match_channel, parse_path
from cjm_desktop.resources import resource

#: The channels the issue asks for, by id.
GENERIC = ["website", "mobile_app", "email", "phone", "sms", "chat", "social", "video", "search", "maps", "counter",
           "event", "print_ad", "outdoor_ad", "word_of_mouth", "payment", "delivery", "call_centre", "kiosk"]
BRANDS = ["zalo", "facebook", "messenger", "tiktok", "instagram", "youtube", "google", "google_maps", "shopee",
          "lazada", "tiki", "grab"]


def test_every_channel_asked_for_is_bundled_with_both_labels_and_a_path():
    cat = catalogue()
    assert [c.id for c in cat.channels] == GENERIC + BRANDS
    for c in cat.channels:
        assert c.vi and c.en, c.id
        assert c.paint in ("fill", "stroke")
        assert c.colour.startswith("#") and len(c.colour) == 7
        assert c.commands[0][0] == "M" and len(c.commands) > 2, c.id
        assert {cmd[0] for cmd in c.commands} <= {"M", "L", "C", "Z"}
        coords = [v for cmd in c.commands for v in cmd[1:]]
        assert all(-0.5 <= v <= cat.size + 0.5 for v in coords), c.id  # inside the 24 x 24 box
    assert {c.id for c in cat.channels if c.kind == "brand"} == set(BRANDS)
    # Simple Icons marks are filled in the brand's colour; the lucide glyphs are stroked
    assert catalogue().get("zalo").paint == "fill" and catalogue().get("zalo").colour == "#0068FF"
    assert catalogue().get("phone").paint == "stroke"


def test_every_set_ships_its_licence_beside_the_data():
    data = json.loads(resource("channels", "icons.json").read_text(encoding="utf-8"))
    used_sets = {icon["set"] for icon in data["icons"]}
    assert used_sets == set(data["sets"]) == {"simple-icons", "lucide-static"}
    assert data["sets"]["simple-icons"]["license"] == "CC0-1.0"
    assert data["sets"]["lucide-static"]["license"] == "ISC"
    for name, info in data["sets"].items():
        assert info["version"] and info["files"]
        for f in info["files"]:
            text = resource("channels", f).read_text(encoding="utf-8")
            assert len(text) > 500, f
    assert "CC0" in resource("channels", "simple-icons-LICENSE.md").read_text(encoding="utf-8")
    assert "ISC License" in resource("channels", "lucide-static-LICENSE").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, channel", [
    ("Zalo", "zalo"), ("zalo", "zalo"), ("ZALO", "zalo"), ("  Zalo OA ", "zalo"),
    ("Điện thoại", "phone"), ("điện thoại", "phone"), ("dien thoai", "phone"), ("phone", "phone"),
    ("Phone call", "phone"), ("Hotline", "phone"),
    ("Google Maps", "google_maps"), ("google_maps", "google_maps"), ("Google", "google"),
    ("Tại quầy", "counter"), ("Shop counter", "counter"), ("Tại salon", "counter"),
    ("Truyền miệng", "word_of_mouth"), ("E-mail", "email"), ("email", "email"),
    ("Ki-ốt tự phục vụ", "kiosk"), ("Self-service kiosk", "kiosk"), ("Lazada", "lazada"), ("Tiki", "tiki"),
    ("Đường dây nóng", "phone"), ("Tổng đài", "call_centre"),
])
def test_text_names_its_channel_whatever_the_case_and_diacritics(text, channel):
    assert match_channel(text).id == channel


@pytest.mark.parametrize("text", ["", "Hội chợ sách ở quận 3", "Zalo và Facebook", "bưu điện"])
def test_other_text_stays_free_text_with_no_icon(text):
    assert match_channel(text) is None


def test_decomposed_vietnamese_matches_like_composed():
    import unicodedata

    assert match_channel(unicodedata.normalize("NFD", "Điện thoại")).id == "phone"
    assert fold("Đ") == "d"


def test_channels_used_are_distinct_and_in_catalogue_order():
    used = channels_used(["Zalo", "phone", "zalo", "free text", "", "Điện thoại", "Website"])
    assert [c.id for c in used] == ["website", "phone", "zalo"]


def test_an_icons_commands_are_read_from_the_catalogues_path_when_first_drawn():
    """Reading the catalogue parses no icon (a start draws a few of them); a channel's
    commands, once asked for, are its path's, and stay the same object."""
    fresh = catalogue.__wrapped__()
    zalo = next(c for c in fresh.channels if c.id == "zalo")
    assert "commands" not in vars(zalo)
    commands = zalo.commands
    assert commands == parse_path(json.loads(resource("channels", "icons.json").read_text(encoding="utf-8"))
                                  ["icons"][fresh.channels.index(zalo)]["d"])
    assert commands[0][0] == "M" and all(c[0] in "MLCZ" for c in commands)
    assert zalo.commands is commands
