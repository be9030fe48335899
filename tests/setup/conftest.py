"""The first-run wizard as the set-up tests drive it."""

import pytest

from gazetteer_desk.gui.setup.setup_wizard import SetupWizard


@pytest.fixture
def wizard(qtbot, home):
    wizard = SetupWizard(home)  # not given to qtbot, which closes what it holds: closing asks first
    wizard.show()
    yield wizard
    wizard.hide()
    wizard.deleteLater()
    if wizard.store is not None:
        wizard.store.close()
