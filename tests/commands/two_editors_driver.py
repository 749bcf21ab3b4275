"""One of two editors saving the same file in turns (see test_two_editors.py).

    python -m tests.commands.two_editors_driver MAP.cjm NAME SAVES

Each round opens the file, adds a card named NAME-i and saves. A save that is
refused because the other editor saved in between (the user is told) is done
again on the fresh file, as a user reloads and repeats the edit. Prints the
title of every card whose save was acknowledged, one per line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def main() -> int:
    app = QCoreApplication([])  # noqa: F841 - the undo stack's signals need one
    from cjm_desktop.commands import AddCardsCommand, CjmDocument
    from cjm_desktop.io import FileChangedOnDiskError
    from cjm_desktop.model import Card

    path, name, saves = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    for i in range(saves):
        while True:
            doc = CjmDocument.open(path)
            stage, lane = doc.map.stages[0].id, doc.map.lanes[0].id
            doc.push(AddCardsCommand(doc, [Card(title=f"{name}-{i}", stage_id=stage, lane_id=lane, order=0)]))
            try:
                doc.save()
            except FileChangedOnDiskError:
                continue  # the other editor saved first: told, reload, edit again
            print(f"{name}-{i}", flush=True)
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
