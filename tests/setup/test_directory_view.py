"""设置 › 名录: an administrator adds, renames and retires villages, staff and leaders; a clerk gets no such tab."""

from gazetteer_desk.gui.widgets import cells
from gazetteer_desk.services.setup import setup


def directory_tab(desk):
    view = desk.show_area("settings")
    view.show_tab(view.directory)
    return view.directory


def test_a_new_village_is_offered_at_once_on_the_registration_form(desk, store):
    page = directory_tab(desk)
    page.ui.name.setText("新华社区")
    page.ui.addButton.click()
    assert "已新增" in page.message.text()
    assert cells(page.ui.entriesTable, 0)[-1] == "新华社区"
    registration = desk.show_area("registration")
    villages = [registration.ui.villageCombo.itemText(i) for i in range(registration.ui.villageCombo.count())]
    assert "新华社区" in villages


def test_retiring_a_village_hides_it_from_new_matters_and_can_be_undone(desk, store):
    page = directory_tab(desk)
    page.ui.entriesTable.selectRow(cells(page.ui.entriesTable, 0).index("石门村"))
    assert page.ui.retireButton.text() == "停用所选(&R)"
    page.ui.retireButton.click()
    assert "石门村" not in [v.name for v in setup.villages(store)]
    assert page.ui.showRetired.isChecked() and "已停用" in cells(page.ui.entriesTable, 2)
    registration = desk.show_area("registration")
    combo = registration.ui.villageCombo
    assert combo.findText("石门村") == -1
    assert page.ui.retireButton.text() == "恢复所选(&R)"
    page.ui.retireButton.click()
    assert combo.findText("石门村") >= 0


def test_a_leader_is_renamed_with_a_new_post_and_a_duplicate_is_refused(desk, store):
    page = directory_tab(desk)
    page.ui.kind.setCurrentIndex(2)
    assert cells(page.ui.entriesTable, 0) == ["陈国强", "刘芳"]
    page.ui.entriesTable.selectRow(1)
    assert page.ui.name.text() == "刘芳" and page.ui.post.text() == "镇长"
    page.ui.post.setText("党委副书记")
    page.ui.renameButton.click()
    assert cells(page.ui.entriesTable, 1) == ["党委书记", "党委副书记"]
    page.ui.name.setText("陈国强")
    page.ui.addButton.click()
    assert "已在名单中" in page.message.text()


def test_a_clerk_has_no_directory_tab(clerk_desk):
    view = clerk_desk.show_area("settings")
    assert view.directory is None
    assert "名录" not in [view.tabs.tabText(i) for i in range(view.tabs.count())]
