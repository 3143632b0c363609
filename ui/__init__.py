"""The Qt user interface: thin main window, one module per screen. Reaches the core via kiosk."""
