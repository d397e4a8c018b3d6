"""The whole share path, end to end: a real notebook, the wizard driven to export, the PDF read
back with pypdf, the register record checked against the file, the CLI ``assess`` against the
wizard, and a wrong passphrase that leaves nothing behind."""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PasswordType, PdfReader
from PySide6.QtWidgets import QLabel, QWizard

from jongerenwerk_desk.covenant import request_to_json
from jongerenwerk_desk.sharing import DisclosureRegister
from jongerenwerk_desk.sharing.model import FILE_NAME_PATTERN
from jongerenwerk_desk.ui.services import FakePrompter
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(tmp_path):
    built = h.build_world(tmp_path)
    yield built
    built.notebook.close()


def _wizard(qtbot, world, tmp_path, *, synchronous=True, prompter=None):
    wiz = ShareWizard(world.notebook, h.profile(tmp_path),
                      h.services(prompter, synchronous=synchronous), group_id=world.group_id)
    qtbot.addWidget(wiz, before_close_func=h.quiet_close)
    wiz.show()
    return wiz


def _drive_to_export(wizard, world, out: Path, *, review=("group", "online", "contact",
                                                         "confidence_daan")) -> None:
    """Daan (valid consent) with group signals, his contact and his confidence; the third-party
    signal without reviewing its text; everything reviewed except that one."""
    s = world.signals
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan], signals=[s["group"], s["online"], s["contact"],
                                                   s["confidence_daan"], s["third_party"]])
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    h.acknowledge_all(wizard)
    wizard.next()
    preview = wizard.page_of(PageId.PREVIEW)
    for key in review:
        preview.review_checks[f"S{s[key]}"].setChecked(True)
    wizard.next()                                  # the ticks acknowledged FREE_TEXT: no loop
    assert wizard.currentId() == PageId.EXPORT
    wizard.currentPage().set_folder(out)


def _pdf_pages(path: Path, password: str | None = None) -> list[str]:
    reader = PdfReader(path)
    if password is not None:
        assert reader.is_encrypted
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_share_end_to_end_pdf_register_and_hash(qtbot, world, tmp_path):
    out = tmp_path / "export"
    out.mkdir()
    prompter = FakePrompter()
    wizard = _wizard(qtbot, world, tmp_path, synchronous=False, prompter=prompter)
    _drive_to_export(wizard, world, out)
    prompter.script("passphrase", h.PASSPHRASE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.record is not None, timeout=20_000)   # export off-thread

    record = wizard.record
    assert re.fullmatch(FILE_NAME_PATTERN, record.file_names[0]) and record.file_names[0].endswith(
        ".pdf")                                  # no count, no date in the name (issue 13)
    pdf = out / record.file_name
    assert sorted(p.name for p in out.iterdir()) == [pdf.name]          # no temp files left
    assert hashlib.sha256(pdf.read_bytes()).hexdigest() == record.file_sha256
    register = DisclosureRegister(world.notebook)
    assert [r.id for r in register.list()] == [record.id]
    assert register.verify() == []
    assert record.assessment == wizard.session.evaluate().assessment.to_dict()
    assert record.purpose == "groepsduiding" and record.recipients == ("burgemeester", "politie")

    pages = _pdf_pages(pdf)
    text = _squash("\n".join(pages))
    for page in pages:                             # the header on every page
        flat = _squash(page)
        assert "VERTROUWELIJK" in flat
        assert "Convenant jeugdgroepenaanpak Voorbeeldstad (versie 2024-03)" in flat
        assert "Groepsduiding en concept plan van aanpak" in flat
        assert "Burgemeester van Voorbeeldstad" in flat and "Politie, basisteam" in flat
        assert "29-11-2026" in flat
        assert "Kenmerk: " + record.file_name[len("verstrekking-"):-4] in flat
        assert "Afzender: Stichting Jongerenwerk Voorbeeldstad, Sam Jansen (06 11122233)" in flat
    allowed = [h.GROUP_TEXT, h.ONLINE_TEXT, "komt elke woensdag naar het inloopuur",
               "uit de groep wil stappen", "D.V. (2009)", "Indruk (niet geverifieerd)",
               "Skatebaan Noord"]
    for snippet in allowed:
        assert _squash(snippet) in text, snippet
    forbidden = [h.DAAN_NAME, "Daan", "Verhoeven", h.DAAN_PHONE, "06 12", h.INFORMANT,
                 "Oosterbroek", h.THIRD_PARTY_TEXT, "fietsen slopen", h.CONFIDENCE_SARA,
                 h.SARA_NAME, "Kuipers", h.HEALTH_TEXT, "blowt", "inbraak", "Noor Visser",
                 "Daantje"]
    for snippet in forbidden:
        assert snippet not in text, snippet
    for name in ("daan", "verhoeven", "sara", "noor", "skatebaan"):
        assert name not in record.file_name.lower()

    # the finish button now closes the wizard; the result is shown on the page
    assert wizard.page_of(PageId.EXPORT).done
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()


def test_wrong_passphrase_writes_nothing_and_records_nothing(qtbot, world, tmp_path):
    out = tmp_path / "export"
    out.mkdir()
    prompter = FakePrompter()
    wizard = _wizard(qtbot, world, tmp_path, prompter=prompter)
    _drive_to_export(wizard, world, out)
    export = wizard.page_of(PageId.EXPORT)
    export.csv_check.setChecked(True)
    prompter.script("passphrase", h.PASSPHRASE + "x")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert prompter.calls[-1].kind == "error"
    assert "passphrase is not correct" in prompter.calls[-1].text
    assert list(out.iterdir()) == []
    assert DisclosureRegister(world.notebook).list() == []
    assert wizard.record is None and not export.done and not export.busy
    assert wizard.currentId() == PageId.EXPORT

    prompter.script("passphrase", None)            # cancelled: nothing either
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert list(out.iterdir()) == [] and wizard.record is None

    prompter.script("passphrase", h.PASSPHRASE)    # then the right one works
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.record is not None
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 2 and names == sorted(wizard.record.file_names)
    assert names[0].endswith(".csv") and names[0][:-4] == names[1][:-4]
    csv_text = (out / names[0]).read_bytes()
    assert csv_text.startswith(b"\xef\xbb\xbf")
    assert hashlib.sha256(csv_text).hexdigest() == wizard.record.file_hashes[1]
    assert h.DAAN_NAME.encode() not in csv_text and h.INFORMANT.encode() not in csv_text


def test_pdf_password_protects_the_export(qtbot, world, tmp_path):
    out = tmp_path / "export"
    out.mkdir()
    prompter = FakePrompter()
    wizard = _wizard(qtbot, world, tmp_path, prompter=prompter)
    _drive_to_export(wizard, world, out)
    export = wizard.page_of(PageId.EXPORT)
    export.password_check.setChecked(True)
    export.password_edit.setText("kort")
    export.password_repeat.setText("kort")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    export.password_edit.setText("lang-genoeg-wachtwoord")
    export.password_repeat.setText("lang-genoeg-wachtwoord!")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert "differ" in export.problem_label.text()
    export.password_repeat.setText("lang-genoeg-wachtwoord")
    export.csv_check.setChecked(True)              # the spreadsheet: encrypted .xlsx, no CSV
    assert export.formats() == ["pdf", "xlsx"] and ".xlsx" in export.sheet_hint.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    prompter.script("passphrase", h.PASSPHRASE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert sorted(p.suffix for p in out.iterdir()) == [".pdf", ".xlsx"]
    sheet = (out / wizard.record.file_names[1]).read_bytes()
    assert h.GROUP_TEXT.encode() not in sheet and b"Skatebaan" not in sheet
    import msoffcrypto
    office = msoffcrypto.OfficeFile(io.BytesIO(sheet))
    office.load_key(password="lang-genoeg-wachtwoord")
    plain = io.BytesIO()
    office.decrypt(plain)
    from openpyxl import load_workbook
    cells = [c for r in load_workbook(plain).active.iter_rows(values_only=True) for c in r if c]
    assert "Stichting Jongerenwerk Voorbeeldstad" in cells
    pdf = out / wizard.record.file_name
    locked = PdfReader(pdf)
    assert locked.is_encrypted
    assert locked.decrypt("verkeerd-wachtwoord") == PasswordType.NOT_DECRYPTED
    assert "/AESV3" in str(locked.trailer["/Encrypt"].get_object().get("/CF"))   # AES-256
    assert "VERTROUWELIJK" in _pdf_pages(pdf, "lang-genoeg-wachtwoord")[0]
    assert export.password_edit.text() == ""       # not kept after the export


def test_cli_assess_and_wizard_give_the_same_findings(qtbot, world, tmp_path):
    s = world.signals
    wizard = _wizard(qtbot, world, tmp_path)
    h.choose_purpose(wizard, recipients=("burgemeester", "politie", "woningcorporatie"))
    wizard.next()
    h.pick(wizard, persons=[world.daan, world.sara, world.noor],
           signals=[s["online"], s["contact"], s["confidence_sara"], s["health"],
                    s["third_party"]], roles=True)
    wizard.next()
    h.fill_grounds(wizard, necessity="kort")       # too short: NECESSITY_MISSING
    wizard.next()
    check = wizard.page_of(PageId.CHECK)
    evaluation = check.evaluation
    assert evaluation.blocked

    request_path = tmp_path / "req.json"
    request_path.write_text(json.dumps(request_to_json(evaluation.request), ensure_ascii=False),
                            encoding="utf-8")
    profile_path = h.write_profile(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "jongerenwerk_desk", "assess", str(request_path),
         "--profile", str(profile_path)], capture_output=True, text=True, cwd=REPO,
        timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    cli = json.loads(result.stdout)
    assert cli == evaluation.assessment.to_dict()
    codes = {f["code"] for f in cli["findings"]}
    assert {"RECIPIENT_NOT_SIGNATORY", "RECIPIENT_NOT_FOR_PURPOSE", "NECESSITY_MISSING",
            "CONFIDENCE_WITHOUT_GROUND", "SPECIAL_CATEGORY", "AGE_UNKNOWN"} <= codes
    # every finding is shown; the routes outside the overleg are shown as one panel (V2-3)
    routes = [f for f in cli["findings"] if f["code"] == "ROUTES_OUTSIDE_OVERLEG"]
    assert len(routes) == 1 and check.routes_panel is not None
    assert sum(len(group) for group in check.frame_findings) == len(cli["findings"]) - 1


def test_export_needs_a_sender_and_remembers_the_folder(qtbot, world, tmp_path):
    out = tmp_path / "export"
    out.mkdir()
    prompter = FakePrompter()
    world.notebook.settings.delete("sender.contact")
    wizard = _wizard(qtbot, world, tmp_path, prompter=prompter)
    _drive_to_export(wizard, world, out)
    export = wizard.page_of(PageId.EXPORT)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    assert "name and a contact" in export.problem_label.text()     # says why, visibly
    world.notebook.settings.set("sender.contact", "jongerenwerk@example.org")
    export.refresh()
    assert finish.isEnabled() and "jongerenwerk@example.org" in export.sender_label.text()
    prompter.script("passphrase", h.PASSPHRASE)
    finish.click()
    assert wizard.record is not None, [(c.kind, c.text) for c in prompter.calls]
    banner_text = " ".join(label.text() for label in export.findChildren(QLabel))
    assert "SHA" not in banner_text and wizard.record.record_hash[:8] not in banner_text
    assert world.notebook.settings.get("export.folder") == str(out)
    h.quiet_close(wizard)
    again = _wizard(qtbot, world, tmp_path, prompter=prompter)
    h.choose_purpose(again)
    again.next()
    assert again.page_of(PageId.EXPORT).folder is None
    again.page_of(PageId.EXPORT).refresh()
    assert again.page_of(PageId.EXPORT).folder == out             # offered again
