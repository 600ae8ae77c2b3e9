"""cases23 stopped every new use of an old catch-all catalog entry ("Alle betrokken
instanties", made before cases22): a request, a reminder, QR/app, the tablet, the paper form,
a "ja", a sharing, "Mag ik delen?". One use was left: the transitieformulier. It is the form
that goes with the young person to the next school or municipality and names the consent it
is shared under — on Daan's old "ja" to "Alle betrokken instanties" it printed that "ja" as
the consent. A generic "we may share" is no valid consent (DOMAIN rule 2), so a new form is
not made on it: a Dutch message naming the entry, nothing saved; a form saved before stays
readable (old decisions stay readable, as for the inzage)."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import row_count
from test_cases23_old_catch_all_entries import (  # noqa: F401  (fixtures)
    _daan_said_yes_to_everyone,
    old,
    old_release,
)

from formulieren.payloads import TransitionFormData
from toestemming.errors import ValidationError, user_text
from toestemming.service import Service


def test_no_transition_form_is_made_on_daans_old_yes_to_all_agencies(
    service: Service,
    catalog: SimpleNamespace,
    old: SimpleNamespace,  # noqa: F811  (cases23's fixture)
    make_youth: Callable[..., Any],
) -> None:
    daan, request, _item = _daan_said_yes_to_everyone(service, catalog, old, make_youth)
    form = TransitionFormData(request_id=request)
    events, forms = row_count(service, "events"), row_count(service, "transition_forms")
    with pytest.raises(ValidationError) as caught:
        service.forms.save_transition_form(daan, form)
    said = user_text(caught.value)
    assert "transitieformulier" in said and "'Alle betrokken instanties'" in said
    with pytest.raises(ValidationError):
        service.forms.render_transition_form(daan, form)  # (the preview of the same)
    assert (row_count(service, "events"), row_count(service, "transition_forms")) == (
        events,
        forms,
    )
    # Without the old request the form is made as before.
    assert service.forms.save_transition_form(daan, TransitionFormData()).version == 1
