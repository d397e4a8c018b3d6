"""Young people: repository with full-text filtering over name and nickname, and erasure.

Text fields are stored NFC-normalised (``unicodedata.normalize("NFC", ...)``): the same name
typed on a Mac (decomposed, 'e' + U+0301) and on Windows ('é') is one name for sorting,
duplicate checks (CSV import) and search.
"""

from __future__ import annotations

import unicodedata
from typing import Any, ClassVar

from jongerenwerk_desk.notebook.convert import date_in, date_out
from jongerenwerk_desk.notebook.models import ErasureReport, YoungPerson, name_problem
from jongerenwerk_desk.notebook.repository import Repository


class PeopleRepository(Repository[YoungPerson]):
    """``nb.people``: CRUD, paging with FTS5 filter, and ``erase`` (AVG art. 17)."""

    table = "people"
    entity = "person"
    columns = ("name", "nickname", "birth_date", "neighbourhood", "phone", "notes")
    sort_keys: ClassVar[dict[str, str]] = {
        "id": "id",
        "name": "name COLLATE NOCASE",
        "nickname": "nickname COLLATE NOCASE",
        "birth_date": "birth_date",
        "neighbourhood": "neighbourhood COLLATE NOCASE",
    }
    default_sort = "name"
    fts_table = "people_fts"
    timestamps = True

    def _validate(self, obj: YoungPerson) -> None:
        if not obj.name.strip():
            raise ValueError("Een naam (of initialen) is verplicht.")
        for text in (obj.name, obj.nickname):
            problem = name_problem(text)
            if problem:
                raise ValueError(problem[0].upper() + problem[1:] + ".")

    def _to_row(self, obj: YoungPerson) -> tuple[Any, ...]:
        def nfc(text: str) -> str:
            return unicodedata.normalize("NFC", text)

        return (nfc(obj.name).strip(), nfc(obj.nickname).strip(), date_out(obj.birth_date),
                nfc(obj.neighbourhood).strip(), nfc(obj.phone).strip(), nfc(obj.notes))

    def _from_row(self, row: Any) -> YoungPerson:
        return YoungPerson(id=row[0], name=row[1], nickname=row[2], birth_date=date_in(row[3]),
                           neighbourhood=row[4], phone=row[5], notes=row[6])

    def all_names(self) -> list[tuple[str, str]]:
        """(name, nickname) of every young person, in id order; for redacting exports, which
        must blank out anyone in the notebook, not only the people a disclosure is about."""
        return [(row[0], row[1]) for row in
                self._nb.conn.execute("SELECT name, nickname FROM people ORDER BY id")]

    def delete(self, obj_id: int) -> None:
        """Same as ``erase`` (there is no lighter way to delete a person): KeyError if absent."""
        self.erase(obj_id)

    def erase(self, person_id: int) -> ErasureReport:
        """Erase a young person for real; see ``notebook.erasure.erase_person``.

        Raises KeyError when the person does not exist.
        """
        from jongerenwerk_desk.notebook.erasure import erase_person

        return erase_person(self._nb, person_id)
