"""Workbooks and CSV files made by hand become maps; broken ones get one line each (no Qt)."""

from __future__ import annotations

import unicodedata

import pytest

from cjm_desktop.exchange import ExchangeError, import_map
from cjm_desktop.model import LaneKind

from .handmade import million_row_workbook, workbook


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def cells(m):
    """{(stage title, lane title): [card titles]} of a map."""
    stages = {s.id: s.title for s in m.stages}
    lanes = {lane.id: lane.title for lane in m.lanes}
    out: dict = {}
    for c in sorted(m.cards, key=lambda c: c.order):
        out.setdefault((stages[c.stage_id], lanes[c.lane_id]), []).append(c.title)
    return out


def test_a_vietnamese_grid_decomposed_or_precomposed_becomes_a_map(tmp_path):
    path = workbook(tmp_path / "phỏng vấn.xlsx", {"Trang tính1": [
        ["", "Nhận biết", nfd("Tìm hiểu"), "Mua hàng"],
        [nfd("Hành động"), "Lướt TikTok\nHỏi bạn bè", None, nfd("Đặt lịch qua Zalo")],
        ["Điểm đau", None, "Giá không rõ ràng\n\n  Phải chờ lâu  "],
        [nfd("Điểm chạm:"), "TikTok"],
        ["Ý tưởng khác", None, None, "Tặng voucher"],
    ]})
    m = import_map(path)
    assert [s.title for s in m.stages] == ["Nhận biết", "Tìm hiểu", "Mua hàng"]
    assert [(lane.title, lane.kind) for lane in m.lanes] == [
        ("Hành động", LaneKind.ACTIONS), ("Điểm đau", LaneKind.PAIN_POINTS), ("Điểm chạm:", LaneKind.TOUCHPOINTS),
        ("Ý tưởng khác", LaneKind.CUSTOM)]
    assert cells(m)[("Nhận biết", "Hành động")] == ["Lướt TikTok", "Hỏi bạn bè"]
    assert cells(m)[("Tìm hiểu", "Điểm đau")] == ["Giá không rõ ràng", "Phải chờ lâu"]
    assert cells(m)[("Mua hàng", "Hành động")] == ["Đặt lịch qua Zalo"]
    assert m.language == "vi" and m.title == "phỏng vấn"


def test_an_english_grid_with_gaps_numbers_and_a_second_sheet(tmp_path):
    path = workbook(tmp_path / "findings.xlsx", {
        "Journey": [
            ["Lanes", "Discover", "Book", None, None],
            [],
            ["Pain points:", "Hard to find prices", 2024],
            ["Customer actions", "Searches Google"],
            ["  touchpoints ", None, "Phone call"],
            ["Staff mood", "Rushed"],
        ],
        "Notes": [["ignored"]],
    })
    m = import_map(path, "en")
    assert [s.title for s in m.stages] == ["Discover", "Book"]
    assert [lane.kind for lane in m.lanes] == [LaneKind.PAIN_POINTS, LaneKind.ACTIONS, LaneKind.TOUCHPOINTS,
                                               LaneKind.CUSTOM]
    assert cells(m)[("Book", "Pain points:")] == ["2024"]
    assert m.language == "en"


def test_a_cards_sheet_made_by_hand_reads_words_and_comma_tags(tmp_path):
    path = workbook(tmp_path / "cards.xlsx", {"Cards": [
        ["Stage", "Lane", "Title", "Status", "Sentiment", "Tags", "Due", "Owner"],
        ["Nhận biết", "Hành động cải tiến", "Làm lại bảng giá", "Xong", "", "giá, web", "2026-03-01", "Chị Lan"],
        ["Nhận biết", "Hành động cải tiến", "Trả lời Zalo trong 5 phút", "doing", "", "", None, ""],
        ["Mua hàng", "Điểm chạm", "Quầy thu ngân", "", "Tiêu cực", "", None, ""],
    ]})
    m = import_map(path)
    plan = [c for c in m.cards if c.title == "Làm lại bảng giá"][0]
    assert (plan.status, plan.tags, plan.due.isoformat(), plan.owner) == ("done", ["giá", "web"], "2026-03-01",
                                                                          "Chị Lan")
    assert [c.order for c in m.cards[:2]] == [0, 1]
    assert [c.sentiment for c in m.cards if c.title == "Quầy thu ngân"] == ["negative"]
    assert [lane.kind for lane in m.lanes] == [LaneKind.IMPROVEMENTS, LaneKind.TOUCHPOINTS]


def test_a_csv_grid_with_semicolons_and_decomposed_vietnamese(tmp_path):
    path = tmp_path / "grid.csv"
    text = ";Nhận biết;Tìm hiểu\r\n" + nfd('Cảm xúc;"Háo hức\nTò mò";Lo lắng') + "\r\nGhi chú;;x\r\n"
    path.write_bytes(text.encode("utf-8"))
    m = import_map(path)
    assert [lane.kind for lane in m.lanes] == [LaneKind.FEELINGS, LaneKind.CUSTOM]
    assert cells(m)[("Nhận biết", "Cảm xúc")] == ["Háo hức", "Tò mò"]
    assert m.stages[1].title == "Tìm hiểu"


def test_a_csv_cards_table_made_by_hand(tmp_path):
    path = tmp_path / "cards.csv"
    path.write_text("title,stage,lane,importance\nGọi tổng đài,Hỗ trợ,Touchpoints,Cao\n", encoding="utf-8-sig")
    m = import_map(path)
    assert (m.cards[0].title, m.cards[0].importance, m.lanes[0].kind) == ("Gọi tổng đài", "high",
                                                                           LaneKind.TOUCHPOINTS)


def test_a_cards_table_headed_in_vietnamese_is_read_as_cards_not_as_a_grid(tmp_path):
    """A consultant's own list of cards, its columns named as the map prints them in
    Vietnamese (typed decomposed, one with a trailing colon): the cards of a Cards
    table, not a grid whose stages would be called "Làn" and "Tiêu đề"."""
    path = tmp_path / "thẻ.csv"
    header = nfd("Giai đoạn,Làn,Tiêu đề,Nội dung:,Người phụ trách,Hạn,Trạng thái,Mức độ quan trọng")
    path.write_text(header + "\n"
                    "Nhận biết,Hành động,Xem quảng cáo,Trên Facebook,,,,\n"
                    "Tìm hiểu,Hành động cải tiến,Bảng giá rõ ràng,Đăng lên fanpage,Chị Lan,2026-03-01,Xong,Cao\n",
                    encoding="utf-8-sig")
    m = import_map(path)
    assert [s.title for s in m.stages] == ["Nhận biết", "Tìm hiểu"]
    assert [lane.kind for lane in m.lanes] == [LaneKind.ACTIONS, LaneKind.IMPROVEMENTS]
    plan = next(c for c in m.cards if c.title == "Bảng giá rõ ràng")
    assert (plan.body, plan.owner, plan.due.isoformat(), plan.status, plan.importance) == (
        "Đăng lên fanpage", "Chị Lan", "2026-03-01", "done", "high")
    assert len(m.cards) == 2


def test_english_words_as_the_map_prints_them_name_the_columns_too():
    from cjm_desktop.exchange.columns import header_index

    assert header_index(["Stage", "Lane", "Title", "Text", "Owner", "Due"]) == {
        "stage": 0, "lane": 1, "title": 2, "body": 3, "owner": 4, "due": 5}
    assert header_index(["", "Nhận biết", "Tìm hiểu"]) is None  # a grid's stage row stays a grid


def one_line(path, *words):
    with pytest.raises(ExchangeError) as caught:
        import_map(path)
    text = str(caught.value)
    assert "\n" not in text and text.startswith(path.name + ": ")
    for word in words:
        assert word in text
    return text


def test_not_a_workbook(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("just text", encoding="utf-8")
    one_line(path, "not an Excel workbook")


def test_a_zip_that_is_not_a_workbook(tmp_path):
    import zipfile

    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    one_line(path, "not an Excel workbook")


def test_an_empty_workbook_and_an_empty_csv(tmp_path):
    one_line(workbook(tmp_path / "empty.xlsx", {"Sheet": []}), "empty")
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf")
    one_line(tmp_path / "empty.csv", "empty")


def test_a_grid_without_a_stage_row(tmp_path):
    one_line(workbook(tmp_path / "lanes.xlsx", {"Sheet": [["Lanes"], ["Actions", "call"], ["Pain points"]]}),
             "no stage row")
    (tmp_path / "lanes.csv").write_text("Lanes\nActions\n", encoding="utf-8")
    one_line(tmp_path / "lanes.csv", "no stage row")


@pytest.mark.parametrize("declare", [True, False], ids=["declared", "counted"])
def test_a_million_rows_are_refused(tmp_path, declare):
    path = million_row_workbook(tmp_path / "million.xlsx", declare=declare)
    one_line(path, "too many rows", "at most 50,001")


def test_a_million_row_csv_is_refused(tmp_path):
    path = tmp_path / "million.csv"
    path.write_text(",Stage\n" + "x\n" * 1_000_000, encoding="utf-8")
    one_line(path, "too many rows: 1,000,001, at most 50,001")


def test_a_csv_that_is_not_utf8_and_an_unknown_extension(tmp_path):
    (tmp_path / "latin.csv").write_bytes(",Étape\nActions,caf\xe9\n".encode("latin-1"))
    one_line(tmp_path / "latin.csv", "not UTF-8")
    (tmp_path / "map.ods").write_bytes(b"PK")
    one_line(tmp_path / "map.ods", ".xlsx")


def test_a_bad_value_names_its_row_and_column(tmp_path):
    path = workbook(tmp_path / "bad.xlsx", {"Cards": [["stage", "lane", "title", "status"],
                                                      ["A", "Actions", "ok", "todo"],
                                                      ["A", "Actions", "bad", "maybe"]]})
    one_line(path, "Cards, row 3, status", '"maybe" is not allowed')


def test_a_file_too_large_is_refused_before_reading(tmp_path, monkeypatch):
    from cjm_desktop.exchange import source

    monkeypatch.setattr(source, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("x" * 2000, encoding="utf-8")
    one_line(path, "the file is 2.0 KB; a file to import is at most")


def test_a_workbook_that_unpacks_too_large_is_refused_unread(tmp_path, monkeypatch):
    from cjm_desktop.exchange import source, xlsx_read

    path = workbook(tmp_path / "bomb.xlsx", {"Sheet": [["", "A"], ["Actions", "x" * 5000]]})
    monkeypatch.setattr(xlsx_read, "MAX_UNPACKED_BYTES", 2000)
    assert source.MAX_UNPACKED_BYTES > 2000
    one_line(path, "a file to import is at most 2.0 KB")


def test_a_sheet_whose_dimension_hides_rows_is_read_whole(tmp_path):
    path = million_row_workbook(tmp_path / "small.xlsx", rows=5)
    import zipfile

    fixed = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(fixed, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                data = data.replace(b'<dimension ref="A1:B5"/>', b'<dimension ref="A1:B1"/>')
            dst.writestr(item, data)
    m = import_map(fixed)
    assert len(m.lanes) == 4 and [s.title for s in m.stages] == ["Stage"]


@pytest.mark.parametrize("sheet", [
    # entity expansion ("billion laughs"): refused by defusedxml, never expanded
    '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="B1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
    # XML cut short
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>Stage',
], ids=["entities", "cut short"])
def test_a_hostile_or_damaged_sheet_gets_one_line(tmp_path, sheet):
    from .handmade import raw_workbook

    one_line(raw_workbook(tmp_path / "hostile.xlsx", sheet), "not an Excel workbook")
