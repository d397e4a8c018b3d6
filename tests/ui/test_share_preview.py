"""The preview is where the text is settled: a block raised there is resolved there (edit the
text in place, or send without it), the check updates in place, the notebook record stays as
it was and the settled text is what leaves and what the register keeps. Real SQLCipher
notebook, real Qt widgets, real PDF read back with pypdf."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWizard

from jongerenwerk_desk.notebook.models import Signal
from jongerenwerk_desk.sharing import DisclosureRegister
from jongerenwerk_desk.ui.services import FakePrompter
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h

LEFT = Qt.MouseButton.LeftButton
NAMED = "Wilhelmina Oosterbroek zag de groep fietsen slopen bij de bibliotheek."
SETTLED = "Een buurtbewoner zag de groep fietsen slopen bij de bibliotheek."


@pytest.fixture
def world(tmp_path):
    built = h.build_world(tmp_path)
    built.signals["named"] = built.notebook.signals.add(Signal(
        occurred_at=dt.datetime(2026, 11, 21, 19, 0, tzinfo=dt.UTC), category="groepsgedrag",
        verified=True, source="third_party", text=NAMED, informant=h.INFORMANT,
        group_ids=[built.group_id]))
    yield built
    built.notebook.close()


def _to_preview(qtbot, world, tmp_path, prompter):
    wizard = ShareWizard(world.notebook, h.profile(tmp_path), h.services(prompter),
                         group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, signals=[world.signals["named"], world.signals["group"]], identity=False)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    h.acknowledge_all(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.PREVIEW
    return wizard, wizard.page_of(PageId.PREVIEW)


def _codes(preview) -> set[str]:
    return {f.code for f in preview.evaluation.assessment.findings}


def test_a_block_on_the_preview_is_resolved_on_the_preview(qtbot, world, tmp_path):
    prompter = FakePrompter()
    wizard, preview = _to_preview(qtbot, world, tmp_path, prompter)
    key = f"S{world.signals['named']}"
    preview.review_checks[key].setChecked(True)          # the text names the informant
    assert "INFORMANT_IDENTIFIABLE" in _codes(preview) and preview.evaluation.blocked
    assert wizard.currentId() == PageId.PREVIEW           # no bounce, no popup
    assert prompter.kinds() == []
    assert not h.next_enabled(wizard) and "blocks" in preview.reason_label.text()
    assert [f.objectName() for f in preview.finding_frames] == [
        "preview_finding_INFORMANT_IDENTIFIABLE"]
    assert key in preview.text_edits and preview.review_checks[key].isChecked()

    qtbot.mouseClick(preview.findChild(QPushButton, f"fix_edit_{key}"),
                     LEFT)
    editor = preview.text_edits[key]
    assert editor.hasFocus() or wizard.focusWidget() is editor
    editor.setPlainText(SETTLED)                          # edit in place ...
    qtbot.mouseClick(preview.apply_buttons[key], LEFT)   # ... and use it
    assert "INFORMANT_IDENTIFIABLE" not in _codes(preview) and not preview.evaluation.blocked
    assert preview.finding_frames == [] and preview.reason_label.text() == ""
    assert h.next_enabled(wizard)
    texts = [e.text for e in preview.summary.group_entries if e.item_id == key]
    assert texts == [SETTLED]
    assert world.notebook.signals.get(world.signals["named"]).text == NAMED   # notebook stays

    wizard.next()
    assert wizard.currentId() == PageId.EXPORT
    out = tmp_path / "uit"
    out.mkdir()
    export = wizard.page_of(PageId.EXPORT)
    export.set_folder(out)
    prompter.script("passphrase", h.PASSPHRASE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    record = wizard.record
    assert record is not None
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out / record.file_name).pages)
                    .split())
    assert SETTLED in text and "Oosterbroek" not in text and "Wilhelmina" not in text
    stored = DisclosureRegister(world.notebook).get(record.id).summary
    assert SETTLED in [e["text"] for e in stored["group_entries"]]   # kept with the record
    assert world.notebook.signals.get(world.signals["named"]).text == NAMED


def test_a_block_can_also_be_resolved_by_sending_without_the_text(qtbot, world, tmp_path):
    wizard, preview = _to_preview(qtbot, world, tmp_path, FakePrompter())
    key = f"S{world.signals['named']}"
    preview.review_checks[key].setChecked(True)
    assert preview.evaluation.blocked
    untick = preview.findChild(QPushButton, f"fix_untick_{key}")
    qtbot.mouseClick(untick, LEFT)
    assert not preview.evaluation.blocked and not preview.review_checks[key].isChecked()
    assert [e.text for e in preview.summary.group_entries if e.item_id == key] == [None]
    assert h.next_enabled(wizard)


def test_ticking_reviews_never_loops_through_the_check_page(qtbot, world, tmp_path):
    prompter = FakePrompter()
    wizard, preview = _to_preview(qtbot, world, tmp_path, prompter)
    preview.review_checks[f"S{world.signals['group']}"].setChecked(True)
    assert "FREE_TEXT" in _codes(preview) and preview.ack_checks == []
    assert h.next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.EXPORT and prompter.kinds() == []


def test_ticking_a_review_box_does_not_move_the_next_one(qtbot, world, tmp_path):
    from PySide6.QtCore import QPoint

    wizard, preview = _to_preview(qtbot, world, tmp_path, FakePrompter())
    first, second = list(preview.review_checks)[:2]

    def y_of_second() -> int:
        check = preview.review_checks[second]
        qtbot.waitUntil(check.isVisible)
        qtbot.wait(50)
        return check.mapTo(preview.area.widget(), QPoint(0, 0)).y()

    before = y_of_second()
    preview.review_checks[first].setChecked(True)
    assert preview.review_checks[first].isChecked()
    assert y_of_second() == before
