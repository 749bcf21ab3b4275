"""MIME types shared by the canvas, the palette dock and the clipboard."""

#: A new card dragged from the palette: UTF-8 JSON {"kind": "<LaneKind value>"}.
NEW_CARD_MIME = "application/x-cjm-new-card"
#: Cards on the clipboard or dragged between windows: UTF-8 JSON
#: {"format": "cjm-cards", "version": 1, "cards": [...]} (Card dumps, mode="json").
CARDS_MIME = "application/x-cjm-cards+json"
