"""Consent, informing, partner-contact and membership editors on a real notebook."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from jongerenwerk_desk.notebook.models import Consent
from jongerenwerk_desk.ui.editors.consent_editor import ConsentEditor, InformingEditor
from jongerenwerk_desk.ui.editors.partner_editor import MembershipEditor, PartnerEditor
from tests.ui.views_support import seed_small

TODAY = date(2026, 11, 29)



def _check(editor: ConsentEditor, party_id: str) -> None:
    for row in range(editor.recipients.count()):
        item = editor.recipients.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == party_id:
            item.setCheckState(Qt.CheckState.Checked)


def test_consent_add_validate_and_withdraw_date(qtbot, nb, profile) -> None:
    ids = seed_small(nb)
    editor = ConsentEditor(nb, profile, ids["sem"], today=TODAY)
    qtbot.addWidget(editor)
    assert editor.given_on.text() == "29-11-2026"
    editor.save_button.click()
    assert len(editor.errors()) == 2          # purpose and recipients
    purpose = profile.purposes[0]
    editor.purpose.setCurrentIndex(editor.purpose.findData(purpose.id))
    _check(editor, purpose.recipients[0])
    editor.given_by.setCurrentIndex(editor.given_by.findData("youth+parents"))
    editor.withdrawn_on.setText("01-01-2020")  # before the date given
    editor.save_button.click()
    assert len(editor.errors()) == 1 and editor.saved_id is None
    editor.withdrawn_on.clear()
    editor.save_button.click()
    consent = nb.consents.get(editor.saved_id)
    assert (consent.purpose, consent.recipients, consent.given_by, consent.given_on,
            consent.withdrawn_on) == (purpose.id, [purpose.recipients[0]], "youth+parents",
                                      TODAY, None)


def test_consent_edit_shows_stored_values(qtbot, nb, profile) -> None:
    ids = seed_small(nb)
    cid = nb.consents.add(Consent(person_id=ids["sem"], given_by="parents", purpose="namenlijst",
                                  recipients=["politie"], given_on=date(2026, 1, 5),
                                  explicit_special=True, form="schriftelijk"))
    editor = ConsentEditor(nb, profile, ids["sem"], nb.consents.get(cid), today=TODAY)
    qtbot.addWidget(editor)
    assert editor.chosen_recipients() == ["politie"]
    assert editor.explicit_special.isChecked()
    editor.withdrawn_on.setText("10-11-2026")
    editor.save_button.click()
    assert nb.consents.get(cid).withdrawn_on == date(2026, 11, 10)


def test_informing_record_and_exception(qtbot, nb) -> None:
    ids = seed_small(nb)
    editor = InformingEditor(nb, ids["ava"], today=TODAY)
    qtbot.addWidget(editor)
    editor.save_button.click()
    assert len(editor.errors()) == 1          # how
    QTest.keyClicks(editor.how, "gesprek in de jongerenruimte")
    editor.save_button.click()
    record = nb.informing.get(editor.saved_id)
    assert (record.how, record.informed_on, record.exception_reason) == (
        "gesprek in de jongerenruimte", TODAY, "")

    other = InformingEditor(nb, ids["sem"], today=TODAY)
    qtbot.addWidget(other)
    other.exception.setChecked(True)
    assert not other.how.isEnabled()
    QTest.keyClicks(other.exception_reason, "kort")
    other.save_button.click()
    assert len(other.errors()) == 2           # reason too short, no review date (V2-5)
    QTest.keyClicks(other.exception_reason, " - lopend onderzoek, overleg met FG")
    other.review_on.setText("15-01-2027")
    other.save_button.click()
    saved = nb.informing.get(other.saved_id)
    assert saved.exception_reason.startswith("kort")
    assert (saved.exception_decided_on, saved.exception_review_on) == (TODAY, date(2027, 1, 15))


def test_informing_exception_needs_a_ground_of_the_covenant(qtbot, nb, profile) -> None:
    ids = seed_small(nb)
    editor = InformingEditor(nb, ids["sem"], today=TODAY, profile=profile)
    qtbot.addWidget(editor)
    editor.exception.setChecked(True)
    QTest.keyClicks(editor.exception_reason, "Informeren brengt hem in gevaar bij de groep")
    editor.review_on.setText("15-01-2027")
    editor.save_button.click()
    assert len(editor.errors()) == 1 and editor.saved_id is None   # no ground chosen
    editor.exception_ground.setCurrentIndex(
        editor.exception_ground.findData("bescherming-betrokkene"))
    editor.save_button.click()
    assert nb.informing.get(editor.saved_id).exception_ground == "bescherming-betrokkene"


def test_partner_contact_validation(qtbot, nb, profile) -> None:
    editor = PartnerEditor(nb, profile)
    qtbot.addWidget(editor)
    QTest.keyClicks(editor.email, "geen-adres")
    editor.save_button.click()
    assert len(editor.errors()) == 3          # partner, name, e-mail
    editor.party.setCurrentIndex(editor.party.findData("politie"))
    QTest.keyClicks(editor.name, "J. Agent")
    editor.email.setText("j.agent@politie.example")
    editor.save_button.click()
    contact = nb.partners.get(editor.saved_id)
    assert (contact.party_id, contact.name, contact.email) == ("politie", "J. Agent",
                                                               "j.agent@politie.example")


def test_membership_add_by_search_and_edit_role(qtbot, nb) -> None:
    ids = seed_small(nb)
    from jongerenwerk_desk.notebook.models import Group
    gid = nb.groups.add(Group(name="Tweede groep"))
    editor = MembershipEditor(nb, gid, today=TODAY)
    qtbot.addWidget(editor)
    editor.save_button.click()
    assert len(editor.errors()) == 2          # person and role
    QTest.keyClicks(editor.person.search, "Ava")
    QTest.keyClick(editor.person.search, Qt.Key.Key_Return)   # links the first match
    assert editor.person.ids() == [ids["ava"]]
    editor.role.setEditText("leider")
    editor.since.setText("01-09-2026")
    editor.until.setText("01-08-2026")
    editor.save_button.click()
    assert len(editor.errors()) == 1          # until before since
    editor.until.clear()
    editor.save_button.click()
    membership = nb.memberships.get(editor.saved_id)
    assert (membership.person_id, membership.role, membership.since) == (
        ids["ava"], "leider", date(2026, 9, 1))
    edit = MembershipEditor(nb, gid, membership, today=TODAY)
    qtbot.addWidget(edit)
    edit.role.setEditText("randfiguur")
    edit.save_button.click()
    assert nb.memberships.get(membership.id).role == "randfiguur"
