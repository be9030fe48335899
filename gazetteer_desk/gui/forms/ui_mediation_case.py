# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediation_case.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MediationCase(object):
    def setupUi(self, MediationCase):
        if not MediationCase.objectName():
            MediationCase.setObjectName(u"MediationCase")
        MediationCase.resize(900, 900)
        self.caseLayout = QVBoxLayout(MediationCase)
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseTitle = QLabel(MediationCase)
        self.caseTitle.setObjectName(u"caseTitle")
        self.caseTitle.setWordWrap(True)

        self.caseLayout.addWidget(self.caseTitle)

        self.caseWarning = QLabel(MediationCase)
        self.caseWarning.setObjectName(u"caseWarning")
        self.caseWarning.setWordWrap(True)

        self.caseLayout.addWidget(self.caseWarning)

        self.caseParties = QTableWidget(MediationCase)
        if (self.caseParties.columnCount() < 6):
            self.caseParties.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.caseParties.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.caseParties.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.caseParties.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.caseParties.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.caseParties.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.caseParties.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.caseParties.setObjectName(u"caseParties")
        self.caseParties.setMinimumSize(QSize(0, 110))
        self.caseParties.setMaximumSize(QSize(16777215, 110))
        self.caseParties.setTabKeyNavigation(False)
        self.caseParties.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.caseParties.setSelectionMode(QAbstractItemView.SingleSelection)
        self.caseParties.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.caseParties.horizontalHeader().setStretchLastSection(True)
        self.caseParties.verticalHeader().setVisible(False)

        self.caseLayout.addWidget(self.caseParties)

        self.outcomeLine = QHBoxLayout()
        self.outcomeLine.setObjectName(u"outcomeLine")
        self.outcomeLabel = QLabel(MediationCase)
        self.outcomeLabel.setObjectName(u"outcomeLabel")
        self.outcomeLabel.setWordWrap(True)

        self.outcomeLine.addWidget(self.outcomeLabel)

        self.agreementButton = QPushButton(MediationCase)
        self.agreementButton.setObjectName(u"agreementButton")

        self.outcomeLine.addWidget(self.agreementButton)

        self.confirmButton = QPushButton(MediationCase)
        self.confirmButton.setObjectName(u"confirmButton")

        self.outcomeLine.addWidget(self.confirmButton)

        self.outcomeLine.setStretch(0, 1)

        self.caseLayout.addLayout(self.outcomeLine)

        self.sessionBox = QGroupBox(MediationCase)
        self.sessionBox.setObjectName(u"sessionBox")
        self.sessionLayout = QVBoxLayout(self.sessionBox)
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessions = QTableWidget(self.sessionBox)
        if (self.sessions.columnCount() < 2):
            self.sessions.setColumnCount(2)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.sessions.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        self.sessions.setObjectName(u"sessions")
        self.sessions.setMinimumSize(QSize(0, 90))
        self.sessions.setMaximumSize(QSize(16777215, 100))
        self.sessions.setTabKeyNavigation(False)
        self.sessions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.sessions.setSelectionMode(QAbstractItemView.SingleSelection)
        self.sessions.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.sessions.horizontalHeader().setStretchLastSection(True)
        self.sessions.verticalHeader().setVisible(False)

        self.sessionLayout.addWidget(self.sessions)

        self.sessionRow = QHBoxLayout()
        self.sessionRow.setObjectName(u"sessionRow")
        self.sessionOn = QDateEdit(self.sessionBox)
        self.sessionOn.setObjectName(u"sessionOn")
        self.sessionOn.setCalendarPopup(True)

        self.sessionRow.addWidget(self.sessionOn)

        self.sessionNotes = QLineEdit(self.sessionBox)
        self.sessionNotes.setObjectName(u"sessionNotes")

        self.sessionRow.addWidget(self.sessionNotes)

        self.sessionButton = QPushButton(self.sessionBox)
        self.sessionButton.setObjectName(u"sessionButton")

        self.sessionRow.addWidget(self.sessionButton)

        self.sessionRow.setStretch(1, 1)

        self.sessionLayout.addLayout(self.sessionRow)


        self.caseLayout.addWidget(self.sessionBox)

        self.outcomeRow = QVBoxLayout()
        self.outcomeRow.setObjectName(u"outcomeRow")
        self.agreeBox = QGroupBox(MediationCase)
        self.agreeBox.setObjectName(u"agreeBox")
        self.agreeForm = QFormLayout(self.agreeBox)
        self.agreeForm.setObjectName(u"agreeForm")
        self.termsLabel = QLabel(self.agreeBox)
        self.termsLabel.setObjectName(u"termsLabel")

        self.agreeForm.setWidget(0, QFormLayout.LabelRole, self.termsLabel)

        self.terms = QPlainTextEdit(self.agreeBox)
        self.terms.setObjectName(u"terms")
        self.terms.setTabChangesFocus(True)
        self.terms.setMinimumSize(QSize(0, 60))
        self.terms.setMaximumSize(QSize(16777215, 60))

        self.agreeForm.setWidget(0, QFormLayout.FieldRole, self.terms)

        self.responsibilitiesLabel = QLabel(self.agreeBox)
        self.responsibilitiesLabel.setObjectName(u"responsibilitiesLabel")

        self.agreeForm.setWidget(1, QFormLayout.LabelRole, self.responsibilitiesLabel)

        self.responsibilities = QLineEdit(self.agreeBox)
        self.responsibilities.setObjectName(u"responsibilities")

        self.agreeForm.setWidget(1, QFormLayout.FieldRole, self.responsibilities)

        self.mannerLabel = QLabel(self.agreeBox)
        self.mannerLabel.setObjectName(u"mannerLabel")

        self.agreeForm.setWidget(2, QFormLayout.LabelRole, self.mannerLabel)

        self.manner = QLineEdit(self.agreeBox)
        self.manner.setObjectName(u"manner")

        self.agreeForm.setWidget(2, QFormLayout.FieldRole, self.manner)

        self.performanceDueLabel = QLabel(self.agreeBox)
        self.performanceDueLabel.setObjectName(u"performanceDueLabel")

        self.agreeForm.setWidget(3, QFormLayout.LabelRole, self.performanceDueLabel)

        self.performanceDue = QDateEdit(self.agreeBox)
        self.performanceDue.setObjectName(u"performanceDue")
        self.performanceDue.setCalendarPopup(True)

        self.agreeForm.setWidget(3, QFormLayout.FieldRole, self.performanceDue)

        self.agreedOnLabel = QLabel(self.agreeBox)
        self.agreedOnLabel.setObjectName(u"agreedOnLabel")

        self.agreeForm.setWidget(4, QFormLayout.LabelRole, self.agreedOnLabel)

        self.agreedOn = QDateEdit(self.agreeBox)
        self.agreedOn.setObjectName(u"agreedOn")
        self.agreedOn.setCalendarPopup(True)

        self.agreeForm.setWidget(4, QFormLayout.FieldRole, self.agreedOn)

        self.agreeRow = QVBoxLayout()
        self.agreeRow.setObjectName(u"agreeRow")
        self.oral = QCheckBox(self.agreeBox)
        self.oral.setObjectName(u"oral")

        self.agreeRow.addWidget(self.oral)

        self.agreeButton = QPushButton(self.agreeBox)
        self.agreeButton.setObjectName(u"agreeButton")

        self.agreeRow.addWidget(self.agreeButton)

        self.agreeRow.setStretch(1, 1)

        self.agreeForm.setLayout(5, QFormLayout.FieldRole, self.agreeRow)


        self.outcomeRow.addWidget(self.agreeBox)

        self.failBox = QGroupBox(MediationCase)
        self.failBox.setObjectName(u"failBox")
        self.failLayout = QVBoxLayout(self.failBox)
        self.failLayout.setObjectName(u"failLayout")
        self.failForm = QFormLayout()
        self.failForm.setObjectName(u"failForm")
        self.routesLabel = QLabel(self.failBox)
        self.routesLabel.setObjectName(u"routesLabel")

        self.failForm.setWidget(0, QFormLayout.LabelRole, self.routesLabel)

        self.routesColumn = QVBoxLayout()
        self.routesColumn.setObjectName(u"routesColumn")

        self.failForm.setLayout(0, QFormLayout.FieldRole, self.routesColumn)

        self.failReasonLabel = QLabel(self.failBox)
        self.failReasonLabel.setObjectName(u"failReasonLabel")

        self.failForm.setWidget(1, QFormLayout.LabelRole, self.failReasonLabel)

        self.failReason = QLineEdit(self.failBox)
        self.failReason.setObjectName(u"failReason")

        self.failForm.setWidget(1, QFormLayout.FieldRole, self.failReason)

        self.failOnLabel = QLabel(self.failBox)
        self.failOnLabel.setObjectName(u"failOnLabel")

        self.failForm.setWidget(2, QFormLayout.LabelRole, self.failOnLabel)

        self.failOn = QDateEdit(self.failBox)
        self.failOn.setObjectName(u"failOn")
        self.failOn.setCalendarPopup(True)

        self.failForm.setWidget(2, QFormLayout.FieldRole, self.failOn)

        self.failButton = QPushButton(self.failBox)
        self.failButton.setObjectName(u"failButton")

        self.failForm.setWidget(3, QFormLayout.FieldRole, self.failButton)


        self.failLayout.addLayout(self.failForm)

        self.failSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.failLayout.addItem(self.failSpacer)


        self.outcomeRow.addWidget(self.failBox)


        self.caseLayout.addLayout(self.outcomeRow)

        self.followBox = QGroupBox(MediationCase)
        self.followBox.setObjectName(u"followBox")
        self.followLayout = QVBoxLayout(self.followBox)
        self.followLayout.setObjectName(u"followLayout")
        self.followups = QTableWidget(self.followBox)
        if (self.followups.columnCount() < 5):
            self.followups.setColumnCount(5)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.followups.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.followups.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.followups.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.followups.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.followups.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        self.followups.setObjectName(u"followups")
        self.followups.setMinimumSize(QSize(0, 90))
        self.followups.setMaximumSize(QSize(16777215, 100))
        self.followups.setTabKeyNavigation(False)
        self.followups.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.followups.setSelectionMode(QAbstractItemView.SingleSelection)
        self.followups.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.followups.horizontalHeader().setStretchLastSection(True)
        self.followups.verticalHeader().setVisible(False)

        self.followLayout.addWidget(self.followups)

        self.followRows = QVBoxLayout()
        self.followRows.setObjectName(u"followRows")
        self.followRow = QHBoxLayout()
        self.followRow.setObjectName(u"followRow")
        self.followOn = QDateEdit(self.followBox)
        self.followOn.setObjectName(u"followOn")
        self.followOn.setCalendarPopup(True)

        self.followRow.addWidget(self.followOn)

        self.performance = QComboBox(self.followBox)
        self.performance.setObjectName(u"performance")

        self.followRow.addWidget(self.performance)

        self.method = QComboBox(self.followBox)
        self.method.setObjectName(u"method")

        self.followRow.addWidget(self.method)

        self.satisfaction = QComboBox(self.followBox)
        self.satisfaction.setObjectName(u"satisfaction")
        self.satisfaction.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.followRow.addWidget(self.satisfaction)

        self.followRow.setStretch(3, 1)

        self.followRows.addLayout(self.followRow)

        self.followNoteRow = QHBoxLayout()
        self.followNoteRow.setObjectName(u"followNoteRow")
        self.followNotes = QLineEdit(self.followBox)
        self.followNotes.setObjectName(u"followNotes")

        self.followNoteRow.addWidget(self.followNotes)

        self.followButton = QPushButton(self.followBox)
        self.followButton.setObjectName(u"followButton")

        self.followNoteRow.addWidget(self.followButton)

        self.followNoteRow.setStretch(0, 1)

        self.followRows.addLayout(self.followNoteRow)


        self.followLayout.addLayout(self.followRows)


        self.caseLayout.addWidget(self.followBox)

        self.caseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.caseLayout.addItem(self.caseSpacer)

#if QT_CONFIG(shortcut)
        self.termsLabel.setBuddy(self.terms)
        self.responsibilitiesLabel.setBuddy(self.responsibilities)
        self.mannerLabel.setBuddy(self.manner)
        self.performanceDueLabel.setBuddy(self.performanceDue)
        self.agreedOnLabel.setBuddy(self.agreedOn)
        self.failReasonLabel.setBuddy(self.failReason)
        self.failOnLabel.setBuddy(self.failOn)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseParties, self.agreementButton)
        QWidget.setTabOrder(self.agreementButton, self.confirmButton)
        QWidget.setTabOrder(self.confirmButton, self.sessions)
        QWidget.setTabOrder(self.sessions, self.sessionOn)
        QWidget.setTabOrder(self.sessionOn, self.sessionNotes)
        QWidget.setTabOrder(self.sessionNotes, self.sessionButton)
        QWidget.setTabOrder(self.sessionButton, self.terms)
        QWidget.setTabOrder(self.terms, self.responsibilities)
        QWidget.setTabOrder(self.responsibilities, self.manner)
        QWidget.setTabOrder(self.manner, self.performanceDue)
        QWidget.setTabOrder(self.performanceDue, self.agreedOn)
        QWidget.setTabOrder(self.agreedOn, self.oral)
        QWidget.setTabOrder(self.oral, self.agreeButton)
        QWidget.setTabOrder(self.agreeButton, self.failReason)
        QWidget.setTabOrder(self.failReason, self.failOn)
        QWidget.setTabOrder(self.failOn, self.failButton)
        QWidget.setTabOrder(self.failButton, self.followups)
        QWidget.setTabOrder(self.followups, self.followOn)
        QWidget.setTabOrder(self.followOn, self.performance)
        QWidget.setTabOrder(self.performance, self.method)
        QWidget.setTabOrder(self.method, self.satisfaction)
        QWidget.setTabOrder(self.satisfaction, self.followNotes)
        QWidget.setTabOrder(self.followNotes, self.followButton)

        self.retranslateUi(MediationCase)

        QMetaObject.connectSlotsByName(MediationCase)
    # setupUi

    def retranslateUi(self, MediationCase):
        MediationCase.setWindowTitle(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u6848\u4ef6\u8be6\u60c5", None))
#if QT_CONFIG(accessibility)
        MediationCase.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u6848\u4ef6\u8be6\u60c5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseTitle.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u6848\u4ef6\u6982\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.caseTitle.setText(QCoreApplication.translate("MediationCase", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u4e00\u4e2a\u8c03\u89e3\u6848\u4ef6", None))
#if QT_CONFIG(accessibility)
        self.caseWarning.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u53f8\u6cd5\u786e\u8ba4\u63d0\u9192", None))
#endif // QT_CONFIG(accessibility)
        self.caseWarning.setStyleSheet(QCoreApplication.translate("MediationCase", u"font-weight: bold;", None))
        self.caseWarning.setProperty(u"role", QCoreApplication.translate("MediationCase", u"problem", None))
        ___qtablewidgetitem = self.caseParties.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MediationCase", u"\u8eab\u4efd", None));
        ___qtablewidgetitem1 = self.caseParties.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MediationCase", u"\u7c7b\u578b", None));
        ___qtablewidgetitem2 = self.caseParties.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MediationCase", u"\u59d3\u540d/\u540d\u79f0", None));
        ___qtablewidgetitem3 = self.caseParties.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MediationCase", u"\u8bc1\u4ef6\u53f7\u7801", None));
        ___qtablewidgetitem4 = self.caseParties.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MediationCase", u"\u8054\u7cfb\u7535\u8bdd", None));
        ___qtablewidgetitem5 = self.caseParties.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MediationCase", u"\u4f4f\u5740", None));
#if QT_CONFIG(accessibility)
        self.caseParties.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u6848\u4ef6\u5f53\u4e8b\u4eba", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeLabel.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.agreementButton.setText(QCoreApplication.translate("MediationCase", u"\u4fdd\u5b58\u8c03\u89e3\u534f\u8bae\u4e66(&P)\u2026", None))
        self.confirmButton.setText(QCoreApplication.translate("MediationCase", u"\u5df2\u7533\u8bf7\u53f8\u6cd5\u786e\u8ba4(&C)", None))
        self.sessionBox.setTitle(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u8bb0\u5f55", None))
        ___qtablewidgetitem6 = self.sessions.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MediationCase", u"\u65e5\u671f", None));
        ___qtablewidgetitem7 = self.sessions.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MediationCase", u"\u8bb0\u5f55", None));
#if QT_CONFIG(accessibility)
        self.sessions.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionOn.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.sessionOn.setDisplayFormat(QCoreApplication.translate("MediationCase", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.sessionNotes.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u8fc7\u7a0b\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.sessionNotes.setPlaceholderText(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u8fc7\u7a0b\u8bb0\u5f55", None))
        self.sessionButton.setText(QCoreApplication.translate("MediationCase", u"\u8bb0\u5f55(&J)", None))
        self.agreeBox.setTitle(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u6210\u529f", None))
        self.termsLabel.setText(QCoreApplication.translate("MediationCase", u"\u534f\u8bae\u5185\u5bb9\uff1a", None))
#if QT_CONFIG(accessibility)
        self.terms.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u534f\u8bae\u5185\u5bb9\uff08\u6bcf\u6761\u4e00\u884c\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.terms.setPlaceholderText(QCoreApplication.translate("MediationCase", u"\u6bcf\u6761\u4e00\u884c", None))
        self.responsibilitiesLabel.setText(QCoreApplication.translate("MediationCase", u"\u5f53\u4e8b\u4eba\u8d23\u4efb\uff1a", None))
#if QT_CONFIG(accessibility)
        self.responsibilities.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u5f53\u4e8b\u4eba\u8d23\u4efb", None))
#endif // QT_CONFIG(accessibility)
        self.mannerLabel.setText(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u65b9\u5f0f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.manner.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.performanceDueLabel.setText(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u671f\u9650\uff1a", None))
#if QT_CONFIG(accessibility)
        self.performanceDue.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u671f\u9650", None))
#endif // QT_CONFIG(accessibility)
        self.performanceDue.setDisplayFormat(QCoreApplication.translate("MediationCase", u"yyyy-MM-dd", None))
        self.agreedOnLabel.setText(QCoreApplication.translate("MediationCase", u"\u534f\u8bae\u65e5\u671f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.agreedOn.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u534f\u8bae\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.agreedOn.setDisplayFormat(QCoreApplication.translate("MediationCase", u"yyyy-MM-dd", None))
        self.oral.setText(QCoreApplication.translate("MediationCase", u"\u53e3\u5934\u534f\u8bae\uff08\u7531\u8c03\u89e3\u5458\u8bb0\u5f55\uff09", None))
        self.agreeButton.setText(QCoreApplication.translate("MediationCase", u"\u8bb0\u5f55\u8c03\u89e3\u6210\u529f(&S)", None))
        self.failBox.setTitle(QCoreApplication.translate("MediationCase", u"\u8c03\u89e3\u4e0d\u6210\uff08\u7ec8\u6b62\u5e76\u544a\u77e5\u9014\u5f84\uff09", None))
        self.routesLabel.setText(QCoreApplication.translate("MediationCase", u"\u5df2\u544a\u77e5\uff1a", None))
        self.failReasonLabel.setText(QCoreApplication.translate("MediationCase", u"\u539f\u56e0\uff1a", None))
#if QT_CONFIG(accessibility)
        self.failReason.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u7ec8\u6b62\u539f\u56e0", None))
#endif // QT_CONFIG(accessibility)
        self.failOnLabel.setText(QCoreApplication.translate("MediationCase", u"\u65e5\u671f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.failOn.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u7ec8\u6b62\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.failOn.setDisplayFormat(QCoreApplication.translate("MediationCase", u"yyyy-MM-dd", None))
        self.failButton.setText(QCoreApplication.translate("MediationCase", u"\u7ec8\u6b62\u8c03\u89e3(&F)", None))
        self.followBox.setTitle(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u56de\u8bbf", None))
        ___qtablewidgetitem8 = self.followups.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MediationCase", u"\u65e5\u671f", None));
        ___qtablewidgetitem9 = self.followups.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MediationCase", u"\u65b9\u5f0f", None));
        ___qtablewidgetitem10 = self.followups.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u60c5\u51b5", None));
        ___qtablewidgetitem11 = self.followups.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("MediationCase", u"\u6ee1\u610f\u5ea6", None));
        ___qtablewidgetitem12 = self.followups.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("MediationCase", u"\u8bf4\u660e", None));
#if QT_CONFIG(accessibility)
        self.followups.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u56de\u8bbf", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followOn.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u56de\u8bbf\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.followOn.setDisplayFormat(QCoreApplication.translate("MediationCase", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.performance.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u5c65\u884c\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.method.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u56de\u8bbf\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.satisfaction.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u6ee1\u610f\u5ea6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.followNotes.setAccessibleName(QCoreApplication.translate("MediationCase", u"\u56de\u8bbf\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.followNotes.setPlaceholderText(QCoreApplication.translate("MediationCase", u"\u56de\u8bbf\u8bf4\u660e", None))
        self.followButton.setText(QCoreApplication.translate("MediationCase", u"\u8bb0\u5f55\u56de\u8bbf(&H)", None))
    # retranslateUi

