"""Synthetic fingerprints: an orientation field from cores and deltas, grown by Gabor filtering.

A *master* print is fully determined by its seed (cached); each *capture* of it adds what a real
scanner session changes: a small translation and rotation, elastic skin distortion, pressure
(ridge thickness) and sensor noise. Images are 8-bit grey at 500 ppi.
"""

from __future__ import annotations

import functools
import math

import cv2
import numpy as np

WIDTH, HEIGHT = 320, 416
RIDGE_PERIOD = 9.0  # pixels at 500 ppi (about 0.46 mm)
_BINS = 16
_ITERATIONS = 12


def _orientation_field(rng: np.random.Generator) -> np.ndarray:
    """Ridge orientation (radians) per pixel from a random class: arch, loop or whorl."""
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    z = x + 1j * y
    cx, cy = WIDTH / 2 + rng.uniform(-25, 25), HEIGHT * 0.42 + rng.uniform(-25, 25)
    kind = rng.choice(["left_loop", "right_loop", "whorl", "tented_arch"], p=[.3, .3, .25, .15])
    cores: list[complex] = []
    deltas: list[complex] = []
    if kind in ("left_loop", "right_loop"):
        side = -1 if kind == "left_loop" else 1
        cores.append(complex(cx, cy))
        deltas.append(complex(cx + side * rng.uniform(70, 110), cy + rng.uniform(110, 150)))
    elif kind == "whorl":
        gap = rng.uniform(18, 30)
        cores += [complex(cx, cy - gap), complex(cx, cy + gap)]
        deltas += [complex(cx - rng.uniform(90, 120), cy + rng.uniform(110, 150)),
                   complex(cx + rng.uniform(90, 120), cy + rng.uniform(110, 150))]
    else:
        cores.append(complex(cx, cy))
        deltas.append(complex(cx + rng.uniform(-8, 8), cy + rng.uniform(50, 70)))
    # Sherlock-Monro zero-pole model; image rows grow downwards, which flips the signs
    theta = np.zeros_like(x)
    for c in cores:
        theta += np.angle(z - c)
    for d in deltas:
        theta -= np.angle(z - d)
    theta = 0.5 * theta + rng.uniform(-0.15, 0.15)
    # every finger bends its ridges a little differently: smooth random orientation noise
    coarse = rng.standard_normal((5, 4)).astype(np.float32) * 0.22
    theta += cv2.resize(coarse, (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC)
    return theta.astype(np.float32)


@functools.cache
def _gabor_bank(period: float) -> tuple[np.ndarray, ...]:
    """Even Gabor kernels, one per orientation bin, tuned to the ridge period."""
    size = round(period * 2) | 1
    sigma = period * 0.45
    kernels = []
    for k in range(_BINS):
        # ridges run along theta, so the wave travels across it
        angle = k * math.pi / _BINS + math.pi / 2
        kern = np.asarray(cv2.getGaborKernel((size, size), sigma, angle, period, 1.0, 0,
                                             cv2.CV_32F), dtype=np.float32)
        kern -= kern.mean()
        kernels.append(kern / np.abs(kern).sum())
    return tuple(kernels)


def _finger_mask(rng: np.random.Generator) -> np.ndarray:
    """A soft elliptical fingertip mask in [0, 1]."""
    mask = np.zeros((HEIGHT, WIDTH), np.float32)
    axes = (int(WIDTH * rng.uniform(0.36, 0.46)), int(HEIGHT * rng.uniform(0.40, 0.48)))
    centre = (WIDTH // 2 + int(rng.uniform(-12, 12)), HEIGHT // 2 + int(rng.uniform(-5, 20)))
    cv2.ellipse(mask, centre, axes, rng.uniform(-10, 10), 0, 360, (1.0,), -1)
    return cv2.GaussianBlur(mask, (0, 0), 6)


# Two applicants' ten fingers and a little more: a retry is a new impression of a cached
# finger, and training sessions and tests alternate two listed subjects (KIOSK_SIM_SUBJECTS;
# with room for one applicant only, each finger was grown again, ~0.8 s, at every capture).
# Entries are kept in half precision, ~0.5 MiB each; 64 full-precision entries grew a demo
# desk by ~66 MiB over its first seven applicants (each new applicant has new fingers).
MASTER_CACHE_SIZE = 24


@functools.lru_cache(maxsize=MASTER_CACHE_SIZE)
def master_print(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The ridge pattern (-1..1) and fingertip mask (0..1) of the finger ``seed``, in half
    precision (read-only: shared by every capture of the finger)."""
    rng = np.random.default_rng(seed)
    theta = _orientation_field(rng)
    period = RIDGE_PERIOD * rng.uniform(0.95, 1.08)
    bank = _gabor_bank(round(period, 1))
    bins = np.mod(np.round(theta / (math.pi / _BINS)), _BINS).astype(np.int32)
    image: np.ndarray = rng.standard_normal((HEIGHT, WIDTH)).astype(np.float32)
    image = cv2.GaussianBlur(image, (0, 0), 2.5)
    for _ in range(_ITERATIONS):
        out = np.zeros_like(image)
        for k, kern in enumerate(bank):
            sel = bins == k
            out[sel] = cv2.filter2D(image, -1, kern)[sel]
        image = np.tanh(out / (out.std() + 1e-6) * 2.5)
    pattern, mask = image.astype(np.float16), _finger_mask(rng).astype(np.float16)
    pattern.flags.writeable = mask.flags.writeable = False
    return pattern, mask


def capture(seed: int, impression: int = 0, *, pressure: float | None = None) -> np.ndarray:
    """One scan of finger ``seed``: impression ``impression`` varies placement, skin and noise."""
    pattern, mask = (part.astype(np.float32) for part in master_print(seed))
    rng = np.random.default_rng((seed, impression))
    if impression:
        angle = rng.uniform(-8, 8)
        shift = rng.uniform(-12, 12, size=2)
    else:
        angle, shift = 0.0, np.zeros(2)
    matrix = np.asarray(cv2.getRotationMatrix2D((WIDTH / 2, HEIGHT / 2), angle, 1.0),
                        dtype=np.float64)
    matrix[:, 2] += shift
    map_x, map_y = _elastic_maps(rng, matrix, strength=3.0 if impression else 0.0)
    warped = cv2.remap(pattern, map_x, map_y, cv2.INTER_LINEAR, borderValue=(0.0,))
    wmask = cv2.remap(mask, map_x, map_y, cv2.INTER_LINEAR, borderValue=(0.0,))
    press = rng.uniform(-0.25, 0.25) if pressure is None else pressure
    ridges = 1.0 / (1.0 + np.exp(-(warped + press) * 4.0))  # 1 = ridge (dark)
    contrast = rng.uniform(0.75, 0.9) * wmask
    grey = 245.0 - 230.0 * ridges * contrast
    grey += rng.normal(0, 4.0, grey.shape)
    return np.clip(grey, 0, 255).astype(np.uint8)


def _elastic_maps(rng: np.random.Generator, matrix: np.ndarray,
                  strength: float) -> tuple[np.ndarray, np.ndarray]:
    """Inverse maps for cv2.remap: the rigid motion plus a smooth random displacement."""
    y, x = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    inv = cv2.invertAffineTransform(matrix)
    src_x = inv[0, 0] * x + inv[0, 1] * y + inv[0, 2]
    src_y = inv[1, 0] * x + inv[1, 1] * y + inv[1, 2]
    if strength:
        for grid in (src_x, src_y):
            coarse = rng.standard_normal((6, 5)).astype(np.float32)
            grid += cv2.resize(coarse, (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC) * strength
    return src_x, src_y
