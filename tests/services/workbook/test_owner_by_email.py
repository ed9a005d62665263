"""An action's Owner in a workbook may be written as the People sheet keys people: their e-mail (as the Attendance
sheet does), which is how two people of one name are told apart."""

from __future__ import annotations

from pathlib import Path

from pactdesk.exchange.xlsx_read import check_workbook
from pactdesk.services.workbook.writing import apply_import
from pactdesk.store.database import Database
from tests.exchange.workbooks import add_base_records, make_workbook


def test_an_owner_written_as_an_email_is_that_person(database: Database, tmp_path: Path) -> None:
    base = add_base_records(database)  # two people called João Costa, told apart by e-mail
    sheets = {
        "Actions": [
            ["Title", "Meeting", "Owner"],
            ["Call the second João", base.meeting, "joao.two@example.pt"],
            ["Call Ana", base.meeting, " ANA@example.pt "],
        ]
    }
    plan = check_workbook(database, make_workbook(tmp_path / "owners.xlsx", sheets))
    assert not plan.problems, plan.problems
    apply_import(database, plan)
    from pactdesk.services import actions

    owners = {row.title: row.owner for row in actions.actions_of_meeting(database, base.meeting)}
    assert owners["Call the second João"] == "João Costa" and owners["Call Ana"] == "Ana Silva"
    with database.read() as session:
        from sqlalchemy import select

        from pactdesk.domain.models import Action

        second = session.scalar(select(Action).where(Action.title == "Call the second João"))
        assert second is not None and second.owner_person_id == base.joao_two
