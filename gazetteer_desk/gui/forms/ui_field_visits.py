# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'field_visits.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from gazetteer_desk.gui.widgets import MessageLine

class Ui_FieldVisits(object):
    def setupUi(self, FieldVisits):
        if not FieldVisits.objectName():
            FieldVisits.setObjectName(u"FieldVisits")
        FieldVisits.resize(1280, 820)
        self.pageLayout = QVBoxLayout(FieldVisits)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.visitsTable = QTableWidget(FieldVisits)
        if (self.visitsTable.columnCount() < 5):
            self.visitsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setTabKeyNavigation(False)
        self.visitsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.visitsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.visitsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.visitsTable.horizontalHeader().setStretchLastSection(True)
        self.visitsTable.verticalHeader().setVisible(False)

        self.topRow.addWidget(self.visitsTable)

        self.logBox = QGroupBox(FieldVisits)
        self.logBox.setObjectName(u"logBox")
        self.logLayout = QVBoxLayout(self.logBox)
        self.logLayout.setObjectName(u"logLayout")
        self.logForm = QFormLayout()
        self.logForm.setObjectName(u"logForm")
        self.leaderLabel = QLabel(self.logBox)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.logForm.setWidget(0, QFormLayout.LabelRole, self.leaderLabel)

        self.leader = QComboBox(self.logBox)
        self.leader.setObjectName(u"leader")

        self.logForm.setWidget(0, QFormLayout.FieldRole, self.leader)

        self.dayLabel = QLabel(self.logBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.logForm.setWidget(1, QFormLayout.LabelRole, self.dayLabel)

        self.day = QDateEdit(self.logBox)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.logForm.setWidget(1, QFormLayout.FieldRole, self.day)

        self.villageLabel = QLabel(self.logBox)
        self.villageLabel.setObjectName(u"villageLabel")

        self.logForm.setWidget(2, QFormLayout.LabelRole, self.villageLabel)

        self.village = QComboBox(self.logBox)
        self.village.setObjectName(u"village")

        self.logForm.setWidget(2, QFormLayout.FieldRole, self.village)

        self.peopleMetLabel = QLabel(self.logBox)
        self.peopleMetLabel.setObjectName(u"peopleMetLabel")

        self.logForm.setWidget(3, QFormLayout.LabelRole, self.peopleMetLabel)

        self.peopleMet = QLineEdit(self.logBox)
        self.peopleMet.setObjectName(u"peopleMet")

        self.logForm.setWidget(3, QFormLayout.FieldRole, self.peopleMet)

        self.problemsLabel = QLabel(self.logBox)
        self.problemsLabel.setObjectName(u"problemsLabel")

        self.logForm.setWidget(4, QFormLayout.LabelRole, self.problemsLabel)

        self.problems = QPlainTextEdit(self.logBox)
        self.problems.setObjectName(u"problems")
        self.problems.setTabChangesFocus(True)
        self.problems.setMinimumSize(QSize(0, 60))
        self.problems.setMaximumSize(QSize(16777215, 60))

        self.logForm.setWidget(4, QFormLayout.FieldRole, self.problems)

        self.logButton = QPushButton(self.logBox)
        self.logButton.setObjectName(u"logButton")

        self.logForm.setWidget(5, QFormLayout.FieldRole, self.logButton)


        self.logLayout.addLayout(self.logForm)

        self.logSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logLayout.addItem(self.logSpacer)


        self.topRow.addWidget(self.logBox)

        self.topRow.setStretch(0, 3)
        self.topRow.setStretch(1, 2)

        self.pageLayout.addLayout(self.topRow)

        self.entryBox = QGroupBox(FieldVisits)
        self.entryBox.setObjectName(u"entryBox")
        self.entryLayout = QVBoxLayout(self.entryBox)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryTitle = QLabel(self.entryBox)
        self.entryTitle.setObjectName(u"entryTitle")
        self.entryTitle.setWordWrap(True)

        self.entryLayout.addWidget(self.entryTitle)

        self.mattersTable = QTableWidget(self.entryBox)
        if (self.mattersTable.columnCount() < 3):
            self.mattersTable.setColumnCount(3)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.mattersTable.setHorizontalHeaderItem(0, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.mattersTable.setHorizontalHeaderItem(1, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.mattersTable.setHorizontalHeaderItem(2, __qtablewidgetitem7)
        self.mattersTable.setObjectName(u"mattersTable")
        self.mattersTable.setTabKeyNavigation(False)
        self.mattersTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.mattersTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.mattersTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.mattersTable.horizontalHeader().setStretchLastSection(True)
        self.mattersTable.verticalHeader().setVisible(False)

        self.entryLayout.addWidget(self.mattersTable)

        self.entryForms = QHBoxLayout()
        self.entryForms.setSpacing(18)
        self.entryForms.setObjectName(u"entryForms")
        self.openColumn = QVBoxLayout()
        self.openColumn.setObjectName(u"openColumn")
        self.openForm = QFormLayout()
        self.openForm.setObjectName(u"openForm")
        self.nameLabel = QLabel(self.entryBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.openForm.setWidget(0, QFormLayout.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.entryBox)
        self.name.setObjectName(u"name")

        self.openForm.setWidget(0, QFormLayout.FieldRole, self.name)

        self.phoneLabel = QLabel(self.entryBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.openForm.setWidget(1, QFormLayout.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.entryBox)
        self.phone.setObjectName(u"phone")

        self.openForm.setWidget(1, QFormLayout.FieldRole, self.phone)

        self.requestLabel = QLabel(self.entryBox)
        self.requestLabel.setObjectName(u"requestLabel")

        self.openForm.setWidget(2, QFormLayout.LabelRole, self.requestLabel)

        self.request = QPlainTextEdit(self.entryBox)
        self.request.setObjectName(u"request")
        self.request.setTabChangesFocus(True)
        self.request.setMinimumSize(QSize(0, 60))
        self.request.setMaximumSize(QSize(16777215, 60))

        self.openForm.setWidget(2, QFormLayout.FieldRole, self.request)

        self.categoryLabel = QLabel(self.entryBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.openForm.setWidget(3, QFormLayout.LabelRole, self.categoryLabel)

        self.category = QComboBox(self.entryBox)
        self.category.setObjectName(u"category")

        self.openForm.setWidget(3, QFormLayout.FieldRole, self.category)

        self.openButton = QPushButton(self.entryBox)
        self.openButton.setObjectName(u"openButton")

        self.openForm.setWidget(4, QFormLayout.FieldRole, self.openButton)


        self.openColumn.addLayout(self.openForm)

        self.openSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.openColumn.addItem(self.openSpacer)


        self.entryForms.addLayout(self.openColumn)

        self.progressColumn = QVBoxLayout()
        self.progressColumn.setObjectName(u"progressColumn")
        self.progressForm = QFormLayout()
        self.progressForm.setObjectName(u"progressForm")
        self.progressNumberLabel = QLabel(self.entryBox)
        self.progressNumberLabel.setObjectName(u"progressNumberLabel")

        self.progressForm.setWidget(0, QFormLayout.LabelRole, self.progressNumberLabel)

        self.progressNumber = QLineEdit(self.entryBox)
        self.progressNumber.setObjectName(u"progressNumber")

        self.progressForm.setWidget(0, QFormLayout.FieldRole, self.progressNumber)

        self.progressTextLabel = QLabel(self.entryBox)
        self.progressTextLabel.setObjectName(u"progressTextLabel")

        self.progressForm.setWidget(1, QFormLayout.LabelRole, self.progressTextLabel)

        self.progressText = QPlainTextEdit(self.entryBox)
        self.progressText.setObjectName(u"progressText")
        self.progressText.setTabChangesFocus(True)
        self.progressText.setMinimumSize(QSize(0, 60))
        self.progressText.setMaximumSize(QSize(16777215, 60))

        self.progressForm.setWidget(1, QFormLayout.FieldRole, self.progressText)

        self.progressButton = QPushButton(self.entryBox)
        self.progressButton.setObjectName(u"progressButton")

        self.progressForm.setWidget(2, QFormLayout.FieldRole, self.progressButton)


        self.progressColumn.addLayout(self.progressForm)

        self.progressSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.progressColumn.addItem(self.progressSpacer)


        self.entryForms.addLayout(self.progressColumn)

        self.entryForms.setStretch(0, 1)
        self.entryForms.setStretch(1, 1)

        self.entryLayout.addLayout(self.entryForms)

        self.entryLayout.setStretch(1, 1)

        self.pageLayout.addWidget(self.entryBox)

        self.message = MessageLine(FieldVisits)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.pageLayout.setStretch(0, 1)
        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.leaderLabel.setBuddy(self.leader)
        self.dayLabel.setBuddy(self.day)
        self.villageLabel.setBuddy(self.village)
        self.peopleMetLabel.setBuddy(self.peopleMet)
        self.problemsLabel.setBuddy(self.problems)
        self.nameLabel.setBuddy(self.name)
        self.phoneLabel.setBuddy(self.phone)
        self.requestLabel.setBuddy(self.request)
        self.categoryLabel.setBuddy(self.category)
        self.progressNumberLabel.setBuddy(self.progressNumber)
        self.progressTextLabel.setBuddy(self.progressText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.visitsTable, self.leader)
        QWidget.setTabOrder(self.leader, self.day)
        QWidget.setTabOrder(self.day, self.village)
        QWidget.setTabOrder(self.village, self.peopleMet)
        QWidget.setTabOrder(self.peopleMet, self.problems)
        QWidget.setTabOrder(self.problems, self.logButton)
        QWidget.setTabOrder(self.logButton, self.mattersTable)
        QWidget.setTabOrder(self.mattersTable, self.name)
        QWidget.setTabOrder(self.name, self.phone)
        QWidget.setTabOrder(self.phone, self.request)
        QWidget.setTabOrder(self.request, self.category)
        QWidget.setTabOrder(self.category, self.openButton)
        QWidget.setTabOrder(self.openButton, self.progressNumber)
        QWidget.setTabOrder(self.progressNumber, self.progressText)
        QWidget.setTabOrder(self.progressText, self.progressButton)

        self.retranslateUi(FieldVisits)

        QMetaObject.connectSlotsByName(FieldVisits)
    # setupUi

    def retranslateUi(self, FieldVisits):
        FieldVisits.setWindowTitle(QCoreApplication.translate("FieldVisits", u"\u9886\u5bfc\u4e0b\u8bbf", None))
#if QT_CONFIG(accessibility)
        FieldVisits.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u9886\u5bfc\u4e0b\u8bbf", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.visitsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("FieldVisits", u"\u65e5\u671f", None));
        ___qtablewidgetitem1 = self.visitsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("FieldVisits", u"\u9886\u5bfc", None));
        ___qtablewidgetitem2 = self.visitsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("FieldVisits", u"\u6751\uff08\u793e\u533a\uff09", None));
        ___qtablewidgetitem3 = self.visitsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("FieldVisits", u"\u63a5\u89e6\u7fa4\u4f17", None));
        ___qtablewidgetitem4 = self.visitsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("FieldVisits", u"\u53d1\u73b0\u95ee\u9898", None));
#if QT_CONFIG(accessibility)
        self.visitsTable.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u4e0b\u8bbf\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.logBox.setTitle(QCoreApplication.translate("FieldVisits", u"\u8bb0\u5f55\u4e0b\u8bbf", None))
        self.leaderLabel.setText(QCoreApplication.translate("FieldVisits", u"\u9886\u5bfc(&L)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u4e0b\u8bbf\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("FieldVisits", u"\u65e5\u671f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u4e0b\u8bbf\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.day.setDisplayFormat(QCoreApplication.translate("FieldVisits", u"yyyy-MM-dd", None))
        self.villageLabel.setText(QCoreApplication.translate("FieldVisits", u"\u6751\uff08\u793e\u533a\uff09\uff1a", None))
#if QT_CONFIG(accessibility)
        self.village.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u4e0b\u8bbf\u6751\uff08\u793e\u533a\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.peopleMetLabel.setText(QCoreApplication.translate("FieldVisits", u"\u63a5\u89e6\u7fa4\u4f17\uff1a", None))
#if QT_CONFIG(accessibility)
        self.peopleMet.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u63a5\u89e6\u7fa4\u4f17", None))
#endif // QT_CONFIG(accessibility)
        self.peopleMet.setPlaceholderText(QCoreApplication.translate("FieldVisits", u"\u5982\uff1a\u6751\u6c11\u4ee3\u88688\u4eba", None))
        self.problemsLabel.setText(QCoreApplication.translate("FieldVisits", u"\u53d1\u73b0\u95ee\u9898\uff1a", None))
#if QT_CONFIG(accessibility)
        self.problems.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u53d1\u73b0\u7684\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.logButton.setText(QCoreApplication.translate("FieldVisits", u"\u4fdd\u5b58\u4e0b\u8bbf\u8bb0\u5f55(&S)", None))
        self.entryBox.setTitle(QCoreApplication.translate("FieldVisits", u"\u672c\u6b21\u4e0b\u8bbf\u6d89\u53ca\u7684\u4e8b\u9879", None))
#if QT_CONFIG(accessibility)
        self.entryTitle.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u6240\u9009\u4e0b\u8bbf\u8bb0\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.entryTitle.setText(QCoreApplication.translate("FieldVisits", u"\u8bf7\u5728\u4e0a\u65b9\u9009\u62e9\u4e00\u6761\u4e0b\u8bbf\u8bb0\u5f55", None))
        ___qtablewidgetitem5 = self.mattersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("FieldVisits", u"\u4e8b\u9879\u7f16\u53f7", None));
        ___qtablewidgetitem6 = self.mattersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("FieldVisits", u"\u65b9\u5f0f", None));
        ___qtablewidgetitem7 = self.mattersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("FieldVisits", u"\u5185\u5bb9", None));
#if QT_CONFIG(accessibility)
        self.mattersTable.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u4e0b\u8bbf\u6d89\u53ca\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("FieldVisits", u"\u4fe1\u8bbf\u4eba\uff1a", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u4fe1\u8bbf\u4eba\u59d3\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("FieldVisits", u"\u7535\u8bdd\uff1a", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u8054\u7cfb\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        self.requestLabel.setText(QCoreApplication.translate("FieldVisits", u"\u95ee\u9898\uff1a", None))
#if QT_CONFIG(accessibility)
        self.request.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u53cd\u6620\u7684\u95ee\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("FieldVisits", u"\u7c7b\u522b\uff1a", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u95ee\u9898\u7c7b\u522b", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("FieldVisits", u"\u73b0\u573a\u767b\u8bb0\u65b0\u4e8b\u9879(&N)", None))
        self.progressNumberLabel.setText(QCoreApplication.translate("FieldVisits", u"\u4e8b\u9879\u7f16\u53f7\uff1a", None))
#if QT_CONFIG(accessibility)
        self.progressNumber.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u5df2\u6709\u4e8b\u9879\u7f16\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.progressTextLabel.setText(QCoreApplication.translate("FieldVisits", u"\u5904\u7406\u60c5\u51b5\uff1a", None))
#if QT_CONFIG(accessibility)
        self.progressText.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u73b0\u573a\u5904\u7406\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.progressButton.setText(QCoreApplication.translate("FieldVisits", u"\u8bb0\u5f55\u73b0\u573a\u63a8\u8fdb(&G)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("FieldVisits", u"\u63d0\u793a\u4fe1\u606f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

