"""Documentation lives in the repository: code, tests, benchmarks and resources refer only to
documents that are in it (``docs/...``, ``README.md``), never to notes outside it, and name
modules, not the team roles that once wrote them (docs/architecture.md, "Layers")."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("jongerenwerk_desk/**/*.py", "tests/**/*.py", "benchmarks/**/*.py",
           "resources/**/*.toml", "build.spec", "docs/*.md", "README.md")

MD_REFERENCE = re.compile(r"(?<![\w/.-])((?:\.\.?/|/)?[\w][\w./-]*\.md)\b")
OUTSIDE = re.compile(r"\.\./shared|/work/|\bcontracts?\.md|(?i:\bcontract:)")
# upper-case team roles ("WIZARD's", "owner: VAULT"); file names such as README are not roles
ROLE_NAME = re.compile(r"\b(?!README\b)(?:[A-Z]{2,}-)*[A-Z]{4,}'s\b|\bowner: [A-Z]{4,}")


def _files() -> list[Path]:
    found = {p for pattern in SCANNED for p in ROOT.glob(pattern) if p.is_file()}
    return sorted(found - {Path(__file__).resolve()})


def _lines() -> list[tuple[str, int, str]]:
    return [(str(path.relative_to(ROOT)), number, line)
            for path in _files()
            for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)]


def test_the_documents_exist() -> None:
    for name in ("architecture.md", "legal-rules.md", "public-api.md"):
        assert (ROOT / "docs" / name).is_file(), name
    assert "version 2" in (ROOT / "docs" / "legal-rules.md").read_text("utf-8").lower()


def test_every_document_reference_is_a_file_in_the_repository() -> None:
    missing = [f"{where}:{number}: {ref}" for where, number, line in _lines()
               for ref in MD_REFERENCE.findall(line)
               if ref.startswith(("/", "../")) or not (ROOT / ref).is_file()]
    assert missing == []


def test_no_reference_to_notes_outside_the_repository() -> None:
    outside = [f"{where}:{number}: {line.strip()}" for where, number, line in _lines()
               if OUTSIDE.search(line)]
    assert outside == []


def test_no_team_role_names() -> None:
    roles = [f"{where}:{number}: {line.strip()}" for where, number, line in _lines()
             if ROLE_NAME.search(line)]
    assert roles == []
