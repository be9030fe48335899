# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'leader_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gazetteer_desk.gui.widgets import MessageLine

class Ui_LeaderView(object):
    def setupUi(self, LeaderView):
        if not LeaderView.objectName():
            LeaderView.setObjectName(u"LeaderView")
        LeaderView.resize(1280, 820)
        self.pageLayout = QVBoxLayout(LeaderView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.leaderLabel = QLabel(LeaderView)
        self.leaderLabel.setObjectName(u"leaderLabel")

        self.topRow.addWidget(self.leaderLabel)

        self.leader = QComboBox(LeaderView)
        self.leader.setObjectName(u"leader")
        self.leader.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.topRow.addWidget(self.leader)

        self.refreshButton = QPushButton(LeaderView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topRow.addWidget(self.refreshButton)

        self.summary = QLabel(LeaderView)
        self.summary.setObjectName(u"summary")

        self.topRow.addWidget(self.summary)

        self.topRow.setStretch(3, 1)

        self.pageLayout.addLayout(self.topRow)

        self.daysLabel = QLabel(LeaderView)
        self.daysLabel.setObjectName(u"daysLabel")

        self.pageLayout.addWidget(self.daysLabel)

        self.daysTable = QTableWidget(LeaderView)
        if (self.daysTable.columnCount() < 6):
            self.daysTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.daysTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.daysTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.daysTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.daysTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.daysTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.daysTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.daysTable.setObjectName(u"daysTable")
        self.daysTable.setTabKeyNavigation(False)
        self.daysTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.daysTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.daysTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.daysTable.horizontalHeader().setStretchLastSection(True)
        self.daysTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.daysTable)

        self.heldLabel = QLabel(LeaderView)
        self.heldLabel.setObjectName(u"heldLabel")

        self.pageLayout.addWidget(self.heldLabel)

        self.heldTable = QTableWidget(LeaderView)
        if (self.heldTable.columnCount() < 7):
            self.heldTable.setColumnCount(7)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.heldTable.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.heldTable.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.heldTable.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.heldTable.setHorizontalHeaderItem(3, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.heldTable.setHorizontalHeaderItem(4, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.heldTable.setHorizontalHeaderItem(5, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.heldTable.setHorizontalHeaderItem(6, __qtablewidgetitem12)
        self.heldTable.setObjectName(u"heldTable")
        self.heldTable.setTabKeyNavigation(False)
        self.heldTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.heldTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.heldTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.heldTable.horizontalHeader().setStretchLastSection(True)
        self.heldTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.heldTable)

        self.overdueLabel = QLabel(LeaderView)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.pageLayout.addWidget(self.overdueLabel)

        self.overdueTable = QTableWidget(LeaderView)
        if (self.overdueTable.columnCount() < 4):
            self.overdueTable.setColumnCount(4)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.overdueTable.setHorizontalHeaderItem(0, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.overdueTable.setHorizontalHeaderItem(1, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.overdueTable.setHorizontalHeaderItem(2, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.overdueTable.setHorizontalHeaderItem(3, __qtablewidgetitem16)
        self.overdueTable.setObjectName(u"overdueTable")
        self.overdueTable.setTabKeyNavigation(False)
        self.overdueTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.overdueTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.overdueTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.overdueTable.horizontalHeader().setStretchLastSection(True)
        self.overdueTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.overdueTable)

        self.message = MessageLine(LeaderView)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.pageLayout.setStretch(2, 1)
        self.pageLayout.setStretch(4, 1)
        self.pageLayout.setStretch(6, 1)
#if QT_CONFIG(shortcut)
        self.leaderLabel.setBuddy(self.leader)
        self.daysLabel.setBuddy(self.daysTable)
        self.heldLabel.setBuddy(self.heldTable)
        self.overdueLabel.setBuddy(self.overdueTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.leader, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.daysTable)
        QWidget.setTabOrder(self.daysTable, self.heldTable)
        QWidget.setTabOrder(self.heldTable, self.overdueTable)

        self.retranslateUi(LeaderView)

        QMetaObject.connectSlotsByName(LeaderView)
    # setupUi

    def retranslateUi(self, LeaderView):
        LeaderView.setWindowTitle(QCoreApplication.translate("LeaderView", u"\u9886\u5bfc\u5de5\u4f5c\u53f0", None))
#if QT_CONFIG(accessibility)
        LeaderView.setAccessibleName(QCoreApplication.translate("LeaderView", u"\u9886\u5bfc\u5de5\u4f5c\u53f0", None))
#endif // QT_CONFIG(accessibility)
        self.leaderLabel.setText(QCoreApplication.translate("LeaderView", u"\u9886\u5bfc(&L)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("LeaderView", u"\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("LeaderView", u"\u5237\u65b0(&R)", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("LeaderView", u"\u6982\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("LeaderView", u"\u6211\u7684\u63a5\u8bbf\u65e5\uff08\u4eca\u540e60\u5929\uff09", None))
        ___qtablewidgetitem = self.daysTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LeaderView", u"\u65e5\u671f", None));
        ___qtablewidgetitem1 = self.daysTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LeaderView", u"\u65f6\u95f4", None));
        ___qtablewidgetitem2 = self.daysTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("LeaderView", u"\u5730\u70b9", None));
        ___qtablewidgetitem3 = self.daysTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("LeaderView", u"\u5f62\u5f0f", None));
        ___qtablewidgetitem4 = self.daysTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("LeaderView", u"\u8054\u7edc\u5458", None));
        ___qtablewidgetitem5 = self.daysTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("LeaderView", u"\u5df2\u767b\u8bb0\u6765\u8bbf", None));
#if QT_CONFIG(accessibility)
        self.daysTable.setAccessibleName(QCoreApplication.translate("LeaderView", u"\u6211\u7684\u63a5\u8bbf\u65e5", None))
#endif // QT_CONFIG(accessibility)
        self.heldLabel.setText(QCoreApplication.translate("LeaderView", u"\u6211\u7684\u5305\u6848", None))
        ___qtablewidgetitem6 = self.heldTable.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("LeaderView", u"\u4e8b\u9879\u7f16\u53f7", None));
        ___qtablewidgetitem7 = self.heldTable.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("LeaderView", u"\u53cd\u6620\u95ee\u9898", None));
        ___qtablewidgetitem8 = self.heldTable.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("LeaderView", u"\u4e8b\u9879\u72b6\u6001", None));
        ___qtablewidgetitem9 = self.heldTable.horizontalHeaderItem(3)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("LeaderView", u"\u5305\u6848\u671f\u9650", None));
        ___qtablewidgetitem10 = self.heldTable.horizontalHeaderItem(4)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("LeaderView", u"\u529e\u7406\u671f\u9650", None));
        ___qtablewidgetitem11 = self.heldTable.horizontalHeaderItem(5)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("LeaderView", u"\u56db\u5305\u843d\u5b9e", None));
        ___qtablewidgetitem12 = self.heldTable.horizontalHeaderItem(6)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("LeaderView", u"\u5269\u4f59", None));
#if QT_CONFIG(accessibility)
        self.heldTable.setAccessibleName(QCoreApplication.translate("LeaderView", u"\u6211\u7684\u5305\u6848", None))
#endif // QT_CONFIG(accessibility)
        self.overdueLabel.setText(QCoreApplication.translate("LeaderView", u"\u5df2\u8d85\u671f", None))
        ___qtablewidgetitem13 = self.overdueTable.horizontalHeaderItem(0)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("LeaderView", u"\u4e8b\u9879\u7f16\u53f7", None));
        ___qtablewidgetitem14 = self.overdueTable.horizontalHeaderItem(1)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("LeaderView", u"\u53cd\u6620\u95ee\u9898", None));
        ___qtablewidgetitem15 = self.overdueTable.horizontalHeaderItem(2)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("LeaderView", u"\u671f\u9650", None));
        ___qtablewidgetitem16 = self.overdueTable.horizontalHeaderItem(3)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("LeaderView", u"\u8d85\u671f\u60c5\u51b5", None));
#if QT_CONFIG(accessibility)
        self.overdueTable.setAccessibleName(QCoreApplication.translate("LeaderView", u"\u8d85\u671f\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("LeaderView", u"\u63d0\u793a\u4fe1\u606f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

