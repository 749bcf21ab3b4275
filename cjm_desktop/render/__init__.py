"""Painters: the map's layout and decor shapes drawn by QPainter and by reportlab.

One geometry, two renderers. :mod:`cjm_desktop.layout` places everything and
:mod:`cjm_desktop.layout.decor` computes every decoration as a shape (strokes
with colour, width and dash; label pills; halos; persona badges; markers);
the painters here only draw those shapes:

- :mod:`.qt_painter` - QPainter, for the canvas items and the images, with the
  bundled font loaded into Qt by :mod:`.qt_fonts`;
- :mod:`.qt_image` - PNG and SVG export through :mod:`.qt_painter` (needs Qt);
- :mod:`.pdf_ops` and :mod:`.pdf_painter` - reportlab, for the PDF export
  (no Qt: importable with PySide6 blocked).

Importing this package imports neither Qt nor reportlab. render sits below the
canvas (whose items call it) and beside export (whose PDF uses its reportlab
painter); it imports neither canvas nor app.
"""
