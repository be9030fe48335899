"""来访登记: the form a clerk fills in all day — keyboard first, checked as it is typed, saved in one transaction."""

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QLineEdit, QListWidgetItem, QWidget

from gazetteer_desk.domain.categories import CHANNELS, ETHNICITIES, ID_TYPES, PURPOSES
from gazetteer_desk.domain.idnumber import IdNumberError, parse_id_number
from gazetteer_desk.resources import division_table
from gazetteer_desk.domain.procedure import OPEN_STATUSES, SOURCES, STATUS_LABELS
from gazetteer_desk.domain.routing import ROUTES, route_by_key, suggest_route
from gazetteer_desk.services.matters import people
from gazetteer_desk.services.matters.people import IdentityConflict
from gazetteer_desk.services.setup import setup
from gazetteer_desk.services.matters.registration import RegistrationInput, register
from gazetteer_desk.gui.confirm import confirm_destructive
from gazetteer_desk.gui.forms.ui_registration_form import Ui_RegistrationForm
from gazetteer_desk.gui.matters.registration_parts import CategoryPicker, Representatives
from gazetteer_desk.gui.theme import scaled
from gazetteer_desk.gui.widgets import fit_text, set_problem
from gazetteer_desk.errors import DeskError

ID_CARD = ID_TYPES[0]


class RegistrationView(QWidget):
    matter_registered = Signal(str)
    receipt_requested = Signal(str)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_RegistrationForm()
        self.ui.setupUi(self)
        self.repeat_of: str | None = None
        self.last_number: str | None = None
        self._route_chosen = False  # once the clerk picks a route, it is no longer suggested
        self._saving = False
        self._correct_name = False  # set once the clerk has confirmed a name correction (IdentityConflict)
        self._saved_reason = ""
        self._new_chosen = False  # the clerk said 新事项: a running or decided matter of this kind needs a reason
        self.confirm = self._ask  # replaced in tests
        ui = self.ui
        ui.idTypeCombo.addItems(ID_TYPES)
        fit_text(ui.idNumberEdit, "50023519580312002X")  # read against the card digit by digit: never cut off
        ui.sexCombo.addItems(["", "男", "女"])
        ui.ethnicityCombo.addItems(["", *ETHNICITIES])
        ui.channelCombo.addItems(CHANNELS)
        ui.purposeCombo.addItems(PURPOSES)
        ui.purposeCombo.setCurrentText("求决")
        # 来访 (the person came to us) or a matter received from another body, whose limits run from its date
        ui.sourceCombo.addItem("来访（信访人直接提出）", "")
        for source in SOURCES:
            ui.sourceCombo.addItem(source, source)
        for route in ROUTES:
            ui.routeCombo.addItem(route.label, route.key)
        self.fill_directory()
        ui.receiverCombo.setCurrentIndex(max(ui.receiverCombo.findData(ctx.clerk), 0))
        ui.receiverCombo.currentIndexChanged.connect(lambda _i: ctx.set_clerk(ui.receiverCombo.currentData() or ""))
        ctx.directory_changed.connect(self.fill_directory)
        scaled(ui.numberLabel, 34)
        scaled(ui.resultTitleLabel, 16)
        self.category = CategoryPicker(ui.categoryEdit, ui.categoryHintLabel)
        self.reps = Representatives(ui.repTable, ui.repProblemLabel, ui.peopleSpin.value)
        self._wire()
        self.clear()

    def fill_directory(self) -> None:
        """The villages and staff offered for a new matter (retired ones are not); what was picked stays picked."""
        ui = self.ui
        for box, blank, items in (
            (ui.villageCombo, ("（未指定）", None), [(v.name, v.code) for v in setup.villages(self.ctx.store)]),
            (ui.receiverCombo, ("（未选择）", ""),
             [(p.name + (f"（{p.post}）" if p.post else ""), p.name) for p in setup.staff(self.ctx.store)]),
        ):
            picked = box.currentData()
            box.blockSignals(True)
            box.clear()
            for text, data in (blank, *items):
                box.addItem(text, data)
            box.setCurrentIndex(max(box.findData(picked), 0))
            box.blockSignals(False)

    # ---- wiring -------------------------------------------------------------------------------------------
    def _wire(self) -> None:
        ui = self.ui
        ui.idNumberEdit.textChanged.connect(lambda _t: self._check_id(final=False))
        ui.idNumberEdit.editingFinished.connect(lambda: self._check_id(final=True))
        ui.idTypeCombo.currentIndexChanged.connect(lambda _i: self._check_id(final=False))
        self._lookup_timer = QTimer(self, singleShot=True, interval=300)
        self._lookup_timer.timeout.connect(self._lookup_earlier)
        ui.nameEdit.textChanged.connect(lambda _t: self._lookup_timer.start())
        ui.phoneEdit.textChanged.connect(lambda _t: self._lookup_timer.start())
        ui.peopleSpin.valueChanged.connect(self._people_changed)
        ui.sourceCombo.currentIndexChanged.connect(lambda _i: self._source_changed())
        ui.addRepButton.clicked.connect(self.reps.add)
        ui.removeRepButton.clicked.connect(self.reps.remove)
        ui.purposeCombo.currentIndexChanged.connect(lambda _i: self._suggest_route())
        ui.litigationCheck.toggled.connect(lambda _c: self._suggest_route())
        ui.routeCombo.activated.connect(lambda _i: setattr(self, "_route_chosen", True))
        ui.routeCombo.currentIndexChanged.connect(lambda _i: self._explain_route())
        ui.sameMatterButton.clicked.connect(self.choose_same_matter)
        ui.newMatterButton.clicked.connect(self.choose_new_matter)
        ui.priorList.itemDoubleClicked.connect(lambda _item: self.choose_same_matter())
        ui.priorList.currentRowChanged.connect(lambda _r: self._update_repeat_buttons())
        ui.saveButton.clicked.connect(self.save)
        ui.clearButton.clicked.connect(self.request_clear)
        ui.continueButton.clicked.connect(self.continue_registering)
        ui.printButton.clicked.connect(self.print_receipt)
        for keys in ("Return", "Enter"):  # on the result page Enter means 继续登记, whichever button has focus
            QShortcut(QKeySequence(keys), ui.resultPage, self.continue_registering,
                      context=Qt.WidgetWithChildrenShortcut)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Escape"), ui.formPage, self.request_clear, context=Qt.WidgetWithChildrenShortcut)
        self._enter = _EnterMovesOn(self)
        for widget in ui.formBody.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox, QCheckBox)):
                widget.installEventFilter(self._enter)

    # ---- ID number, earlier matters -----------------------------------------------------------------------
    def _check_id(self, final: bool) -> None:
        ui = self.ui
        raw = ui.idNumberEdit.text().strip()
        if not raw or ui.idTypeCombo.currentText() != ID_CARD:
            set_problem(ui.idProblemLabel, "")
            self._lookup_timer.start()
            return
        try:
            parsed = parse_id_number(raw, divisions=division_table())
        except IdNumberError as error:
            typed = len(raw.replace(" ", ""))
            if not final and typed < 18:
                set_problem(ui.idProblemLabel, f"已输入{typed}位，共18位", ok=True)
            else:
                set_problem(ui.idProblemLabel, f"身份证号码有误：{error.message}")
            ui.birthDateEdit.clear()
            return
        set_problem(ui.idProblemLabel, f"✓ 号码有效：{parsed.birth_date:%Y年%m月%d日}出生，{parsed.sex}", ok=True)
        ui.birthDateEdit.setText(f"{parsed.birth_date:%Y-%m-%d}")
        ui.sexCombo.setCurrentText(parsed.sex)
        self._lookup_timer.stop()
        self._lookup_earlier()

    def _identity(self) -> dict | None:
        """What the repeat lookup can go on: a valid ID number, else name and phone."""
        ui = self.ui
        raw = ui.idNumberEdit.text().strip()
        if raw and ui.idTypeCombo.currentText() == ID_CARD:
            try:
                return {"id_number": parse_id_number(raw).value}
            except IdNumberError:
                pass
        elif raw:
            return {"id_number": raw}
        name, phone = ui.nameEdit.text().strip(), ui.phoneEdit.text().strip()
        if name and phone:
            return {"name": name, "phone": phone}
        return None

    def _lookup_earlier(self) -> None:
        who = self._identity()
        if who is None:
            self._show_earlier([])
            return
        store, user = self.ctx.store, self.ctx.user
        self.ctx.runner.run(lambda: people.earlier_matters(store, viewer=user, **who), on_done=self._show_earlier,
                            on_error=lambda m: set_problem(self.ui.formProblemLabel, m), key="earlier-matters")

    def _show_earlier(self, priors) -> None:
        ui = self.ui
        ui.priorList.clear()
        for prior in priors:
            text = (f"{prior.number}\n{prior.received_on:%Y-%m-%d}　{prior.category or '未分类'}　"
                    f"{STATUS_LABELS.get(prior.status, prior.status)}")
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, prior.number)
            ui.priorList.addItem(item)
        if priors:
            text = f"此人有{len(priors)}件以往事项。请确认本次是同一事项再次来访，还是新事项。"
            if any(p.status in OPEN_STATUSES or p.status == "terminated" for p in priors):
                text += "同类事项在办或已复核终结的，本次来访记入原事项、期限不变；确属新事项的，选“新事项”并填写理由。"
            ui.repeatHintLabel.setText(text)
            ui.priorList.setCurrentRow(0)
        else:
            ui.repeatHintLabel.setText("输入有效身份证号码，或姓名加联系电话后，这里列出此人以往的事项。")
        if self.repeat_of and self.repeat_of not in [p.number for p in priors]:
            self.repeat_of = None
            set_problem(self.ui.repeatChoiceLabel, "")
        self._update_repeat_buttons()

    def _update_repeat_buttons(self) -> None:
        ui = self.ui
        has = ui.priorList.count() > 0
        ui.priorList.setVisible(has)
        ui.sameMatterButton.setVisible(has)
        ui.newMatterButton.setVisible(has)
        ui.sameMatterButton.setEnabled(ui.priorList.currentItem() is not None)
        ui.newReasonLabel.setVisible(has and self._new_chosen)
        ui.newReasonEdit.setVisible(has and self._new_chosen)

    def choose_same_matter(self) -> None:
        item = self.ui.priorList.currentItem()
        if item is None:
            return
        self.repeat_of = item.data(Qt.UserRole)
        self._new_chosen = False
        self._update_repeat_buttons()
        set_problem(self.ui.repeatChoiceLabel, f"✓ 本次登记为：同一事项再次来访（{self.repeat_of}）", ok=True)
        self._fill_person(self.repeat_of)

    def _fill_person(self, number: str) -> None:
        """The person as recorded on that matter fills the fields still empty; what the clerk typed stays."""
        try:
            person = people.person_of_matter(self.ctx.store, number, viewer=self.ctx.user)
        except DeskError as error:
            set_problem(self.ui.formProblemLabel, error.message)
            return
        ui = self.ui
        for edit, value in ((ui.nameEdit, person.name), (ui.phoneEdit, person.phone),
                            (ui.addressEdit, person.address)):
            if value and not edit.text().strip():
                edit.setText(value)
        if person.id_number and not ui.idNumberEdit.text().strip():
            ui.idTypeCombo.setCurrentText(person.id_type)
            ui.idNumberEdit.setText(person.id_number)
        if person.ethnicity and not ui.ethnicityCombo.currentText():
            ui.ethnicityCombo.setCurrentText(person.ethnicity)
        if person.sex and ui.sexCombo.findText(person.sex) >= 0 and not ui.idNumberEdit.text().strip():
            ui.sexCombo.setCurrentText(person.sex)
        self._lookup_timer.stop()  # the person is chosen: the filled-in name and phone need no new lookup

    def choose_new_matter(self) -> None:
        """A new matter; if this person's matter of the same kind is still in process (or was decided on 复核), the
        service keeps the visit on it unless a reason is given here — the reason goes into the new matter's record."""
        self.repeat_of = None
        self._new_chosen = True
        text = "✓ 本次登记为：新事项" if self.ui.priorList.count() else ""
        set_problem(self.ui.repeatChoiceLabel, text, ok=True)
        self._update_repeat_buttons()
        if self.ui.newReasonEdit.isVisible():
            self.ui.newReasonEdit.setFocus()

    # ---- group visit, route -------------------------------------------------------------------------------
    def _people_changed(self, count: int) -> None:
        group = count > 1 or self.ui.repTable.rowCount() > 0
        for widget in (self.ui.repLabel, self.ui.repTable, self.ui.addRepButton, self.ui.removeRepButton):
            widget.setVisible(group)

    def _source_changed(self) -> None:
        received = bool(self.ui.sourceCombo.currentData())
        for widget in (self.ui.sourceUnitLabel, self.ui.sourceUnitEdit, self.ui.receivedOnLabel,
                       self.ui.receivedOnEdit):
            widget.setVisible(received)

    def _received_at(self) -> datetime | None:
        """A matter received from elsewhere counts from the day it was received; a visit from now."""
        if not self.ui.sourceCombo.currentData():
            return None
        return datetime.combine(self.ui.receivedOnEdit.date().toPython(), time(0)).astimezone()

    def _suggest_route(self) -> None:
        if not self._route_chosen:
            key = suggest_route(self.ui.purposeCombo.currentText(), self.ui.litigationCheck.isChecked())
            self.ui.routeCombo.setCurrentIndex(self.ui.routeCombo.findData(key))

    def _explain_route(self) -> None:
        key = self.ui.routeCombo.currentData()
        self.ui.routeExplanationLabel.setText(route_by_key(key).explanation if key else "")

    # ---- save, clear --------------------------------------------------------------------------------------
    def collect(self) -> RegistrationInput:
        ui = self.ui
        return RegistrationInput(
            name=ui.nameEdit.text(), request=ui.requestEdit.toPlainText(), facts=ui.factsEdit.toPlainText(),
            reasons=ui.reasonsEdit.toPlainText(), id_type=ui.idTypeCombo.currentText(),
            id_number=ui.idNumberEdit.text().strip() or None, phone=ui.phoneEdit.text().strip() or None,
            sex=ui.sexCombo.currentText(), ethnicity=ui.ethnicityCombo.currentText().strip(),
            address=ui.addressEdit.text().strip(), village=ui.villageCombo.currentData(),
            category=ui.categoryEdit.text().strip() or None, purpose=ui.purposeCombo.currentText(),
            channel=ui.channelCombo.currentText(), people_count=ui.peopleSpin.value(),
            representatives=self.reps.names(), subject=ui.subjectEdit.text(),
            litigation=ui.litigationCheck.isChecked(), urgent=ui.urgentCheck.isChecked(),
            threat=ui.threatCheck.isChecked(), backlog=ui.backlogCheck.isChecked(),
            recusal=ui.recusalCheck.isChecked(), route=ui.routeCombo.currentData(), repeat_of=self.repeat_of,
            receiver=ui.receiverCombo.currentData() or None, correct_name=self._correct_name,
            source=ui.sourceCombo.currentData() or "", source_unit=ui.sourceUnitEdit.text().strip(),
            received_at=self._received_at(),
            new_matter_reason=ui.newReasonEdit.text().strip() if self._new_chosen and not self.repeat_of else "",
        )

    def save(self) -> None:
        if self._saving or self.ui.pages.currentWidget() is not self.ui.formPage:
            return
        data = self.collect()
        self._saved_reason = data.new_matter_reason
        store, actor = self.ctx.store, self.ctx.user  # the role is checked, the audit names the user
        self._saving = True
        self.ui.saveButton.setEnabled(False)
        set_problem(self.ui.formProblemLabel, "正在保存……", ok=True)
        self.ctx.runner.run(lambda: _register_or_conflict(store, data, actor), on_done=self._saved,
                            on_error=self._failed)

    def _conflict(self, conflict: IdentityConflict) -> None:
        """The number is on file under another name: the clerk says which of the two was mistyped."""
        if self.confirm("证件号码已登记在另一姓名下", conflict.message + f"\n\n是否将“{conflict.on_file}”更正为“{conflict.typed}”？"
                     "（选“否”则改正证件号码）"):
            self._correct_name = True
            self.save()
            return
        set_problem(self.ui.formProblemLabel, conflict.message)
        self.ui.idNumberEdit.setFocus()
        self.ui.idNumberEdit.selectAll()

    def _failed(self, message: str) -> None:
        self._saving = False
        self._correct_name = False
        self.ui.saveButton.setEnabled(True)
        set_problem(self.ui.formProblemLabel, message)

    def _saved(self, result) -> None:
        self._saving = False
        self.ui.saveButton.setEnabled(True)
        if isinstance(result, IdentityConflict):
            self._conflict(result)
            return
        self._correct_name = False
        set_problem(self.ui.formProblemLabel, "")
        self.last_number = result.number
        ui = self.ui
        ui.numberLabel.setText(result.number)
        if result.running_repeat:
            ui.resultTitleLabel.setText("此人同类事项仍在办理，本次来访已记入该事项，编号：")
            detail = "该事项的办理期限不变。确属新事项的，请选择“新事项”并填写理由后登记。"
        elif result.new_matter:
            ui.resultTitleLabel.setText("登记成功，新事项编号：")
            detail = (f"此人同类事项 {result.repeat_of} 在前，本事项记为重件"
                      + ("，认定为新事项的理由已记录。" if self._saved_reason else "。")) if result.repeat_of else ""
        else:
            ui.resultTitleLabel.setText("已记录同一事项再次来访，事项编号：")
            detail = "来访已记入该事项的办理记录。"
        ui.resultDetailLabel.setText(detail)
        ui.pages.setCurrentWidget(ui.resultPage)
        ui.continueButton.setFocus()
        self.matter_registered.emit(result.number)

    def print_receipt(self) -> None:
        if self.last_number:
            # focus comes back here when the receipt dialog closes, so Enter goes on registering
            self.ui.continueButton.setFocus()
            self.receipt_requested.emit(self.last_number)

    def continue_registering(self) -> None:
        self.clear()

    def is_dirty(self) -> bool:
        ui = self.ui
        texts = [ui.nameEdit.text(), ui.idNumberEdit.text(), ui.phoneEdit.text(), ui.addressEdit.text(),
                 ui.sourceUnitEdit.text(),
                 ui.categoryEdit.text(), ui.subjectEdit.text(), ui.requestEdit.toPlainText(),
                 ui.factsEdit.toPlainText(), ui.reasonsEdit.toPlainText()]
        return any(t.strip() for t in texts) or ui.repTable.rowCount() > 0 or ui.peopleSpin.value() > 1

    def request_clear(self) -> None:
        if self.is_dirty() and not self.confirm("清空表单", "已填写的内容尚未保存，确定要清空吗？"):
            return
        self.clear()

    def clear(self) -> None:
        ui = self.ui
        for edit in (ui.nameEdit, ui.idNumberEdit, ui.phoneEdit, ui.addressEdit, ui.categoryEdit, ui.subjectEdit,
                     ui.birthDateEdit, ui.sourceUnitEdit, ui.newReasonEdit):
            edit.clear()
        for edit in (ui.requestEdit, ui.factsEdit, ui.reasonsEdit):
            edit.clear()
        for check in (ui.litigationCheck, ui.urgentCheck, ui.threatCheck, ui.backlogCheck, ui.recusalCheck):
            check.setChecked(False)
        ui.idTypeCombo.setCurrentIndex(0)
        ui.sexCombo.setCurrentIndex(0)
        ui.ethnicityCombo.setCurrentIndex(0)
        ui.channelCombo.setCurrentIndex(0)
        ui.villageCombo.setCurrentIndex(0)
        ui.purposeCombo.setCurrentText("求决")
        ui.sourceCombo.setCurrentIndex(0)
        now = date.today()
        today = QDate(now.year, now.month, now.day)
        ui.receivedOnEdit.setMaximumDate(today)
        ui.receivedOnEdit.setDate(today)
        self._source_changed()
        self.reps.clear()
        ui.peopleSpin.setValue(1)
        self._people_changed(1)
        self._route_chosen = False
        self._suggest_route()
        self._explain_route()
        self.repeat_of = None
        self._new_chosen = False
        self._show_earlier([])
        set_problem(ui.repeatChoiceLabel, "")
        for label in (ui.idProblemLabel, ui.formProblemLabel):
            set_problem(label, "")
        ui.categoryEdit.textChanged.emit("")
        ui.pages.setCurrentWidget(ui.formPage)
        ui.nameEdit.setFocus()

    def _ask(self, title: str, text: str) -> bool:
        return confirm_destructive(self, title, text)


def _register_or_conflict(store, data, actor):
    """Runs off the GUI thread: a name conflict comes back as a result, for the clerk to decide on."""
    try:
        return register(store, data, actor=actor)
    except IdentityConflict as conflict:
        return conflict


class _EnterMovesOn(QObject):
    """Enter moves to the next field as Tab does; on the last field (处理途径) it saves."""

    def __init__(self, view: RegistrationView):
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Return, Qt.Key_Enter) \
                and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            if watched is self.view.ui.routeCombo:
                self.view.save()
            else:
                self.view.focusNextChild()
            return True
        return False
