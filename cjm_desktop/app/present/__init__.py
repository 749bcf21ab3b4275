"""Present mode (View > Present, F5): the map full screen, stage by stage."""
