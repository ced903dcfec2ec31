"""Local persistence. Never imports Qt widgets."""
