"""Architecture rule: only jongerenwerk_desk.ui imports PySide6 (docs/architecture.md, 'Layers')."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "jongerenwerk_desk"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt() -> None:
    offenders = []
    checked = 0
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui":
            continue
        checked += 1
        if any(name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
               for name in _imports(path)):
            offenders.append(str(rel))
    assert checked > 5
    assert offenders == []


def test_core_never_falls_back_to_plain_sqlite() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py")
                 if "sqlite3" in {n.split(".")[0] for n in _imports(p)}]
    assert offenders == []
