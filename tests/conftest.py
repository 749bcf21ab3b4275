"""Test-wide isolation: no test touches the real user's data folder."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("CJM_DESKTOP_DATA_DIR", str(tmp_path_factory.mktemp("cjm-data")))
