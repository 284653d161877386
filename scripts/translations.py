"""Keep the translation files in step with the code.

    python scripts/translations.py              collect, update the .ts files, compile the .qm files
    python scripts/translations.py --check      exit 1 when a string has no translation or a .qm is out of date
    python scripts/translations.py --apply F    merge translations from F (JSON: {language: {source: text}})
    python scripts/translations.py --missing en print the sources still without a translation (JSON)

The strings are the first argument of every ``tr("…")`` and ``N_("…")`` in ``carecenter/``. Traditional Chinese
is filled with OpenCC (``s2twp``: Taiwan characters and phrases) where no translator has written one; English is
written by hand (entries without one stay ``unfinished``, and the check fails). The ``.qm`` files are compiled with
``pyside6-lrelease``. OpenCC is needed only here (``pip install -e ".[dev]"``), not by the program.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET  # writing only; reading goes through defusedxml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from carecenter.i18n import CONTEXT, LANGUAGES, SOURCE_LANGUAGE, qm_path, ts_path  # noqa: E402

TARGETS = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
MARKERS = {"tr", "N_"}


def collect(root: Path = ROOT) -> dict[str, tuple[str, int]]:
    """Every marked string → where it first appears (path relative to the repository, line)."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted((root / "carecenter").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            first = node.args[0]
            if name in MARKERS and isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value:
                found.setdefault(first.value, (path.relative_to(root).as_posix(), node.lineno))
    return dict(sorted(found.items(), key=lambda item: item[1]))


def read_ts(language: str) -> dict[str, str]:
    from defusedxml import ElementTree

    path = ts_path(language)
    if not path.exists():
        return {}
    result = {}
    for message in ElementTree.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("unfinished", "obsolete", "vanished") \
                and translation.text:
            result[message.findtext("source")] = translation.text
    return result


def write_ts(language: str, sources: dict[str, tuple[str, int]], translations: dict[str, str]) -> int:
    """Write the .ts; return how many entries are unfinished."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage=SOURCE_LANGUAGE)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    unfinished = 0
    for source, (file_name, line) in sources.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "location", filename=f"../../{file_name}", line=str(line))
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
            unfinished += 1
    ET.indent(root)
    path = ts_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        handle.write(ET.tostring(root, encoding="unicode"))
        handle.write("\n")
    return unfinished


def compile_qm(language: str) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    command = [str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent", str(ts_path(language)),
               "-qm", str(qm_path(language))]
    subprocess.run(command, check=True)


def traditional(sources, existing: dict[str, str]) -> dict[str, str]:
    import opencc

    converter = opencc.OpenCC("s2twp")
    return {source: existing.get(source) or converter.convert(source) for source in sources}


def update(extra: dict[str, dict[str, str]] | None = None) -> dict[str, int]:
    sources = collect()
    unfinished = {}
    for language in TARGETS:
        existing = read_ts(language)
        existing.update((extra or {}).get(language, {}))
        if language == "zh_TW":
            existing = traditional(sources, existing)
        unfinished[language] = write_ts(language, sources, existing)
        compile_qm(language)
    return unfinished


def check() -> list[str]:
    """What is wrong: strings without a translation, shipped .qm files that do not answer as their .ts says (the
    .qm is compared by what Qt reads from it, not byte for byte: another lrelease may lay it out differently)."""
    from PySide6.QtCore import QTranslator

    problems = []
    sources = collect()
    for language in TARGETS:
        translated = read_ts(language)
        missing = [source for source in sources if source not in translated]
        if missing:
            problems.append(f"{language}: {len(missing)} strings without a translation, e.g. {missing[:3]}")
        translator = QTranslator()
        if not translator.load(str(qm_path(language))):
            problems.append(f"{language}: {qm_path(language).name} is missing or unreadable")
            continue
        stale = [source for source, text in translated.items() if translator.translate(CONTEXT, source) != text]
        if stale:
            problems.append(f"{language}: {qm_path(language).name} is not compiled from the current .ts "
                            f"({len(stale)} entries differ, e.g. {stale[:2]})")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--apply", type=Path)
    parser.add_argument("--missing", choices=TARGETS)
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        print("\n".join(problems) or "translations complete")
        return 1 if problems else 0
    if args.missing:
        translated = read_ts(args.missing)
        print(json.dumps([s for s in collect() if s not in translated], ensure_ascii=False, indent=0))
        return 0
    extra = json.loads(args.apply.read_text(encoding="utf-8")) if args.apply else None
    unfinished = update(extra)
    print(", ".join(f"{language}: {count} unfinished" for language, count in unfinished.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
