"""One QGraphicsItem class per file."""
