"""The editor: every edit verb of a map (:mod:`.editor`, :mod:`.structure_verbs`), where cards go
(:mod:`.placement`), the one clipboard format (:mod:`.clipboard`) and the questions it asks (:mod:`.prompts`).

Below the canvas and the window: it imports neither (tests/editing/test_layering.py).
"""
