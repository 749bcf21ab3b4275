"""Workbooks and CSV files as people make them by hand, and broken ones (no Qt)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?>'
             '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def raw_workbook(path: Path, sheet: str) -> Path:
    """A one-sheet workbook whose sheet XML is ``sheet`` exactly."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def million_row_workbook(path: Path, rows: int = 1_000_000, declare: bool = True) -> Path:
    """A grid of ``rows`` rows written straight as XML (openpyxl would take minutes);
    ``declare``: the sheet's <dimension> says how many (else only counting finds out)."""
    head = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Lanes</t></is></c>" \
           "<c r=\"B1\" t=\"inlineStr\"><is><t>Stage</t></is></c></row>"
    body = "".join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>x</t></is></c></row>' for i in range(2, rows + 1))
    dimension = f'<dimension ref="A1:B{rows}"/>' if declare else ""
    return raw_workbook(path, '<?xml version="1.0" encoding="UTF-8"?>'
                              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                              f"{dimension}<sheetData>{head}{body}</sheetData></worksheet>")


def workbook(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A workbook with these sheets (rows of values), as a person would make it in Excel."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path
