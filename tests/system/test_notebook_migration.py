"""A notebook made by the first schema version is upgraded on open: a backup first, then the
sort indexes of migration 2, with every row intact (docs/architecture.md: numbered migrations)."""

from __future__ import annotations

from jongerenwerk_desk.notebook import MIGRATIONS, Notebook
from jongerenwerk_desk.notebook.models import Signal
from jongerenwerk_desk.vault import KdfParams, Vault


def _plan(nb: Notebook, sql: str) -> str:
    return " | ".join(str(row[-1]) for row in nb.conn.execute("EXPLAIN QUERY PLAN " + sql))


def test_version_1_notebook_upgrades_with_backup_first(tmp_path) -> None:
    path = tmp_path / "oud.jwdb"
    vault, _code = Vault.create(path, "oud wachtwoord", kdf_params=KdfParams.minimum(),
                                migrations=MIGRATIONS[:1])
    nb = Notebook(vault)
    for i in range(30):
        nb.signals.add(Signal(category=f"cat{i % 3}", text=f"signaal {i}"))
    nb.close()

    nb = Notebook.open(path, passphrase="oud wachtwoord")
    try:
        assert nb.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert nb.signals.count() == 30
        plan = _plan(nb, "SELECT id FROM signals ORDER BY category, id LIMIT 200")
        assert "signals_category" in plan and "TEMP B-TREE" not in plan
        plan = _plan(nb, "SELECT id FROM signals ORDER BY location COLLATE NOCASE DESC, id DESC")
        assert "signals_location" in plan and "TEMP B-TREE" not in plan
        assert [s.text for s in nb.signals.page(0, 3, "category")] == [
            "signaal 0", "signaal 3", "signaal 6"]
    finally:
        nb.close()

    backups = list(tmp_path.glob("oud-before-migration-2-*.jwbak"))
    assert len(backups) == 1
    restored = tmp_path / "terug.jwdb"
    Vault.restore(backups[0], restored, passphrase="oud wachtwoord")
    old = Vault.open(restored, passphrase="oud wachtwoord", migrations=MIGRATIONS[:1])
    try:
        assert old.conn.execute("PRAGMA user_version").fetchone()[0] == 1
    finally:
        old.close()
