

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
