"""The JSON Schema of the .cjm file, generated from the model.

The committed copy lives at ``resources/schema/cjm-<version>.schema.json``; a
test fails when it drifts from the model. Regenerate it with::

    python -m cjm_desktop.io.schema --write
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Optional

from ..resources import resource
from .cjm_file import CjmFileFormat
from .migrations import FORMAT_VERSION

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """The schema of a version-:data:`FORMAT_VERSION` file, as a dict."""
    schema = CjmFileFormat.model_json_schema(mode="validation")
    return {"$schema": SCHEMA_DIALECT, **schema}


def schema_text() -> str:
    """The schema as committed: two-space indent, non-ASCII kept, trailing newline."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def schema_path(version: int = FORMAT_VERSION) -> Path:
    return resource("schema", f"cjm-{version}.schema.json")


def write_schema(path: Optional[Path] = None) -> Path:
    """Regenerate the committed schema file; returns its path."""
    target = Path(path) if path else schema_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8", newline="\n")
    return target


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cjm_desktop.io.schema",
        description="Print the .cjm JSON Schema, or regenerate the committed copy.",
    )
    parser.add_argument("--write", action="store_true", help=f"rewrite {schema_path()}")
    args = parser.parse_args(argv)
    if args.write:
        print(f"wrote {write_schema()}")
    else:
        sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    sys.exit(main())
