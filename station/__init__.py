"""The application: the `kiosk` command line, the station's wiring (services, devices from the
options) and its diagnostics. Imports kiosk/, devices/ and ui/."""
