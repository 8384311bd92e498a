"""Benchmark: rendering one referral letter (with logo), median of several runs. Target: at most 150 ms.

Run: python -m tests.letters.bench_letter [runs]
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import time

from ksdesk.letters.referral_letter import render_referral_letter
from tests.letters.sample_letter import full_letter, logo_png

TARGET_MS = 150.0


def main(runs: int = 15) -> float:
    letter = full_letter()
    letter = dataclasses.replace(letter, practice=dataclasses.replace(letter.practice, logo_png=logo_png()))
    render_referral_letter(letter)  # warm-up: font registration and imports are paid once per process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        render_referral_letter(letter)
        times.append((time.perf_counter() - start) * 1000)
    median = statistics.median(times)
    print(f"referral letter: median {median:.1f} ms over {runs} runs (min {min(times):.1f}, max {max(times):.1f}); "
          f"target ≤ {TARGET_MS:.0f} ms: {'OK' if median <= TARGET_MS else 'TOO SLOW'}")
    return median


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
