# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mediation.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from gazetteer_desk.gui.widgets import MessageLine

class Ui_Mediation(object):
    def setupUi(self, Mediation):
        if not Mediation.objectName():
            Mediation.setObjectName(u"Mediation")
        Mediation.resize(1280, 996)
        self.pageLayout = QVBoxLayout(Mediation)
        self.pageLayout.setObjectName(u"pageLayout")
        self.split = QSplitter(Mediation)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.casesPane = QWidget(self.split)
        self.casesPane.setObjectName(u"casesPane")
        self.casesPane.setMinimumSize(QSize(400, 0))
        self.casesLayout = QVBoxLayout(self.casesPane)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesLayout.setContentsMargins(0, 0, 0, 0)
        self.warningsLabel = QLabel(self.casesPane)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.casesLayout.addWidget(self.warningsLabel)

        self.casesTable = QTableWidget(self.casesPane)
        if (self.casesTable.columnCount() < 6):
            self.casesTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.casesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.casesTable.setObjectName(u"casesTable")
        self.casesTable.setTabKeyNavigation(False)
        self.casesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.casesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.casesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.casesTable.horizontalHeader().setStretchLastSection(True)
        self.casesTable.verticalHeader().setVisible(False)

        self.casesLayout.addWidget(self.casesTable)

        self.casesLayout.setStretch(1, 1)
        self.split.addWidget(self.casesPane)
        self.tabs = QTabWidget(self.split)
        self.tabs.setObjectName(u"tabs")
        self.newCaseTab = QWidget()
        self.newCaseTab.setObjectName(u"newCaseTab")
        self.newCaseForm = QFormLayout(self.newCaseTab)
        self.newCaseForm.setObjectName(u"newCaseForm")
        self.sourceLabel = QLabel(self.newCaseTab)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.newCaseForm.setWidget(0, QFormLayout.LabelRole, self.sourceLabel)

        self.source = QComboBox(self.newCaseTab)
        self.source.setObjectName(u"source")

        self.newCaseForm.setWidget(0, QFormLayout.FieldRole, self.source)

        self.matterNumberLabel = QLabel(self.newCaseTab)
        self.matterNumberLabel.setObjectName(u"matterNumberLabel")

        self.newCaseForm.setWidget(1, QFormLayout.LabelRole, self.matterNumberLabel)

        self.matterNumber = QLineEdit(self.newCaseTab)
        self.matterNumber.setObjectName(u"matterNumber")

        self.newCaseForm.setWidget(1, QFormLayout.FieldRole, self.matterNumber)

        self.appliedOnLabel = QLabel(self.newCaseTab)
        self.appliedOnLabel.setObjectName(u"appliedOnLabel")

        self.newCaseForm.setWidget(2, QFormLayout.LabelRole, self.appliedOnLabel)

        self.appliedOn = QDateEdit(self.newCaseTab)
        self.appliedOn.setObjectName(u"appliedOn")
        self.appliedOn.setCalendarPopup(True)

        self.newCaseForm.setWidget(2, QFormLayout.FieldRole, self.appliedOn)

        self.mediatorsLabel = QLabel(self.newCaseTab)
        self.mediatorsLabel.setObjectName(u"mediatorsLabel")

        self.newCaseForm.setWidget(3, QFormLayout.LabelRole, self.mediatorsLabel)

        self.mediators = QLineEdit(self.newCaseTab)
        self.mediators.setObjectName(u"mediators")

        self.newCaseForm.setWidget(3, QFormLayout.FieldRole, self.mediators)

        self.partiesLabel = QLabel(self.newCaseTab)
        self.partiesLabel.setObjectName(u"partiesLabel")

        self.newCaseForm.setWidget(4, QFormLayout.LabelRole, self.partiesLabel)

        self.parties = QTableWidget(self.newCaseTab)
        if (self.parties.columnCount() < 6):
            self.parties.setColumnCount(6)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.parties.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.parties.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.parties.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.parties.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.parties.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.parties.setHorizontalHeaderItem(5, __qtablewidgetitem11)
        self.parties.setObjectName(u"parties")
        self.parties.setTabKeyNavigation(False)
        self.parties.setEditTriggers(QAbstractItemView.AllEditTriggers)
        self.parties.setSelectionMode(QAbstractItemView.SingleSelection)
        self.parties.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.parties.horizontalHeader().setStretchLastSection(True)
        self.parties.verticalHeader().setVisible(False)

        self.newCaseForm.setWidget(4, QFormLayout.FieldRole, self.parties)

        self.partyButtons = QHBoxLayout()
        self.partyButtons.setObjectName(u"partyButtons")
        self.addPartyButton = QPushButton(self.newCaseTab)
        self.addPartyButton.setObjectName(u"addPartyButton")

        self.partyButtons.addWidget(self.addPartyButton)

        self.removePartyButton = QPushButton(self.newCaseTab)
        self.removePartyButton.setObjectName(u"removePartyButton")

        self.partyButtons.addWidget(self.removePartyButton)

        self.partySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partyButtons.addItem(self.partySpacer)


        self.newCaseForm.setLayout(5, QFormLayout.FieldRole, self.partyButtons)

        self.factsLabel = QLabel(self.newCaseTab)
        self.factsLabel.setObjectName(u"factsLabel")

        self.newCaseForm.setWidget(6, QFormLayout.LabelRole, self.factsLabel)

        self.facts = QPlainTextEdit(self.newCaseTab)
        self.facts.setObjectName(u"facts")
        self.facts.setTabChangesFocus(True)
        self.facts.setMinimumSize(QSize(0, 60))
        self.facts.setMaximumSize(QSize(16777215, 60))

        self.newCaseForm.setWidget(6, QFormLayout.FieldRole, self.facts)

        self.issuesLabel = QLabel(self.newCaseTab)
        self.issuesLabel.setObjectName(u"issuesLabel")

        self.newCaseForm.setWidget(7, QFormLayout.LabelRole, self.issuesLabel)

        self.issues = QPlainTextEdit(self.newCaseTab)
        self.issues.setObjectName(u"issues")
        self.issues.setTabChangesFocus(True)
        self.issues.setMinimumSize(QSize(0, 40))
        self.issues.setMaximumSize(QSize(16777215, 40))

        self.newCaseForm.setWidget(7, QFormLayout.FieldRole, self.issues)

        self.openButton = QPushButton(self.newCaseTab)
        self.openButton.setObjectName(u"openButton")

        self.newCaseForm.setWidget(8, QFormLayout.FieldRole, self.openButton)

        self.tabs.addTab(self.newCaseTab, "")
        self.caseTab = QWidget()
        self.caseTab.setObjectName(u"caseTab")
        self.caseTabLayout = QVBoxLayout(self.caseTab)
        self.caseTabLayout.setObjectName(u"caseTabLayout")
        self.caseTabLayout.setContentsMargins(0, 0, 0, 0)
        self.caseScroll = QScrollArea(self.caseTab)
        self.caseScroll.setObjectName(u"caseScroll")
        self.caseScroll.setFocusPolicy(Qt.NoFocus)
        self.caseScroll.setFrameShape(QFrame.NoFrame)
        self.caseScroll.setWidgetResizable(True)

        self.caseTabLayout.addWidget(self.caseScroll)

        self.tabs.addTab(self.caseTab, "")
        self.split.addWidget(self.tabs)

        self.pageLayout.addWidget(self.split)

        self.message = MessageLine(Mediation)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.pageLayout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.sourceLabel.setBuddy(self.source)
        self.matterNumberLabel.setBuddy(self.matterNumber)
        self.appliedOnLabel.setBuddy(self.appliedOn)
        self.mediatorsLabel.setBuddy(self.mediators)
        self.partiesLabel.setBuddy(self.parties)
        self.factsLabel.setBuddy(self.facts)
        self.issuesLabel.setBuddy(self.issues)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.casesTable, self.tabs)
        QWidget.setTabOrder(self.tabs, self.source)
        QWidget.setTabOrder(self.source, self.matterNumber)
        QWidget.setTabOrder(self.matterNumber, self.appliedOn)
        QWidget.setTabOrder(self.appliedOn, self.mediators)
        QWidget.setTabOrder(self.mediators, self.parties)
        QWidget.setTabOrder(self.parties, self.addPartyButton)
        QWidget.setTabOrder(self.addPartyButton, self.removePartyButton)
        QWidget.setTabOrder(self.removePartyButton, self.facts)
        QWidget.setTabOrder(self.facts, self.issues)
        QWidget.setTabOrder(self.issues, self.openButton)

        self.retranslateUi(Mediation)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(Mediation)
    # setupUi

    def retranslateUi(self, Mediation):
        Mediation.setWindowTitle(QCoreApplication.translate("Mediation", u"\u4eba\u6c11\u8c03\u89e3", None))
#if QT_CONFIG(accessibility)
        Mediation.setAccessibleName(QCoreApplication.translate("Mediation", u"\u4eba\u6c11\u8c03\u89e3", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningsLabel.setAccessibleName(QCoreApplication.translate("Mediation", u"\u8c03\u89e3\u671f\u9650\u63d0\u9192", None))
#endif // QT_CONFIG(accessibility)
        self.warningsLabel.setProperty(u"role", QCoreApplication.translate("Mediation", u"warning", None))
        ___qtablewidgetitem = self.casesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("Mediation", u"\u7f16\u53f7", None));
        ___qtablewidgetitem1 = self.casesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("Mediation", u"\u53d7\u7406\u65e5\u671f", None));
        ___qtablewidgetitem2 = self.casesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("Mediation", u"\u6765\u6e90", None));
        ___qtablewidgetitem3 = self.casesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("Mediation", u"\u5f53\u4e8b\u4eba", None));
        ___qtablewidgetitem4 = self.casesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("Mediation", u"\u72b6\u6001", None));
        ___qtablewidgetitem5 = self.casesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("Mediation", u"\u5c65\u884c", None));
#if QT_CONFIG(accessibility)
        self.casesTable.setAccessibleName(QCoreApplication.translate("Mediation", u"\u8c03\u89e3\u6848\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("Mediation", u"\u6765\u6e90\uff1a", None))
#if QT_CONFIG(accessibility)
        self.source.setAccessibleName(QCoreApplication.translate("Mediation", u"\u8c03\u89e3\u6765\u6e90", None))
#endif // QT_CONFIG(accessibility)
        self.matterNumberLabel.setText(QCoreApplication.translate("Mediation", u"\u4fe1\u8bbf\u4e8b\u9879\uff1a", None))
#if QT_CONFIG(accessibility)
        self.matterNumber.setAccessibleName(QCoreApplication.translate("Mediation", u"\u5173\u8054\u4fe1\u8bbf\u4e8b\u9879\u7f16\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.matterNumber.setPlaceholderText(QCoreApplication.translate("Mediation", u"\u4fe1\u8bbf\u4e8b\u9879\u8f6c\u8c03\u89e3\u65f6\u586b\u5199", None))
        self.appliedOnLabel.setText(QCoreApplication.translate("Mediation", u"\u53d7\u7406\u65e5\u671f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.appliedOn.setAccessibleName(QCoreApplication.translate("Mediation", u"\u53d7\u7406\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.appliedOn.setDisplayFormat(QCoreApplication.translate("Mediation", u"yyyy-MM-dd", None))
        self.mediatorsLabel.setText(QCoreApplication.translate("Mediation", u"\u8c03\u89e3\u5458\uff1a", None))
#if QT_CONFIG(accessibility)
        self.mediators.setAccessibleName(QCoreApplication.translate("Mediation", u"\u8c03\u89e3\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.mediators.setPlaceholderText(QCoreApplication.translate("Mediation", u"\u591a\u4eba\u7528\u987f\u53f7\u5206\u9694", None))
        self.partiesLabel.setText(QCoreApplication.translate("Mediation", u"\u5f53\u4e8b\u4eba\uff1a", None))
        ___qtablewidgetitem6 = self.parties.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("Mediation", u"\u8eab\u4efd", None));
        ___qtablewidgetitem7 = self.parties.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("Mediation", u"\u7c7b\u578b", None));
        ___qtablewidgetitem8 = self.parties.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("Mediation", u"\u59d3\u540d/\u540d\u79f0", None));
        ___qtablewidgetitem9 = self.parties.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("Mediation", u"\u8bc1\u4ef6\u53f7\u7801", None));
        ___qtablewidgetitem10 = self.parties.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("Mediation", u"\u8054\u7cfb\u7535\u8bdd", None));
        ___qtablewidgetitem11 = self.parties.horizontalHeaderItem(5)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("Mediation", u"\u4f4f\u5740", None));
#if QT_CONFIG(accessibility)
        self.parties.setAccessibleName(QCoreApplication.translate("Mediation", u"\u5f53\u4e8b\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.addPartyButton.setText(QCoreApplication.translate("Mediation", u"\u6dfb\u52a0\u5f53\u4e8b\u4eba(&T)", None))
        self.removePartyButton.setText(QCoreApplication.translate("Mediation", u"\u5220\u9664\u5f53\u4e8b\u4eba", None))
        self.factsLabel.setText(QCoreApplication.translate("Mediation", u"\u4e3b\u8981\u4e8b\u5b9e\uff1a", None))
#if QT_CONFIG(accessibility)
        self.facts.setAccessibleName(QCoreApplication.translate("Mediation", u"\u7ea0\u7eb7\u4e3b\u8981\u4e8b\u5b9e", None))
#endif // QT_CONFIG(accessibility)
        self.issuesLabel.setText(QCoreApplication.translate("Mediation", u"\u4e89\u8bae\u4e8b\u9879\uff1a", None))
#if QT_CONFIG(accessibility)
        self.issues.setAccessibleName(QCoreApplication.translate("Mediation", u"\u4e89\u8bae\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("Mediation", u"\u767b\u8bb0\u8c03\u89e3(&O)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.newCaseTab), QCoreApplication.translate("Mediation", u"\u8c03\u89e3\u767b\u8bb0(&N)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.caseTab), QCoreApplication.translate("Mediation", u"\u6848\u4ef6\u8be6\u60c5(&D)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("Mediation", u"\u63d0\u793a\u4fe1\u606f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

