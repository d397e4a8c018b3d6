"""The backup reminder (issue 12, point 6): when was the last verified backup of this
notebook, and is it time for a new one.

Qt-free; reads only. The moment is recorded by ``notebook.ops.record_backup`` whenever the
app (File, Make a backup) or the CLI (``backup``) writes a verified backup. A backup on the
laptop's own disk does not survive a lost or broken laptop; the reminder therefore suggests a
place off the laptop (AVG art. 32(1)(c): the ability to restore access to personal data in a
timely manner after an incident).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from jongerenwerk_desk.notebook.notebook import Notebook
from jongerenwerk_desk.notebook.settings_keys import SettingKey

#: after this many whole days without a backup the reminder asks for a new one
REMIND_AFTER_DAYS = 7


@dataclass(frozen=True)
class BackupAge:
    """``made_at``: the last recorded backup (aware, UTC) or None; ``days``: whole days since
    (None when none was made; 0 for a backup of today or a clock set back); ``overdue``: True
    when none was made or it is older than :data:`REMIND_AFTER_DAYS` days."""

    made_at: datetime | None
    days: int | None
    overdue: bool


def last_backup(nb: Notebook) -> datetime | None:
    """The moment recorded under ``SettingKey.LAST_BACKUP`` (aware, UTC), or None when no
    backup was recorded or the stored value is unreadable."""
    raw = nb.settings.get(SettingKey.LAST_BACKUP.value)
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def backup_age(nb: Notebook, now: datetime) -> BackupAge:
    """How old the last backup of ``nb`` is at ``now`` (an aware datetime)."""
    made_at = last_backup(nb)
    if made_at is None:
        return BackupAge(None, None, True)
    days = max(0, (now - made_at).days)
    return BackupAge(made_at, days, days > REMIND_AFTER_DAYS)
