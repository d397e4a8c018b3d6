"""The UI's one door (``OpsRunner``) on a real notebook: one operation at a time, a broadcast
of what changed after each, views and panels that reload themselves from it, background
operations off the GUI thread, and ``when_idle`` for the lock."""

from __future__ import annotations

import threading

import pytest

from jongerenwerk_desk.notebook import ops
from jongerenwerk_desk.notebook.models import Consent, YoungPerson
from jongerenwerk_desk.notebook.ops import Kind, OpChanges, OpResult
from jongerenwerk_desk.ui.main_window import PEOPLE, NotebookWidget
from jongerenwerk_desk.ui.shell.ops_runner import OpsRunner, RunnerBusy
from jongerenwerk_desk.ui.shell.tasks import TaskRunner
from tests.ui.views_support import seed_small


def test_run_broadcasts_the_changes_and_returns_the_value(qtbot, nb) -> None:
    runner = OpsRunner(nb)
    seen: list[OpChanges] = []
    runner.changed.connect(seen.append)
    person_id = runner.run(ops.save_person, YoungPerson(name="Noor de Wit"))
    assert nb.people.get(person_id).name == "Noor de Wit"
    assert [c.ids_of(Kind.PERSON) for c in seen] == [{person_id}]
    with pytest.raises(ValueError):
        runner.run(ops.save_person, YoungPerson(name=""))
    assert len(seen) == 1 and not runner.busy          # a failure broadcasts nothing


def test_one_at_a_time_and_when_idle(qtbot, nb) -> None:
    runner = OpsRunner(nb)
    later: list[str] = []

    def nested(notebook, person):
        with pytest.raises(RunnerBusy):
            runner.run(ops.save_person, person)
        runner.when_idle(lambda: later.append("after"))
        assert later == []                            # deferred while busy
        return ops.save_person(notebook, person)

    runner.run(nested, YoungPerson(name="Sem"))
    assert later == ["after"] and nb.people.count() == 1
    runner.when_idle(lambda: later.append("now"))
    assert later == ["after", "now"]


def test_background_operation_runs_off_the_gui_thread(qtbot, nb) -> None:
    runner = OpsRunner(nb, TaskRunner())
    threads: list[bool] = []
    results: list[int] = []

    def save(notebook, person) -> OpResult[int]:
        threads.append(threading.current_thread() is threading.main_thread())
        return ops.save_person(notebook, person)

    with qtbot.waitSignal(runner.changed, timeout=10_000):
        runner.run_in_background(save, YoungPerson(name="Ava"), on_success=results.append)
        assert runner.busy
    assert threads == [False] and not runner.busy
    assert nb.people.get(results[0]).name == "Ava"


def test_background_failure_releases_the_runner(qtbot, nb) -> None:
    runner = OpsRunner(nb, TaskRunner())
    errors: list[BaseException] = []
    runner.run_in_background(ops.delete_signal, 404, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert isinstance(errors[0], KeyError) and not runner.busy


def test_detached_runner_refuses(qtbot, nb) -> None:
    runner = OpsRunner(nb)
    runner.detach()
    with pytest.raises(RuntimeError):
        runner.run(ops.save_person, YoungPerson(name="X"))


def test_views_and_panels_reload_from_the_broadcast(qtbot, nb, profile, services) -> None:
    ids = seed_small(nb)
    widget = NotebookWidget(nb, profile, services)
    qtbot.addWidget(widget)
    widget.show_view(PEOPLE)
    assert widget.people_view.model.total == 2
    widget.people_view.select_id(ids["ava"])
    panel = widget.person_panel
    assert panel.consents.rowCount() == 0
    # a write from elsewhere (not this widget): the list and the open panel follow it
    services.ops.run(ops.save_person, YoungPerson(name="Nieuw Persoon"))
    assert widget.people_view.model.total == 3
    assert widget.people_view.current().id == ids["ava"]          # selection kept
    services.ops.run(ops.save_consent, Consent(person_id=ids["ava"], purpose="groepsduiding"))
    assert panel.consents.rowCount() == 1
    services.ops.run(ops.erase_person, ids["ava"])
    assert widget.people_view.model.total == 2 and panel.person is None


def test_signal_and_group_panels_follow_renames(qtbot, nb, profile, services) -> None:
    import dataclasses

    from jongerenwerk_desk.ui.main_window import GROUPS, SIGNALS

    ids = seed_small(nb)
    widget = NotebookWidget(nb, profile, services)
    qtbot.addWidget(widget)
    widget.show_view(SIGNALS)
    assert widget.signals_view.select_id(ids["s2"])              # Sem and Ava
    assert "Ava Bakker" in widget.signal_panel.fields["people"].text()
    widget.show_view(GROUPS)
    assert widget.groups_view.select_id(ids["group"])
    members = [widget.group_panel.members.item(r, 0).text()
               for r in range(widget.group_panel.members.rowCount())]
    assert "Ava Bakker" in members
    ava = nb.people.get(ids["ava"])
    services.ops.run(ops.save_person, dataclasses.replace(ava, name="Ava de Boer"))
    members = [widget.group_panel.members.item(r, 0).text()
               for r in range(widget.group_panel.members.rowCount())]
    assert "Ava de Boer" in members and "Ava Bakker" not in members
    # the signals list does not show names, so only the panel's own follow updates it
    assert "Ava de Boer" in widget.signal_panel.fields["people"].text()
