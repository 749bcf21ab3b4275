"""The stage palette: the templates' eight stage colours; a stage added in the
editor or made by an import takes the colour after its left neighbour's, and
two neighbouring stages never share one."""

from __future__ import annotations

from cjm_desktop.exchange import import_map
from cjm_desktop.model import STAGE_PALETTE, next_stage_colour
from cjm_desktop.templates import TEMPLATE_IDS, load_spec


def test_the_templates_colour_their_stages_from_the_palette_in_order():
    for template_id in TEMPLATE_IDS:
        colours = [s.colour.lower() for s in load_spec(template_id).stages]
        assert colours == list(STAGE_PALETTE[:len(colours)]), template_id


def test_a_new_stage_follows_its_left_neighbour_and_differs_from_both():
    assert next_stage_colour() == STAGE_PALETTE[0]  # a first stage
    assert next_stage_colour(STAGE_PALETTE[2]) == STAGE_PALETTE[3]
    assert next_stage_colour(STAGE_PALETTE[-1]) == STAGE_PALETTE[0]  # round again after the eighth
    assert next_stage_colour(STAGE_PALETTE[2], STAGE_PALETTE[3]) == STAGE_PALETTE[4]  # put between two
    assert next_stage_colour(None, STAGE_PALETTE[0]) == STAGE_PALETTE[1]  # before the first
    assert next_stage_colour("#FF0000", STAGE_PALETTE[0].upper()) == STAGE_PALETTE[1]  # a colour of the user's own
    colours = [next_stage_colour()]
    for _ in range(20):
        colours.append(next_stage_colour(colours[-1]))
    assert all(a != b for a, b in zip(colours, colours[1:]))


def test_an_imported_grid_gets_a_row_of_template_colours(tmp_path):
    path = tmp_path / "lưới.csv"
    path.write_text(",Nhận biết,Tìm hiểu,Mua hàng\nHành động,Xem quảng cáo,So sánh giá,Thanh toán\n",
                    encoding="utf-8-sig")
    m = import_map(path)
    assert [s.colour for s in m.stages] == list(STAGE_PALETTE[:3])
