"""Once a map is shown, the window keeps the cycle collector off its objects
(cjm_desktop/memory.py) and gives them back when the map is replaced or closed."""

from __future__ import annotations

import gc

from cjm_desktop.app.window.main_window import SETTLE_MS
from cjm_desktop.commands import CjmDocument
from tests.factories import small_map


def test_an_open_map_is_kept_out_of_the_collectors_passes_until_it_is_dropped(make_window, qtbot):
    gc.unfreeze()
    window = make_window()
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=SETTLE_MS + 3000)
    window.set_document(CjmDocument(small_map()))  # what File > Open does once the file is read
    assert gc.get_freeze_count() == 0  # the old map's objects are collectable again at once
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=SETTLE_MS + 3000)
    window.doc.undo_stack.setClean()
    window.close()
    assert gc.get_freeze_count() == 0
