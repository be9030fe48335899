# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matter_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MatterPage(object):
    def setupUi(self, MatterPage):
        if not MatterPage.objectName():
            MatterPage.setObjectName(u"MatterPage")
        MatterPage.resize(1150, 760)
        self.outerLayout = QVBoxLayout(MatterPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.backButton = QPushButton(MatterPage)
        self.backButton.setObjectName(u"backButton")

        self.topRow.addWidget(self.backButton)

        self.titleLabel = QLabel(MatterPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.topRow.addWidget(self.titleLabel)

        self.printButton = QPushButton(MatterPage)
        self.printButton.setObjectName(u"printButton")

        self.topRow.addWidget(self.printButton)

        self.topRow.setStretch(1, 1)

        self.outerLayout.addLayout(self.topRow)

        self.problemLabel = QLabel(MatterPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.problemLabel)

        self.earlierBox = QGroupBox(MatterPage)
        self.earlierBox.setObjectName(u"earlierBox")
        self.earlierLayout = QHBoxLayout(self.earlierBox)
        self.earlierLayout.setObjectName(u"earlierLayout")
        self.earlierLabel = QLabel(self.earlierBox)
        self.earlierLabel.setObjectName(u"earlierLabel")
        self.earlierLabel.setWordWrap(True)
        self.earlierLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.earlierLayout.addWidget(self.earlierLabel)

        self.noLongerButton = QPushButton(self.earlierBox)
        self.noLongerButton.setObjectName(u"noLongerButton")

        self.earlierLayout.addWidget(self.noLongerButton)

        self.earlierLayout.setStretch(0, 1)

        self.outerLayout.addWidget(self.earlierBox)

        self.scroll = QScrollArea(MatterPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.bodyGrid = QGridLayout(self.body)
        self.bodyGrid.setObjectName(u"bodyGrid")
        self.fieldsBox = QGroupBox(self.body)
        self.fieldsBox.setObjectName(u"fieldsBox")
        self.fieldsForm = QFormLayout(self.fieldsBox)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setRowWrapPolicy(QFormLayout.WrapLongRows)

        self.bodyGrid.addWidget(self.fieldsBox, 0, 0, 3, 1)

        self.limitsBox = QGroupBox(self.body)
        self.limitsBox.setObjectName(u"limitsBox")
        self.limitsLayout = QVBoxLayout(self.limitsBox)
        self.limitsLayout.setObjectName(u"limitsLayout")
        self.deadlinesTable = QTableWidget(self.limitsBox)
        if (self.deadlinesTable.columnCount() < 3):
            self.deadlinesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.deadlinesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.deadlinesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.deadlinesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.deadlinesTable.setObjectName(u"deadlinesTable")
        self.deadlinesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.deadlinesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.deadlinesTable.setWordWrap(True)
        self.deadlinesTable.horizontalHeader().setStretchLastSection(True)
        self.deadlinesTable.verticalHeader().setVisible(False)

        self.limitsLayout.addWidget(self.deadlinesTable)


        self.bodyGrid.addWidget(self.limitsBox, 0, 1, 1, 1)

        self.actionsBox = QGroupBox(self.body)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionGrid = QGridLayout()
        self.actionGrid.setObjectName(u"actionGrid")

        self.actionsLayout.addLayout(self.actionGrid)

        self.satisfactionButton = QPushButton(self.actionsBox)
        self.satisfactionButton.setObjectName(u"satisfactionButton")

        self.actionsLayout.addWidget(self.satisfactionButton)


        self.bodyGrid.addWidget(self.actionsBox, 1, 1, 1, 1)

        self.historyBox = QGroupBox(self.body)
        self.historyBox.setObjectName(u"historyBox")
        self.historyLayout = QVBoxLayout(self.historyBox)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.historyBox)
        if (self.historyTable.columnCount() < 3):
            self.historyTable.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.historyTable.setWordWrap(True)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyTable)


        self.bodyGrid.addWidget(self.historyBox, 2, 1, 1, 1)

        self.assignmentBox = QGroupBox(self.body)
        self.assignmentBox.setObjectName(u"assignmentBox")
        self.assignmentLayout = QVBoxLayout(self.assignmentBox)
        self.assignmentLayout.setObjectName(u"assignmentLayout")
        self.assignmentsTable = QTableWidget(self.assignmentBox)
        if (self.assignmentsTable.columnCount() < 5):
            self.assignmentsTable.setColumnCount(5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.assignmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.assignmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.assignmentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.assignmentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.assignmentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        self.assignmentsTable.setObjectName(u"assignmentsTable")
        self.assignmentsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.assignmentsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.assignmentsTable.setWordWrap(True)
        self.assignmentsTable.horizontalHeader().setStretchLastSection(True)
        self.assignmentsTable.verticalHeader().setVisible(False)

        self.assignmentLayout.addWidget(self.assignmentsTable)

        self.assignRow = QHBoxLayout()
        self.assignRow.setObjectName(u"assignRow")
        self.assignSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignRow.addItem(self.assignSpacer)

        self.assignButton = QPushButton(self.assignmentBox)
        self.assignButton.setObjectName(u"assignButton")

        self.assignRow.addWidget(self.assignButton)


        self.assignmentLayout.addLayout(self.assignRow)


        self.bodyGrid.addWidget(self.assignmentBox, 3, 0, 1, 2)

        self.visitsBox = QGroupBox(self.body)
        self.visitsBox.setObjectName(u"visitsBox")
        self.visitsLayout = QVBoxLayout(self.visitsBox)
        self.visitsLayout.setObjectName(u"visitsLayout")
        self.visitsTable = QTableWidget(self.visitsBox)
        if (self.visitsTable.columnCount() < 6):
            self.visitsTable.setColumnCount(6)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(0, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(1, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(2, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(3, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(4, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.visitsTable.setHorizontalHeaderItem(5, __qtablewidgetitem16)
        self.visitsTable.setObjectName(u"visitsTable")
        self.visitsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.visitsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.visitsTable.setWordWrap(True)
        self.visitsTable.horizontalHeader().setStretchLastSection(True)
        self.visitsTable.verticalHeader().setVisible(False)

        self.visitsLayout.addWidget(self.visitsTable)


        self.bodyGrid.addWidget(self.visitsBox, 4, 0, 1, 2)

        self.bodyGrid.setColumnStretch(0, 1)
        self.bodyGrid.setColumnStretch(1, 1)
        self.scroll.setWidget(self.body)

        self.outerLayout.addWidget(self.scroll)

        self.outerLayout.setStretch(3, 1)
        QWidget.setTabOrder(self.backButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.noLongerButton)
        QWidget.setTabOrder(self.noLongerButton, self.scroll)
        QWidget.setTabOrder(self.scroll, self.deadlinesTable)
        QWidget.setTabOrder(self.deadlinesTable, self.satisfactionButton)
        QWidget.setTabOrder(self.satisfactionButton, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.assignmentsTable)
        QWidget.setTabOrder(self.assignmentsTable, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.visitsTable)

        self.retranslateUi(MatterPage)

        QMetaObject.connectSlotsByName(MatterPage)
    # setupUi

    def retranslateUi(self, MatterPage):
        MatterPage.setWindowTitle(QCoreApplication.translate("MatterPage", u"\u4e8b\u9879", None))
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u8fd4\u56de\u4e8b\u9879\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("MatterPage", u"\u2190 \u8fd4\u56de\u5217\u8868\uff08Esc\uff09", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u4e8b\u9879\u7f16\u53f7\u548c\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u6253\u5370\u56de\u6267\u548c\u544a\u77e5\u4e66", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("MatterPage", u"\u6253\u5370", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setProperty(u"role", QCoreApplication.translate("MatterPage", u"problem", None))
        self.earlierBox.setTitle(QCoreApplication.translate("MatterPage", u"\u91cd\u590d\u4fe1\u8bbf\uff1a\u6b64\u524d\u7684\u51b3\u5b9a", None))
#if QT_CONFIG(accessibility)
        self.earlierLabel.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u6b64\u524d\u4e8b\u9879\u548c\u51b3\u5b9a", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.noLongerButton.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u51fa\u5177\u4e0d\u518d\u53d7\u7406\u544a\u77e5\u4e66", None))
#endif // QT_CONFIG(accessibility)
        self.noLongerButton.setText(QCoreApplication.translate("MatterPage", u"\u51fa\u5177\u4e0d\u518d\u53d7\u7406\u544a\u77e5\u4e66\u2026", None))
        self.fieldsBox.setTitle(QCoreApplication.translate("MatterPage", u"\u4e8b\u9879\u5185\u5bb9", None))
        self.limitsBox.setTitle(QCoreApplication.translate("MatterPage", u"\u529e\u7406\u671f\u9650", None))
        ___qtablewidgetitem = self.deadlinesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MatterPage", u"\u671f\u9650", None));
        ___qtablewidgetitem1 = self.deadlinesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MatterPage", u"\u5230\u671f\u65e5", None));
        ___qtablewidgetitem2 = self.deadlinesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MatterPage", u"\u60c5\u51b5", None));
#if QT_CONFIG(accessibility)
        self.deadlinesTable.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u529e\u7406\u671f\u9650\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.actionsBox.setTitle(QCoreApplication.translate("MatterPage", u"\u529e\u7406\u64cd\u4f5c", None))
#if QT_CONFIG(accessibility)
        self.satisfactionButton.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u6ee1\u610f\u5ea6\u8bc4\u4ef7\u548c\u56de\u8bbf", None))
#endif // QT_CONFIG(accessibility)
        self.satisfactionButton.setText(QCoreApplication.translate("MatterPage", u"\u6ee1\u610f\u5ea6\u8bc4\u4ef7 / \u56de\u8bbf", None))
        self.historyBox.setTitle(QCoreApplication.translate("MatterPage", u"\u529e\u7406\u8bb0\u5f55", None))
        ___qtablewidgetitem3 = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MatterPage", u"\u65e5\u671f", None));
        ___qtablewidgetitem4 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MatterPage", u"\u7ecf\u529e\u4eba", None));
        ___qtablewidgetitem5 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MatterPage", u"\u5185\u5bb9", None));
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u529e\u7406\u8bb0\u5f55\u65f6\u95f4\u7ebf", None))
#endif // QT_CONFIG(accessibility)
        self.assignmentBox.setTitle(QCoreApplication.translate("MatterPage", u"\u9886\u5bfc\u5305\u6848", None))
        ___qtablewidgetitem6 = self.assignmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MatterPage", u"\u5305\u6848\u9886\u5bfc", None));
        ___qtablewidgetitem7 = self.assignmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MatterPage", u"\u526f\u624b", None));
        ___qtablewidgetitem8 = self.assignmentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MatterPage", u"\u8d77\u6b62\u65e5\u671f", None));
        ___qtablewidgetitem9 = self.assignmentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MatterPage", u"\u56db\u5305\u8fdb\u5c55", None));
        ___qtablewidgetitem10 = self.assignmentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("MatterPage", u"\u72b6\u6001", None));
#if QT_CONFIG(accessibility)
        self.assignmentsTable.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u9886\u5bfc\u5305\u6848\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.assignButton.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u9886\u5bfc\u5305\u6848", None))
#endif // QT_CONFIG(accessibility)
        self.assignButton.setText(QCoreApplication.translate("MatterPage", u"\u5305\u6848\u4e0e\u8fdb\u5c55(&B)\u2026", None))
        self.visitsBox.setTitle(QCoreApplication.translate("MatterPage", u"\u6765\u8bbf\u8bb0\u5f55", None))
        ___qtablewidgetitem11 = self.visitsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("MatterPage", u"\u65f6\u95f4", None));
        ___qtablewidgetitem12 = self.visitsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("MatterPage", u"\u5f62\u5f0f", None));
        ___qtablewidgetitem13 = self.visitsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("MatterPage", u"\u4eba\u6570", None));
        ___qtablewidgetitem14 = self.visitsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("MatterPage", u"\u63a5\u5f85\u4eba", None));
        ___qtablewidgetitem15 = self.visitsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("MatterPage", u"\u63a5\u8bbf\u9886\u5bfc", None));
        ___qtablewidgetitem16 = self.visitsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("MatterPage", u"\u5907\u6ce8", None));
#if QT_CONFIG(accessibility)
        self.visitsTable.setAccessibleName(QCoreApplication.translate("MatterPage", u"\u6765\u8bbf\u8bb0\u5f55\u8868", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

