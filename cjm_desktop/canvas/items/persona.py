"""PersonaItem: a persona in a circle (initials or portrait) with name and role."""

from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QGraphicsItem

from ...layout import PersonaGeometry, text_width
from ...model import ObjectKind, Persona
from ...render import qt_painter
from ...render.qt_pictures import decode_picture
from .base import SELECTION_COLOUR, Z_PERSONA, ModelItem, qcolor, guarded_paint, scene_style


class PersonaItem(ModelItem, QGraphicsItem):
    kind = ObjectKind.PERSONAS

    def __init__(self, geometry: PersonaGeometry, persona: Persona, pictures: Optional[dict] = None) -> None:
        QGraphicsItem.__init__(self)
        self.model_id = geometry.persona_id
        self.geometry = geometry
        self.persona = persona.model_copy()
        self._rect = QRectF()
        self._portrait_uri: Optional[str] = None
        self.setFlag(QGraphicsItem.ItemIsSelectable)
        self.setZValue(Z_PERSONA)
        self.set_data(geometry, persona, pictures)

    def set_data(self, geometry: PersonaGeometry, persona: Persona, pictures: Optional[dict] = None) -> None:
        """``pictures``: the map's image table, where the portrait is found by its id."""
        c = geometry.circle
        right = max([c.right] + [ln.x + text_width(ln.text, ln.bold, ln.size) for ln in geometry.name_lines])
        rect = QRectF(c.x - 3, c.y - 3, right - c.x + 6, c.h + 12)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.geometry, self.persona = geometry, persona.model_copy()
        self._portrait_uri = (pictures or {}).get(persona.portrait) if persona.portrait else None
        self.update()

    def portrait(self):
        """The decoded portrait (decoded once per picture, failures remembered), or None."""
        return decode_picture(self._portrait_uri) if self._portrait_uri else None

    def tooltip_text(self) -> str:
        from html import escape

        p = self.persona
        text = f"<b>{escape(p.name)}</b>"
        if p.role:
            text += f"<br><i>{escape(p.role)}</i>"
        if p.description:
            text += "<br>" + escape(p.description)
        if p.goals:
            text += "<ul>" + "".join(f"<li>{escape(g)}</li>" for g in p.goals) + "</ul>"
        return text

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._rect

    @guarded_paint
    def paint(self, painter, option, widget=None) -> None:
        qt_painter.paint_persona(painter, self.geometry, scene_style(self), portrait=self.portrait())
        if self.isSelected():
            c = self.geometry.circle
            painter.setPen(QPen(qcolor(SELECTION_COLOUR), 2))
            painter.setBrush(Qt.NoBrush)
            painter.drawEllipse(QRectF(c.x - 3, c.y - 3, c.w + 6, c.h + 6))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        self.scene().persona_edit_requested.emit(self.model_id)
        event.accept()
