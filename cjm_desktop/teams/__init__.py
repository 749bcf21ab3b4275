"""Teams: compare two versions of a map, merge two colleagues' edits, and let
git carry .cjm files (semantic diff, three-way merge by ids, git's drivers).
No Qt: the command line and the window share it."""

from .describe import change_lines, conflict_line
from .diff import FieldChange, MapChange, diff_maps
from .merge import MergeResult, merge_maps

__all__ = ["FieldChange", "MapChange", "MergeResult", "change_lines", "conflict_line", "diff_maps", "merge_maps"]
