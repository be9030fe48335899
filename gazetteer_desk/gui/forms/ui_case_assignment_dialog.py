# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_assignment_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.8.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from gazetteer_desk.gui.widgets import MessageLine

class Ui_CaseAssignmentDialog(object):
    def setupUi(self, CaseAssignmentDialog):
        if not CaseAssignmentDialog.objectName():
            CaseAssignmentDialog.setObjectName(u"CaseAssignmentDialog")
        CaseAssignmentDialog.resize(900, 560)
        self.dialogLayout = QVBoxLayout(CaseAssignmentDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.matterLabel = QLabel(CaseAssignmentDialog)
        self.matterLabel.setObjectName(u"matterLabel")

        self.dialogLayout.addWidget(self.matterLabel)

        self.assignments = QTableWidget(CaseAssignmentDialog)
        if (self.assignments.columnCount() < 6):
            self.assignments.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.assignments.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.assignments.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.assignments.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.assignments.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.assignments.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.assignments.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.assignments.setObjectName(u"assignments")
        self.assignments.setTabKeyNavigation(False)
        self.assignments.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assignments.setSelectionMode(QAbstractItemView.SingleSelection)
        self.assignments.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assignments.horizontalHeader().setStretchLastSection(True)
        self.assignments.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.assignments)

        self.boxesRow = QHBoxLayout()
        self.boxesRow.setObjectName(u"boxesRow")
        self.newBox = QGroupBox(CaseAssignmentDialog)
        self.newBox.setObjectName(u"newBox")
        self.newForm = QFormLayout(self.newBox)
        self.newForm.setObjectName(u"newForm")
        self.leaderLabel = QLabel(self.newBox)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.newForm.setWidget(0, QFormLayout.LabelRole, self.leaderLabel)

        self.leader = QComboBox(self.newBox)
        self.leader.setObjectName(u"leader")

        self.newForm.setWidget(0, QFormLayout.FieldRole, self.leader)

        self.deputyLabel = QLabel(self.newBox)
        self.deputyLabel.setObjectName(u"deputyLabel")

        self.newForm.setWidget(1, QFormLayout.LabelRole, self.deputyLabel)

        self.deputy = QComboBox(self.newBox)
        self.deputy.setObjectName(u"deputy")

        self.newForm.setWidget(1, QFormLayout.FieldRole, self.deputy)

        self.membersLabel = QLabel(self.newBox)
        self.membersLabel.setObjectName(u"membersLabel")

        self.newForm.setWidget(2, QFormLayout.LabelRole, self.membersLabel)

        self.members = QLineEdit(self.newBox)
        self.members.setObjectName(u"members")

        self.newForm.setWidget(2, QFormLayout.FieldRole, self.members)

        self.unitsLabel = QLabel(self.newBox)
        self.unitsLabel.setObjectName(u"unitsLabel")

        self.newForm.setWidget(3, QFormLayout.LabelRole, self.unitsLabel)

        self.units = QLineEdit(self.newBox)
        self.units.setObjectName(u"units")

        self.newForm.setWidget(3, QFormLayout.FieldRole, self.units)

        self.startLabel = QLabel(self.newBox)
        self.startLabel.setObjectName(u"startLabel")

        self.newForm.setWidget(4, QFormLayout.LabelRole, self.startLabel)

        self.start = QDateEdit(self.newBox)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.newForm.setWidget(4, QFormLayout.FieldRole, self.start)

        self.endLabel = QLabel(self.newBox)
        self.endLabel.setObjectName(u"endLabel")

        self.newForm.setWidget(5, QFormLayout.LabelRole, self.endLabel)

        self.endRow = QHBoxLayout()
        self.endRow.setObjectName(u"endRow")
        self.hasEnd = QCheckBox(self.newBox)
        self.hasEnd.setObjectName(u"hasEnd")
        self.hasEnd.setChecked(True)

        self.endRow.addWidget(self.hasEnd)

        self.end = QDateEdit(self.newBox)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.endRow.addWidget(self.end)

        self.endRow.setStretch(1, 1)

        self.newForm.setLayout(5, QFormLayout.FieldRole, self.endRow)

        self.assignButton = QPushButton(self.newBox)
        self.assignButton.setObjectName(u"assignButton")

        self.newForm.setWidget(6, QFormLayout.FieldRole, self.assignButton)


        self.boxesRow.addWidget(self.newBox)

        self.progressBox = QGroupBox(CaseAssignmentDialog)
        self.progressBox.setObjectName(u"progressBox")
        self.progressForm = QFormLayout(self.progressBox)
        self.progressForm.setObjectName(u"progressForm")
        self.dutyLabel = QLabel(self.progressBox)
        self.dutyLabel.setObjectName(u"dutyLabel")

        self.progressForm.setWidget(0, QFormLayout.LabelRole, self.dutyLabel)

        self.duty = QComboBox(self.progressBox)
        self.duty.setObjectName(u"duty")

        self.progressForm.setWidget(0, QFormLayout.FieldRole, self.duty)

        self.progressOnLabel = QLabel(self.progressBox)
        self.progressOnLabel.setObjectName(u"progressOnLabel")

        self.progressForm.setWidget(1, QFormLayout.LabelRole, self.progressOnLabel)

        self.progressOn = QDateEdit(self.progressBox)
        self.progressOn.setObjectName(u"progressOn")
        self.progressOn.setCalendarPopup(True)

        self.progressForm.setWidget(1, QFormLayout.FieldRole, self.progressOn)

        self.noteLabel = QLabel(self.progressBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.progressForm.setWidget(2, QFormLayout.LabelRole, self.noteLabel)

        self.note = QPlainTextEdit(self.progressBox)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(QSize(0, 60))
        self.note.setMaximumSize(QSize(16777215, 60))

        self.progressForm.setWidget(2, QFormLayout.FieldRole, self.note)

        self.progressButton = QPushButton(self.progressBox)
        self.progressButton.setObjectName(u"progressButton")

        self.progressForm.setWidget(3, QFormLayout.FieldRole, self.progressButton)

        self.resultLabel = QLabel(self.progressBox)
        self.resultLabel.setObjectName(u"resultLabel")

        self.progressForm.setWidget(4, QFormLayout.LabelRole, self.resultLabel)

        self.result = QLineEdit(self.progressBox)
        self.result.setObjectName(u"result")

        self.progressForm.setWidget(4, QFormLayout.FieldRole, self.result)

        self.settleButton = QPushButton(self.progressBox)
        self.settleButton.setObjectName(u"settleButton")

        self.progressForm.setWidget(5, QFormLayout.FieldRole, self.settleButton)


        self.boxesRow.addWidget(self.progressBox)

        self.boxesRow.setStretch(0, 1)
        self.boxesRow.setStretch(1, 1)

        self.dialogLayout.addLayout(self.boxesRow)

        self.message = MessageLine(CaseAssignmentDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(CaseAssignmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttons)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.matterLabel.setBuddy(self.assignments)
        self.leaderLabel.setBuddy(self.leader)
        self.deputyLabel.setBuddy(self.deputy)
        self.membersLabel.setBuddy(self.members)
        self.unitsLabel.setBuddy(self.units)
        self.startLabel.setBuddy(self.start)
        self.endLabel.setBuddy(self.hasEnd)
        self.dutyLabel.setBuddy(self.duty)
        self.progressOnLabel.setBuddy(self.progressOn)
        self.noteLabel.setBuddy(self.note)
        self.resultLabel.setBuddy(self.result)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assignments, self.leader)
        QWidget.setTabOrder(self.leader, self.deputy)
        QWidget.setTabOrder(self.deputy, self.members)
        QWidget.setTabOrder(self.members, self.units)
        QWidget.setTabOrder(self.units, self.start)
        QWidget.setTabOrder(self.start, self.hasEnd)
        QWidget.setTabOrder(self.hasEnd, self.end)
        QWidget.setTabOrder(self.end, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.duty)
        QWidget.setTabOrder(self.duty, self.progressOn)
        QWidget.setTabOrder(self.progressOn, self.note)
        QWidget.setTabOrder(self.note, self.progressButton)
        QWidget.setTabOrder(self.progressButton, self.result)
        QWidget.setTabOrder(self.result, self.settleButton)
        QWidget.setTabOrder(self.settleButton, self.buttons)

        self.retranslateUi(CaseAssignmentDialog)
        self.buttons.rejected.connect(CaseAssignmentDialog.reject)
        self.hasEnd.toggled.connect(self.end.setEnabled)

        QMetaObject.connectSlotsByName(CaseAssignmentDialog)
    # setupUi

    def retranslateUi(self, CaseAssignmentDialog):
        CaseAssignmentDialog.setWindowTitle(QCoreApplication.translate("CaseAssignmentDialog", u"\u9886\u5bfc\u5305\u6848", None))
#if QT_CONFIG(accessibility)
        CaseAssignmentDialog.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u9886\u5bfc\u5305\u6848", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.matterLabel.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u4fe1\u8bbf\u4e8b\u9879\u7f16\u53f7", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.assignments.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u5305\u6848\u9886\u5bfc", None));
        ___qtablewidgetitem1 = self.assignments.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u526f\u5305\u6848\u4eba", None));
        ___qtablewidgetitem2 = self.assignments.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u671f\u9650", None));
        ___qtablewidgetitem3 = self.assignments.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u72b6\u6001", None));
        ___qtablewidgetitem4 = self.assignments.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u56db\u5305\u843d\u5b9e", None));
        ___qtablewidgetitem5 = self.assignments.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u7ed3\u679c", None));
#if QT_CONFIG(accessibility)
        self.assignments.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u672c\u4e8b\u9879\u7684\u5305\u6848", None))
#endif // QT_CONFIG(accessibility)
        self.newBox.setTitle(QCoreApplication.translate("CaseAssignmentDialog", u"\u65b0\u589e\u5305\u6848", None))
        self.leaderLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u5305\u6848\u9886\u5bfc(&L)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u5305\u6848\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        self.deputyLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u526f\u5305\u6848\u4eba\uff1a", None))
#if QT_CONFIG(accessibility)
        self.deputy.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u526f\u5305\u6848\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.membersLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u6210\u5458\uff1a", None))
#if QT_CONFIG(accessibility)
        self.members.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u5de5\u4f5c\u4e13\u73ed\u6210\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.members.setPlaceholderText(QCoreApplication.translate("CaseAssignmentDialog", u"\u591a\u4eba\u7528\u987f\u53f7\u5206\u9694", None))
        self.unitsLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u53c2\u4e0e\u5355\u4f4d\uff1a", None))
#if QT_CONFIG(accessibility)
        self.units.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u53c2\u4e0e\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.units.setPlaceholderText(QCoreApplication.translate("CaseAssignmentDialog", u"\u5982\uff1a\u56fd\u571f\u6240\u3001\u9752\u9f99\u6751\u59d4", None))
        self.startLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u5f00\u59cb\u65e5\u671f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u5305\u6848\u5f00\u59cb\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.start.setDisplayFormat(QCoreApplication.translate("CaseAssignmentDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u7ed3\u675f\u65e5\u671f\uff1a", None))
        self.hasEnd.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u9650\u671f\u5316\u89e3", None))
#if QT_CONFIG(accessibility)
        self.end.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u5305\u6848\u7ed3\u675f\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.end.setDisplayFormat(QCoreApplication.translate("CaseAssignmentDialog", u"yyyy-MM-dd", None))
        self.assignButton.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u786e\u5b9a\u5305\u6848(&A)", None))
        self.progressBox.setTitle(QCoreApplication.translate("CaseAssignmentDialog", u"\u5305\u6848\u8fdb\u5c55\uff08\u9009\u4e2d\u4e0a\u65b9\u4e00\u6761\u5305\u6848\uff09", None))
        self.dutyLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u804c\u8d23\uff1a", None))
#if QT_CONFIG(accessibility)
        self.duty.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u5305\u6848\u804c\u8d23", None))
#endif // QT_CONFIG(accessibility)
        self.progressOnLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u65e5\u671f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.progressOn.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u8fdb\u5c55\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.progressOn.setDisplayFormat(QCoreApplication.translate("CaseAssignmentDialog", u"yyyy-MM-dd", None))
        self.noteLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u60c5\u51b5\uff1a", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u8fdb\u5c55\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.progressButton.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u8bb0\u5f55\u8fdb\u5c55(&P)", None))
        self.resultLabel.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u5316\u89e3\u7ed3\u679c\uff1a", None))
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u5316\u89e3\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.settleButton.setText(QCoreApplication.translate("CaseAssignmentDialog", u"\u5316\u89e3\u7ed3\u6848(&E)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("CaseAssignmentDialog", u"\u63d0\u793a\u4fe1\u606f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

