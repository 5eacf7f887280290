"""Screenshots saved by browser tests, for people to look at."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SCREENSHOT_DIR = Path(__file__).resolve().parent.parent / "artifacts" / "screenshots"


def screenshot(page: Any, name: str) -> Path:
    """Save a full-page screenshot as artifacts/screenshots/<name>.png."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
