#!/usr/bin/env python3
"""Reference figures: zxing-cpp (PyPI `zxing-cpp`) on the same corpus as `kioskctl bench decode`.

    pip install 'zxing-cpp>=3' pillow numpy
    taskset -c 0 python3 crates/scanner/bench/zxing_cpp_reference.py DIR [--repeat N]

Mirrors the Rust bench: every frame is loaded and converted to grayscale first, only the
decode call is timed (one thread); payment frames and negatives are decoded for
QR + Code128, item frames for EAN-13/EAN-8/UPC-A/Code128; a frame counts as detected when
any decoded text is one of the manifest's expected texts. zxing-cpp runs with its default
options (try_rotate, try_downscale, try_invert, LocalAverage binarizer). Each frame is
decoded N times (default 5, like `kioskctl bench decode --repeat`) and its fastest time kept.
"""
import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import zxingcpp
from PIL import Image

F = zxingcpp.BarcodeFormat
PAYMENT = (F.QRCode, F.Code128)
ITEMS = (F.EAN13, F.EAN8, F.UPCA, F.Code128)


def gtin(text):
    """zxing-cpp reports a UPC-A as the EAN-13 of the same GTIN (a leading 0); the
    manifest, like rxing, has the 12 digits. Compare the GTIN, not the spelling (a text
    the manifest has as it is, such as an EAN-13 that starts with 0, is kept)."""
    if len(text) == 13 and text.isdigit() and text.startswith("0"):
        return text[1:]
    return text


def percentile(sorted_ms, q):
    if not sorted_ms:
        return 0.0
    rank = min(max(math.ceil(q * len(sorted_ms)), 1), len(sorted_ms))
    return sorted_ms[rank - 1]


def figures(samples, negative=False):
    if not samples:
        return None
    ms = sorted(s["ms"] for s in samples)
    n = len(samples)
    det = sum(s["detected"] for s in samples)
    wrong = sum(s["wrong"] for s in samples)
    rate = 1 - wrong / n if negative else det / n
    return {"frames": n, "detected": det, "wrong": wrong, "rate": rate,
            "p50_ms": percentile(ms, 0.5), "p95_ms": percentile(ms, 0.95),
            "mean_ms": sum(ms) / n}


def main():
    args = sys.argv[1:]
    repeat = 5
    if len(args) == 3 and args[1] == "--repeat" and args[2].isdigit():
        repeat = max(int(args[2]), 1)
        args = args[:1]
    if len(args) != 1:
        sys.exit("usage: zxing_cpp_reference.py CORPUS_DIR [--repeat N]")
    root = Path(args[0])
    entries = [json.loads(l) for l in (root / "manifest.jsonl").read_text().splitlines() if l.strip()]
    samples = []
    for e in entries:
        gray = np.asarray(Image.open(root / e["file"]).convert("L"))
        formats = ITEMS if e["kind"] == "item" else PAYMENT
        ms = math.inf
        for _ in range(repeat):
            t = time.perf_counter()
            found = zxingcpp.read_barcodes(gray, formats=formats)
            ms = min(ms, (time.perf_counter() - t) * 1000)
        texts = [b.text if b.text in e["expected"] else gtin(b.text) for b in found]
        samples.append({"kind": e["kind"], "width": e["width"], "ms": ms,
                        "detected": any(t in e["expected"] for t in texts),
                        "wrong": any(t not in e["expected"] for t in texts)})
    groups = {
        "payment": [s for s in samples if s["kind"] == "payment"],
        "payment_720p": [s for s in samples if s["kind"] == "payment" and s["width"] == 1280],
        "payment_480p": [s for s in samples if s["kind"] == "payment" and s["width"] == 640],
        "payment_1080p": [s for s in samples if s["kind"] == "payment" and s["width"] == 1920],
        "items": [s for s in samples if s["kind"] == "item"],
        "negatives": [s for s in samples if s["kind"] == "negative"],
        "all": samples,
    }
    version = zxingcpp.__version__ if hasattr(zxingcpp, '__version__') else ''
    print(f"zxing-cpp {version} on {root}, fastest of {repeat} per frame")
    print(f"{'group':<14} {'frames':>6} {'rate':>7} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    for name, group in groups.items():
        f = figures(group, negative=(name == "negatives"))
        if f:
            print(f"{name:<14} {f['frames']:>6} {f['rate']*100:>6.1f}% {f['p50_ms']:>8.2f} "
                  f"{f['p95_ms']:>8.2f} {f['mean_ms']:>8.2f}")


if __name__ == "__main__":
    main()
