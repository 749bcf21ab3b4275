"""Test-wide isolation: no test touches the real user's data folder."""

from __future__ import annotations

import pytest

from cjm_desktop.render.qt_env import prefer_serial_painting

prefer_serial_painting()  # as the app does, before pytest-qt makes the application


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory):
    # its own MonkeyPatch: a test's ``monkeypatch.undo()`` must not send it to the real folder
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CJM_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("cjm-data")))
        yield


@pytest.fixture(autouse=True)
def _no_paint_errors():
    """Fail a test during which any canvas item raised while painting
    (items log such errors instead of crashing the app)."""
    import sys

    yield
    base = sys.modules.get("cjm_desktop.canvas.items.base")
    if base is not None and base.PAINT_ERRORS:
        errors = list(base.PAINT_ERRORS)
        base.PAINT_ERRORS.clear()
        pytest.fail("errors while painting: " + "; ".join(errors[:5]))


def pytest_sessionfinish(session, exitstatus):
    """Empty the clipboard before Python finishes, as the app does when it quits
    (`app/cli/gui.py`): Qt's offscreen clipboard outlives the test process's
    application and would delete cards copied by a test after Python is gone."""
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()
