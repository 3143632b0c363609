"""Qt pieces every screen uses: style, widgets, charts, background operations, messages, fonts,
languages."""
