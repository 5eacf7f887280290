"""A plain-text progress bar: redrawn in place on a terminal, a line per 10% otherwise."""

from __future__ import annotations

import time
from typing import IO

WIDTH = 30


class Bar:
    def __init__(self, out: IO[str], label: str, total: int):
        self.out = out
        self.label = label
        self.total = max(total, 1)
        self.done_count = 0
        self.started = time.perf_counter()
        self.tty = getattr(out, "isatty", lambda: False)()
        self.last_decile = -1
        self._draw()

    def advance(self, count: int) -> None:
        self.done_count += count
        self._draw()

    def done(self) -> None:
        self.done_count = self.total
        self._draw(final=True)

    def _draw(self, *, final: bool = False) -> None:
        fraction = min(self.done_count / self.total, 1.0)
        elapsed = time.perf_counter() - self.started
        eta = elapsed / fraction - elapsed if fraction > 0 else 0.0
        filled = int(WIDTH * fraction)
        line = (
            f"{self.label:<10} [{'#' * filled}{'.' * (WIDTH - filled)}] {fraction:4.0%} "
            f"{self.done_count:>10,}/{self.total:,}  {elapsed:6.1f} s" + ("" if final else f"  eta {eta:5.0f} s")
        )
        if self.tty:
            self.out.write("\r" + line + ("\n" if final else ""))
        else:
            decile = int(fraction * 10)
            if decile == self.last_decile and not final:
                return
            if final and decile == self.last_decile == 10:
                return
            self.last_decile = decile
            self.out.write(line + "\n")
        self.out.flush()


class Progress:
    def __init__(self, out: IO[str]):
        self.out = out

    def bar(self, label: str, total: int) -> Bar:
        return Bar(self.out, label, total)
