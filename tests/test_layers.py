"""DESIGN.md's layers: Qt only in carecenter/ui and carecenter/app.py; reports take plain data and run no queries."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "carecenter"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules():
    return [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]


def test_the_scan_sees_the_ui_importing_qt():
    # guards the test below against scanning nothing
    assert any(name.startswith("PySide6") for name in imported_modules(PACKAGE / "ui" / "main_window.py"))


def test_nothing_outside_ui_and_app_imports_pyside6():
    offenders = [
        str(path.relative_to(PACKAGE.parent)) for path in modules()
        if not (path.is_relative_to(PACKAGE / "ui") or path == PACKAGE / "app.py")
        and any(name == "PySide6" or name.startswith("PySide6.") for name in imported_modules(path))
    ]
    assert offenders == []


def test_reports_run_no_queries():
    offenders = [
        str(path.relative_to(PACKAGE.parent)) for path in (PACKAGE / "reports").rglob("*.py")
        if any(name.startswith(("peewee", "carecenter.models", "carecenter.store")) for name in imported_modules(path))
    ]
    assert offenders == []


def test_models_import_nothing_from_the_layers_above():
    above = ("carecenter.ui", "carecenter.reports", "carecenter.archive", "carecenter.app", "PySide6")
    offenders = [
        str(path.relative_to(PACKAGE.parent)) for path in (PACKAGE / "models").rglob("*.py")
        if any(name.startswith(above) for name in imported_modules(path))
    ]
    assert offenders == []


def test_the_bundled_font_is_found():
    from carecenter.assets import CJK_FONT
    assert CJK_FONT.is_file() and CJK_FONT.stat().st_size > 1_000_000


def wall_clock_reads(path: Path) -> list[str]:
    """Calls that read the wall clock directly: datetime.now(), date.today(), datetime.today(), datetime.utcnow()."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("now", "today", "utcnow") and ast.unparse(node.func.value).endswith(
                    ("datetime", "date")):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {ast.unparse(node)}")
    return found


def test_the_scan_sees_a_wall_clock_read():
    assert any("datetime.datetime.now()" in read for read in wall_clock_reads(PACKAGE / "clock.py"))


def test_only_the_clock_reads_the_wall_clock():
    """Every date and time goes through carecenter.clock, which tests fix: the suite never depends on the day it runs
    (CI also runs it with the clock moved)."""
    offenders = [read for path in modules() if path != PACKAGE / "clock.py" for read in wall_clock_reads(path)]
    tests = Path(__file__).resolve().parent
    offenders += [read for path in tests.rglob("*.py") if path.name != "conftest.py"
                  for read in wall_clock_reads(path)]
    assert offenders == []
