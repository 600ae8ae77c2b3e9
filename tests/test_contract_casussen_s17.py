"""The contract suite: session 17's casussen on a vault file and on the team server (schema 8:
a startkwalificatie taken back; a "nee" before the consent was complete; the voogd's "nee"
after sharing; the inzage's retention period). The insider's edits of the vault file stay in
the vault-only module (attacker_connection)."""

from __future__ import annotations

from contract_support import service, store  # noqa: F401
from test_casussen_s14_startkwalificatie import standard  # noqa: F401
from test_casussen_s17_inzage_full_record import *  # noqa: F403
from test_casussen_s17_parent_changes_mind import *  # noqa: F403
from test_casussen_s17_startkwalificatie_taken_back import (  # noqa: F401
    test_a_diploma_recorded_for_the_wrong_youth_is_taken_back_and_the_duty_holds_again,
    test_a_sharing_made_on_the_law_before_the_mistaken_diploma_keeps_its_law,
    test_the_transitieformulier_names_the_startkwalificatie_and_one_taken_back,
)
from test_casussen_s17_voogd_takes_over import *  # noqa: F403
