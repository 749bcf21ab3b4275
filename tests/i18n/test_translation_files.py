"""The Vietnamese translation files are complete and the committed .qm match them.

The .qm files are committed (a checkout, a wheel and the PyInstaller bundle run
without Qt's tools), so these tests are what keeps them honest:

- lupdate run on today's sources finds no text the .ts lacks, and the .ts
  holds no text the sources dropped: new code cannot ship untranslated;
- each committed .qm holds exactly the messages lrelease makes from its .ts
  (compared by content, so another lrelease version does not matter);
- translations keep their ``%1`` placeholders and their ``&`` accelerator;
- every hand-written Qt text in qtbase_vi.ts is one Qt really uses.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools import translations as t

pytestmark = pytest.mark.skipif(not t.qt_tools_available(), reason="pyside6-lupdate is not installed")


def test_the_sources_have_no_text_without_a_translation(tmp_path):
    ts = tmp_path / "cjm_desktop_vi.ts"
    shutil.copy(t.APP_TS, ts)
    t.lupdate(ts)
    messages = t.read_ts(ts)
    untranslated = [f"{m.source!r} ({m.where})" for m in messages if m.kind == "unfinished"]
    assert not untranslated, (
        "texts without a Vietnamese translation - run `make translations` and translate them in "
        "resources/translations/cjm_desktop_vi.ts:\n" + "\n".join(untranslated))
    committed = {(m.context, m.source, m.comment) for m in t.read_ts(t.APP_TS)}
    current = {(m.context, m.source, m.comment) for m in messages}
    assert committed == current, f"the .ts holds texts the sources no longer use - run `make translations`: {committed - current}"


def test_the_lupdate_check_would_see_a_new_text(tmp_path):
    """The check above is not vacuous: a new tr() text comes back unfinished."""
    source = tmp_path / "new_dialog.py"
    source.write_text('from cjm_desktop.i18n import tr\nLABEL = tr("A text nobody translated yet")\n', encoding="utf-8")
    ts = tmp_path / "cjm_desktop_vi.ts"
    shutil.copy(t.APP_TS, ts)
    t.lupdate(ts, [*t.lupdate_sources(), source])
    new = [m for m in t.read_ts(ts) if m.kind == "unfinished"]
    assert [m.source for m in new] == ["A text nobody translated yet"]


@pytest.mark.parametrize("ts", [t.APP_TS, t.QT_TS], ids=lambda p: p.name)
def test_the_committed_qm_is_built_from_the_ts(ts, tmp_path):
    fresh = tmp_path / ts.with_suffix(".qm").name
    t.lrelease(ts, fresh)
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"{committed.name} is missing - run `make translations`"
    assert t.read_qm(committed) == t.read_qm(fresh), f"{committed.name} is older than {ts.name} - run `make translations`"
    assert len(t.read_qm(fresh)) == len(t.read_ts(ts))


@pytest.mark.parametrize("ts", [t.APP_TS, t.QT_TS], ids=lambda p: p.name)
def test_every_translation_is_finished_and_keeps_placeholders_and_accelerators(ts):
    assert t.problems(t.read_ts(ts)) == []


@pytest.mark.parametrize("source, translation, problem", [
    ("Delete %1 cards", "Xóa thẻ", "placeholders differ"),
    ("&Save", "Lưu", "accelerator"),
    ("&File", "&Tệp", None),
    ("&Edit", "&Sửa", None),
    ("&Insert", "C&hèn", None),
    ("&View", "X&ẹm", "no keyboard"),
])
def test_the_quality_check_itself(source, translation, problem):
    found = t.problems([t.Message("", source, "", translation, "")])
    assert (problem is None and not found) or (problem is not None and problem in found[0])


def test_the_app_translation_is_complete_and_sizeable():
    messages = t.read_ts(t.APP_TS)
    assert len(messages) > 300
    assert {m.context for m in messages} == {"", "Commands", "Labels"}
    assert all(m.kind == "" for m in messages)


def test_qt_texts_are_ones_qt_uses():
    """qtbase_vi.ts is written by hand: each source must be a text of Qt's own
    catalogue (Qt's German one serves as the list), or it would never show."""
    from PySide6.QtCore import QLibraryInfo

    german = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath)) / "qtbase_de.qm"
    if not german.exists():
        pytest.skip("this Qt has no qtbase_de.qm to compare with")
    known = {(context, source) for context, source, _comment, _text in t.read_qm(german)}
    ours = [(m.context, m.source) for m in t.read_ts(t.QT_TS)]
    assert len(ours) >= 100
    assert [pair for pair in ours if pair not in known] == []
