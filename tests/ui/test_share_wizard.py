"""Share wizard behaviour on a real SQLCipher notebook (pytest-qt, offscreen).

Covers: defaults from the group and profile, the check running again on every Next, Back/Next
never leaving a stale verdict or a duplicated preview, one acknowledgement per warning, no
way past a block, grounds that lift a block, and the folder dialog leaving no history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QWizard

from jongerenwerk_desk.covenant.codes import CODES
from jongerenwerk_desk.ui.share import ShareWizard
from jongerenwerk_desk.ui.share.finding_text import code_title, code_titles, readable_message
from jongerenwerk_desk.ui.share.labels import Labeller
from jongerenwerk_desk.ui.share.wizard import PageId
from tests.ui import share_helpers as h


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One notebook for the module (creating one costs an Argon2id run); tests that change it
    put it back."""
    built = h.build_world(tmp_path_factory.mktemp("share-wizard"))
    yield built
    built.notebook.close()


@pytest.fixture
def wizard(qtbot, world, tmp_path):
    wiz = h.open_wizard(qtbot, world, tmp_path)
    wiz.show()
    return wiz


def _to_check(wizard, world, *, persons, signals) -> None:
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=persons, signals=signals)
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.CHECK


def _codes(wizard) -> set[str]:
    return {f.code for f in wizard.page_of(PageId.CHECK).evaluation.assessment.findings}


def test_first_page_takes_step_from_group_and_parties_from_profile(wizard, world):
    page = wizard.page_of(PageId.PURPOSE)
    assert page.group_combo.currentData() == world.group_id
    assert page.stage_combo.currentData() == "3"          # the group's stage
    assert page.purpose_combo.currentData() == "groepsduiding"  # first purpose for step 3
    assert [page.purpose_combo.itemData(i) for i in range(page.purpose_combo.count())] == [
        "signalen-delen", "namenlijst", "groepsduiding", "afschalen"]
    assert set(page.recipient_checks) == {"burgemeester", "politie", "om", "woningcorporatie"}
    assert "has not signed" in page.recipient_checks["woningcorporatie"].text()
    assert not h.next_enabled(wizard)                     # no recipient yet
    h.choose_purpose(wizard)
    assert h.next_enabled(wizard)


def test_back_next_switch_to_young_person_without_consent_blocks(wizard, world):
    s = world.signals
    _to_check(wizard, world, persons=[world.daan], signals=[s["confidence_daan"]])
    assert wizard.page_of(PageId.CHECK).evaluation.assessment.outcome != "blocked"
    h.acknowledge_all(wizard)
    assert h.next_enabled(wizard)

    wizard.back()
    wizard.back()
    assert wizard.currentId() == PageId.ITEMS
    h.pick(wizard, persons=[world.sara], signals=[s["confidence_sara"]])
    wizard.next()
    h.fill_grounds(wizard)
    wizard.next()

    check = wizard.page_of(PageId.CHECK)
    assert wizard.currentId() == PageId.CHECK
    assert check.evaluation.blocked
    assert "CONFIDENCE_WITHOUT_GROUND" in _codes(wizard)
    assert check.evaluation.request.subjects[0].id == f"P{world.sara}"
    assert check.findChild(QLabel, "banner_block") is not None
    h.acknowledge_all(wizard)
    assert not h.next_enabled(wizard)
    wizard.next()                                  # even programmatically: no way past
    assert wizard.currentId() == PageId.CHECK
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert PageId.EXPORT not in wizard.visitedIds()


def test_check_runs_again_on_every_next(wizard, world):
    s = world.signals
    session = wizard.session
    h.choose_purpose(wizard)
    before = session.evaluations
    wizard.next()
    assert session.evaluations == before + 1
    h.pick(wizard, persons=[world.daan], signals=[s["confidence_daan"]])
    wizard.next()
    h.fill_grounds(wizard)
    count = session.evaluations
    wizard.next()                                  # validate + a fresh check page
    assert session.evaluations >= count + 2


def test_notebook_change_after_the_check_sends_worker_back_blocked(wizard, world):
    s = world.signals
    _to_check(wizard, world, persons=[world.daan], signals=[s["confidence_daan"]])
    h.acknowledge_all(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.PREVIEW
    consent = world.notebook.consents.for_person(world.daan)[0]
    consent.withdrawn_on = h.TODAY
    world.notebook.consents.update(consent)       # withdrawn while the wizard is open
    try:
        wizard.next()
        assert wizard.currentId() == PageId.PREVIEW            # shown in place, no bounce
        preview = wizard.page_of(PageId.PREVIEW)
        assert preview.evaluation.blocked and not h.next_enabled(wizard)
        codes = {f.code for f in preview.evaluation.assessment.findings}
        assert {"CONFIDENCE_WITHOUT_GROUND", "CONSENT_INVALID"} <= codes
        assert "check blocks" in preview.reason_label.text()   # Next says why
    finally:
        consent.withdrawn_on = None
        world.notebook.consents.update(consent)


def test_each_warning_needs_its_own_acknowledgement(wizard, world):
    s = world.signals
    _to_check(wizard, world, persons=[world.noor],
              signals=[s["group"], s["online"], s["third_party"]])
    check = wizard.page_of(PageId.CHECK)
    assert not check.evaluation.blocked
    assert len(check.warning_checks) >= 2          # AGE_UNKNOWN, SUBJECT_NOT_INFORMED, ...
    assert {"AGE_UNKNOWN", "UNVERIFIED_IMPRESSION", "SUBJECT_NOT_INFORMED"} <= _codes(wizard)
    assert not h.next_enabled(wizard)
    for check_box in check.warning_checks[:-1]:
        check_box.setChecked(True)
        assert not h.next_enabled(wizard)
    check.warning_checks[-1].setChecked(True)
    assert h.next_enabled(wizard)
    check.warning_checks[0].setChecked(False)
    assert not h.next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.CHECK


def test_every_finding_is_shown_with_message_and_basis(wizard, world):
    s = world.signals
    _to_check(wizard, world, persons=[world.daan, world.sara],
              signals=[s["confidence_sara"], s["health"], s["crime"]])
    check = wizard.page_of(PageId.CHECK)
    findings = check.evaluation.assessment.findings
    # every finding is shown; the routes outside the overleg are one panel (V2-3)
    shown_findings = sorted(id(f) for g in check.frame_findings for f in g)
    assert shown_findings == sorted(id(f) for f in findings
                                    if f.code != "ROUTES_OUTSIDE_OVERLEG")
    shown = " ".join(label.text() for label in check.findChildren(QLabel))
    for route in wizard.session.profile.routes:
        assert route.title in shown and route.basis in shown
    request = check.evaluation.request
    for finding in findings:
        if finding.code == "ROUTES_OUTSIDE_OVERLEG":
            continue
        assert readable_message(finding.message, request, Labeller(world.notebook,
                                                                   wizard.session.profile)) \
            in shown
        assert finding.basis in shown
        assert code_title(finding.code) in shown
        assert finding.code not in shown             # the code only in a tooltip
    assert {"SPECIAL_CATEGORY", "CONFIDENCE_WITHOUT_GROUND"} <= _codes(wizard)
    assert f"S{s['crime']}" not in {i.id for i in request.items}   # never tickable (greyed)
    assert "no override" in shown
    # no internal ids: items by date and category, young people by initials and birth year
    for item in request.items:
        assert re.search(rf"(?<![\w-]){re.escape(item.id)}(?![\w-])", shown) is None, item.id
    assert re.search(rf"(?<![\w-])P{world.sara}(?![\w-])", shown) is None
    sara = world.notebook.people.get(world.sara)
    assert f"{sara.initials} (2011)" in shown
    assert "page 2" not in shown and "step 2" not in shown
    titles = [wizard.page(PageId.ITEMS).title(), wizard.page(PageId.GROUNDS).title()]
    assert all(title in shown for title in titles)     # pages named by their titles
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", shown)   # dates dd-mm-jjjj
    assert h.SARA_NAME not in shown and "Sara" not in shown


def test_every_code_has_a_short_title():
    titles = code_titles()
    assert set(titles) == set(CODES)
    assert all(title and title != code for code, title in titles.items())


def test_check_messages_name_parties_and_purposes_by_title(tmp_path):
    from jongerenwerk_desk.covenant import ShareRequest, assess

    profile = h.profile(tmp_path)
    request = ShareRequest(today=h.TODAY, own_party="jongerenwerk", recipients=["om"],
                           stage="2B", purpose="namenlijst", subsidiarity="", subjects=[],
                           items=[], conflict_of_duties=None)
    finding = next(f for f in assess(profile, request, h.TODAY).findings
                   if f.code == "RECIPIENT_NOT_FOR_PURPOSE")
    assert ("Ontvanger 'Openbaar Ministerie, arrondissementsparket' (om) hoort niet bij het "
            "doel 'Namenlijst en beoordeling van een problematische groep' (namenlijst)"
            in finding.message)


def test_preview_is_rebuilt_never_appended(wizard, world):
    s = world.signals
    _to_check(wizard, world, persons=[world.daan],
              signals=[s["group"], s["online"], s["contact"]])
    h.acknowledge_all(wizard)
    wizard.next()
    preview = wizard.page_of(PageId.PREVIEW)
    count = preview.summary.entry_count()
    frames = len(preview.entry_frames)
    assert count == frames == 3
    text = preview.count_label.text()
    for _ in range(2):
        wizard.back()
        wizard.back()
        wizard.next()
        h.acknowledge_all(wizard)
        wizard.next()
        assert wizard.currentId() == PageId.PREVIEW
        live = [f for f in preview.area.widget().findChildren(type(preview.entry_frames["S1"]))
                if f.objectName().startswith("entry_")]
        assert len(live) == count
        assert preview.count_label.text() == text
    preview.drop(f"S{s['online']}")
    assert preview.summary.entry_count() == count - 1
    assert s["online"] not in wizard.session.draft.signal_ids


def test_unreviewed_text_stays_out_and_the_review_tick_is_the_acknowledgement(wizard, world):
    s = world.signals
    _to_check(wizard, world, persons=[], signals=[s["group"]])
    h.acknowledge_all(wizard)
    wizard.next()
    preview = wizard.page_of(PageId.PREVIEW)
    key = f"S{s['group']}"
    assert preview.summary.group_entries[0].text is None
    preview.review_checks[key].setChecked(True)
    assert preview.summary.group_entries[0].text == h.GROUP_TEXT
    codes = {f.code for f in preview.evaluation.assessment.findings}
    assert "FREE_TEXT" in codes                    # a new warning, acknowledged by the tick
    assert preview.ack_checks == [] and h.next_enabled(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.EXPORT     # no loop through the check page


def test_a_person_s_confidence_passes_on_the_conflict_of_duties_recorded_for_them(wizard,
                                                                                  world):
    """Version 2 (V2-2): a conflict of duties is weighed per young person and recorded on
    that young person (role, date, advice); the wizard reads it from the notebook, and has no
    request-wide box for a person's confidence."""
    from jongerenwerk_desk.notebook import ops
    from jongerenwerk_desk.notebook.models import ConflictOfDutiesRecord

    s = world.signals
    _to_check(wizard, world, persons=[world.sara], signals=[s["confidence_sara"]])
    assert "CONFIDENCE_WITHOUT_GROUND" in _codes(wizard)
    assert "ROUTES_OUTSIDE_OVERLEG" in _codes(wizard)
    wizard.back()
    grounds = wizard.page_of(PageId.GROUNDS)
    assert "conflict" not in grounds.fields          # only for group-level confidences
    record = ops.save_conflict_of_duties(world.notebook, ConflictOfDutiesRecord(
        person_id=world.sara, reasoning="Sara is thuis niet veilig; alleen zo is zij te "
        "beschermen.", consulted="aandachtsfunctionaris", consulted_on=dt.date(2026, 11, 25),
        advice="Deel alleen dat er zorgen zijn thuis, niet wat zij vertelde.")).value
    try:
        wizard.next()
        codes = _codes(wizard)
        assert "CONFIDENCE_WITHOUT_GROUND" not in codes
        assert "CONFLICT_OF_DUTIES_USED" in codes
    finally:
        ops.delete_conflict_of_duties(world.notebook, record)


def test_grounds_page_shows_the_age_rule_per_young_person(wizard, world):
    s = world.signals
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan, world.sara, world.noor],
           signals=[s["contact"], s["confidence_sara"]])
    wizard.next()
    page = wizard.page_of(PageId.GROUNDS)
    text = {box.objectName(): " ".join(label.text() for label in box.findChildren(QLabel))
            for box in page.area.widget().children() if box.objectName().startswith("subject_")}
    assert "16 or older" in text[f"subject_P{world.daan}"]
    assert "Valid consent for this disclosure: yes" in text[f"subject_P{world.daan}"]
    assert "12 to 15" in text[f"subject_P{world.sara}"]
    assert "No consent on file" in text[f"subject_P{world.sara}"]
    assert "Age unknown" in text[f"subject_P{world.noor}"]
    # rebuilt, not appended, when the page is shown again
    wizard.back()
    wizard.next()
    boxes = [b for b in page.area.widget().children() if b.objectName().startswith("subject_")]
    assert len(boxes) == 3


def test_cancel_is_refused_while_the_export_runs(wizard):
    export = wizard.page_of(PageId.EXPORT)
    export.busy = True
    wizard.reject()
    assert wizard.isVisible()
    export.busy = False
    wizard.reject()
    assert not wizard.isVisible()


def test_folder_dialog_leaves_no_trace_in_qt_settings(qtbot, wizard, tmp_path):
    secret = tmp_path / "Dossier Daan Verhoeven"
    secret.mkdir()

    def pick_folder(dialog: QFileDialog) -> int:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()                              # as the user would: open, go there, OK
        dialog.setDirectory(str(secret))
        dialog.accept()
        return dialog.result()

    wizard.services.prompter.script("run_dialog", pick_folder)
    export = wizard.page_of(PageId.EXPORT)
    export.choose_folder()
    assert export.folder == secret
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "QtProject.conf"
    saved = config.read_text(encoding="utf-8", errors="replace")
    assert "lastVisited" in saved                  # Qt did save its dialog state ...
    assert "Dossier" not in saved and "Verhoeven" not in saved   # ... but not this folder


def test_draft_keeps_no_state_between_wizards(qtbot, world, tmp_path):
    first = ShareWizard(world.notebook, h.profile(tmp_path), h.services(),
                        group_id=world.group_id)
    second = ShareWizard(world.notebook, h.profile(tmp_path), h.services(),
                         group_id=world.group_id)
    qtbot.addWidget(first, before_close_func=h.quiet_close)
    qtbot.addWidget(second, before_close_func=h.quiet_close)
    first.session.draft.signal_ids.append(world.signals["group"])
    assert second.session.draft.signal_ids == []
    assert dataclasses.asdict(second.session.draft)["recipients"] == []


def test_consent_of_a_15_year_old_alone_does_not_count(wizard, world):
    from jongerenwerk_desk.notebook.models import Consent

    consent_id = world.notebook.consents.add(Consent(
        person_id=world.sara, given_by="youth", purpose="groepsduiding",
        recipients=["burgemeester", "politie"], given_on=h.TODAY))
    try:
        _to_check(wizard, world, persons=[world.sara], signals=[world.signals["confidence_sara"]])
        assert {"CONFIDENCE_WITHOUT_GROUND", "CONSENT_INVALID"} <= _codes(wizard)
        wizard.back()
        verdict = wizard.page_of(PageId.GROUNDS).findChild(QLabel, "consent_verdict")
        assert "Valid consent for this disclosure: no" in verdict.text()
        assert "de jongere en de ouders" in verdict.text()     # covenant.check_consent's reason
    finally:
        world.notebook.consents.delete(consent_id)


def test_lock_clears_every_page_and_allows_closing(wizard, world):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTreeWidget

    s = world.signals
    _to_check(wizard, world, persons=[world.daan], signals=[s["group"], s["contact"]])
    h.acknowledge_all(wizard)
    wizard.next()
    assert wizard.currentId() == PageId.PREVIEW
    wizard.page_of(PageId.EXPORT).busy = True        # as if an export were running
    wizard.clear_client_data()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    shown = []
    for widget in wizard.findChildren(QLabel):
        shown.append(widget.text())
    for widget in wizard.findChildren(QLineEdit):
        shown.append(widget.text())
    for widget in wizard.findChildren(QPlainTextEdit):
        shown.append(widget.toPlainText())
    assert all(tree.topLevelItemCount() == 0 for tree in wizard.findChildren(QTreeWidget))
    text = " ".join(shown)
    for secret in ("Daan", "D.V.", "Skatebaan", h.GROUP_TEXT, h.CONTACT_TEXT, "Verhoeven"):
        assert secret not in text
    assert wizard.session.notebook is None
    wizard.reject()
    assert not wizard.isVisible()


def test_signal_removed_behind_the_wizard_gives_a_dutch_message(wizard, world):
    import datetime as dt

    from jongerenwerk_desk.notebook.models import Signal

    temp = world.notebook.signals.add(Signal(
        occurred_at=dt.datetime(2026, 11, 21, 19, 0, tzinfo=dt.UTC), category="groepsgedrag",
        verified=True, text="tijdelijk signaal", group_ids=[world.group_id]))
    try:
        h.choose_purpose(wizard)
        wizard.next()
        h.pick(wizard, signals=[temp])
    finally:
        world.notebook.signals.delete(temp)
    wizard.next()                                  # the grounds page cannot build the request
    errors = [c for c in wizard.services.prompter.calls if c.kind == "error"]
    assert errors and "tijdelijk" not in errors[-1].text
    assert "Nothing was shared" in errors[-1].text
    assert wizard.currentId() == PageId.ITEMS      # validatePage refused the step


def test_person_signal_needs_its_young_person_ticked(wizard, world):
    h.choose_purpose(wizard)
    wizard.next()
    page = wizard.page_of(PageId.ITEMS)
    h.pick(wizard, persons=[world.daan], signals=[world.signals["contact"],
                                                  world.signals["confidence_sara"]])
    assert page.orphans() == [world.signals["confidence_sara"]]
    assert page.orphan_label.isVisible()
    assert not h.next_enabled(wizard)
    wizard.next()                                  # refused even when called directly
    assert wizard.currentId() == PageId.ITEMS
    page.set_checked("person", world.sara, True)
    assert page.orphans() == [] and not page.orphan_label.isVisible()
    assert h.next_enabled(wizard)


def test_identity_is_not_included_unless_asked(wizard, world):
    h.choose_purpose(wizard)
    wizard.next()
    page = wizard.page_of(PageId.ITEMS)
    assert not page.identity_check.isChecked() and not page.roles_check.isChecked()
    page.set_checked("person", world.daan, True)
    page.set_checked("signal", world.signals["contact"], True)
    request = wizard.session.build()
    assert [i.id for i in request.items] == [f"S{world.signals['contact']}"]


def test_birth_date_after_today_shows_age_unknown_never_negative(wizard, world):
    """A birth date after today (typing error) is an unknown age (covenant.dates.known_age):
    the items page and the grounds page say "age unknown", never "-1 years"."""
    people = world.notebook.people
    noor = people.get(world.noor)
    people.update(dataclasses.replace(noor, birth_date=dt.date.today() + dt.timedelta(days=40)))
    try:
        h.choose_purpose(wizard)
        wizard.next()
        page = wizard.page_of(PageId.ITEMS)
        root = page._members_root
        texts = [root.child(i).text(0) for i in range(root.childCount())]
        noor_text = next(t for t in texts if t.startswith("Noor"))
        assert "age unknown" in noor_text and "-1" not in noor_text
        h.pick(wizard, persons=[world.noor], signals=[world.signals["group"]])
        wizard.next()
        grounds = wizard.page_of(PageId.GROUNDS)
        box = next(b for b in grounds.area.widget().children()
                   if b.objectName() == f"subject_P{world.noor}")
        assert box.title().endswith("age unknown") and "-1" not in box.title()
    finally:
        people.update(noor)


def test_group_signal_about_an_unticked_young_person_is_flagged_inline(wizard, world):
    """A group-level signal linked to a young person who is not ticked goes through (that
    young person becomes a data subject), but the items page says so on the row and under the
    tree, before the check page; ticking the young person removes the warning."""
    signals = world.notebook.signals
    sid = world.signals["group"]
    original = signals.get(sid)
    signals.update(dataclasses.replace(original, person_ids=[world.sara]))
    try:
        h.choose_purpose(wizard)
        wizard.next()
        page = wizard.page_of(PageId.ITEMS)
        page.refresh()
        h.pick(wizard, persons=[world.daan], signals=[sid])
        assert page.orphans() == []                     # not refused: group-level
        assert page.unchosen_subjects() == {sid: [world.sara]}
        row = page.tree_item("signal", sid)
        assert "also concerns a young person you did not choose" in row.text(2)
        sara_initials = world.notebook.people.get(world.sara).initials
        assert f"about {sara_initials}" in row.text(2)  # which young people it concerns
        assert page.subject_label.isVisible() and "1 ticked signal" in page.subject_label.text()
        assert h.next_enabled(wizard)
        untouched = page.tree_item("signal", world.signals["online"])
        assert "did not choose" not in untouched.text(2)
        wizard.next()
        h.fill_grounds(wizard)
        wizard.next()
        assert wizard.currentId() == PageId.CHECK
        request = wizard.page_of(PageId.CHECK).evaluation.request
        assert f"P{world.sara}" in {s.id for s in request.subjects}    # as the page said
        wizard.back()
        wizard.back()
        page.set_checked("person", world.sara, True)
        assert page.unchosen_subjects() == {} and not page.subject_label.isVisible()
        assert "did not choose" not in page.tree_item("signal", sid).text(2)
    finally:
        signals.update(original)


def test_what_can_never_go_is_greyed_with_the_reason_and_confidences_masked(wizard, world):
    from PySide6.QtCore import Qt

    s = world.signals
    h.choose_purpose(wizard)
    wizard.next()
    page = wizard.page_of(PageId.ITEMS)
    crime = page.tree_item("signal", s["crime"])
    assert not crime.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "criminal data is shared only by" in crime.text(2)
    root = crime.parent()
    rows = [root.child(i) for i in range(root.childCount())]
    assert rows[-1] is crime                                 # what may go comes first
    confidence = page.tree_item("signal", s["confidence_sara"])
    assert h.CONFIDENCE_SARA not in confidence.text(0) + confidence.toolTip(0)
    assert "confidential" in confidence.text(0)
    crime.setCheckState(0, Qt.CheckState.Checked)            # even forced, it is not taken
    page.set_checked("signal", s["group"], True)
    assert wizard.session.draft.signal_ids == [s["group"]]
    wizard.back()                                            # step 2A: no names at all
    purpose = wizard.page_of(PageId.PURPOSE)
    purpose.stage_combo.setCurrentIndex(purpose.stage_combo.findData("2A"))
    h.choose_purpose(wizard, "signalen-delen", ("politie",))
    wizard.next()
    daan = page.tree_item("person", world.daan)
    assert not daan.flags() & Qt.ItemFlag.ItemIsUserCheckable and "no names" in daan.text(2)
    contact = page.tree_item("signal", s["contact"])
    assert not contact.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert "not part of the purpose" in contact.text(2)
    assert not page.orphan_label.isVisible() and not page.subject_label.isVisible()


def test_minimums_are_shown_while_typing(wizard, world):
    h.choose_purpose(wizard)
    wizard.next()
    h.pick(wizard, persons=[world.daan], signals=[world.signals["contact"]])
    wizard.next()
    page = wizard.page_of(PageId.GROUNDS)
    edit = page.fields["subsidiarity"]
    hint = page.findChild(QLabel, "minimum_subsidiarity_edit")
    edit.setPlainText("")
    assert "Still needed" in hint.text() and "character" in hint.text()
    edit.setPlainText("Kort")
    assert "Still needed" in hint.text()
    edit.setPlainText("Gesprekken met de groep hielpen niet tegen de overlast")
    assert hint.text() == "Long enough."
