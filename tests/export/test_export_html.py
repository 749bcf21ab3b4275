"""The offline HTML viewer: one self-contained file, nothing fetched, map text kept as text;
checked as markup here and in a real headless Chromium where it is installed."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import shutil
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pytest

from cjm_desktop.export.html_viewer import export_html, html_document
from cjm_desktop.layout import decor
from cjm_desktop.layout.words import label
from cjm_desktop.model import Card, JourneyMap, Lane, LaneKind, Persona, Stage, EmotionPoint
from cjm_desktop.resources import font_path, resource

from tests.export.maps import rich_map
from tests.factories import BLOCK_QT

ROOT = Path(__file__).resolve().parents[2]
HOSTILE_TITLES = [
    "</script><script>document.title='pwned'</script>",
    '<img src=x onerror="document.title=\'pwned\'">',
    "Khách ]]> & \"quote\" 'apos' <!-- comment",
]


class Tags(HTMLParser):
    """The start tags of a page, its text, and every URL-bearing attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v or "" for k, v in attrs if k in ("src", "href", "xlink:href", "action", "poster", "data")]

    def handle_data(self, data):
        self.text.append(data)


def parsed(page: str) -> Tags:
    tags = Tags()
    tags.feed(page)
    return tags


def hostile_map() -> JourneyMap:
    stage, lane = Stage(title="<b>Giai đoạn</b>"), Lane(kind=LaneKind.ACTIONS, title="Làn <i>")
    persona = Persona(name="<script>alert(1)</script>")
    cards = [Card(stage_id=stage.id, lane_id=lane.id, order=i, title=t, body=t, owner=t)
             for i, t in enumerate(HOSTILE_TITLES)]
    return JourneyMap(title="</title><script>alert(1)</script>", stages=[stage], lanes=[lane], cards=cards,
                      personas=[persona], emotions=[EmotionPoint(persona_id=persona.id, stage_id=stage.id, score=1,
                                                                 label="<svg onload=alert(1)>")])


def test_the_page_holds_the_map_as_svg_with_every_card_and_title():
    m = rich_map()
    page = html_document(m)
    tags = parsed(page)
    assert tags.tags.count("svg") == 1 and tags.tags.count("script") == 2
    text = "".join(tags.text)
    for c in m.cards:
        assert c.title in text
    for s in m.stages:
        assert s.title in text
    assert len(re.findall(r'<g class="card" data-i="\d+"', page)) == len(m.cards)
    assert len(re.findall(r'<g class="curve" data-persona="', page)) == len(m.personas)
    assert label("plan_title", "vi") in text


def test_no_request_leaves_the_file():
    page = html_document(rich_map())
    tags = parsed(page)
    assert all(u.startswith(("#", "data:")) or u == "" for u in tags.urls), tags.urls
    for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", page):
        assert url.startswith(("data:", "#")), url
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", page, re.I)
    # the only "http" in the file is the SVG namespace name, which is not fetched
    assert set(re.findall(r"https?://[^\s\"'<>]*", page)) <= {"http://www.w3.org/2000/svg"}


def test_the_policy_lets_only_the_viewer_script_run_and_nothing_load():
    page = html_document(rich_map())
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "font-src data:" in policy and "img-src data:" in policy
    script = resource("viewer", "viewer.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in policy
    assert f"<script>{script}</script>" in page


def test_the_bundled_font_is_embedded():
    page = html_document(rich_map())
    faces = re.findall(r'@font-face\{font-family:"([^"]+)";font-weight:(\d+);src:url\(data:font/ttf;base64,([^)]+)\)', page)
    assert {(f, w) for f, w, _ in faces} == {("CJM Noto Sans", "400"), ("CJM Noto Sans", "700")}
    for family, weight, data in faces:
        assert base64.b64decode(data) == font_path(weight == "700").read_bytes()


def test_hostile_map_text_stays_text():
    page = html_document(hostile_map())
    tags = parsed(page)
    assert tags.tags.count("script") == 2 and "img" not in tags.tags and tags.tags.count("svg") == 1
    assert "title" in tags.tags and tags.tags.count("title") == 1
    text = "".join(tags.text)
    for t in HOSTILE_TITLES:
        assert t in text  # the card title, as text in the SVG and the JSON
    body = page.split('<script type="application/json" id="cjm-data">')[1].split("</script>")[0]
    assert "<" not in body and ">" not in body


def test_vietnamese_decomposed_input_is_written_precomposed():
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Đặt lịch trực tuyến")
    stage, lane = Stage(title="Mua"), Lane(title="Hành động")
    m = JourneyMap(title="Bản đồ", stages=[stage], lanes=[lane],
                   cards=[Card(stage_id=stage.id, lane_id=lane.id, title=decomposed)])
    page = html_document(m)
    assert unicodedata.normalize("NFC", decomposed) in page and decomposed not in page


def test_the_viewer_needs_no_qt(tmp_path):
    code = BLOCK_QT + textwrap.dedent(f"""
        from cjm_desktop.export.html_viewer import export_html
        from tests.export.maps import rich_map
        print(export_html(rich_map(), {str(tmp_path / 'q.html')!r}).cards)
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


# -- in a real browser ------------------------------------------------------------------------------------
def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")


def browse(page: Path, tmp_path: Path, fragment: str = "", *extra: str) -> str:
    """Chromium headless on ``page#fragment``: the DOM after the page's script ran (or what ``extra`` asks)."""
    url = page.as_uri() + (f"#{fragment}" if fragment else "")
    done = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,900", *(extra or ("--dump-dom",)),
         url],
        capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")


def details(dom: str) -> str:
    match = re.search(r"<aside id=\"details\"([^>]*)>(.*?)</aside>", dom, re.S)
    assert match, "no details panel"
    return match.group(1), match.group(2)


@pytest.fixture
def salon_page(tmp_path) -> tuple[JourneyMap, Path]:
    m = rich_map()
    path = tmp_path / "salon.html"
    export_html(m, path)
    return m, path


@pytest.mark.slow
def test_chromium_shows_every_card_title(tmp_path, salon_page):
    m, path = salon_page
    dom = browse(path, tmp_path)
    text = html.unescape(re.sub(r"<[^>]+>", "\n", dom))
    for c in m.cards:
        assert c.title in text
    attrs, _ = details(dom)
    assert "hidden" in attrs  # nothing chosen yet
    assert 'viewBox="' in dom and "<svg" in dom


@pytest.mark.slow
def test_clicking_a_card_in_chromium_shows_all_its_fields(tmp_path, salon_page):
    m, path = salon_page
    card = next(c for c in m.cards if c.owner and c.due and c.measure and c.status)
    dom = browse(path, tmp_path, f"click={card.id}")
    attrs, panel = details(dom)
    assert "hidden" not in attrs and f'data-card="{card.id}"' in attrs
    shown = html.unescape(panel)
    for value in (card.title, card.body, card.owner, card.due.strftime("%d/%m/%Y"), card.measure,
                  label(card.status, "vi"), label("col_owner", "vi"), m.stage(card.stage_id).title):
        assert value in shown, value
    assert re.search(r'<g class="card selected" data-i="\d+"|<g class="card[^"]*selected', dom)


@pytest.mark.slow
def test_search_in_chromium_ignores_diacritics_and_the_persona_filter_hides_curves(tmp_path, salon_page):
    m, path = salon_page
    wanted = [c for c in m.cards if "dat lich" in _folded(" ".join([c.title, c.body, c.owner, c.measure, c.channel,
                                                                        c.source, *c.tags,
                                                                        m.stage(c.stage_id).title,
                                                                        m.lane(c.lane_id).title]))]
    assert wanted
    keep = m.personas[1]
    dom = browse(path, tmp_path, f"search=dat%20lich&persona={keep.id}")
    assert len(re.findall(r'<g class="card hit"', dom)) == len(wanted)
    assert label("matches", "vi").format(n=len(wanted)) in dom
    curves = re.findall(r'<g class="curve" data-persona="([^"]+)"( style="[^"]*")?', dom)
    assert {pid: bool(style and "none" in style) for pid, style in curves} == {
        p.id: p.id != keep.id for p in m.personas}


def _folded(text: str) -> str:
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
    return plain.replace("đ", "d").replace("Đ", "d").lower()


@pytest.mark.slow
def test_hostile_titles_stay_text_in_chromium(tmp_path):
    m = hostile_map()
    path = tmp_path / "hostile.html"
    export_html(m, path)
    card = m.cards[1]  # the <img onerror> one
    dom = browse(path, tmp_path, f"click={card.id}")
    assert "<img" not in dom and "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    _, panel = details(dom)
    title = re.search(r'<h2 id="d-title">(.*?)</h2>', panel, re.S).group(1)
    assert html.unescape(title) == card.title
    assert dom.count("<script") == 2


@pytest.mark.slow
def test_chromium_screenshot_of_the_viewer_is_drawn(tmp_path, salon_page):
    from PIL import Image

    m, path = salon_page
    shot = tmp_path / "viewer.png"
    browse(path, tmp_path, f"click={m.cards[0].id}", f"--screenshot={shot}", "--hide-scrollbars")
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 900)
    colours = image.resize((140, 90)).getcolors(140 * 90)
    assert len(colours) > 200  # the map, its cards and the panel, not a blank page
    bar = image.getpixel((700, 5))
    assert bar == (0x1f, 0x2d, 0x3d)  # the header bar drawn by the viewer's style


PICTURE_COLOUR = (17, 201, 93)  # a green nothing else on the page has


def pictured_map() -> tuple[JourneyMap, str, str]:
    """The rich map with pictures where a map holds them: one picture on two cards, another
    on a stage, as a persona's portrait and as the logo; read back through the model as a
    file would be (a picture is an id of the map's image table)."""
    from cjm_desktop.model import images
    from tests.pictures.helpers import picture_uri

    m = rich_map()
    shared, other = picture_uri(64, 48, colour=PICTURE_COLOUR), picture_uri(40, 40, colour=(200, 30, 30))
    for uri in (shared, other):
        m.images[images.image_id(uri)] = uri
    m.cards[0].image = m.cards[1].image = images.image_id(shared)
    m.stages[1].image = images.image_id(other)
    m.personas[0].portrait = m.logo = images.image_id(other)
    return JourneyMap.model_validate(m.model_dump(mode="json")), shared, other


def test_pictures_are_embedded_once_each_and_placed_where_the_map_shows_them():
    m, shared, other = pictured_map()
    page = html_document(m)
    defined = dict(re.findall(r'<image id="(pic-\d+)" href="([^"]+)"', page))
    assert sorted(defined.values()) == sorted([shared, other])  # each picture once, as its data: URI
    uses = re.findall(r'preserveAspectRatio="xMidYMid (meet|slice)"><use href="#(pic-\d+)"/>', page)
    by_uri = sorted((fit, defined[ref]) for fit, ref in uses)
    assert by_uri == sorted([("meet", shared), ("meet", shared), ("meet", other), ("slice", other)])
    index = {c.id: i for i, c in enumerate(m.reading_order())}
    shared_ref = next(ref for ref, uri in defined.items() if uri == shared)
    for card in m.cards[:2]:  # inside the card's own group, on the light ground
        group = page[page.index(f'<g class="card" data-i="{index[card.id]}"'):]
        group = group[:group.index('<g class="card"', 10)] if '<g class="card"' in group[10:] else group
        assert f'fill="{decor.PICTURE_GROUND}"' in group and f'<use href="#{shared_ref}"/>' in group
    assert re.search(r'<g clip-path="url\(#portrait-0\)"><svg [^>]*xMidYMid slice"><use href="#pic-\d+"/>', page)
    assert f'<img id="logo" src="{other}"' in page
    assert all(u.startswith(("#", "data:")) for u in parsed(page).urls)


def test_a_picture_id_missing_from_the_table_draws_the_ground_and_initials():
    m, shared, other = pictured_map()
    m = m.model_copy(update={"images": {}})  # (as a map that lost its table would be, were it let through)
    page = html_document(m)
    assert "<image" not in page and 'id="logo"' not in page
    assert m.personas[0].name and re.search(r'<circle [^>]*/><text', page)


@pytest.mark.slow
def test_chromium_draws_the_card_pictures(tmp_path):
    from PIL import Image

    m, _, _ = pictured_map()
    path = tmp_path / "pictures.html"
    export_html(m, path)
    shot = tmp_path / "pictures.png"
    browse(path, tmp_path, "", f"--screenshot={shot}", "--hide-scrollbars", "--force-device-scale-factor=2")
    image = Image.open(shot).convert("RGB")
    green = sum(n for n, p in image.getcolors(image.width * image.height)
                if max(abs(a - b) for a, b in zip(p, PICTURE_COLOUR)) < 12)
    assert green > 200, green  # two cards' pictures, drawn at the whole map's zoom

    from tests.export.cdp import Browser

    card = m.cards[0]
    with Browser(chromium(), tmp_path / "cdp-profile") as browser:  # a real click on the picture opens its card
        browser.open(path.as_uri())
        i = m.reading_order().index(card)
        browser.click(*_centre(browser, f'.card[data-i="{i}"] use'))
        hidden, title, _ = browser.evaluate(DETAILS)
        assert not hidden and title == card.title


# -- real mouse events through the DevTools protocol -------------------------------------------------------
VIEWBOX = "document.getElementById('map').viewBox.baseVal"
DETAILS = "[document.getElementById('details').hidden, document.getElementById('d-title').textContent, " \
          "document.getElementById('d-fields').textContent]"


def _centre(browser, selector: str) -> tuple[float, float]:
    return tuple(browser.evaluate(
        f"(() => {{ const r = document.querySelector('{selector}').getBoundingClientRect(); "
        "return [r.x + r.width / 2, r.y + r.height / 2]; })()"))


def _map_point(browser, x: float, y: float) -> tuple[float, float]:
    return tuple(browser.evaluate(
        f"(() => {{ const s = document.getElementById('map'); const p = s.createSVGPoint(); p.x = {x}; p.y = {y}; "
        "const q = p.matrixTransform(s.getScreenCTM().inverse()); return [q.x, q.y]; })()"))


@pytest.mark.slow
def test_a_real_click_drag_and_wheel_in_chromium(tmp_path, salon_page):
    from tests.export.cdp import Browser

    m, path = salon_page
    order = m.reading_order()
    card = next(c for c in order if c.owner and c.measure)
    with Browser(chromium(), tmp_path / "cdp-profile") as browser:
        browser.open(path.as_uri())
        assert browser.evaluate("document.querySelectorAll('#map .card').length") == len(m.cards)

        browser.click(*_centre(browser, f'.card[data-i="{order.index(card)}"]'))
        hidden, title, fields = browser.evaluate(DETAILS)
        assert not hidden and title == card.title
        assert card.owner in fields and card.measure in fields and label("col_owner", "vi") in fields

        before = browser.evaluate(f"[{VIEWBOX}.x, {VIEWBOX}.y, {VIEWBOX}.width]")
        scale = browser.evaluate("document.getElementById('map').getScreenCTM().a")
        browser.drag(700, 500, 600, 420)  # a drag pans and selects nothing new
        after = browser.evaluate(f"[{VIEWBOX}.x, {VIEWBOX}.y, {VIEWBOX}.width]")
        assert after[0] - before[0] == pytest.approx(100 / scale, rel=0.02)
        assert after[1] - before[1] == pytest.approx(80 / scale, rel=0.02)
        assert browser.evaluate(DETAILS)[1] == card.title

        under = _map_point(browser, 650, 450)
        browser.mouse("mouseWheel", 650, 450, delta_y=-400)  # zoom in about the cursor
        assert browser.evaluate(f"{VIEWBOX}.width") < after[2] * 0.7
        assert _map_point(browser, 650, 450) == pytest.approx(under, abs=1.0)

        browser.click(*_centre(browser, "#fit"))  # the whole map again, narrower than the window
        assert browser.evaluate(f"[{VIEWBOX}.x, {VIEWBOX}.width]") == pytest.approx([before[0], before[2]])
        browser.click(5, 300)  # beside the map: the panel closes
        assert browser.evaluate(DETAILS)[0] is True
        shot = tmp_path / "zoomed.png"
        browser.screenshot(shot)
    assert shot.read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("m", [JourneyMap(), JourneyMap(title="Chỉ giai đoạn", stages=[Stage(title="Một")])],
                         ids=["empty", "no-lanes"])
def test_an_empty_map_still_makes_a_viewer(tmp_path, m):
    result = export_html(m, tmp_path / "empty.html")
    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert result.cards == 0 and page.count("<svg") == 1 and label("none", "vi") in page
    assert re.search(r'viewBox="0 0 [1-9]', page)  # a map with a size, for the script to fit
