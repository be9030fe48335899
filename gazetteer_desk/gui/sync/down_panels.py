"""The down direction in the window: on the township's 同步 page the county's answer (acknowledgements, orders, the
import button); on the county page the export of down bundles and which orders are answered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from gazetteer_desk.services.sync import acknowledgements, county_orders, down_export, down_import, down_keys
from gazetteer_desk.services.sync import township_orders
from gazetteer_desk.errors import DeskError
from gazetteer_desk.gui.sync.key_passphrase import passphrase_for
from gazetteer_desk.store.database import Store

_ACK_COLOURS = {"imported": "#2e7d32", "refused": "#c62828", "mismatch": "#c62828", "pending": "#607d8b"}


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
    table.resizeColumnsToContents()


def _button_row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class TownshipDownPanel(QGroupBox):
    """县信访办下发: import the down bundle; each exported bundle's acknowledgement; the county's orders."""

    down_imported = Signal(object)  # DownReport

    def __init__(self, store: Store, runner, parent: QWidget | None = None, *, actor=""):
        super().__init__("县信访办下发（回执、交办件、督办、复查复核意见、节假日）", parent)
        self.store, self.runner, self.actor = store, runner, actor
        self.signer_label = QLabel()
        self.signer_label.setAccessibleName("县信访办签名公钥指纹")
        self.signer_label.setWordWrap(True)
        self.signer_label.setTextInteractionFlags(self.signer_label.textInteractionFlags().TextSelectableByMouse)
        self.import_button = QPushButton("导入下发数据包(&I)…")
        self.import_button.setAccessibleName("导入县信访办下发数据包")
        self.signer_button = QPushButton("登记县级签名公钥…")
        self.signer_button.setAccessibleName("登记县信访办签名公钥文件")
        self.status = QLabel()
        self.status.setAccessibleName("下发数据包导入结果")
        self.status.setWordWrap(True)
        self.acks_table = _table("本乡镇数据包的回执", ["序号", "期间", "县信访办回执"])
        self.orders_table = _table("县信访办的交办件和督办", ["类别", "事项", "期限", "要求", "答复"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.signer_label)
        layout.addLayout(_button_row(self.import_button, self.signer_button))
        layout.addWidget(self.status)
        layout.addWidget(self.acks_table)
        layout.addWidget(self.orders_table)
        self.import_button.clicked.connect(self.choose_and_import)
        self.signer_button.clicked.connect(self.choose_signing_key)
        self.refresh()

    def refresh(self) -> None:
        signer = down_keys.county_signer(self.store)
        try:
            recipient = down_keys.township_recipient(self.store)
            own = f"本乡镇接收公钥（交县信访办登记）：{recipient.public_key}　指纹：{recipient.fingerprint}"
        except DeskError as error:  # sealed keys without a receiving key: made on the command line (bundle recipient)
            own = f"本乡镇接收公钥：{error.message}"
        self.signer_label.setText(
            (f"县信访办签名公钥指纹：{signer.fingerprint}" if signer else "尚未登记县信访办签名公钥（county.pub）")
            + f"\n{own}")
        statuses = acknowledgements.export_statuses(self.store)
        _fill(self.acks_table, [[s.sequence, s.period, s.text] for s in statuses])
        for r, status in enumerate(statuses):
            self.acks_table.item(r, 2).setForeground(QColor("#ef6c00" if status.overdue else _ACK_COLOURS[status.status]))
        _fill(self.orders_table, [
            [o.kind, o.matter_number, f"{o.deadline:%Y-%m-%d}", o.instruction,
             f"{o.responded_on:%Y-%m-%d} {o.response}" if o.responded_on else ("已超期" if o.overdue() else "待答复")]
            for o in township_orders.orders(self.store)])

    def choose_signing_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择县信访办签名公钥", "", "minisign 公钥 (*.pub)")
        if path:
            self.register_signing_key(Path(path))

    def register_signing_key(self, path: Path) -> None:
        try:
            down_keys.set_county_signing_key(self.store, path, actor=self.actor)
        except DeskError as error:
            self.status.setText(f"登记失败：{error.message}")
            return
        self.refresh()

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "选择县信访办下发数据包", "", "下发数据包 (*-down-*.gdb.age *.age)")
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        go, passphrase = passphrase_for(self, self.store.home, "打开县信访办下发的数据包要用本乡镇的接收密钥，")
        if not go:
            return
        self.import_button.setEnabled(False)
        self.runner.run(lambda: down_import.import_down(self.store, path, actor=self.actor, passphrase=passphrase),
                        on_done=self._on_done, on_error=self._on_failed)

    def _on_done(self, report) -> None:
        self.import_button.setEnabled(True)
        self.status.setText("\n".join(report.lines()))
        self.refresh()
        self.down_imported.emit(report)

    def _on_failed(self, message: str) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(f"导入失败：{message}")


class CountyDownPanel(QWidget):
    """下发: write a down bundle for every township; the orders issued and whether they are answered."""

    exported = Signal(object)  # list[DownResult]

    def __init__(self, store: Store, runner, parent: QWidget | None = None, *, actor=""):
        super().__init__(parent)
        self.store, self.runner, self.actor = store, runner, actor
        self.export_button = QPushButton("导出下发数据包（所有乡镇）(&D)…")
        self.export_button.setAccessibleName("给所有乡镇导出下发数据包")
        self.status = QLabel()
        self.status.setAccessibleName("下发数据包导出结果")
        self.status.setWordWrap(True)
        self.orders_table = _table("已下达的交办件和督办", ["乡镇", "类别", "事项", "期限", "情况", "答复"])
        layout = QVBoxLayout(self)
        layout.addLayout(_button_row(self.export_button))
        layout.addWidget(self.status)
        layout.addWidget(self.orders_table)
        self.export_button.clicked.connect(self.choose_folder_and_export)
        self.refresh()

    def refresh(self) -> None:
        _fill(self.orders_table, [[o.township_code, o.kind, o.matter_number or "（待乡镇登记）", f"{o.deadline:%Y-%m-%d}",
                                   o.state(), o.response] for o in county_orders.orders(self.store)])

    def choose_folder_and_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "选择U盘（导出到的文件夹）")
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        go, passphrase = passphrase_for(self, self.store.home, "下发数据包要用县信访办的签名密钥签名，")
        if not go:
            return
        self.export_button.setEnabled(False)
        self.runner.run(lambda: down_export.export_all(self.store, folder, actor=self.actor, passphrase=passphrase),
                        on_done=self._on_done, on_error=self._on_failed)

    def _on_done(self, results) -> None:
        self.export_button.setEnabled(True)
        missing = [f"未下发：{t.name}（{t.code}）尚未登记接收公钥" for t in down_export.without_recipient(self.store)]
        self.status.setText("\n".join([r.line() for r in results] + missing))
        self.refresh()
        self.exported.emit(results)

    def _on_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(f"导出失败：{message}")
