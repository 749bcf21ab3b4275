"""The workshop in the window: dot vote settings, voting mode, the vote results dock."""
