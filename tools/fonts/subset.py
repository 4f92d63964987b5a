#!/usr/bin/env python3
"""Builds the fonts the kiosk ships in assets/fonts/ from Debian's Noto fonts.

The kiosk must show (and print) every script of its catalogs with real glyphs
on a machine that has no fonts installed, so it carries its own. Full CJK
fonts are 16+ MB each; we keep each script's common repertoire (the national
standard character sets, which cover product names in practice) plus every
character the Fluent catalogs use.

Sources (SIL Open Font License 1.1, see assets/fonts/LICENSE-OFL.txt):
  Debian packages fonts-noto-core and fonts-noto-cjk.
Needs: pip install fonttools.   Run: python3 tools/fonts/subset.py
Re-run after adding catalog text in a script the fonts may not cover; the
test `fonts_cover_every_catalog` (crates/i18n) fails until you do.
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = ROOT / "assets" / "fonts"
NOTO = pathlib.Path("/usr/share/fonts/truetype/noto")
CJK = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_INDEX = {"JP": 0, "KR": 1, "SC": 2, "TC": 3}

ASCII = set(range(0x20, 0x7F))
PUNCT = set(range(0x2000, 0x2070)) | set(range(0x20A0, 0x20C1)) | {0x00A0, 0x00D7, 0x00B7}


def ranges(*pairs):
    out = set()
    for lo, hi in pairs:
        out |= set(range(lo, hi + 1))
    return out


def double_byte(encoding, lead, trail):
    chars = set()
    for a in range(lead[0], lead[1] + 1):
        for b in range(trail[0], trail[1] + 1):
            try:
                chars.add(ord(bytes([a, b]).decode(encoding)))
            except (UnicodeDecodeError, TypeError):
                pass
    return chars


def catalog_chars(tags):
    chars = set()
    for tag in tags:
        for ftl in (ROOT / "assets" / "locales" / tag).glob("*.ftl"):
            chars |= {ord(c) for c in ftl.read_text(encoding="utf-8")}
    for extra in (ROOT / "kiosk-config").glob("**/catalog*.toml"):
        chars |= {ord(c) for c in extra.read_text(encoding="utf-8")}
    return {c for c in chars if c >= 0x20}


CJK_COMMON = ranges((0x3000, 0x303F), (0xFF00, 0xFFEF)) | ASCII | PUNCT

TARGETS = [
    # (output file, source, collection index or None, code points)
    ("NotoSans-Regular.subset.ttf", NOTO / "NotoSans-Regular.ttf", None,
     ASCII | PUNCT | ranges((0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF))),
    ("NotoSans-Bold.subset.ttf", NOTO / "NotoSans-Bold.ttf", None,
     ASCII | PUNCT | ranges((0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x1E00, 0x1EFF))),
    ("NotoSansSC-Regular.subset.otf", CJK, CJK_INDEX["SC"],
     CJK_COMMON | double_byte("gb2312", (0xA1, 0xF7), (0xA1, 0xFE)) | catalog_chars(["zh-Hans"])),
    ("NotoSansTC-Regular.subset.otf", CJK, CJK_INDEX["TC"],
     CJK_COMMON | double_byte("big5", (0xA4, 0xC6), (0x40, 0xFE)) | catalog_chars(["zh-Hant"])),
    ("NotoSansJP-Regular.subset.otf", CJK, CJK_INDEX["JP"],
     CJK_COMMON | ranges((0x3040, 0x30FF)) | double_byte("euc_jp", (0xB0, 0xCF), (0xA1, 0xFE))
     | catalog_chars(["ja"])),
    ("NotoSansKR-Regular.subset.otf", CJK, CJK_INDEX["KR"],
     CJK_COMMON | double_byte("euc_kr", (0xB0, 0xC8), (0xA1, 0xFE)) | catalog_chars(["ko"])),
    # The virtual printer's stand-in for a printer's built-in Font A (fixed pitch).
    ("NotoSansMono-Regular.subset.ttf", NOTO / "NotoSansMono-Regular.ttf", None,
     ASCII | ranges((0xA0, 0xFF)) | {0x20AC, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026}),
    ("NotoSansThai-Regular.subset.ttf", NOTO / "NotoSansThai-Regular.ttf", None,
     ASCII | ranges((0x0E00, 0x0E7F))),
    ("NotoSansArabic-Regular.subset.ttf", NOTO / "NotoSansArabic-Regular.ttf", None,
     ASCII | ranges((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
]


def build(name, source, index, codepoints):
    font = TTCollection(str(source)).fonts[index] if index is not None else TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]  # keep shaping (Arabic joining, Thai marks, vertical forms)
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(codepoints))
    subsetter.subset(font)
    font.save(str(OUT / name))
    print(f"{name}: {len(codepoints)} code points, {(OUT / name).stat().st_size // 1024} KiB")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    only = set(sys.argv[1:])
    for target in TARGETS:
        if not only or target[0] in only:
            build(*target)


if __name__ == "__main__":
    main()
