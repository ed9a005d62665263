"""Make PactDesk's hicolor icons for Linux from resources/icons/pactdesk.svg.

Writes icons/hicolor/<size>x<size>/apps/io.github.pactdesk.PactDesk.png for every size in SIZES and copies the SVG
to icons/hicolor/scalable/apps/io.github.pactdesk.PactDesk.svg, next to this script. Run it again whenever the SVG
changes, then commit the icons:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/make_icons.py
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication

APP_ID = "io.github.pactdesk.PactDesk"
SIZES = (16, 24, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1] / "resources" / "icons" / "pactdesk.svg"
HICOLOR = HERE / "icons" / "hicolor"

# The drawing at a size is the Windows and macOS icons' (packaging/windows/make_ico.py): one way to draw the SVG.
sys.path.insert(0, str(HERE.parent / "windows"))
from make_ico import load, render  # noqa: E402


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        renderer = load(SOURCE)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(HERE)}")
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(f"wrote {scalable.relative_to(HERE)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
