"""Render resources/icons/chattasks.svg to the per-OS icon files (hicolor PNGs, .ico, .icns).

Run by `make dist`; the outputs are build artefacts under build/icons/, not committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "chattasks.svg"
HICOLOR = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    """The icon at `size` x `size` pixels, antialiased on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    """Write hicolor/<n>x<n>/apps/chattasks.png, chattasks.ico and chattasks.icns under `out`."""
    _app = QGuiApplication.instance() or QGuiApplication([])
    for size in HICOLOR:
        folder = out / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        assert render(size).save(str(folder / "chattasks.png"))
    scalable = out / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / "chattasks.svg").write_bytes(SVG.read_bytes())
    assert render(256).save(str(out / "chattasks.ico"))
    assert render(512).save(str(out / "chattasks.icns"))
    print(f"icons written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"))
