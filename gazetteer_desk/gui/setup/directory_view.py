"""名录 in 设置: the township's villages (村、社区), staff (接待人) and leaders — add, rename, retire or reinstate.

Only built for roles with ``edit_settings`` (the services check again). A change emits ``ctx.directory_changed`` so
the registration form offers the new list at once. The layout is the Designer form ui/directory_page.ui.
"""

from PySide6.QtWidgets import QWidget

from gazetteer_desk.services.setup import directory
from gazetteer_desk.gui.forms.ui_directory_page import Ui_DirectoryPage
from gazetteer_desk.gui.widgets import fill, fit_columns, run, select_key, selected_key

KINDS = tuple(directory.KINDS)  # the order of the form's 名录 list: village, staff, leader


class DirectoryView(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[directory.Entry] = []
        self.ui = ui = Ui_DirectoryPage()
        ui.setupUi(self)
        self.message = ui.message
        fit_columns(ui.entriesTable)
        ui.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.showRetired.toggled.connect(lambda _on: self.refresh())
        ui.entriesTable.itemSelectionChanged.connect(self._selection_changed)
        ui.addButton.clicked.connect(self.add)
        ui.renameButton.clicked.connect(self.rename)
        ui.retireButton.clicked.connect(self.toggle_retired)
        self.refresh()

    @property
    def kind(self) -> str:
        return KINDS[self.ui.kind.currentIndex()]

    def refresh(self, keep: str | None = None) -> None:
        ui = self.ui
        self.entries = directory.entries(self.ctx.store, self.kind, include_retired=ui.showRetired.isChecked())
        fill(ui.entriesTable, [(e.name, e.code or e.post, e.status) for e in self.entries], [e.id for e in self.entries])
        ui.post.setEnabled(self.kind == "leader")
        if keep:
            select_key(ui.entriesTable, keep)
        self._selection_changed()

    def selected(self) -> directory.Entry | None:
        key = selected_key(self.ui.entriesTable) if self.ui.entriesTable.selectedItems() else None
        return next((e for e in self.entries if e.id == key), None)

    def _selection_changed(self) -> None:
        ui, entry = self.ui, self.selected()
        ui.renameButton.setEnabled(entry is not None)
        ui.retireButton.setEnabled(entry is not None)
        ui.retireButton.setText("恢复所选(&R)" if entry is not None and not entry.active else "停用所选(&R)")
        if entry is not None:
            ui.name.setText(entry.name)
            ui.post.setText(entry.post)

    def add(self) -> None:
        label = directory.KINDS[self.kind]
        entry = run(self.message, lambda: directory.add(self.ctx.store, self.ctx.user, self.kind, self.ui.name.text(),
                                                        post=self.ui.post.text()))
        if entry:
            self._changed(entry, f"已新增{label}“{entry.name}”")

    def rename(self) -> None:
        current = self.selected()
        if current is None:
            return
        post = self.ui.post.text() if self.kind == "leader" else None
        entry = run(self.message, lambda: directory.rename(self.ctx.store, self.ctx.user, self.kind, current.id,
                                                           self.ui.name.text(), post=post))
        if entry:
            self._changed(entry, f"已保存：“{current.name}”现为“{entry.name}”")

    def toggle_retired(self) -> None:
        current = self.selected()
        if current is None:
            return
        change = directory.retire if current.active else directory.reinstate
        entry = run(self.message, lambda: change(self.ctx.store, self.ctx.user, self.kind, current.id))
        if entry:
            done = "已停用（已有记录上仍显示）" if not entry.active else "已恢复"
            self._changed(entry, f"“{entry.name}”{done}")

    def _changed(self, entry: directory.Entry, done: str) -> None:
        self.ui.showRetired.setChecked(self.ui.showRetired.isChecked() or not entry.active)
        self.refresh(keep=entry.id)
        self.message.ok(done)
        self.ctx.directory_changed.emit()
