"""Picture changes in a diff and in the outline: a card's, a stage's, a persona's
portrait and the logo put on, replaced and taken off, through the document's commands."""

from __future__ import annotations

import re

import pytest

from cjm_desktop.commands.pictures import SetPictureCommand
from cjm_desktop.model import ObjectKind, images
from cjm_desktop.teams import change_lines, diff_maps
from cjm_desktop.teams.outline import outline
from tests.factories import small_map
from tests.pictures.helpers import picture_uri
from tests.teams.edits import edited

RED, BLUE = picture_uri(64, 48, colour=(200, 30, 30)), picture_uri(64, 48, colour=(30, 30, 200))


def _lines(old, new) -> list[str]:
    return [str(line) for change in diff_maps(old, new) for line in change_lines(change)]


def _on_everything(uri):
    """Edits that put ``uri`` (None: no picture) on the first card, stage and persona and as the logo."""
    return (
        lambda d: SetPictureCommand(d, ObjectKind.CARDS, d.map.cards[0].id, uri),
        lambda d: SetPictureCommand(d, ObjectKind.STAGES, d.map.stages[0].id, uri),
        lambda d: SetPictureCommand(d, ObjectKind.PERSONAS, d.map.personas[0].id, uri),
        lambda d: SetPictureCommand(d, "map", None, uri),
    )


def test_pictures_added_replaced_and_removed_in_words():
    base = small_map()
    card, stage, persona = base.cards[0].title, base.stages[0].title, base.personas[0].name
    red = edited(base, *_on_everything(RED))
    blue = edited(red, *_on_everything(BLUE))
    bare = edited(blue, *_on_everything(None))
    for new, step in ((red, "added"), (blue, "replaced"), (bare, "removed")):
        old = {"added": base, "replaced": red, "removed": blue}[step]
        assert _lines(old, new) == [
            f"map: logo {step}",
            f'stage "{stage}": picture {step}',
            f'persona "{persona}": picture {step}',
            f'card "{card}": picture {step}',
        ]


def test_the_outline_marks_each_picture_with_its_content_id_so_git_diff_shows_a_change():
    base = small_map()
    red = edited(base, *_on_everything(RED))
    blue = edited(red, *_on_everything(BLUE))
    mark_red, mark_blue = images.image_id(RED)[:8], images.image_id(BLUE)[:8]
    before, after = list(outline(red)), list(outline(blue))
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    assert len(before) == len(after) and len(changed) == 4  # the logo, the stage, the persona, the card
    for a, b in changed:
        assert mark_red in a and mark_blue in b and a.replace(mark_red, mark_blue) == b
    assert f"  logo: {mark_red}" in before
    # without the markers, the lines are the map's lines before it had pictures
    unmarked = [re.sub(rf" \| (picture|portrait) {mark_red}", "", line) for line in before]
    assert [line for line in unmarked if not line.startswith("  logo:")] == list(outline(base))
    assert not any(mark_red in line or mark_blue in line for line in outline(edited(blue, *_on_everything(None))))


@pytest.mark.usefixtures("qapp")
def test_the_picture_words_are_translated():
    from cjm_desktop.app.settings import language
    from cjm_desktop.app.window.error_text import translate_detail
    from PySide6.QtCore import QLocale

    base = small_map()
    changes = diff_maps(base, edited(base, *_on_everything(RED)))
    assert language.install("vi", system=QLocale(QLocale.Vietnamese, QLocale.Vietnam)) == "vi"
    try:
        shown = [translate_detail(line) for change in changes for line in change_lines(change)]
    finally:
        language.uninstall()
    english = [str(line) for change in changes for line in change_lines(change)]
    assert all(a != b for a, b in zip(shown, english)), shown
    assert "picture" not in " ".join(shown) and "logo added" not in " ".join(shown)


def test_a_picture_conflict_names_the_two_pictures_by_their_content_id():
    from cjm_desktop.teams import conflict_line, merge_maps

    base = small_map()
    ours, theirs = edited(base, *_on_everything(RED)[:1]), edited(base, *_on_everything(BLUE)[:1])
    result = merge_maps(base, ours, theirs)
    assert [str(conflict_line(c)) for c in result.conflicts] == [
        f'conflict: card "{base.cards[0].title}" image: ours {images.image_id(RED)[:8]}, '
        f'theirs {images.image_id(BLUE)[:8]}']
