"""The application window and what guards it: main window, lock-down, idle lock, crash report,
keyboard-wedge filter, language switch."""
