"""A document and its undo history die together, when the last user lets go,
without Python's cycle collector.

Before, every command held its document, and the document held the stack that
held the commands: a cycle only the collector freed, in its own order. When it
cleared a command before the stack, shiboken gave the command back to Python and
deleted it while the stack still listed it; the stack then deleted it again and
the process died (seen in the test suite, in ``gc.collect``:
``QUndoStack::clear`` from ``~QUndoStack``). A document can still end up in
a cycle of its users' (a scene, a window); its commands then go first, in Qt's
order."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import weakref
from pathlib import Path

import shiboken6

from cjm_desktop.collection import collection_paused
from cjm_desktop.commands import AddCardsCommand, CjmDocument, DeleteCardsCommand, EditCardCommand
from cjm_desktop.model import Card
from tests.factories import small_map


def _edit_a_day(doc: CjmDocument) -> None:
    """A bit of everything the stack holds: plain steps, merged ones, a macro and an undone step."""
    m = doc.map
    first = m.cards[0].id
    doc.push(AddCardsCommand(doc, [Card(stage_id=m.stages[0].id, lane_id=m.lanes[0].id, order=0, title="mới")]))
    for title in ("Đ", "Đặ", "Đặt"):  # merged into one step: the stack deletes the later commands
        doc.push(EditCardCommand(doc, first, {"title": title}, merge_key="typing"))
    doc.undo_stack.beginMacro("two edits")
    doc.push(EditCardCommand(doc, m.cards[1].id, {"title": "X"}))
    doc.push(DeleteCardsCommand(doc, [m.cards[2].id]))
    doc.undo_stack.endMacro()
    doc.undo_stack.undo()


def test_an_edited_document_is_freed_with_its_history_when_dropped(qapp):
    with collection_paused():  # only reference counting: a cycle would keep the document
        doc = CjmDocument(small_map())
        _edit_a_day(doc)
        assert doc.undo_stack.count() == 3
        alive, stack = weakref.ref(doc), doc.undo_stack
        del doc
        assert alive() is None
        assert not shiboken6.isValid(stack)  # Qt deleted the stack, and the commands with it


def test_commands_still_reach_their_document_through_a_whole_history(qapp):
    doc = CjmDocument(small_map())
    before = doc.map.model_dump(mode="json")
    _edit_a_day(doc)
    after = doc.map.model_dump(mode="json")
    doc.undo_stack.setIndex(0)
    assert doc.map.model_dump(mode="json") == before
    doc.undo_stack.setIndex(doc.undo_stack.count() - 1)
    assert doc.map.model_dump(mode="json") == after


#: A document in a cycle, its commands ahead of it in the collector's list (the
#: order that crashed): frozen out of the way while they are made and collected
#: into the oldest generation, then put back after them.
_COLLECTED_AFTER_ITS_COMMANDS = textwrap.dedent("""
    import gc
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from cjm_desktop.commands import CjmDocument, EditCardCommand
    from tests.factories import small_map
    gc.collect()
    doc = CjmDocument(small_map())
    doc.users = [doc]  # as a scene or a window that holds it, and that it holds
    gc.freeze()
    for n, card in enumerate(doc.map.cards):
        doc.push(EditCardCommand(doc, card.id, {"title": f"Bước {n}"}))
    doc.undo_stack.undo()
    gc.collect()
    gc.unfreeze()
    del doc
    print("collected", gc.collect() > 0)
""")


def test_a_document_in_a_cycle_is_collected_without_a_crash_whatever_goes_first():
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _COLLECTED_AFTER_ITS_COMMANDS], cwd=root, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "collected True"
