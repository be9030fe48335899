# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stats_view.ui'
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
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_StatsView(object):
    def setupUi(self, StatsView):
        if not StatsView.objectName():
            StatsView.setObjectName(u"StatsView")
        StatsView.resize(1280, 800)
        self.pageLayout = QVBoxLayout(StatsView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(StatsView)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.kind = QComboBox(StatsView)
        self.kind.setObjectName(u"kind")

        self.periodRow.addWidget(self.kind)

        self.year = QSpinBox(StatsView)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)

        self.periodRow.addWidget(self.year)

        self.part = QComboBox(StatsView)
        self.part.setObjectName(u"part")

        self.periodRow.addWidget(self.part)

        self.start = QDateEdit(StatsView)
        self.start.setObjectName(u"start")
        self.start.setCalendarPopup(True)

        self.periodRow.addWidget(self.start)

        self.toLabel = QLabel(StatsView)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.end = QDateEdit(StatsView)
        self.end.setObjectName(u"end")
        self.end.setCalendarPopup(True)

        self.periodRow.addWidget(self.end)

        self.refreshButton = QPushButton(StatsView)
        self.refreshButton.setObjectName(u"refreshButton")

        self.periodRow.addWidget(self.refreshButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)

        self.exportButton = QPushButton(StatsView)
        self.exportButton.setObjectName(u"exportButton")

        self.periodRow.addWidget(self.exportButton)

        self.importButton = QPushButton(StatsView)
        self.importButton.setObjectName(u"importButton")

        self.periodRow.addWidget(self.importButton)

        self.annualButton = QPushButton(StatsView)
        self.annualButton.setObjectName(u"annualButton")

        self.periodRow.addWidget(self.annualButton)


        self.pageLayout.addLayout(self.periodRow)

        self.scopeRow = QHBoxLayout()
        self.scopeRow.setObjectName(u"scopeRow")
        self.scopeLabel = QLabel(StatsView)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.scopeRow.addWidget(self.scopeLabel)

        self.township = QComboBox(StatsView)
        self.township.setObjectName(u"township")

        self.scopeRow.addWidget(self.township)

        self.village = QComboBox(StatsView)
        self.village.setObjectName(u"village")

        self.scopeRow.addWidget(self.village)

        self.category = QComboBox(StatsView)
        self.category.setObjectName(u"category")

        self.scopeRow.addWidget(self.category)

        self.leader = QComboBox(StatsView)
        self.leader.setObjectName(u"leader")

        self.scopeRow.addWidget(self.leader)

        self.scopeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scopeRow.addItem(self.scopeSpacer)


        self.pageLayout.addLayout(self.scopeRow)

        self.split = QSplitter(StatsView)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.table = QTableWidget(self.split)
        if (self.table.columnCount() < 2):
            self.table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(True)
        self.split.addWidget(self.table)
        self.table.verticalHeader().setVisible(False)
        self.charts = QWidget(self.split)
        self.charts.setObjectName(u"charts")
        self.chartGrid = QGridLayout(self.charts)
        self.chartGrid.setObjectName(u"chartGrid")
        self.chartGrid.setContentsMargins(0, 0, 0, 0)
        self.split.addWidget(self.charts)

        self.pageLayout.addWidget(self.split)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.status = QLabel(StatsView)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status.sizePolicy().hasHeightForWidth())
        self.status.setSizePolicy(sizePolicy)

        self.statusRow.addWidget(self.status)

        self.progress = QProgressBar(StatsView)
        self.progress.setObjectName(u"progress")
        self.progress.setMaximumSize(QSize(240, 16777215))
        self.progress.setTextVisible(True)

        self.statusRow.addWidget(self.progress)


        self.pageLayout.addLayout(self.statusRow)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.kind)
        self.scopeLabel.setBuddy(self.township)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.year)
        QWidget.setTabOrder(self.year, self.part)
        QWidget.setTabOrder(self.part, self.start)
        QWidget.setTabOrder(self.start, self.end)
        QWidget.setTabOrder(self.end, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.annualButton)
        QWidget.setTabOrder(self.annualButton, self.township)
        QWidget.setTabOrder(self.township, self.village)
        QWidget.setTabOrder(self.village, self.category)
        QWidget.setTabOrder(self.category, self.leader)
        QWidget.setTabOrder(self.leader, self.table)

        self.retranslateUi(StatsView)

        self.refreshButton.setDefault(True)


        QMetaObject.connectSlotsByName(StatsView)
    # setupUi

    def retranslateUi(self, StatsView):
        StatsView.setWindowTitle(QCoreApplication.translate("StatsView", u"\u7edf\u8ba1", None))
        self.periodLabel.setText(QCoreApplication.translate("StatsView", u"\u7edf\u8ba1\u671f\u95f4", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("StatsView", u"\u671f\u95f4\u7c7b\u578b\uff08\u6708\u5ea6\u3001\u5b63\u5ea6\u3001\u5e74\u5ea6\u3001\u81ea\u5b9a\u4e49\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.year.setAccessibleName(QCoreApplication.translate("StatsView", u"\u5e74\u4efd", None))
#endif // QT_CONFIG(accessibility)
        self.year.setSuffix(QCoreApplication.translate("StatsView", u" \u5e74", None))
#if QT_CONFIG(accessibility)
        self.part.setAccessibleName(QCoreApplication.translate("StatsView", u"\u6708\u4efd\u6216\u5b63\u5ea6", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.start.setAccessibleName(QCoreApplication.translate("StatsView", u"\u5f00\u59cb\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.start.setDisplayFormat(QCoreApplication.translate("StatsView", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("StatsView", u"\u81f3", None))
#if QT_CONFIG(accessibility)
        self.end.setAccessibleName(QCoreApplication.translate("StatsView", u"\u7ed3\u675f\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.end.setDisplayFormat(QCoreApplication.translate("StatsView", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("StatsView", u"\u6309\u6240\u9009\u671f\u95f4\u548c\u8303\u56f4\u7edf\u8ba1", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("StatsView", u"\u7edf\u8ba1", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("StatsView", u"\u628a\u6240\u9009\u671f\u95f4\u7684\u6c47\u603b\u548c\u4e94\u672c\u53f0\u8d26\uff08\u4fe1\u8bbf\u4e8b\u9879\u3001\u6765\u8bbf\u767b\u8bb0\u3001\u9886\u5bfc\u63a5\u8bbf\u3001\u4e0b\u8bbf\u3001\u77db\u76fe\u7ea0\u7eb7\u8c03\u89e3\uff09\u5bfc\u51fa\u4e3a Excel \u5de5\u4f5c\u7c3f", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("StatsView", u"\u5bfc\u51fa\u53f0\u8d26\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("StatsView", u"\u628a\u4e61\u9547\u5df2\u6709\u7684 Excel / CSV \u4fe1\u8bbf\u53f0\u8d26\u5bfc\u5165\u4e3a\u4e8b\u9879\uff1a\u5148\u6838\u5bf9\u5217\u548c\u6709\u8bef\u7684\u884c\uff0c\u786e\u8ba4\u540e\u624d\u5bfc\u5165\uff0c\u5df2\u5bfc\u5165\u8fc7\u7684\u884c\u4e0d\u4f1a\u91cd\u590d", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("StatsView", u"\u5bfc\u5165\u53f0\u8d26\u2026", None))
#if QT_CONFIG(tooltip)
        self.annualButton.setToolTip(QCoreApplication.translate("StatsView", u"\u6240\u9009\u5e74\u4efd\u7684\u5e74\u5ea6\u4fe1\u8bbf\u5de5\u4f5c\u60c5\u51b5\uff08\u300a\u4fe1\u8bbf\u5de5\u4f5c\u6761\u4f8b\u300b\u7b2c\u56db\u5341\u4e00\u6761\uff09\uff1aPDF \u62a5\u544a\u548c\u540c\u540d Excel \u5de5\u4f5c\u7c3f", None))
#endif // QT_CONFIG(tooltip)
        self.annualButton.setText(QCoreApplication.translate("StatsView", u"\u5e74\u5ea6\u62a5\u544a\u2026", None))
        self.scopeLabel.setText(QCoreApplication.translate("StatsView", u"\u7edf\u8ba1\u8303\u56f4", None))
#if QT_CONFIG(accessibility)
        self.township.setAccessibleName(QCoreApplication.translate("StatsView", u"\u4e61\u9547\uff08\u53bf\u7ea7\u6570\u636e\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.village.setAccessibleName(QCoreApplication.translate("StatsView", u"\u95ee\u9898\u5c5e\u5730\u6751\uff08\u793e\u533a\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("StatsView", u"\u95ee\u9898\u7c7b\u522b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.leader.setAccessibleName(QCoreApplication.translate("StatsView", u"\u63a5\u8bbf\u6216\u5305\u6848\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("StatsView", u"\u6307\u6807", None));
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("StatsView", u"\u6570\u503c", None));
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("StatsView", u"\u7edf\u8ba1\u6307\u6807\uff08\u9f20\u6807\u505c\u7559\u67e5\u770b\u7edf\u8ba1\u53e3\u5f84\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("StatsView", u"\u7edf\u8ba1\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("StatsView", u"\u8fdb\u5ea6", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

