"""Child process for the kill test: writes professionals forever, printing each committed name."""

import sys

from protoedit import team
from protoedit.ops import Actor
from protoedit.store.database import open_database


def main(path: str, start: int) -> None:
    db = open_database(path)
    actor = Actor(None, "writer")
    i = start
    while True:
        team.add_professional(
            db, actor, team.ProfessionalInput(last_name=f"W{i}", profession="infirmier")
        )
        print(f"W{i}", flush=True)
        i += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
