"""Render every page of the share wizard, the fast path and the register view at 1366×768
into a folder of PNGs (not a test; fictional test data only).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_share_screenshots.py OUT

OUT must be outside the repository (the PNGs are not committed). The temporary notebook is
removed at the end.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QWizard  # noqa: E402

from jongerenwerk_desk.covenant import load_profile  # noqa: E402
from jongerenwerk_desk.notebook.models import Signal  # noqa: E402
from jongerenwerk_desk.notebook.settings_keys import SettingKey  # noqa: E402
from jongerenwerk_desk.sharing import (  # noqa: E402
    ExportOptions,
    Grounds,
    Selection,
    export_disclosure,
    prepare_disclosure,
)
from jongerenwerk_desk.ui.app import make_application  # noqa: E402
from jongerenwerk_desk.ui.services import FakePrompter  # noqa: E402
from jongerenwerk_desk.ui.shell.i18n import install_translators  # noqa: E402
from tests.ui import share_helpers as h  # noqa: E402
from tests.ui.make_screenshots import SIZE, settle  # noqa: E402

OUT: Path = Path()


def shot(widget, name: str) -> None:
    """Save ``widget`` (resized to 1366×768, shown, settled) as OUT/<name>.png."""
    widget.resize(*SIZE)
    widget.show()
    widget.raise_()
    settle(200)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def world_with_history(tmp: Path):
    """The test world, one earlier disclosure of the group and two new group signals."""
    world = h.build_world(tmp)
    nb = world.notebook
    profile = h.profile(tmp)
    time.sleep(1.1)
    prepared = prepare_disclosure(
        nb, Selection(group_id=world.group_id, signal_ids=(world.signals["group"],),
                      purpose="groepsduiding", stage="3", recipients=("politie",)),
        Grounds(subsidiarity="Gesprekken met de groep zelf hebben de overlast niet "
                             "verminderd."), profile, h.TODAY, "jongerenwerk")
    earlier = tmp / "eerder"
    earlier.mkdir()
    export_disclosure(nb, h.PASSPHRASE, prepared, ExportOptions(folder=earlier))
    out = tmp / "uit"
    out.mkdir()
    nb.settings.set(SettingKey.EXPORT_FOLDER.value, str(out))
    for text, category in (("Groep blokkeert de ingang van de sporthal, bezoekers durven "
                            "niet langs", "groepsgedrag"),
                           ("Groep zet filmpjes van vernielingen op een openbaar account",
                            "online")):
        nb.signals.add(Signal(occurred_at=dt.datetime(2026, 11, 27, 21, 0, tzinfo=dt.UTC),
                              category=category, verified=True, text=text,
                              group_ids=[world.group_id]))
    world.signals["named"] = nb.signals.add(Signal(
        occurred_at=dt.datetime(2026, 11, 21, 19, 0, tzinfo=dt.UTC), category="groepsgedrag",
        verified=True, source="third_party", informant=h.INFORMANT,
        text="Wilhelmina Oosterbroek zag de groep fietsen slopen bij de bibliotheek.",
        group_ids=[world.group_id]))
    return world, profile


def fast_path(world, profile) -> None:
    from jongerenwerk_desk.ui.main_window import GROUPS, NotebookWidget
    from jongerenwerk_desk.ui.share.wizard import PageId

    prompter = FakePrompter()
    window = NotebookWidget(world.notebook, profile, h.services(prompter))
    window.tabs.setCurrentIndex(GROUPS)
    window.groups_view.table.selectRow(0)
    shot(window, "00-main-window-group-share-button")

    def drive(wizard) -> int:
        shot(wizard, "01-fast-path-purpose-prefilled")
        wizard.next()
        shot(wizard, "02-fast-path-items-new-signals-ticked")
        wizard.next()
        shot(wizard, "03-fast-path-preview-warning-in-place")
        for check in list(wizard.page_of(PageId.PREVIEW).ack_checks):
            check.setChecked(True)
        wizard.next()
        shot(wizard, "04-fast-path-export")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        shot(wizard, "05-fast-path-done")
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return 1

    prompter.script("run_dialog", drive).script("passphrase", h.PASSPHRASE)
    window.group_panel.share_button.click()
    window.hide()


def full_path(world, profile) -> None:
    from jongerenwerk_desk.ui.share import ShareWizard
    from jongerenwerk_desk.ui.share.wizard import PageId

    prompter = FakePrompter()
    wizard = ShareWizard(world.notebook, profile, h.services(prompter),
                         group_id=world.group_id)
    wizard.resize(*SIZE)
    wizard.show()
    h.choose_purpose(wizard, recipients=("burgemeester", "politie"))
    shot(wizard, "10-purpose")
    wizard.next()
    h.pick(wizard, persons=[world.daan], signals=[world.signals["contact"],
                                                  world.signals["named"],
                                                  world.signals["group"]])
    shot(wizard, "11-items-greyed-and-masked")
    wizard.next()
    h.fill_grounds(wizard, necessity="Nodig")
    shot(wizard, "12-grounds-minimums-while-typing")
    wizard.next()
    shot(wizard, "13-check-root-cause-and-go-to-field")
    wizard.back()
    h.fill_grounds(wizard)
    wizard.next()
    h.acknowledge_all(wizard)
    shot(wizard, "14-check-warnings-acknowledged")
    wizard.next()
    preview = wizard.page_of(PageId.PREVIEW)
    shot(wizard, "15-preview")
    key = f"S{world.signals['named']}"
    preview.review_checks[key].setChecked(True)
    shot(wizard, "16-preview-block-named-informant")
    preview.text_edits[key].setPlainText("Een buurtbewoner zag de groep fietsen slopen bij de "
                                         "bibliotheek.")
    preview.apply_text(key)
    shot(wizard, "17-preview-block-resolved-in-place")
    wizard.next()
    export = wizard.page_of(PageId.EXPORT)
    export.password_check.setChecked(True)
    export.password_edit.setText("lang-genoeg-wachtwoord")
    export.password_repeat.setText("lang-genoeg-wachtwoord")
    export.csv_check.setChecked(True)
    shot(wizard, "18-export-protected-xlsx")
    prompter.script("passphrase", h.PASSPHRASE)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    shot(wizard, "19-export-done")
    wizard.hide()


def unsigned(world, tmp: Path) -> None:
    from jongerenwerk_desk.ui.share import ShareWizard

    path = tmp / "ongetekend.toml"
    path.write_text(re.sub(r"(?m)^signed_on = .*$", "", h.PROFILE_TOML), encoding="utf-8")
    wizard = ShareWizard(world.notebook, load_profile(path), h.services(FakePrompter()),
                         group_id=world.group_id)
    shot(wizard, "20-purpose-unsigned-covenant")
    wizard.hide()


def register(world, profile) -> None:
    from jongerenwerk_desk.ui.share.register_view import RegisterDialog

    dialog = RegisterDialog(world.notebook, profile, h.services(FakePrompter()))
    dialog.table.selectRow(dialog.model.rowCount() - 1)
    shot(dialog, "30-register-detail")
    dialog.hide()


def main() -> int:
    global OUT
    OUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path("/tmp/share-shots")
    if OUT.is_relative_to(ROOT):
        print("choose a folder outside the repository", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    app = make_application([sys.argv[0]])
    install_translators(app, "nl")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        world, profile = world_with_history(tmp)
        try:
            fast_path(world, profile)
            full_path(world, profile)
            unsigned(world, tmp)
            register(world, profile)
        finally:
            world.notebook.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
