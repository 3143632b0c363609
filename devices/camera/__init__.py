"""Camera adapters: OpenCV devices, file sources, a simulated camera."""
