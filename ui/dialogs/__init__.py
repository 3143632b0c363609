"""Small modal dialogs shared by screens."""
