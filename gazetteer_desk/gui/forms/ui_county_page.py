# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'county_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTabWidget,
    QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_CountyPage(object):
    def setupUi(self, CountyPage):
        if not CountyPage.objectName():
            CountyPage.setObjectName(u"CountyPage")
        CountyPage.resize(1000, 600)
        self.pageLayout = QVBoxLayout(CountyPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.importRow = QHBoxLayout()
        self.importRow.setObjectName(u"importRow")
        self.importButton = QPushButton(CountyPage)
        self.importButton.setObjectName(u"importButton")

        self.importRow.addWidget(self.importButton)

        self.summaryLabel = QLabel(CountyPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.importRow.addWidget(self.summaryLabel)

        self.statsLabel = QLabel(CountyPage)
        self.statsLabel.setObjectName(u"statsLabel")

        self.importRow.addWidget(self.statsLabel)

        self.changePassphraseButton = QPushButton(CountyPage)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.importRow.addWidget(self.changePassphraseButton)

        self.importRow.setStretch(1, 1)

        self.pageLayout.addLayout(self.importRow)

        self.tabs = QTabWidget(CountyPage)
        self.tabs.setObjectName(u"tabs")
        self.townshipsTab = QWidget()
        self.townshipsTab.setObjectName(u"townshipsTab")
        self.townshipsLayout = QVBoxLayout(self.townshipsTab)
        self.townshipsLayout.setObjectName(u"townshipsLayout")
        self.townshipsLayout.setContentsMargins(0, 0, 0, 0)
        self.townshipsTable = QTableWidget(self.townshipsTab)
        if (self.townshipsTable.columnCount() < 10):
            self.townshipsTable.setColumnCount(10)
        __qtablewidgetitem = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.townshipsTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        self.townshipsTable.setObjectName(u"townshipsTable")
        self.townshipsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.townshipsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.townshipsTable.horizontalHeader().setStretchLastSection(True)
        self.townshipsTable.verticalHeader().setVisible(False)

        self.townshipsLayout.addWidget(self.townshipsTable)

        self.tabs.addTab(self.townshipsTab, "")
        self.crossTab = QWidget()
        self.crossTab.setObjectName(u"crossTab")
        self.crossLayout = QVBoxLayout(self.crossTab)
        self.crossLayout.setObjectName(u"crossLayout")
        self.crossLayout.setContentsMargins(0, 0, 0, 0)
        self.crossTable = QTableView(self.crossTab)
        self.crossTable.setObjectName(u"crossTable")
        self.crossTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.crossTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.crossTable.horizontalHeader().setStretchLastSection(True)
        self.crossTable.verticalHeader().setVisible(False)

        self.crossLayout.addWidget(self.crossTable)

        self.tabs.addTab(self.crossTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportLayout = QVBoxLayout(self.reportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.reportTable = QTableWidget(self.reportTab)
        if (self.reportTable.columnCount() < 6):
            self.reportTable.setColumnCount(6)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(0, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(1, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(2, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(3, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(4, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.reportTable.setHorizontalHeaderItem(5, __qtablewidgetitem15)
        self.reportTable.setObjectName(u"reportTable")
        self.reportTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.reportTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.reportTable.horizontalHeader().setStretchLastSection(True)
        self.reportTable.verticalHeader().setVisible(False)

        self.reportLayout.addWidget(self.reportTable)

        self.tabs.addTab(self.reportTab, "")

        self.pageLayout.addWidget(self.tabs)

        self.pageLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.importButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.townshipsTable)
        QWidget.setTabOrder(self.townshipsTable, self.crossTable)
        QWidget.setTabOrder(self.crossTable, self.reportTable)
        QWidget.setTabOrder(self.reportTable, self.changePassphraseButton)

        self.retranslateUi(CountyPage)

        QMetaObject.connectSlotsByName(CountyPage)
    # setupUi

    def retranslateUi(self, CountyPage):
        CountyPage.setWindowTitle(QCoreApplication.translate("CountyPage", u"\u540c\u6b65", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u5bfc\u5165\u4e61\u9547\u6570\u636e\u5305", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("CountyPage", u"\u5bfc\u5165\u6570\u636e\u5305(&I)\u2026", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u5bfc\u5165\u7ed3\u679c\u6458\u8981", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statsLabel.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u7edf\u8ba1\u8fdb\u5ea6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.changePassphraseButton.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u66f4\u6539\u53bf\u4fe1\u8bbf\u529e\u7684\u5bc6\u94a5\u53e3\u4ee4", None))
#endif // QT_CONFIG(accessibility)
        self.changePassphraseButton.setText(QCoreApplication.translate("CountyPage", u"\u66f4\u6539\u5bc6\u94a5\u53e3\u4ee4\u2026", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u53bf\u7ea7\u6c47\u603b", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.townshipsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CountyPage", u"\u4e61\u9547", None));
        ___qtablewidgetitem1 = self.townshipsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CountyPage", u"\u4ee3\u7801", None));
        ___qtablewidgetitem2 = self.townshipsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CountyPage", u"\u6700\u8fd1\u6570\u636e\u5305", None));
        ___qtablewidgetitem3 = self.townshipsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("CountyPage", u"\u671f\u95f4", None));
        ___qtablewidgetitem4 = self.townshipsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("CountyPage", u"\u5bfc\u5165\u65f6\u95f4", None));
        ___qtablewidgetitem5 = self.townshipsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("CountyPage", u"\u4e8b\u9879", None));
        ___qtablewidgetitem6 = self.townshipsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("CountyPage", u"\u5728\u529e", None));
        ___qtablewidgetitem7 = self.townshipsTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("CountyPage", u"\u8d85\u671f", None));
        ___qtablewidgetitem8 = self.townshipsTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("CountyPage", u"\u6682\u5b58", None));
        ___qtablewidgetitem9 = self.townshipsTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("CountyPage", u"\u72b6\u6001", None));
#if QT_CONFIG(accessibility)
        self.townshipsTable.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u5404\u4e61\u9547\u6570\u636e\u5305\u548c\u4e8b\u9879\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.townshipsTab), QCoreApplication.translate("CountyPage", u"\u5404\u4e61\u9547", None))
#if QT_CONFIG(accessibility)
        self.crossTable.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u8de8\u4e61\u9547\u4fe1\u8bbf\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.crossTab), QCoreApplication.translate("CountyPage", u"\u8de8\u4e61\u9547\u4fe1\u8bbf\u4eba\uff08\u8d8a\u7ea7\u3001\u91cd\u590d\u8bbf\u9884\u8b66\uff09", None))
        ___qtablewidgetitem10 = self.reportTable.horizontalHeaderItem(0)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("CountyPage", u"\u6587\u4ef6", None));
        ___qtablewidgetitem11 = self.reportTable.horizontalHeaderItem(1)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("CountyPage", u"\u4e61\u9547", None));
        ___qtablewidgetitem12 = self.reportTable.horizontalHeaderItem(2)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("CountyPage", u"\u5e8f\u53f7", None));
        ___qtablewidgetitem13 = self.reportTable.horizontalHeaderItem(3)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("CountyPage", u"\u671f\u95f4", None));
        ___qtablewidgetitem14 = self.reportTable.horizontalHeaderItem(4)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("CountyPage", u"\u7ed3\u679c", None));
        ___qtablewidgetitem15 = self.reportTable.horizontalHeaderItem(5)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("CountyPage", u"\u8bf4\u660e", None));
#if QT_CONFIG(accessibility)
        self.reportTable.setAccessibleName(QCoreApplication.translate("CountyPage", u"\u6bcf\u4e2a\u6570\u636e\u5305\u7684\u5bfc\u5165\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.reportTab), QCoreApplication.translate("CountyPage", u"\u5bfc\u5165\u7ed3\u679c", None))
    # retranslateUi

