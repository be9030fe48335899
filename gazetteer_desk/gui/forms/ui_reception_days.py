# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reception_days.ui'
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
    QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from gazetteer_desk.gui.widgets import MessageLine

class Ui_ReceptionDays(object):
    def setupUi(self, ReceptionDays):
        if not ReceptionDays.objectName():
            ReceptionDays.setObjectName(u"ReceptionDays")
        ReceptionDays.resize(1280, 820)
        self.pageLayout = QVBoxLayout(ReceptionDays)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.monthLabel = QLabel(ReceptionDays)
        self.monthLabel.setObjectName(u"monthLabel")

        self.topRow.addWidget(self.monthLabel)

        self.month = QDateEdit(ReceptionDays)
        self.month.setObjectName(u"month")

        self.topRow.addWidget(self.month)

        self.leaderFilterLabel = QLabel(ReceptionDays)
        self.leaderFilterLabel.setObjectName(u"leaderFilterLabel")

        self.topRow.addWidget(self.leaderFilterLabel)

        self.leaderFilter = QComboBox(ReceptionDays)
        self.leaderFilter.setObjectName(u"leaderFilter")

        self.topRow.addWidget(self.leaderFilter)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.printButton = QPushButton(ReceptionDays)
        self.printButton.setObjectName(u"printButton")

        self.topRow.addWidget(self.printButton)


        self.pageLayout.addLayout(self.topRow)

        self.split = QSplitter(ReceptionDays)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.schedulePane = QWidget(self.split)
        self.schedulePane.setObjectName(u"schedulePane")
        self.scheduleLayout = QVBoxLayout(self.schedulePane)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleLayout.setContentsMargins(0, 0, 0, 0)
        self.scheduleTable = QTableWidget(self.schedulePane)
        if (self.scheduleTable.columnCount() < 8):
            self.scheduleTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.scheduleTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.scheduleTable.setObjectName(u"scheduleTable")
        self.scheduleTable.setTabKeyNavigation(False)
        self.scheduleTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.scheduleTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.scheduleTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.scheduleTable.horizontalHeader().setStretchLastSection(True)
        self.scheduleTable.verticalHeader().setVisible(False)

        self.scheduleLayout.addWidget(self.scheduleTable)

        self.scheduleBox = QGroupBox(self.schedulePane)
        self.scheduleBox.setObjectName(u"scheduleBox")
        self.scheduleForm = QFormLayout(self.scheduleBox)
        self.scheduleForm.setObjectName(u"scheduleForm")
        self.leaderLabel = QLabel(self.scheduleBox)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.scheduleForm.setWidget(0, QFormLayout.LabelRole, self.leaderLabel)

        self.leader = QComboBox(self.scheduleBox)
        self.leader.setObjectName(u"leader")

        self.scheduleForm.setWidget(0, QFormLayout.FieldRole, self.leader)

        self.dayLabel = QLabel(self.scheduleBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.scheduleForm.setWidget(1, QFormLayout.LabelRole, self.dayLabel)

        self.day = QDateEdit(self.scheduleBox)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.scheduleForm.setWidget(1, QFormLayout.FieldRole, self.day)

        self.timeLabel = QLabel(self.scheduleBox)
        self.timeLabel.setObjectName(u"timeLabel")

        self.scheduleForm.setWidget(2, QFormLayout.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.start = QLineEdit(self.scheduleBox)
        self.start.setObjectName(u"start")

        self.timeRow.addWidget(self.start)

        self.toLabel = QLabel(self.scheduleBox)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.end = QLineEdit(self.scheduleBox)
        self.end.setObjectName(u"end")

        self.timeRow.addWidget(self.end)


        self.scheduleForm.setLayout(2, QFormLayout.FieldRole, self.timeRow)

        self.placeLabel = QLabel(self.scheduleBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.scheduleForm.setWidget(3, QFormLayout.LabelRole, self.placeLabel)

        self.place = QLineEdit(self.scheduleBox)
        self.place.setObjectName(u"place")

        self.scheduleForm.setWidget(3, QFormLayout.FieldRole, self.place)

        self.formKindLabel = QLabel(self.scheduleBox)
        self.formKindLabel.setObjectName(u"formKindLabel")

        self.scheduleForm.setWidget(4, QFormLayout.LabelRole, self.formKindLabel)

        self.formKind = QComboBox(self.scheduleBox)
        self.formKind.setObjectName(u"formKind")

        self.scheduleForm.setWidget(4, QFormLayout.FieldRole, self.formKind)

        self.liaisonLabel = QLabel(self.scheduleBox)
        self.liaisonLabel.setObjectName(u"liaisonLabel")

        self.scheduleForm.setWidget(5, QFormLayout.LabelRole, self.liaisonLabel)

        self.liaison = QLineEdit(self.scheduleBox)
        self.liaison.setObjectName(u"liaison")

        self.scheduleForm.setWidget(5, QFormLayout.FieldRole, self.liaison)

        self.liaisonPhoneLabel = QLabel(self.scheduleBox)
        self.liaisonPhoneLabel.setObjectName(u"liaisonPhoneLabel")

        self.scheduleForm.setWidget(6, QFormLayout.LabelRole, self.liaisonPhoneLabel)

        self.liaisonPhone = QLineEdit(self.scheduleBox)
        self.liaisonPhone.setObjectName(u"liaisonPhone")

        self.scheduleForm.setWidget(6, QFormLayout.FieldRole, self.liaisonPhone)

        self.addButton = QPushButton(self.scheduleBox)
        self.addButton.setObjectName(u"addButton")

        self.scheduleForm.setWidget(7, QFormLayout.FieldRole, self.addButton)


        self.scheduleLayout.addWidget(self.scheduleBox)

        self.scheduleLayout.setStretch(0, 1)
        self.split.addWidget(self.schedulePane)
        self.dayBox = QGroupBox(self.split)
        self.dayBox.setObjectName(u"dayBox")
        self.dayLayout = QVBoxLayout(self.dayBox)
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayTitleRow = QHBoxLayout()
        self.dayTitleRow.setObjectName(u"dayTitleRow")
        self.dayTitle = QLabel(self.dayBox)
        self.dayTitle.setObjectName(u"dayTitle")
        self.dayTitle.setWordWrap(True)

        self.dayTitleRow.addWidget(self.dayTitle)

        self.cancelButton = QPushButton(self.dayBox)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.dayTitleRow.addWidget(self.cancelButton)

        self.dayTitleRow.setStretch(0, 1)

        self.dayLayout.addLayout(self.dayTitleRow)

        self.visitsLabel = QLabel(self.dayBox)
        self.visitsLabel.setObjectName(u"visitsLabel")

        self.dayLayout.addWidget(self.visitsLabel)

        self.visitsTable = QTableWidget(self.dayBox)
        if (self.visitsTable.columnCount() < 6):
            self.visitsTable.setColumnCount(6)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(5, __qtablewidgetitem13)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setTabKeyNavigation(False)
        self.visitsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.visitsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.visitsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.visitsTable.horizontalHeader().setStretchLastSection(True)
        self.visitsTable.verticalHeader().setVisible(False)

        self.dayLayout.addWidget(self.visitsTable)

        self.instructionsLabel = QLabel(self.dayBox)
        self.instructionsLabel.setObjectName(u"instructionsLabel")

        self.dayLayout.addWidget(self.instructionsLabel)

        self.instructionsTable = QTableWidget(self.dayBox)
        if (self.instructionsTable.columnCount() < 2):
            self.instructionsTable.setColumnCount(2)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.instructionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.instructionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem15)
        self.instructionsTable.setObjectName(u"instructionsTable")
        self.instructionsTable.setTabKeyNavigation(False)
        self.instructionsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.instructionsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.instructionsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.instructionsTable.horizontalHeader().setStretchLastSection(True)
        self.instructionsTable.verticalHeader().setVisible(False)

        self.dayLayout.addWidget(self.instructionsTable)

        self.instructionForm = QFormLayout()
        self.instructionForm.setObjectName(u"instructionForm")
        self.instructionMatterLabel = QLabel(self.dayBox)
        self.instructionMatterLabel.setObjectName(u"instructionMatterLabel")

        self.instructionForm.setWidget(0, QFormLayout.LabelRole, self.instructionMatterLabel)

        self.instructionMatter = QComboBox(self.dayBox)
        self.instructionMatter.setObjectName(u"instructionMatter")

        self.instructionForm.setWidget(0, QFormLayout.FieldRole, self.instructionMatter)

        self.instructionTextLabel = QLabel(self.dayBox)
        self.instructionTextLabel.setObjectName(u"instructionTextLabel")

        self.instructionForm.setWidget(1, QFormLayout.LabelRole, self.instructionTextLabel)

        self.instructionText = QPlainTextEdit(self.dayBox)
        self.instructionText.setObjectName(u"instructionText")
        self.instructionText.setTabChangesFocus(True)
        self.instructionText.setMinimumSize(QSize(0, 60))
        self.instructionText.setMaximumSize(QSize(16777215, 60))

        self.instructionForm.setWidget(1, QFormLayout.FieldRole, self.instructionText)

        self.instructButton = QPushButton(self.dayBox)
        self.instructButton.setObjectName(u"instructButton")

        self.instructionForm.setWidget(2, QFormLayout.FieldRole, self.instructButton)


        self.dayLayout.addLayout(self.instructionForm)

        self.dayLayout.setStretch(2, 2)
        self.dayLayout.setStretch(4, 1)
        self.split.addWidget(self.dayBox)

        self.pageLayout.addWidget(self.split)

        self.message = MessageLine(ReceptionDays)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.pageLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.month)
        self.leaderFilterLabel.setBuddy(self.leaderFilter)
        self.leaderLabel.setBuddy(self.leader)
        self.dayLabel.setBuddy(self.day)
        self.timeLabel.setBuddy(self.start)
        self.placeLabel.setBuddy(self.place)
        self.formKindLabel.setBuddy(self.formKind)
        self.liaisonLabel.setBuddy(self.liaison)
        self.liaisonPhoneLabel.setBuddy(self.liaisonPhone)
        self.visitsLabel.setBuddy(self.visitsTable)
        self.instructionsLabel.setBuddy(self.instructionsTable)
        self.instructionMatterLabel.setBuddy(self.instructionMatter)
        self.instructionTextLabel.setBuddy(self.instructionText)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.month, self.leaderFilter)
        QWidget.setTabOrder(self.leaderFilter, self.printButton)
        QWidget.setTabOrder(self.printButton, self.scheduleTable)
        QWidget.setTabOrder(self.scheduleTable, self.leader)
        QWidget.setTabOrder(self.leader, self.day)
        QWidget.setTabOrder(self.day, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.place)
        QWidget.setTabOrder(self.place, self.formKind)
        QWidget.setTabOrder(self.formKind, self.liaison)
        QWidget.setTabOrder(self.liaison, self.liaisonPhone)
        QWidget.setTabOrder(self.liaisonPhone, self.addButton)
        QWidget.setTabOrder(self.addButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.visitsTable)
        QWidget.setTabOrder(self.visitsTable, self.instructionsTable)
        QWidget.setTabOrder(self.instructionsTable, self.instructionMatter)
        QWidget.setTabOrder(self.instructionMatter, self.instructionText)
        QWidget.setTabOrder(self.instructionText, self.instructButton)

        self.retranslateUi(ReceptionDays)

        QMetaObject.connectSlotsByName(ReceptionDays)
    # setupUi

    def retranslateUi(self, ReceptionDays):
        ReceptionDays.setWindowTitle(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc\u63a5\u8bbf\u65e5", None))
#if QT_CONFIG(accessibility)
        ReceptionDays.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc\u63a5\u8bbf\u65e5", None))
#endif // QT_CONFIG(accessibility)
        self.monthLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u6708\u4efd\uff1a", None))
#if QT_CONFIG(accessibility)
        self.month.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u6708\u4efd", None))
#endif // QT_CONFIG(accessibility)
        self.month.setDisplayFormat(QCoreApplication.translate("ReceptionDays", u"yyyy\u5e74MM\u6708", None))
        self.leaderFilterLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc\uff1a", None))
#if QT_CONFIG(accessibility)
        self.leaderFilter.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u6309\u9886\u5bfc\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u6253\u5370\u672c\u6708\u9886\u5bfc\u63a5\u8bbf\u5b89\u6392\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ReceptionDays", u"\u6253\u5370\u672c\u6708\u516c\u793a\u8868(&P)", None))
        ___qtablewidgetitem = self.scheduleTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ReceptionDays", u"\u65e5\u671f", None));
        ___qtablewidgetitem1 = self.scheduleTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ReceptionDays", u"\u65f6\u95f4", None));
        ___qtablewidgetitem2 = self.scheduleTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc", None));
        ___qtablewidgetitem3 = self.scheduleTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ReceptionDays", u"\u804c\u52a1", None));
        ___qtablewidgetitem4 = self.scheduleTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ReceptionDays", u"\u5730\u70b9", None));
        ___qtablewidgetitem5 = self.scheduleTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("ReceptionDays", u"\u5f62\u5f0f", None));
        ___qtablewidgetitem6 = self.scheduleTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("ReceptionDays", u"\u8054\u7edc\u5458", None));
        ___qtablewidgetitem7 = self.scheduleTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("ReceptionDays", u"\u6765\u8bbf", None));
#if QT_CONFIG(accessibility)
        self.scheduleTable.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u672c\u6708\u63a5\u8bbf\u5b89\u6392", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleBox.setTitle(QCoreApplication.translate("ReceptionDays", u"\u5b89\u6392\u63a5\u8bbf\u65e5", None))
        self.leaderLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc(&L)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u63a5\u8bbf\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        self.dayLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u65e5\u671f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u63a5\u8bbf\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.day.setDisplayFormat(QCoreApplication.translate("ReceptionDays", u"yyyy-MM-dd", None))
        self.timeLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u65f6\u95f4\uff1a", None))
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u5f00\u59cb\u65f6\u95f4", None))
#endif // QT_CONFIG(accessibility)
        self.start.setText(QCoreApplication.translate("ReceptionDays", u"09:00", None))
        self.start.setPlaceholderText(QCoreApplication.translate("ReceptionDays", u"09:00", None))
        self.toLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u81f3", None))
#if QT_CONFIG(accessibility)
        self.end.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u7ed3\u675f\u65f6\u95f4", None))
#endif // QT_CONFIG(accessibility)
        self.end.setText(QCoreApplication.translate("ReceptionDays", u"12:00", None))
        self.end.setPlaceholderText(QCoreApplication.translate("ReceptionDays", u"12:00", None))
        self.placeLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u5730\u70b9\uff1a", None))
#if QT_CONFIG(accessibility)
        self.place.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u63a5\u8bbf\u5730\u70b9", None))
#endif // QT_CONFIG(accessibility)
        self.place.setPlaceholderText(QCoreApplication.translate("ReceptionDays", u"\u5982\uff1a\u9547\u653f\u5e9c\u4e00\u697c\u4fe1\u8bbf\u63a5\u5f85\u5ba4", None))
        self.formKindLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u5f62\u5f0f\uff1a", None))
#if QT_CONFIG(accessibility)
        self.formKind.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u63a5\u8bbf\u5f62\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.liaisonLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u8054\u7edc\u5458\uff1a", None))
#if QT_CONFIG(accessibility)
        self.liaison.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u8054\u7edc\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.liaisonPhoneLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u8054\u7edc\u5458\u7535\u8bdd\uff1a", None))
#if QT_CONFIG(accessibility)
        self.liaisonPhone.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u8054\u7edc\u5458\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("ReceptionDays", u"\u4fdd\u5b58\u63a5\u8bbf\u65e5(&S)", None))
        self.dayBox.setTitle(QCoreApplication.translate("ReceptionDays", u"\u63a5\u8bbf\u65e5\u5f53\u5929", None))
#if QT_CONFIG(accessibility)
        self.dayTitle.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u6240\u9009\u63a5\u8bbf\u65e5", None))
#endif // QT_CONFIG(accessibility)
        self.dayTitle.setText(QCoreApplication.translate("ReceptionDays", u"\u8bf7\u5728\u5de6\u4fa7\u9009\u62e9\u4e00\u4e2a\u63a5\u8bbf\u65e5", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u53d6\u6d88\u6240\u9009\u63a5\u8bbf\u65e5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("ReceptionDays", u"\u4ece\u5b89\u6392\u8868\u4e2d\u53d6\u6d88\u6240\u9009\u63a5\u8bbf\u65e5\uff08\u5df2\u6709\u6765\u8bbf\u767b\u8bb0\u7684\u4e0d\u80fd\u53d6\u6d88\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ReceptionDays", u"\u53d6\u6d88\u63a5\u8bbf\u65e5(&C)", None))
        self.visitsLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u6765\u8bbf\u7fa4\u4f17\uff1a", None))
        ___qtablewidgetitem8 = self.visitsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("ReceptionDays", u"\u4e8b\u9879\u7f16\u53f7", None));
        ___qtablewidgetitem9 = self.visitsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("ReceptionDays", u"\u59d3\u540d", None));
        ___qtablewidgetitem10 = self.visitsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("ReceptionDays", u"\u4eba\u6570", None));
        ___qtablewidgetitem11 = self.visitsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("ReceptionDays", u"\u95ee\u9898\u7c7b\u522b", None));
        ___qtablewidgetitem12 = self.visitsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("ReceptionDays", u"\u53cd\u6620\u95ee\u9898", None));
        ___qtablewidgetitem13 = self.visitsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("ReceptionDays", u"\u72b6\u6001", None));
#if QT_CONFIG(accessibility)
        self.visitsTable.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u5f53\u5929\u6765\u8bbf\u7fa4\u4f17", None))
#endif // QT_CONFIG(accessibility)
        self.instructionsLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc\u6279\u793a\uff1a", None))
        ___qtablewidgetitem14 = self.instructionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("ReceptionDays", u"\u4e8b\u9879\u7f16\u53f7", None));
        ___qtablewidgetitem15 = self.instructionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("ReceptionDays", u"\u6279\u793a\u5185\u5bb9", None));
#if QT_CONFIG(accessibility)
        self.instructionsTable.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc\u6279\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.instructionMatterLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u4e8b\u9879\uff1a", None))
#if QT_CONFIG(accessibility)
        self.instructionMatter.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u6279\u793a\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.instructionTextLabel.setText(QCoreApplication.translate("ReceptionDays", u"\u6279\u793a\uff1a", None))
#if QT_CONFIG(accessibility)
        self.instructionText.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u9886\u5bfc\u6279\u793a\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.instructButton.setText(QCoreApplication.translate("ReceptionDays", u"\u8bb0\u5f55\u9886\u5bfc\u6279\u793a(&I)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("ReceptionDays", u"\u63d0\u793a\u4fe1\u606f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

