"""An export leaves client data only in the files the worker asked for.

Runs a full protected export (PDF + encrypted Excel file) in a subprocess whose TMPDIR is a
fresh empty folder, then checks: TMPDIR is still empty, the export folder holds exactly the
two files and nothing readable of the client data is in them or in the notebook's own files
(encrypted), and nothing was printed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[3])
    from jongerenwerk_desk.notebook import Notebook
    from jongerenwerk_desk.sharing import ExportOptions, export_disclosure, prepare_disclosure
    from jongerenwerk_desk.vault import KdfParams
    from tests.sharing_world import (OWN_PARTY, PASSPHRASE, TODAY, allowed_selection,
        demo_profile, populate)
    nb, _code = Notebook.create(Path(sys.argv[1]) / "werk.jwdb", PASSPHRASE,
                                kdf_params=KdfParams.minimum())   # real: no template in TMPDIR
    world = populate(nb)
    selection, grounds = allowed_selection(world)
    profile = demo_profile()
    prepared = prepare_disclosure(nb, selection, grounds, profile, TODAY, OWN_PARTY)
    export_disclosure(nb, PASSPHRASE, prepared, ExportOptions(
        folder=Path(sys.argv[2]), formats=("pdf", "xlsx"), pdf_password="lang wachtwoord 1"))
    nb.close()
""")

CLIENT_STRINGS = (b"Pleingasten", b"Jan de Vries", b"geluidsoverlast", b"Hendriks",
                  b"ONGEREVIEWD-GEHEIM", b"lachgas")


def test_export_writes_client_data_only_where_asked(tmp_path: Path) -> None:
    temp, nb_dir, out = tmp_path / "tmp", tmp_path / "nb", tmp_path / "uit"
    for folder in (temp, nb_dir, out):
        folder.mkdir()
    env = dict(os.environ, TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    root = str(Path(__file__).resolve().parents[2])
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(nb_dir), str(out), root],
                            env=env, capture_output=True, timeout=180)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b"" and result.stderr == b""
    assert list(temp.iterdir()) == []
    files = sorted(out.iterdir())
    assert [p.suffix for p in files] == [".pdf", ".xlsx"]
    assert len({p.stem for p in files}) == 1           # one reference for both files
    for path in files:  # AES-256 (PDF), Office encryption (xlsx): nothing readable
        data = path.read_bytes()
        for secret in CLIENT_STRINGS:
            assert secret not in data, (path.name, secret)
    assert {"werk.jwdb", "werk.jwdb.keys"} <= {p.name for p in nb_dir.iterdir()}
    for path in nb_dir.iterdir():
        data = path.read_bytes()
        for secret in CLIENT_STRINGS:
            assert secret not in data, (path.name, secret)
