"""Pure domain logic: methods, icebreakers, meetings. Never imports Qt."""
