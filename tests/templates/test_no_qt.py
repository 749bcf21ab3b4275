"""templates/ is a pure layer: it must import without PySide6 (the CLI needs no display)."""

import subprocess
import sys

CODE = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("PySide6 is blocked in this test")
sys.meta_path.insert(0, Block())
from cjm_desktop.templates import build_map, list_templates
from cjm_desktop.templates.generated import generate_map
build_map("5a"); list_templates("en"); generate_map(cards=10, connectors=2)
assert not any(m.startswith("PySide6") for m in sys.modules)
"""


def test_templates_import_and_work_without_qt():
    result = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
