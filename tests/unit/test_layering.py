"""Architecture rules (docs/architecture.md): only ui imports Qt; ui and commands never import
each other; the GUI writes only through the door; SQL only in notebook/ and vault/."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "jongerenwerk_desk"


@functools.cache
def _parse(text: str) -> ast.Module:
    return ast.parse(text)


def _tree(path: Path) -> ast.Module:
    """The module's syntax tree, parsed once per process for the same text (the rules below
    walk every module of the package; the trees are only read)."""
    return _parse(path.read_text(encoding="utf-8"))


def _imports(path: Path) -> set[str]:
    tree = _tree(path)
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


def _package_of(rel: Path) -> str:
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def test_ui_and_commands_never_import_each_other() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        here = _package_of(rel)
        other = {"ui": "commands", "commands": "ui"}.get(here)
        if other is None:
            continue
        if any(name.startswith(f"jongerenwerk_desk.{other}") for name in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_the_gui_imports_commands_nowhere_counted() -> None:
    """ui -> commands imports: 0 (the figure the issue asks for)."""
    count = sum(1 for path in (PACKAGE / "ui").rglob("*.py")
                for name in _imports(path) if name.startswith("jongerenwerk_desk.commands"))
    assert count == 0


#: Repositories and stores of an open Notebook (``nb.<name>``) and their write methods.
_REPOSITORIES = {"people", "groups", "memberships", "signals", "consents", "informing",
                 "partners", "audit", "settings", "disclosures"}
_WRITES = {"add", "update", "delete", "set", "set_stage", "erase", "record", "append"}
_NOTEBOOK_NAMES = {"notebook", "nb", "_nb", "_notebook"}
_SQL_CALLS = {"execute", "executemany", "executescript", "transaction"}


def _ends_with_notebook(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in _NOTEBOOK_NAMES
    if isinstance(node, ast.Attribute):
        return node.attr in _NOTEBOOK_NAMES
    return False


def _ui_writes(path: Path) -> list[str]:
    found = []
    tree = _tree(path)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        func = node.func
        if func.attr in _SQL_CALLS:
            found.append(f"{func.attr}() line {node.lineno}")
        elif (func.attr in _WRITES and isinstance(func.value, ast.Attribute)
              and func.value.attr in _REPOSITORIES and _ends_with_notebook(func.value.value)):
            found.append(f"{func.value.attr}.{func.attr}() line {node.lineno}")
        elif func.attr == "append" and isinstance(func.value, ast.Call) and isinstance(
                func.value.func, ast.Name) and func.value.func.id in {
                    "DisclosureRegister", "DisclosureStore"}:
            found.append(f"register append line {node.lineno}")
    return found


def test_ui_never_writes_to_a_repository_or_runs_sql() -> None:
    """Every write of the GUI goes through the door (``notebook.ops`` via the ops runner)."""
    offenders = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        found = _ui_writes(path)
        if found:
            offenders[str(path.relative_to(PACKAGE))] = found
    assert offenders == {}


def test_the_write_check_can_fail() -> None:
    """The checker itself finds a repository write and SQL (so the rule above can fail)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.py"
        sample.write_text("def f(self, nb):\n    self.notebook.people.add(p)\n"
                          "    nb.settings.set('k', 'v')\n    nb.conn.execute('DELETE')\n",
                          encoding="utf-8")
        assert len(_ui_writes(sample)) == 3


def test_no_sql_outside_notebook_and_vault() -> None:
    """Only ``notebook/`` and ``vault/`` execute SQL statements."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] in {"notebook", "vault"}:
            continue
        tree = _tree(path)
        if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr in {"execute", "executemany", "executescript"}
               for n in ast.walk(tree)):
            offenders.append(str(rel))
    assert offenders == []


def test_no_module_outside_ui_imports_a_qt_free_copy_from_ui() -> None:
    """Domain code lives in the core: nothing outside ``ui/`` (but the entry point) imports
    from ``ui/``."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or rel.name in {"cli.py", "__main__.py"}:
            continue
        if any(name.startswith("jongerenwerk_desk.ui") for name in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_the_sharing_package_loads_its_names_on_first_use() -> None:
    """``jongerenwerk_desk.sharing`` names every public name's module (PEP 562) and a command
    that only needs the register does not load the PDF library (a fresh interpreter)."""
    import subprocess
    import sys

    import jongerenwerk_desk.sharing as sharing

    assert set(sharing._HOME) == set(sharing.__all__)
    for name in sharing.__all__:
        assert getattr(sharing, name) is not None, name
    with pytest.raises(AttributeError):
        _ = sharing.no_such_name  # type: ignore[attr-defined]
    probe = ("import sys, jongerenwerk_desk.sharing.register; "
             "print(sorted(m for m in ('fpdf', 'openpyxl', 'jongerenwerk_desk.sharing.pdf') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stdout
