"""Render the app icon for every bundle from resources/icons/intervisie-desktop.svg.

    .venv/bin/python packaging/make_icons.py          # (re)write the icons below
    .venv/bin/python packaging/make_icons.py --check  # fail if they differ from the SVG

Writes (all committed):

- packaging/linux/icons/hicolor/<n>x<n>/apps/<APP_ID>.png for n in 16 … 512, and
  hicolor/scalable/apps/<APP_ID>.svg (a copy of the SVG);
- packaging/windows/intervisie-desktop.ico: 16 … 256 px, PNG entries;
- packaging/macos/intervisie-desktop.icns: ic07 … ic14 (128 … 1024 px), PNG entries.

Rendering uses Qt (QSvgRenderer into a QImage) on the offscreen platform, so it runs
without a display. The ICO and ICNS containers are written here: both are a small
header and a table of entries, each entry holding a whole PNG file.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(ROOT))

from intervisie_desktop import APP_ID  # noqa: E402

SOURCE_SVG = ROOT / "resources" / "icons" / "intervisie-desktop.svg"
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"
ICO = PACKAGING / "windows" / "intervisie-desktop.ico"
ICNS = PACKAGING / "macos" / "intervisie-desktop.icns"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS types with PNG data, as Apple's iconutil writes them: type -> pixel size.
ICNS_TYPES = {
    "ic07": 128,
    "ic08": 256,
    "ic09": 512,
    "ic10": 1024,  # 512 pt @2x
    "ic11": 32,  # 16 pt @2x
    "ic12": 64,  # 32 pt @2x
    "ic13": 256,  # 128 pt @2x
    "ic14": 512,  # 256 pt @2x
}
PIXEL_TOLERANCE = 2  # a different CPU may round an anti-aliased edge differently


def hicolor_png(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


class IconRenderer:
    def __init__(self, svg: Path) -> None:
        self._app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
        self._renderer = QSvgRenderer(str(svg))
        if not self._renderer.isValid():
            raise SystemExit(f"{svg}: not a valid SVG")
        self._cache: dict[int, bytes] = {}

    def png(self, size: int) -> bytes:
        """The icon as a PNG file of ``size`` × ``size`` pixels."""
        if size not in self._cache:
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            self._renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            self._cache[size] = _encode_png(image.convertToFormat(QImage.Format.Format_ARGB32))
        return self._cache[size]


def _encode_png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def build_ico(pngs: list[bytes]) -> bytes:
    """A Windows .ico: ICONDIR, one ICONDIRENTRY per image, then the PNG files.

    Width and height are one byte each, where 0 means 256.
    """
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for png in pngs:
        width, height = png_size(png)
        entries += struct.pack(
            "<BBBBHHII",
            width % 256,
            height % 256,
            0,  # colours in the palette: none
            0,  # reserved
            1,  # colour planes
            32,  # bits per pixel
            len(png),
            offset,
        )
        offset += len(png)
    return header + entries + b"".join(pngs)


def build_icns(entries: dict[str, bytes]) -> bytes:
    """A macOS .icns: 'icns' + total length, then (type, length incl. 8-byte header, data)."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
        for kind, data in sorted(entries.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> list[bytes]:
    """The PNG files in an .ico written by build_ico (checks the header on the way)."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    if (reserved, kind) != (0, 1):
        raise ValueError("not an .ico file")
    images = []
    for index in range(count):
        fields = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        size, offset = fields[6], fields[7]
        images.append(data[offset : offset + size])
    return images


def read_icns(data: bytes) -> dict[str, bytes]:
    """Type -> data of every entry in an .icns file."""
    if data[:4] != b"icns" or struct.unpack_from(">I", data, 4)[0] != len(data):
        raise ValueError("not an .icns file")
    entries: dict[str, bytes] = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4].decode("ascii")
        (length,) = struct.unpack_from(">I", data, position + 4)
        entries[kind] = data[position + 8 : position + length]
        position += length
    return entries


def expected_files(renderer: IconRenderer) -> dict[Path, bytes]:
    files = {hicolor_png(size): renderer.png(size) for size in HICOLOR_SIZES}
    files[hicolor_svg()] = SOURCE_SVG.read_bytes()
    files[ICO] = build_ico([renderer.png(size) for size in ICO_SIZES])
    files[ICNS] = build_icns({kind: renderer.png(size) for kind, size in ICNS_TYPES.items()})
    return files


def _pngs_in(path: Path, data: bytes) -> list[bytes]:
    if path.suffix == ".png":
        return [data]
    if path.suffix == ".ico":
        return read_ico(data)
    if path.suffix == ".icns":
        entries = read_icns(data)
        return [entries[kind] for kind in sorted(entries)]
    return []


def _same_pixels(a: bytes, b: bytes) -> bool:
    image_a = QImage.fromData(a).convertToFormat(QImage.Format.Format_ARGB32)
    image_b = QImage.fromData(b).convertToFormat(QImage.Format.Format_ARGB32)
    if image_a.size() != image_b.size():
        return False
    bits_a, bits_b = bytes(image_a.constBits()), bytes(image_b.constBits())
    if bits_a == bits_b:
        return True
    return all(abs(x - y) <= PIXEL_TOLERANCE for x, y in zip(bits_a, bits_b, strict=True))


def differences(files: dict[Path, bytes]) -> list[str]:
    """Committed files that are missing or do not match a fresh rendering."""
    problems = []
    for path, expected in files.items():
        name = path.relative_to(ROOT).as_posix()
        if not path.is_file():
            problems.append(f"{name}: missing")
            continue
        actual = path.read_bytes()
        if actual == expected:
            continue
        if path.suffix == ".svg":
            problems.append(f"{name}: differs from {SOURCE_SVG.relative_to(ROOT).as_posix()}")
            continue
        try:
            pairs = list(zip(_pngs_in(path, expected), _pngs_in(path, actual), strict=True))
        except ValueError as exc:  # a different number of entries, or a damaged file
            problems.append(f"{name}: {exc}")
            continue
        if not all(_same_pixels(want, have) for want, have in pairs):
            problems.append(f"{name}: differs from a fresh rendering of the SVG")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that the committed icons are current"
    )
    args = parser.parse_args(argv)
    files = expected_files(IconRenderer(SOURCE_SVG))
    if args.check:
        problems = differences(files)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("Run: .venv/bin/python packaging/make_icons.py", file=sys.stderr)
        return 1 if problems else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT).as_posix()} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
