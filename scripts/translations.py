"""Keep the Dutch translation complete.

    python -m scripts.translations update   # refresh the .ts from the source, compile .qm
    python -m scripts.translations check    # fail on any untranslated or stale string
    python -m scripts.translations fill nl FILE.json
        # fill translations from {"Context|source": "text" or ["one", "many"]}
    python -m scripts.translations carry nl OTHER.ts
        # fill untranslated messages from another .ts (an older version, a branch):
        # same context and source first, else the same source in any context

English is the source language; every UI string must have a Dutch translation.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("nl",)
SOURCES = sorted(
    str(p.relative_to(ROOT))
    for p in (ROOT / "intervisie_desktop").rglob("*.py")
    if "domain" not in p.parts and "store" not in p.parts
)


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project with its dev extra")
    return found


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"intervisie_desktop_{language}.ts"


def lupdate(ts: Path, language: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *SOURCES,
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def problems_in(ts: Path) -> list[str]:
    """Every message without a finished translation, as ``context: source``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform") or [translation]
            kind = translation.get("type")
            if kind in {"unfinished", "vanished", "obsolete"} or not all(
                (f.text or "").strip() for f in forms
            ):
                found.append(f"{name}: {source!r}")
    return found


def messages_in(ts: Path) -> set[tuple[str | None, str | None]]:
    return {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }


def check() -> int:
    failures: list[str] = []
    for language in LANGUAGES:
        committed = ts_path(language)
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / committed.name
            shutil.copy(committed, fresh)
            lupdate(fresh, language)
            missing = problems_in(fresh)
            failures += [f"untranslated ({language}): {m}" for m in missing]
            if messages_in(fresh) != messages_in(committed):
                failures.append(f"{committed.name} is stale: run `make translations`")
            qm = Path(tmp) / "check.qm"
            lrelease(committed, qm)
            shipped = committed.with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                failures.append(f"{shipped.name} does not match the .ts: run `make translations`")
    for line in failures:
        print(line)
    if not failures:
        print(f"translations complete: {', '.join(LANGUAGES)}")
    return 1 if failures else 0


def update() -> int:
    for language in LANGUAGES:
        ts = ts_path(language)
        lupdate(ts, language)
        lrelease(ts, ts.with_suffix(".qm"))
        for line in problems_in(ts):
            print(f"untranslated ({language}): {line}")
    return 0


def fill(language: str, mapping_file: str) -> int:
    """Write translations into the .ts (an alternative to Qt Linguist), then compile."""
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    ts = ts_path(language)
    tree = ET.parse(ts)
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = f"{name}|{message.findtext('source')}"
            if key not in mapping:
                continue
            used.add(key)
            value = mapping[key]
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                for form, text in zip(
                    forms, value if isinstance(value, list) else [value] * 2, strict=False
                ):
                    form.text = text
            else:
                translation.text = value[0] if isinstance(value, list) else value
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts, ts.with_suffix(".qm"))
    for key in sorted(set(mapping) - used):
        print(f"not in the .ts: {key}")
    return 0


def _translations(ts: Path) -> dict[tuple[str | None, str | None], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") not in {
                "unfinished",
                "vanished",
                "obsolete",
            }:
                found[(context.findtext("name"), message.findtext("source"))] = translation
    return found


def carry(language: str, other: str) -> int:
    """Take over finished translations from another .ts where this one has none."""
    known = _translations(Path(other))
    by_source = {source: element for (_ctx, source), element in known.items()}
    ts = ts_path(language)
    tree = ET.parse(ts)
    carried = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            found = known.get((name, source)) or by_source.get(source)
            if found is None:
                continue
            message.remove(translation)
            message.append(found)
            carried += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts, ts.with_suffix(".qm"))
    print(f"carried {carried} translations")
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "fill":
        raise SystemExit(fill(sys.argv[2], sys.argv[3]))
    if command == "carry":
        raise SystemExit(carry(sys.argv[2], sys.argv[3]))
    raise SystemExit({"check": check, "update": update}[command]())
