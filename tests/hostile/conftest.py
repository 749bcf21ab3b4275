"""The hostile-file tests share one QApplication made first (the PNG and SVG exports
would otherwise make a bare QGuiApplication, on which no canvas can be built)."""

import pytest


@pytest.fixture(autouse=True, scope="session")
def _widgets_app(qapp):
    yield qapp
