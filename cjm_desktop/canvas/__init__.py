"""The canvas: a QGraphicsScene of the map's items and the view that shows it.

``from cjm_desktop.canvas import MapScene, MapView``. The scene turns gestures
into undo commands on its :class:`~cjm_desktop.commands.CjmDocument` and
follows the document's ``changed`` signal; it never writes files.
"""

from .scene import MapScene
from .view import MapView

__all__ = ["MapScene", "MapView"]
