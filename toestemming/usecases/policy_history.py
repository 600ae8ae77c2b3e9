"""The organisation's parent rule on a past moment, from the log.

Who must decide for a youth under 16 depends on the policy (one parent with gezag suffices,
or every one must say yes; 12-15 co-decide or not: DOMAIN rule 3). `meta.policy` holds only
today's; each change is a `policy.changed` event (the replay holds meta to the last one).
A question about a past moment — "mag ik delen?" for a sharing recorded late, an item's
status on a day — is judged by the rule of that day, as gezag is (gezag_history.py): a sharing
made on the one "ja" that sufficed then was lawful, and stays so when the rule is tightened
later; a sharing dated before the rule was loosened finds the second parent's "ja" missing.
Split from sharing.py by job. The code lives in gezag_history.py (s29): it reads the log through
that module's kept rows, and a module each imports from the other is an import circle."""

from __future__ import annotations

from .gezag_history import POLICY_KIND, policy_at

__all__ = ["POLICY_KIND", "policy_at"]
