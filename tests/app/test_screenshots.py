"""`python -m app.screenshots` renders every main page to a PNG that is not blank."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.screenshots import SIZE, shot_names

ROOT = Path(__file__).resolve().parents[2]
# The page area: right of the page toolbar, below the menu and mode bars, above the status bar.
PAGE = (90, 60, SIZE[0] - 10, SIZE[1] - 40)
STEP = 3
MIN_COLOURS = 64
"""A bare label on an empty page shows ~25 colours (anti-aliased text); real pages show hundreds."""
MAX_DOMINANT = 0.97
"""Share of the page area one colour may cover: an empty page is ~100 % background."""


def page_colours(image: QImage) -> Counter[int]:
    """Colours of a grid of pixels over the page area."""
    left, top, right, bottom = PAGE
    return Counter(
        image.pixel(x, y) for y in range(top, bottom, STEP) for x in range(left, right, STEP)
    )


def lightness(colour: int) -> int:
    """HSL lightness (0-255) of an ARGB pixel."""
    return QColor.fromRgb(colour).lightness()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Run the screenshot script once, offscreen, into a fresh folder."""
    out = tmp_path_factory.mktemp("shots")
    result = subprocess.run(
        [sys.executable, "-m", "app.screenshots", str(out)],
        capture_output=True, text=True, timeout=240, cwd=ROOT,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(out)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [Path(line).name for line in result.stdout.split()] == shot_names()
    return out


@pytest.mark.parametrize("name", shot_names())
def test_each_page_renders_to_a_full_size_png_that_is_not_blank(
    shots: Path, name: str, qapp: QApplication
) -> None:
    image = QImage(str(shots / name))
    assert not image.isNull(), f"{name} is missing or not a PNG"
    assert (image.width(), image.height()) == SIZE
    colours = page_colours(image)
    count = len(colours)
    dominant = colours.most_common(1)[0][1] / sum(colours.values())
    assert count >= MIN_COLOURS, f"{name}: only {count} colours on the page"
    assert dominant <= MAX_DOMINANT, f"{name}: one colour covers {dominant:.1%} of the page"


def test_the_dark_inbox_is_dark_and_the_light_one_light(shots: Path, qapp: QApplication) -> None:
    def background(name: str) -> int:
        return lightness(page_colours(QImage(str(shots / name))).most_common(1)[0][0])

    assert background("inbox-light.png") > 200
    assert background("inbox-dark.png") < 80
