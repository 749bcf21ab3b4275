"""The window's side of teams: Compare With…, Merge With… and the Conflicts panel."""
