"""A desk on the team server as a real process, driven line by line over stdin (session 15's
race tests). It opens the team as one worker and answers every command with one line on
stdout; never a personal value, only ids, counts and the Dutch sentence it was told.

  decide R Y I ANSWER [hold]   record youth Y's ANSWER on item I of request R. It prints
                               "turn" when its transaction starts (what it checks from then
                               on, it checks with the write turn held); with `hold` it also
                               prints "inside" once its rows and event are written (the
                               transaction still open) and waits for a line before it goes on;
                               with `hold-turn` it prints "holding" as soon as it has the turn
                               (nothing read or written yet) and waits for a line there.
                               Then "written" or "refused <sentence>".
  purpose CODE [hold-turn]     add a purpose to the catalogue ("holding" as with decide)
  youth                        add a youth (a fixed made-up name)
  merge A B [hold-turn]        merge youths A and B (Duplicates.merge; "holding" as with
                               decide), then "written <the kept youth's id>"
  inbox [hold-turn]            read the first reply waiting in the mail inbox and confirm
                               it as read ("seen <waiting>" first; "holding" as with decide)
  count                        "count <number of youths>" or "refused <sentence>"
  idle MS                      "idle" once the most its transaction may sit idle is MS ms
                               (the product's IDLE_IN_TRANSACTION_MS, shortened for a test)
  pid                          "pid <the server process of this desk's line>" (a test waits
                               until that process waits for a lock, instead of sleeping)
  quit

Usage: python team_desk.py URL PASSWORD NOW_ISO
"""

from __future__ import annotations

import contextlib
import sys
from datetime import datetime
from typing import Any


def main() -> None:
    url, password, now = sys.argv[1:4]
    from toestemming import audit
    from toestemming.clock import FixedClock
    from toestemming.errors import ToestemmingError, user_text
    from toestemming.model import SignerRef
    from toestemming.service import Service
    from toestemming.store.pg import PgDatabase

    hold = {"on": False, "announce": False, "at_turn": False}
    append, begin = audit.AuditLog.append, PgDatabase.transaction

    def append_then_hold(self: audit.AuditLog, *args: Any, **kwargs: Any) -> int:
        seq = append(self, *args, **kwargs)
        if hold["on"]:
            hold["on"] = False
            print("inside", flush=True)
            sys.stdin.readline()
        return seq

    @contextlib.contextmanager
    def announced(self: PgDatabase) -> Any:
        if hold["announce"]:
            hold["announce"] = False
            print("turn", flush=True)
        with begin(self) as db:
            if hold["at_turn"]:
                hold["at_turn"] = False
                print("holding", flush=True)
                sys.stdin.readline()
            yield db

    audit.AuditLog.append = append_then_hold  # type: ignore[method-assign]
    PgDatabase.transaction = announced  # type: ignore[method-assign, assignment]
    svc = Service.open_team(url, password, clock=FixedClock(datetime.fromisoformat(now)))
    print("ready", flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        try:
            if words[0] == "decide":
                request, youth, item = (int(w) for w in words[1:4])
                hold["on"], hold["announce"] = words[5:6] == ["hold"], True
                hold["at_turn"] = words[5:6] == ["hold-turn"]
                svc.consents.record_decisions(
                    request, SignerRef.youth(youth), {item: words[4]}, "desk"
                )
                print("written", flush=True)
            elif words[0] == "purpose":
                hold["at_turn"] = words[2:3] == ["hold-turn"]
                svc.catalog.add_purpose(words[1], "Zorg thuis", "Zodat je hulp krijgt thuis.")
                print("written", flush=True)
            elif words[0] == "youth":
                svc.people.add_youth(
                    given_name="Timo", family_name="Bakker", birth_date="2011-03-04"
                )
                print("written", flush=True)
            elif words[0] == "merge":
                hold["at_turn"] = words[3:4] == ["hold-turn"]
                kept = svc.duplicates.merge(int(words[1]), int(words[2]))
                print("written", kept.id, flush=True)
            elif words[0] == "inbox":
                waiting = svc.mail_inbox.waiting()
                print("seen", len(waiting), flush=True)
                hold["at_turn"] = words[1:2] == ["hold-turn"]
                svc.mail_inbox.confirm(waiting[0].inbox_id, waiting[0].proposal)
                print("written", flush=True)
            elif words[0] == "idle":
                svc.vault.db.set_idle_in_transaction_ms(int(words[1]))
                print("idle", flush=True)
            elif words[0] == "pid":
                print("pid", svc.vault.db.backend_pid, flush=True)
            elif words[0] == "count":
                print("count", len(svc.people.search("")), flush=True)
        except ToestemmingError as exc:
            print("refused", user_text(exc).replace("\n", " "), flush=True)
    with contextlib.suppress(ToestemmingError):
        svc.close()


if __name__ == "__main__":
    main()
