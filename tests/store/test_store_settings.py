"""Store.forget_settings: a changed township code is read again, not served from the cache."""

from gazetteer_desk.services.leaders import case_assignments


def test_forget_settings_rereads_the_township_code(store):
    assert store.township_code == "500235101"
    store.set_setting("township_code", "500235102")
    assert store.township_code == "500235101"  # cached until told
    store.forget_settings()
    assert store.township_code == "500235102"


def test_unused_assignment_lookup_is_gone():
    assert not hasattr(case_assignments, "get_assignment")
