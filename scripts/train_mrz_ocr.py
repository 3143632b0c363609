"""Train the MRZ glyph classifier (resources/mrz_ocr/ocrb_mlp.yml.gz) from the OCR-B font.

Also writes the glyph templates of the second opinion (resources/mrz_ocr/ocrb_templates.png,
:mod:`kiosk.documents.mrz_verify`; ``--templates-only`` writes just them).
Run: ``.venv/bin/python scripts/train_mrz_ocr.py [--lines N] [--seed S]`` (needs Debian
``fonts-ocr-b``; a few minutes on one core). Random lines of MRZ characters are rendered,
printed wider or narrower than the font (cards and visas vary) and degraded the way a
document camera degrades them (stroke weight, print wear, guilloche background, uneven light,
low resolution down to 4 px capitals, blur, noise, JPEG, small rotation and perspective),
brought back to the reader's normalised strip height and cut into cells with jittered
positions, exactly as :mod:`kiosk.documents.mrz_glyphs` cuts them at reading time.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.documents.mrz_glyphs import (
    ALPHABET,
    CAP,
    MODEL_PATH,
    GlyphModel,
    cut_cells,
    features,
)
from kiosk.documents.mrz_synth import glyph_templates, ocrb_fonts, render_line
from kiosk.documents.mrz_verify import TEMPLATES_PATH

HIDDEN = 256
# A tenth of the lines in a plain monospaced face: some cards print their MRZ in one
EXTRA_FONTS = ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",)


# Pairs real documents' print confuses (bold or blurred): drawn more often
CONFUSABLE = "IXNMEKF64B8R1YT5S2ZUWHDO0Q3"


def random_text(rng: np.random.Generator, n: int, hard: bool = False) -> str:
    """Random MRZ characters with '<' runs as frequent as on real zones (``hard``: the
    confusable characters more often than the others)."""
    out = []
    while len(out) < n:
        if rng.random() < 0.12:
            out.extend("<" * int(rng.integers(1, 5)))
        elif hard and rng.random() < 0.35:
            out.append(CONFUSABLE[int(rng.integers(0, len(CONFUSABLE)))])
        else:
            out.append(ALPHABET[int(rng.integers(0, len(ALPHABET)))])
    return "".join(out[:n])


def _background(rng: np.random.Generator, shape: tuple[int, int]) -> np.ndarray:
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    bg = np.full(shape, rng.uniform(170, 255), np.float32)
    bg += rng.uniform(-40, 40) * xx / w + rng.uniform(-25, 25) * yy / h  # uneven light
    if rng.random() < 0.5:  # guilloche-like security print
        f1, f2 = rng.uniform(0.02, 0.2, 2)
        bg -= rng.uniform(10, 45) * (0.5 + 0.5 * np.sin(f1 * xx + 3 * np.sin(f2 * yy)))
    return bg


def degrade(rng: np.random.Generator, line: np.ndarray, hard: bool = False
            ) -> tuple[np.ndarray, float]:
    """A degraded copy of a rendered line, at the reader's normalised scale (factor);
    ``hard``: bolder print, fainter ink and defocus too."""
    ink = line < 128
    k = np.ones((3, 3), np.uint8)
    weight = rng.integers(-1, 4 if hard else 3)  # thinner, as drawn, or bolder
    if weight > 0:
        ink = cv2.dilate(ink.astype(np.uint8), k, iterations=int(weight)) > 0
    elif weight < 0:
        ink = cv2.erode(ink.astype(np.uint8), k) > 0
    if rng.random() < 0.4:  # print wear: blotches of missing ink
        wear = cv2.GaussianBlur(rng.random(line.shape).astype(np.float32), (0, 0), 3)
        ink &= wear < np.quantile(wear, rng.uniform(0.85, 1.0))
    img = _background(rng, line.shape)
    if not hard:
        img[ink] = rng.uniform(0, 90)
    else:
        img[ink] = rng.uniform(0, min(140.0, float(img.mean()) - 60))  # faint grey ink too
        if rng.random() < 0.4:  # out of focus, or ink spread on the page
            img = cv2.GaussianBlur(img, (0, 0), rng.uniform(1.0, 3.5))
    h, w = img.shape
    angle = rng.uniform(-2.5, 2.5)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[0, 1] += rng.uniform(-0.12, 0.12)  # italic-like shear from perspective
    img = cv2.warpAffine(img, m, (w, h), borderMode=cv2.BORDER_REPLICATE)
    low_cap = float(np.exp(rng.uniform(np.log(4.0), np.log(40))))
    cap_now = 48.0
    f = low_cap / cap_now
    small = cv2.resize(img, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    if rng.random() < 0.7:  # sharper at low resolution, where pixels already blur
        small = cv2.GaussianBlur(small, (0, 0), rng.uniform(0.3, 0.6 + low_cap / 40))
    small += rng.normal(0, rng.uniform(0, 10), small.shape)
    small = np.clip(small, 0, 255).astype(np.uint8)
    if rng.random() < 0.5:
        quality = int(rng.integers(25, 95))
        _, buf = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, quality])
        small = cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)
    back = CAP / low_cap
    out = cv2.resize(small, None, fx=back, fy=back, interpolation=cv2.INTER_LINEAR)
    return out, f * back


def make_samples(rng: np.random.Generator, count: int, hard: bool = False
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Features and class indices of about ``count`` lines of 12 cells."""
    fonts = ocrb_fonts()
    if not fonts:
        raise SystemExit("the OCR-B font is not installed (Debian package fonts-ocr-b)")
    feats, labels = [], []
    for i in range(count):
        text = random_text(rng, 12, hard)
        extra = [Path(f) for f in EXTRA_FONTS if Path(f).is_file()]
        font = extra[i % len(extra)] if extra and i % 10 == 9 else fonts[i % len(fonts)]
        line, centers, mid, pitch = render_line(text, 48.0, font)
        if rng.random() < 0.6:  # documents print the zone wider or narrower than the font
            fx = float(rng.uniform(0.85, 1.25))
            line = cv2.resize(line, None, fx=fx, fy=1.0, interpolation=cv2.INTER_AREA)
            centers, pitch = centers * fx, pitch * fx
        img, scale = degrade(rng, line, hard)
        n = len(text)
        jitter_x = rng.normal(0, 0.06, n) * pitch * scale
        p = pitch * scale * rng.uniform(0.96, 1.04)  # the fitted pitch is accurate
        cells = cut_cells(img, centers * scale + jitter_x, mid * scale + rng.normal(0, 1.5),
                          p)
        if rng.random() < 0.3:  # capitals not exactly CAP tall after rectification
            s = rng.uniform(0.88, 1.12)
            cells = np.stack([cv2.resize(cv2.resize(c, None, fx=1, fy=s), c.shape[::-1])
                              for c in cells])
        feats.append(features(cells))
        labels.extend(ALPHABET.index(c) for c in text)
    return np.vstack(feats), np.array(labels, np.int64)


def train(x: np.ndarray, labels: np.ndarray, rng: np.random.Generator, epochs: int
          ) -> tuple[np.ndarray, np.ndarray, list[np.ndarray]]:
    """Mini-batch Adam on softmax cross-entropy for the network OpenCV's ANN_MLP computes.

    ANN_MLP (SIGMOID_SYM, alpha = beta = 1) computes h = tanh((x W1 + b1) / 2) and outputs
    tanh((h W2 + b2) / 2); the logits are recovered from its output at reading time.
    Returns the input scale and shift and the two weight matrices (bias as the last row).
    """
    mean, std = x.mean(axis=0), x.std(axis=0) + 1e-3
    xs = ((x - mean) / std).astype(np.float32)
    n_in, n_out = x.shape[1], len(ALPHABET)
    params = [rng.normal(0, 2 / np.sqrt(n_in), (n_in, HIDDEN)).astype(np.float32),
              np.zeros(HIDDEN, np.float32),
              rng.normal(0, 1 / np.sqrt(HIDDEN), (HIDDEN, n_out)).astype(np.float32),
              np.zeros(n_out, np.float32)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    step, lr, decay = 0, 2e-3, 1e-4
    for epoch in range(epochs):
        order = rng.permutation(len(xs))
        for i in range(0, len(order), 256):
            batch = order[i:i + 256]
            xb, yb = xs[batch], labels[batch]
            w1, b1, w2, b2 = params
            h = np.tanh((xb @ w1 + b1) / 2)
            z = h @ w2 + b2
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(yb)), yb] -= 1
            dz = p / len(yb)
            dh = (dz @ w2.T) * (1 - h * h) / 2
            grads = [xb.T @ dh + decay * w1, dh.sum(0), h.T @ dz + decay * w2, dz.sum(0)]
            step += 1
            for k, g in enumerate(grads):
                m[k] = 0.9 * m[k] + 0.1 * g
                v[k] = 0.999 * v[k] + 0.001 * g * g
                mh, vh = m[k] / (1 - 0.9 ** step), v[k] / (1 - 0.999 ** step)
                params[k] -= (lr * mh / (np.sqrt(vh) + 1e-8)).astype(np.float32)
        lr *= 0.8
        print(f"epoch {epoch + 1}/{epochs}", flush=True)
    w1, b1, w2, b2 = params
    return 1 / std, -mean / std, [np.vstack([w1, b1]), np.vstack([w2, b2])]


def save_opencv_mlp(path: Path, scale: np.ndarray, shift: np.ndarray,
                    weights: list[np.ndarray]) -> None:
    """Write the network in OpenCV's ANN_MLP file format (loaded by cv2.ml.ANN_MLP_load)."""
    sizes = [weights[0].shape[0] - 1] + [w.shape[1] for w in weights]

    def flat(values: np.ndarray) -> str:
        return "[ " + ", ".join(f"{float(v):.8e}" for v in values) + " ]"

    pairs = np.column_stack([scale, shift]).ravel()
    identity = np.tile([1.0, 0.0], sizes[-1])
    text = ("%YAML:1.0\n---\nopencv_ml_ann_mlp:\n   format: 3\n"
            f"   layer_sizes: [ {', '.join(map(str, sizes))} ]\n"
            "   activation_function: SIGMOID_SYM\n   f_param1: 1.\n   f_param2: 1.\n"
            "   min_val: -0.95\n   max_val: 0.95\n   min_val1: -0.98\n   max_val1: 0.98\n"
            "   training_params:\n      train_method: RPROP\n      dw0: 1.\n"
            "      dw_plus: 1.2\n      dw_minus: 0.5\n      dw_min: 0.\n      dw_max: 50.\n"
            "      term_criteria:\n         epsilon: 0.0001\n         iterations: 1\n"
            f"   input_scale: {flat(pairs)}\n   output_scale: {flat(identity)}\n"
            f"   inv_output_scale: {flat(identity)}\n   weights:\n"
            + "".join(f"      - {flat(w.ravel())}\n" for w in weights))
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="ascii") as out:
        out.write(text)


def save_templates(path: Path = TEMPLATES_PATH) -> None:
    """The 37 clean glyphs side by side in one PNG (CELL_H x 37 CELL_W)."""
    cells = glyph_templates()
    sheet = np.ascontiguousarray(cells.transpose(1, 0, 2).reshape(cells.shape[1], -1))
    cv2.imwrite(str(path), sheet, [cv2.IMWRITE_PNG_COMPRESSION, 9])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=6000, help="training lines of 12 glyphs")
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--augment", choices=("plain", "hard"), default="plain",
                        help="hard: bolder, fainter, defocused print and the confusable "
                             "characters more often (the second model of the pair)")
    parser.add_argument("--templates-only", action="store_true")
    args = parser.parse_args()
    save_templates()
    if args.templates_only:
        return 0
    rng = np.random.default_rng(args.seed)
    start = time.perf_counter()
    hard = args.augment == "hard"
    x, y = make_samples(rng, args.lines, hard)
    xt, yt = make_samples(np.random.default_rng(args.seed + 1), max(200, args.lines // 10), hard)
    print(f"{len(x)} training cells, {len(xt)} test cells in "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    scale, shift, weights = train(x, y, rng, args.epochs)
    save_opencv_mlp(args.out, scale, shift, weights)
    model = GlyphModel(args.out)  # the saved file, read back the way the reader reads it
    _, out = model.mlps[0].predict(xt)
    accuracy = float((out.argmax(1) == yt).mean())
    print(f"trained in {time.perf_counter() - start:.0f} s; held-out synthetic accuracy "
          f"{accuracy:.4f}; saved {args.out} ({args.out.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
