"""Every word printed ON the map and its pages, in the map's language (vi or en). No Qt.

The map's own language, not the interface's: a Vietnamese map prints
Vietnamese words on screen, in PNG, SVG and PDF alike, whatever language the
window speaks. The canvas (corner, persona strip, hidden-card counts), the PDF
(title block, legend, sheets, appendix) and the images all take their words
from here; the interface's words go through Qt's translation instead.
"""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    # on the map itself (corner, persona strip, collapsed lanes)
    "personas": {"vi": "Chân dung khách hàng", "en": "Personas"},
    "updated": {"vi": "Cập nhật {date}", "en": "Updated {date}"},
    "exported": {"vi": "Xuất ngày {date}", "en": "Exported {date}"},
    "stages": {"vi": "Giai đoạn", "en": "Stages"},
    "lanes": {"vi": "Làn", "en": "Lanes"},
    "cards_one": {"vi": "{n} thẻ", "en": "{n} card"},
    "cards_many": {"vi": "{n} thẻ", "en": "{n} cards"},
    # title block and legend
    "sentiment": {"vi": "Điểm chạm", "en": "Touchpoint"},
    "channels": {"vi": "Kênh", "en": "Channels"},
    "positive": {"vi": "Tích cực", "en": "Positive"},
    "neutral": {"vi": "Trung lập", "en": "Neutral"},
    "negative": {"vi": "Tiêu cực", "en": "Negative"},
    "importance": {"vi": "Mức quan trọng", "en": "Importance"},
    "low": {"vi": "Thấp", "en": "Low"},
    "medium": {"vi": "Vừa", "en": "Medium"},
    "high": {"vi": "Cao", "en": "High"},
    "evidence": {"vi": "Bằng chứng", "en": "Evidence"},
    "assumption": {"vi": "Giả định", "en": "Assumption"},
    "anecdote": {"vi": "Kể lại", "en": "Story"},
    "researched": {"vi": "Nghiên cứu", "en": "Researched"},
    "status": {"vi": "Trạng thái", "en": "Status"},
    "todo": {"vi": "Cần làm", "en": "To do"},
    "doing": {"vi": "Đang làm", "en": "Doing"},
    "done": {"vi": "Xong", "en": "Done"},
    "dropped": {"vi": "Bỏ", "en": "Dropped"},
    # the tag of a template's hint cards
    "hint": {"vi": "gợi ý", "en": "hint"},
    "emotion": {"vi": "Đường cảm xúc", "en": "Emotion curve"},
    "scale": {"vi": "tỉ lệ {percent}", "en": "scale {percent}"},
    "landscape": {"vi": "ngang", "en": "landscape"},
    "portrait": {"vi": "dọc", "en": "portrait"},
    # tiling
    "assembly_title": {"vi": "Cách ghép poster", "en": "How to assemble the poster"},
    "assembly_summary": {
        "vi": "{count} tờ {paper} {orientation} ({cols} cột × {rows} hàng), chồng mép {overlap} mm, poster {poster}",
        "en": "{count} {paper} {orientation} sheets ({cols} columns × {rows} rows), {overlap} mm overlap, {poster} poster",
    },
    "assembly_step1": {
        "vi": "1. In mọi tờ ở 100 % (kích thước thật), không chọn “vừa trang”.",
        "en": "1. Print every sheet at 100 % (actual size), not “fit to page”.",
    },
    "assembly_step2": {
        "vi": "2. Cắt lề trái và lề trên của mỗi tờ theo dấu cắt (trừ cột A và hàng 1).",
        "en": "2. Trim the left and top border of each sheet along its crop marks (not column A or row 1).",
    },
    "assembly_step3": {
        "vi": "3. Đặt mỗi tờ chồng lên tờ bên trái và tờ phía trên, mép cắt trùng đường nét đứt; dán lại.",
        "en": "3. Lay each sheet over its left and upper neighbour, trimmed edge on the dashed line; tape it.",
    },
    "assembly_step4": {
        "vi": "4. Nhãn tờ (1A, 1B … 2A …) in ở lề trên: số là hàng, chữ là cột.",
        "en": "4. Sheet labels (1A, 1B … 2A …) are in the top border: number = row, letter = column.",
    },
    "sheet_of": {"vi": "Tờ {label} · hàng {row}, cột {col} · {n}/{count}", "en": "Sheet {label} · row {row}, column {col} · {n} of {count}"},
    "next_right": {"vi": "tờ {label} ghép bên phải", "en": "{label} joins on the right"},
    "next_below": {"vi": "tờ {label} ghép bên dưới", "en": "{label} joins below"},
    # the slide deck and the HTML viewer
    "deck_map": {"vi": "Toàn cảnh bản đồ", "en": "The whole map"},
    "deck_stage": {"vi": "Giai đoạn {n}/{count}", "en": "Stage {n} of {count}"},
    "continued": {"vi": "(tiếp)", "en": "(continued)"},
    "col_lane": {"vi": "Làn", "en": "Lane"},
    "col_cards": {"vi": "Thẻ", "en": "Cards"},
    "col_title": {"vi": "Tiêu đề", "en": "Title"},
    "col_body": {"vi": "Nội dung", "en": "Text"},
    "col_tags": {"vi": "Nhãn", "en": "Tags"},
    "col_channel": {"vi": "Kênh", "en": "Channel"},
    "col_source": {"vi": "Nguồn", "en": "Source"},
    "col_sentiment": {"vi": "Cảm nhận", "en": "Sentiment"},
    "search": {"vi": "Tìm thẻ…", "en": "Search cards…"},
    "all_personas": {"vi": "Mọi chân dung", "en": "All personas"},
    "fit": {"vi": "Vừa khung", "en": "Fit"},
    "matches": {"vi": "{n} thẻ khớp", "en": "{n} matching cards"},
    "viewer_help": {"vi": "Kéo để di chuyển, cuộn để phóng to, bấm vào thẻ để xem chi tiết.",
                    "en": "Drag to pan, scroll to zoom, click a card to see all its fields."},
    # appendix
    "appendix": {"vi": "Phụ lục", "en": "Appendix"},
    "plan_title": {"vi": "Kế hoạch hành động cải tiến", "en": "Improvement action plan"},
    "col_touchpoint": {"vi": "Điểm chạm / giai đoạn", "en": "Touchpoint / stage"},
    "col_action": {"vi": "Hành động", "en": "Action"},
    "col_owner": {"vi": "Người phụ trách", "en": "Owner"},
    "col_due": {"vi": "Hạn", "en": "Due"},
    "col_measure": {"vi": "Cách đo", "en": "Measure"},
    "col_status": {"vi": "Trạng thái", "en": "Status"},
    "kpi_title": {"vi": "Chỉ số đo lường (KPI)", "en": "Success metrics (KPIs)"},
    "col_stage": {"vi": "Giai đoạn", "en": "Stage"},
    "col_kpi": {"vi": "Chỉ số", "en": "KPI"},
    "col_notes": {"vi": "Ghi chú", "en": "Notes"},
    "overflow_title": {"vi": "Nội dung đầy đủ của các thẻ bị cắt trên bản đồ",
                       "en": "Full text of cards cut short on the map"},
    "none": {"vi": "(không có)", "en": "(none)"},
    # the appendix's workshop sections (export --comments, --votes)
    "comments_title": {"vi": "Bình luận", "en": "Comments"},
    "votes_title": {"vi": "Kết quả bình chọn", "en": "Vote results"},
    "col_on": {"vi": "Về", "en": "On"},
    "col_author": {"vi": "Người viết", "en": "Author"},
    "col_date": {"vi": "Ngày", "en": "Date"},
    "col_comment": {"vi": "Bình luận", "en": "Comment"},
    "open": {"vi": "Mở", "en": "Open"},
    "resolved": {"vi": "Đã xử lý", "en": "Resolved"},
    "col_rank": {"vi": "Hạng", "en": "Rank"},
    "col_dots": {"vi": "Chấm", "en": "Dots"},
    "col_card": {"vi": "Thẻ", "en": "Card"},
    "col_voters": {"vi": "Người bình chọn", "en": "Voters"},
    "anonymous": {"vi": "Ẩn danh", "en": "Anonymous"},
    "on_stage": {"vi": "Giai đoạn: {title}", "en": "Stage: {title}"},
    "on_lane": {"vi": "Làn: {title}", "en": "Lane: {title}"},
    "page": {"vi": "Trang {n}", "en": "Page {n}"},
}


#: The letter in a card's evidence badge, per map language (the legend explains it).
EVIDENCE_LETTERS = {
    "vi": {"assumption": "G", "anecdote": "K", "researched": "N"},  # giả định, kể lại, nghiên cứu
    "en": {"assumption": "A", "anecdote": "S", "researched": "R"},  # assumption, story, researched
}


def label(key: str, language: str = "vi", **values: object) -> str:
    """The printed word for ``key`` in ``language`` (English if unknown)."""
    entry = _LABELS[key]
    text = entry.get(language) or entry["en"]
    return text.format(**values) if values else text


#: The tags that mark a template's hint card (in any language), casefolded.
HINT_TAGS = frozenset(entry.casefold() for entry in _LABELS["hint"].values())


def is_hint(tags) -> bool:
    """Whether a card with these tags is a template's hint (tagged *hint* / *gợi ý*)."""
    return any(tag.strip().casefold() in HINT_TAGS for tag in tags)


def without_hint_tags(tags) -> list[str]:
    """``tags`` less the hint tags: what a hint keeps once the user writes it."""
    return [tag for tag in tags if tag.strip().casefold() not in HINT_TAGS]


def card_count(n: int, language: str = "vi") -> str:
    """``"3 thẻ"`` / ``"1 card"``, ``"3 cards"``: the cards a collapsed lane hides in a cell."""
    return label("cards_one" if n == 1 else "cards_many", language, n=n)


def all_labels() -> list[str]:
    """Every fixed string (for the glyph test)."""
    letters = [t for lang in EVIDENCE_LETTERS.values() for t in lang.values()]
    return [t for entry in _LABELS.values() for t in entry.values()] + letters
