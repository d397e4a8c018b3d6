"""A role in the group can be marked as an established fact for a disclosure: the role items
are then facts (no impression warning per young person) and every export labels the role as
a fact; without the tick it stays the worker's impression. Real notebook, real widgets, the
PDF read back with pypdf."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWizard

from jongerenwerk_desk.ui.services import FakePrompter
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h


@pytest.fixture
def world(tmp_path):
    built = h.build_world(tmp_path)
    yield built
    built.notebook.close()


def _role_findings(wizard, pid):
    check = wizard.page_of(PageId.CHECK)
    return {f.code for f in check.evaluation.assessment.findings if f.item == f"P{pid}-rol"}


@pytest.mark.parametrize("as_fact", [False, True])
def test_role_as_fact_or_impression(qtbot, world, tmp_path, as_fact):
    prompter = FakePrompter()
    wizard = ShareWizard(world.notebook, h.profile(tmp_path), h.services(prompter),
                         group_id=world.group_id)
    qtbot.addWidget(wizard, before_close_func=h.quiet_close)
    wizard.show()
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan], signals=[world.signals["group"]], roles=True)
    items = wizard.page_of(PageId.ITEMS)
    assert items.roles_fact_check.isEnabled()
    items.roles_fact_check.setChecked(as_fact)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    codes = _role_findings(wizard, world.daan)
    assert ("UNVERIFIED_IMPRESSION" in codes) is not as_fact
    h.acknowledge_all(wizard)
    wizard.next()
    person = wizard.page_of(PageId.PREVIEW).summary.persons[0]
    assert person.role == "kern" and person.role_is_fact is as_fact
    wizard.next()
    out = tmp_path / "uit"
    out.mkdir()
    wizard.page_of(PageId.EXPORT).set_folder(out)
    prompter.script("passphrase", h.PASSPHRASE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    text = " ".join(" ".join(p.extract_text() for p in
                             PdfReader(out / wizard.record.file_name).pages).split())
    label = "vastgesteld feit" if as_fact else "indruk van het jongerenwerk"
    assert f"rol ({label}): kern" in text
