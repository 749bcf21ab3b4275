"""Helpers for the export tests: poppler tools (tests skip only when a tool is missing)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian: apt-get install poppler-utils)")
    return path


def pdf_text(path: Path, first: int | None = None, last: int | None = None, raw: bool = True) -> str:
    """Text of a PDF (or of pages first..last) as pdftotext extracts it, NFC."""
    cmd = [poppler("pdftotext"), "-enc", "UTF-8"]
    if raw:
        cmd.append("-raw")
    if first is not None:
        cmd += ["-f", str(first)]
    if last is not None:
        cmd += ["-l", str(last)]
    out = subprocess.run(cmd + [str(path), "-"], capture_output=True, check=True).stdout.decode("utf-8")
    return unicodedata.normalize("NFC", out)


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces (pdftotext breaks lines its own way)."""
    return " ".join(text.split())


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of every page, from pdfinfo."""
    out = subprocess.run([poppler("pdfinfo"), "-f", "1", "-l", "100000", str(path)],
                         capture_output=True, check=True, text=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)]


def pdf_fonts(path: Path) -> list[dict]:
    out = subprocess.run([poppler("pdffonts"), str(path)], capture_output=True, check=True, text=True).stdout
    lines = out.splitlines()[2:]
    fonts = []
    for line in lines:
        # name type... emb sub uni objectID gen: read the yes/no columns from the right
        parts = line.split()
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts
