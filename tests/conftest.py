"""Test-wide isolation: no test touches the real user's data folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CJM_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("cjm-data")))


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
