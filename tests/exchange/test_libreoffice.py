"""The exported workbook opens in LibreOffice (headless): converted to PDF, its text holds the map's titles."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cjm_desktop.exchange import export_map
from cjm_desktop.io import read_cjm
from cjm_desktop.layout.words import label

from .helpers import EXAMPLES


def test_libreoffice_opens_the_workbook_and_prints_the_titles(tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (Debian: apt-get install libreoffice-calc-nogui)")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed (Debian: apt-get install poppler-utils)")
    m = read_cjm([p for p in EXAMPLES if p.name == "salon-vi.cjm"][0]).map
    workbook = export_map(m, tmp_path / "salon.xlsx")
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile}",
                           "--convert-to", "pdf", "--outdir", str(tmp_path), str(workbook)],
                          capture_output=True, text=True, timeout=300)
    pdf = tmp_path / "salon.pdf"
    if not pdf.exists() and "could not be loaded" in done.stdout + done.stderr:
        pytest.skip("this LibreOffice has no spreadsheet module (Debian: apt-get install libreoffice-calc-nogui)")
    assert pdf.exists(), done.stdout + done.stderr
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60).stdout
    flat = " ".join(text.split())
    assert m.title in flat
    for stage in m.stages:
        assert stage.title in flat
    for lane in m.lanes:
        assert lane.title in flat
    for word in (label("col_owner", "vi"), label("personas", "vi"), m.personas[0].name):
        assert word in flat
    assert "Tìm salon gần chỗ làm" in flat
