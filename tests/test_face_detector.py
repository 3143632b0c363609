"""The mediapipe wrapper: stderr silencing and start-up failures."""

from __future__ import annotations

import pytest


def test_quiet_stderr_from_many_threads_always_restores_stderr() -> None:
    import os
    import threading

    from kiosk.biometrics.face.detector import quiet_stderr

    before = os.fstat(2)
    barrier = threading.Barrier(8)

    def worker() -> None:
        barrier.wait()
        for _ in range(50):
            with quiet_stderr():
                pass

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    after = os.fstat(2)
    assert (after.st_dev, after.st_ino) == (before.st_dev, before.st_ino)


def test_models_that_cannot_start_are_a_precise_error(monkeypatch) -> None:
    """A bundle or installation missing a model file: mediapipe's graph error becomes ours."""
    from kiosk.biometrics.face import detector

    def broken(**_kwargs):
        raise RuntimeError("Graph has errors: Failed to load resource: "
                           "mediapipe/modules/face_landmark/face_landmark_with_attention.tflite")

    monkeypatch.setattr(detector._mp_mesh, "FaceMesh", broken)
    with pytest.raises(detector.FaceEngineError, match="could not start") as caught:
        detector.FaceDetector()
    assert caught.value.message_key == "face.engine_unavailable"
