"""Make PactDesk's Windows icon (pactdesk.ico) and macOS icon (../macos/pactdesk.icns) from its SVG drawing,
resources/icons/pactdesk.svg.

Qt draws the SVG at every size; this script packs the drawings into the two containers itself, because Qt's image
writers put a single image in an .ico or an .icns and Windows and macOS want several: the Windows icon has 16 to
256 px (the small sizes as 32-bit bitmaps, 256 px as PNG, as Windows' own icons are), the macOS icon has 16 px to
1024 px (512 px at 2x) as PNG, in the layout Apple's iconutil writes. Run it again whenever the SVG changes, then
commit both icons:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/windows/make_ico.py

``--ico PATH``, ``--icns PATH`` and ``--iconset DIR`` write only what they name; an iconset is the folder of PNG
files Apple's ``iconutil -c icns`` turns into an .icns (the macOS runner of .github/workflows/installers.yml does
that when iconutil cannot read the .icns this script wrote).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE = ROOT / "resources" / "icons" / "pactdesk.svg"
ICO = HERE / "pactdesk.ico"
ICNS = ROOT / "packaging" / "macos" / "pactdesk.icns"

# Windows shows 16 (lists, title bars), 20 and 24 (taskbar, 125 % and 150 % scaling), 32 and 40, 48 (Explorer),
# 64 and 256 (large icons, tiles).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
PNG_FROM = 256  # entries this large are PNG-compressed, smaller ones 32-bit bitmaps

# The .icns entries (OSType, pixels), as iconutil writes them from an iconset: ic11 is 16 px at 2x, ic12 32 px at 2x,
# ic13 128 px at 2x, ic14 256 px at 2x, ic10 512 px at 2x.
ICNS_TYPES = (
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic13", 256),
    (b"ic08", 256),
    (b"ic14", 512),
    (b"ic09", 512),
    (b"ic10", 1024),
)

# The iconset iconutil expects: icon_<points>x<points>[@2x].png.
ICONSET = tuple(
    (f"icon_{points}x{points}{'@2x' if scale == 2 else ''}.png", points * scale)
    for points in (16, 32, 128, 256, 512)
    for scale in (1, 2)
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn at ``size`` x ``size`` pixels on a transparent background, with straight (not premultiplied)
    alpha, as .ico bitmaps and PNG files store it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise RuntimeError(f"Qt cannot write PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def dib(image: QImage) -> bytes:
    """An .ico bitmap entry: a BITMAPINFOHEADER (its height doubled for the mask), the BGRA pixels bottom row first,
    then the 1-bit AND mask (set where a pixel is fully transparent), each row padded to 4 bytes."""
    width, height = image.width(), image.height()
    rows = []
    masks = []
    mask_stride = ((width + 31) // 32) * 4
    pixels_in = bytes(image.constBits())
    stride = image.bytesPerLine()
    for y in range(height - 1, -1, -1):
        # Format_ARGB32 is 0xAARRGGBB per pixel in native order: B, G, R, A in memory on little-endian machines.
        row = pixels_in[y * stride : y * stride + width * 4]
        if sys.byteorder == "big":
            row = b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4))
        rows.append(row)
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        masks.append(bytes(bits))
    pixels = b"".join(rows)
    mask = b"".join(masks)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def ico_bytes(renderer: QSvgRenderer, sizes: Sequence[int] = ICO_SIZES) -> bytes:
    """An ICONDIR, one ICONDIRENTRY per size (0 stands for 256), then the entries' data."""
    entries = []
    for size in sizes:
        image = render(renderer, size)
        entries.append((size, png(image) if size >= PNG_FROM else dib(image)))
    offset = 6 + 16 * len(entries)
    directory = [struct.pack("<HHH", 0, 1, len(entries))]
    for size, data in entries:
        side = 0 if size >= 256 else size
        directory.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset))
        offset += len(data)
    return b"".join(directory) + b"".join(data for _, data in entries)


def icns_bytes(renderer: QSvgRenderer) -> bytes:
    """'icns', its length, a table of contents, then one PNG entry per OSType in ICNS_TYPES (lengths big-endian,
    each counting its own 8-byte header)."""
    entries = [(ostype, png(render(renderer, size))) for ostype, size in ICNS_TYPES]
    toc = b"".join(ostype + struct.pack(">I", 8 + len(data)) for ostype, data in entries)
    body = b"TOC " + struct.pack(">I", 8 + len(toc)) + toc
    body += b"".join(ostype + struct.pack(">I", 8 + len(data)) + data for ostype, data in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_iconset(renderer: QSvgRenderer, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, size in ICONSET:
        target = folder / name
        target.write_bytes(png(render(renderer, size)))
        written.append(target)
    return written


def load(source: Path = SOURCE) -> QSvgRenderer:
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise RuntimeError(f"cannot read {source}")
    return renderer


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=SOURCE, help="the drawing (default: %(default)s)")
    parser.add_argument("--ico", type=Path, help="write the Windows icon here")
    parser.add_argument("--icns", type=Path, help="write the macOS icon here")
    parser.add_argument("--iconset", type=Path, help="write an iconset folder for iconutil here")
    args = parser.parse_args(argv)
    if args.ico is None and args.icns is None and args.iconset is None:
        args.ico, args.icns = ICO, ICNS
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    try:
        renderer = load(args.svg)
    except RuntimeError as error:
        print(error, file=sys.stderr)
        return 1
    if args.ico is not None:
        args.ico.parent.mkdir(parents=True, exist_ok=True)
        args.ico.write_bytes(ico_bytes(renderer))
        print(f"wrote {args.ico}")
    if args.icns is not None:
        args.icns.parent.mkdir(parents=True, exist_ok=True)
        args.icns.write_bytes(icns_bytes(renderer))
        print(f"wrote {args.icns}")
    if args.iconset is not None:
        write_iconset(renderer, args.iconset)
        print(f"wrote {args.iconset}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
