"""ICAO face quality: detection, checks, head pose, live auto-capture and the standard portrait.

Entry points: :func:`kiosk.biometrics.face.analysis.analyse_image` for one image,
:class:`kiosk.biometrics.face.live.LiveAnalyser` for camera frames and
:func:`kiosk.biometrics.face.portrait.make_portrait` for the output JPEG.
"""
