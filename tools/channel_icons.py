"""Rebuild resources/channels/icons.json: the channel icons, from npm packages, at development time.

Run from the repository root (needs npm and the ``icons`` extra: ``pip install -e '.[icons]'``)::

    .venv/bin/python tools/channel_icons.py [--packages DIR]

The pinned packages below are installed with ``npm install`` into a temporary folder
(or read from ``DIR/node_modules`` when given). Only the icons listed in ``CHANNELS``
are extracted; each one's SVG shapes (paths, circles, rectangles, lines) are
normalised with ``svgelements`` into ONE absolute path of M/L/C/Z commands in the
icon's 24 x 24 box (arcs and quadratic curves become cubic curves), so the program
reads them without an SVG parser and Qt and reportlab draw the same commands.
Each set's licence is copied beside the data. The program never downloads
anything: the data file is committed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from svgelements import (Arc, Circle, Close, CubicBezier, Line, Move, Path as SvgPath, Polyline,
                         QuadraticBezier, Rect, SimpleLine)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "channels"

#: npm package -> (version, licence id, licence files copied beside the data, paint)
SETS = {
    "simple-icons": ("16.37.0", "CC0-1.0", ("LICENSE.md", "DISCLAIMER.md"), "fill"),
    "lucide-static": ("1.62.0", "ISC", ("LICENSE",), "stroke"),
}

#: Colour of the generic (lucide) glyphs, and of brands drawn with a generic glyph.
GENERIC_COLOUR = "#475569"

#: id, set, icon name in the set, Vietnamese label, English label, other names people type.
CHANNELS = [
    # generic channels (lucide-static, ISC)
    ("website", "lucide-static", "globe", "Trang web", "Website", ["web", "site", "trang web công ty"]),
    ("mobile_app", "lucide-static", "smartphone", "Ứng dụng di động", "Mobile app",
     ["app", "ứng dụng", "ứng dụng ngân hàng", "banking app"]),
    ("email", "lucide-static", "mail", "E-mail", "E-mail", ["email", "thư điện tử", "mail"]),
    ("phone", "lucide-static", "phone", "Điện thoại", "Phone call",
     ["phone", "gọi điện", "cuộc gọi", "hotline", "đường dây nóng"]),
    ("sms", "lucide-static", "message-square-text", "Tin nhắn SMS", "SMS", ["tin nhắn", "text message"]),
    ("chat", "lucide-static", "messages-square", "Chat", "Chat", ["trò chuyện", "live chat", "nhắn tin"]),
    ("social", "lucide-static", "share-2", "Mạng xã hội", "Social network", ["social media", "mxh"]),
    ("video", "lucide-static", "video", "Video", "Video", []),
    ("search", "lucide-static", "search", "Tìm kiếm", "Search", ["công cụ tìm kiếm", "search engine"]),
    ("maps", "lucide-static", "map-pin", "Bản đồ, đánh giá", "Maps, reviews",
     ["bản đồ", "đánh giá", "maps", "reviews", "review"]),
    ("counter", "lucide-static", "store", "Tại quầy", "Shop counter",
     ["cửa hàng", "tại cửa hàng", "tại salon", "quầy", "store", "in store", "in salon", "shop", "counter",
      "trực tiếp", "face to face", "in person"]),
    ("event", "lucide-static", "calendar-days", "Sự kiện", "Event", ["hội thảo", "workshop", "hội chợ"]),
    ("print_ad", "lucide-static", "newspaper", "Quảng cáo in", "Print ad",
     ["báo", "tờ rơi", "newspaper", "flyer", "leaflet", "báo in"]),
    ("outdoor_ad", "lucide-static", "signpost", "Quảng cáo ngoài trời", "Outdoor ad",
     ["biển quảng cáo", "biển hiệu", "billboard", "shop sign", "pano"]),
    ("word_of_mouth", "lucide-static", "message-circle-heart", "Truyền miệng", "Word of mouth",
     ["giới thiệu", "bạn bè giới thiệu", "referral", "recommendation"]),
    ("payment", "lucide-static", "credit-card", "Thanh toán", "Payment",
     ["thẻ", "chuyển khoản", "ngân hàng", "card payment", "bank transfer", "qr"]),
    ("delivery", "lucide-static", "truck", "Giao hàng", "Delivery", ["vận chuyển", "shipping", "courier"]),
    ("call_centre", "lucide-static", "headset", "Tổng đài", "Call centre",
     ["tổng đài chăm sóc khách hàng", "call center", "contact centre", "contact center", "cskh"]),
    ("kiosk", "lucide-static", "monitor", "Ki-ốt tự phục vụ", "Self-service kiosk",
     ["kiosk", "ki ốt", "máy tự phục vụ", "self-service"]),
    # brands (simple-icons, CC0); Lazada and Tiki are not in Simple Icons: a generic bag glyph
    ("zalo", "simple-icons", "zalo", "Zalo", "Zalo", ["zalo oa"]),
    ("facebook", "simple-icons", "facebook", "Facebook", "Facebook", ["fb", "fanpage"]),
    ("messenger", "simple-icons", "messenger", "Messenger", "Messenger", ["facebook messenger"]),
    ("tiktok", "simple-icons", "tiktok", "TikTok", "TikTok", ["tik tok"]),
    ("instagram", "simple-icons", "instagram", "Instagram", "Instagram", ["ig"]),
    ("youtube", "simple-icons", "youtube", "YouTube", "YouTube", []),
    ("google", "simple-icons", "google", "Google", "Google", []),
    ("google_maps", "simple-icons", "googlemaps", "Google Maps", "Google Maps", ["google map", "gg maps"]),
    ("shopee", "simple-icons", "shopee", "Shopee", "Shopee", []),
    ("lazada", "lucide-static", "shopping-bag", "Lazada", "Lazada", []),
    ("tiki", "lucide-static", "shopping-bag", "Tiki", "Tiki", []),
    ("grab", "simple-icons", "grab", "Grab", "Grab", ["grabfood", "grabbike"]),
]

#: Brands drawn with a generic glyph (not in Simple Icons): the same grey as the generic icons.
GENERIC_BRANDS = {"lazada", "tiki"}


def install(folder: Path) -> Path:
    """``npm install`` the pinned packages into ``folder``; its node_modules."""
    specs = [f"{name}@{version}" for name, (version, *_rest) in SETS.items()]
    subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(folder), *specs], check=True)
    return folder / "node_modules"


def _num(v: float) -> str:
    text = f"{v:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def normalise(paths: list[SvgPath]) -> str:
    """Absolute M/L/C/Z commands of ``paths`` (arcs and quadratics made cubic)."""
    out: list[str] = []
    for path in paths:
        path.approximate_arcs_with_cubics()
        for seg in path:
            if isinstance(seg, Move):
                out.append(f"M {_num(seg.end.x)} {_num(seg.end.y)}")
            elif isinstance(seg, Close):
                out.append("Z")
            elif isinstance(seg, Line):
                out.append(f"L {_num(seg.end.x)} {_num(seg.end.y)}")
            elif isinstance(seg, QuadraticBezier):
                s, c, e = seg.start, seg.control, seg.end
                c1 = (s.x + 2 / 3 * (c.x - s.x), s.y + 2 / 3 * (c.y - s.y))
                c2 = (e.x + 2 / 3 * (c.x - e.x), e.y + 2 / 3 * (c.y - e.y))
                out.append("C " + " ".join(_num(v) for v in (*c1, *c2, e.x, e.y)))
            elif isinstance(seg, CubicBezier):
                out.append("C " + " ".join(_num(v) for v in (seg.control1.x, seg.control1.y, seg.control2.x,
                                                               seg.control2.y, seg.end.x, seg.end.y)))
            elif isinstance(seg, Arc):  # pragma: no cover - approximate_arcs_with_cubics replaced them
                raise ValueError("arc left in a path")
    return " ".join(out)


def _shape(tag: str, a: dict) -> SvgPath:
    f = {k: float(v) for k, v in a.items() if k not in ("d", "key", "points")}
    if tag == "path":
        return SvgPath(a["d"])
    if tag == "circle":
        return SvgPath(Circle(f["cx"], f["cy"], f["r"]))
    if tag == "rect":
        rx = f.get("rx", f.get("ry", 0.0))
        return SvgPath(Rect(f.get("x", 0.0), f.get("y", 0.0), f["width"], f["height"], rx=rx, ry=f.get("ry", rx)))
    if tag == "line":
        return SvgPath(SimpleLine(f["x1"], f["y1"], f["x2"], f["y2"]))
    if tag == "polyline":
        return SvgPath(Polyline(a["points"]))
    raise ValueError(f"unsupported SVG element {tag}")


def lucide_path(modules: Path, name: str) -> str:
    nodes = json.loads((modules / "lucide-static" / "icon-nodes.json").read_text(encoding="utf-8"))[name]
    return normalise([_shape(tag, attrs) for tag, attrs in nodes])


def simple_icon(modules: Path, slug: str) -> tuple[str, str]:
    """(path, brand colour) of a Simple Icons brand."""
    data = json.loads((modules / "simple-icons" / "data" / "simple-icons.json").read_text(encoding="utf-8"))
    entries = data if isinstance(data, list) else data["icons"]
    entry = next(e for e in entries if e.get("slug") == slug)
    svg = (modules / "simple-icons" / "icons" / f"{slug}.svg").read_text(encoding="utf-8")
    d = svg.split(' d="', 1)[1].split('"', 1)[0]
    return normalise([SvgPath(d)]), "#" + entry["hex"].upper()


def build(modules: Path) -> dict:
    icons = []
    for cid, set_name, source, vi, en, aliases in CHANNELS:
        paint = SETS[set_name][3]
        if set_name == "simple-icons":
            d, colour = simple_icon(modules, source)
        else:
            d, colour = lucide_path(modules, source), GENERIC_COLOUR
        icons.append({"id": cid, "kind": "brand" if cid in GENERIC_BRANDS or set_name == "simple-icons" else "generic",
                      "vi": vi, "en": en, "aliases": aliases, "set": set_name, "source": source, "paint": paint,
                      "colour": colour, "d": d})
    sets = {name: {"version": version, "license": lic, "files": [f"{name}-{f}" for f in files]}
            for name, (version, lic, files, _paint) in SETS.items()}
    return {"size": 24, "sets": sets, "icons": icons}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--packages", type=Path, help="a folder whose node_modules holds the pinned packages")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cjm-icons-") as tmp:
        modules = args.packages / "node_modules" if args.packages else install(Path(tmp))
        for name, (version, *_rest) in SETS.items():
            found = json.loads((modules / name / "package.json").read_text(encoding="utf-8"))["version"]
            if found != version:
                raise SystemExit(f"{name} is {found}, the tool is pinned to {version}")
        data = build(modules)
        OUT.mkdir(parents=True, exist_ok=True)
        for name, (_v, _l, files, _p) in SETS.items():
            for f in files:
                shutil.copyfile(modules / name / f, OUT / f"{name}-{f}")
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    (OUT / "icons.json").write_text(text, encoding="utf-8")
    sys.stdout.write(f"{len(data['icons'])} icons -> {OUT / 'icons.json'}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
