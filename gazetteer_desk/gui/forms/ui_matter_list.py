# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matter_list.ui'
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
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MatterList(object):
    def setupUi(self, MatterList):
        if not MatterList.objectName():
            MatterList.setObjectName(u"MatterList")
        MatterList.resize(1150, 700)
        self.listLayout = QVBoxLayout(MatterList)
        self.listLayout.setObjectName(u"listLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(MatterList)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(MatterList)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.busyBar = QProgressBar(MatterList)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximumSize(QSize(120, 16777215))
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)

        self.searchRow.addWidget(self.busyBar)

        self.countLabel = QLabel(MatterList)
        self.countLabel.setObjectName(u"countLabel")

        self.searchRow.addWidget(self.countLabel)


        self.listLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusLabel = QLabel(MatterList)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(MatterList)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.categoryLabel = QLabel(MatterList)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.filterRow.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(MatterList)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.filterRow.addWidget(self.categoryCombo)

        self.villageLabel = QLabel(MatterList)
        self.villageLabel.setObjectName(u"villageLabel")

        self.filterRow.addWidget(self.villageLabel)

        self.villageCombo = QComboBox(MatterList)
        self.villageCombo.setObjectName(u"villageCombo")

        self.filterRow.addWidget(self.villageCombo)

        self.dueLabel = QLabel(MatterList)
        self.dueLabel.setObjectName(u"dueLabel")

        self.filterRow.addWidget(self.dueLabel)

        self.dueCombo = QComboBox(MatterList)
        self.dueCombo.setObjectName(u"dueCombo")

        self.filterRow.addWidget(self.dueCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.listLayout.addLayout(self.filterRow)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.fromCheck = QCheckBox(MatterList)
        self.fromCheck.setObjectName(u"fromCheck")

        self.dateRow.addWidget(self.fromCheck)

        self.fromDate = QDateEdit(MatterList)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.dateRow.addWidget(self.fromDate)

        self.toCheck = QCheckBox(MatterList)
        self.toCheck.setObjectName(u"toCheck")

        self.dateRow.addWidget(self.toCheck)

        self.toDate = QDateEdit(MatterList)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.dateRow.addWidget(self.toDate)

        self.resetButton = QPushButton(MatterList)
        self.resetButton.setObjectName(u"resetButton")

        self.dateRow.addWidget(self.resetButton)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.listLayout.addLayout(self.dateRow)

        self.problemLabel = QLabel(MatterList)
        self.problemLabel.setObjectName(u"problemLabel")

        self.listLayout.addWidget(self.problemLabel)

        self.table = QTableView(MatterList)
        self.table.setObjectName(u"table")
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)

        self.listLayout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.villageLabel.setBuddy(self.villageCombo)
        self.dueLabel.setBuddy(self.dueCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.dueCombo)
        QWidget.setTabOrder(self.dueCombo, self.fromCheck)
        QWidget.setTabOrder(self.fromCheck, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toCheck)
        QWidget.setTabOrder(self.toCheck, self.toDate)
        QWidget.setTabOrder(self.toDate, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.table)

        self.retranslateUi(MatterList)

        QMetaObject.connectSlotsByName(MatterList)
    # setupUi

    def retranslateUi(self, MatterList):
        MatterList.setWindowTitle(QCoreApplication.translate("MatterList", u"\u4e8b\u9879", None))
        self.searchLabel.setText(QCoreApplication.translate("MatterList", u"\u67e5\u627e", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MatterList", u"\u67e5\u627e\u4e8b\u9879\uff08\u59d3\u540d\u3001\u8bc1\u4ef6\u53f7\u7801\u3001\u7535\u8bdd\u3001\u7f16\u53f7\u6216\u5185\u5bb9\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MatterList", u"\u59d3\u540d\u3001\u8bc1\u4ef6\u53f7\u7801\u3001\u7535\u8bdd\u3001\u4e8b\u9879\u7f16\u53f7\u6216\u53cd\u6620\u5185\u5bb9\uff0c\u8fb9\u8f93\u5165\u8fb9\u67e5\u627e", None))
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("MatterList", u"\u6b63\u5728\u52a0\u8f7d", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("MatterList", u"\u4e8b\u9879\u6570\u91cf", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("MatterList", u"\u72b6\u6001", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MatterList", u"\u6309\u72b6\u6001\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("MatterList", u"\u7c7b\u522b", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("MatterList", u"\u6309\u95ee\u9898\u7c7b\u522b\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.villageLabel.setText(QCoreApplication.translate("MatterList", u"\u5c5e\u5730", None))
#if QT_CONFIG(accessibility)
        self.villageCombo.setAccessibleName(QCoreApplication.translate("MatterList", u"\u6309\u6751\uff08\u793e\u533a\uff09\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("MatterList", u"\u671f\u9650", None))
#if QT_CONFIG(accessibility)
        self.dueCombo.setAccessibleName(QCoreApplication.translate("MatterList", u"\u6309\u671f\u9650\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fromCheck.setAccessibleName(QCoreApplication.translate("MatterList", u"\u542f\u7528\u767b\u8bb0\u65e5\u671f\u8d77", None))
#endif // QT_CONFIG(accessibility)
        self.fromCheck.setText(QCoreApplication.translate("MatterList", u"\u767b\u8bb0\u81ea", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("MatterList", u"\u767b\u8bb0\u65e5\u671f\u8d77", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("MatterList", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.toCheck.setAccessibleName(QCoreApplication.translate("MatterList", u"\u542f\u7528\u767b\u8bb0\u65e5\u671f\u6b62", None))
#endif // QT_CONFIG(accessibility)
        self.toCheck.setText(QCoreApplication.translate("MatterList", u"\u81f3", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("MatterList", u"\u767b\u8bb0\u65e5\u671f\u6b62", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("MatterList", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.resetButton.setAccessibleName(QCoreApplication.translate("MatterList", u"\u6e05\u9664\u7b5b\u9009\u6761\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("MatterList", u"\u6e05\u9664\u7b5b\u9009", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("MatterList", u"\u52a0\u8f7d\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setProperty(u"role", QCoreApplication.translate("MatterList", u"problem", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("MatterList", u"\u4e8b\u9879\u5217\u8868\uff08\u56de\u8f66\u6216\u53cc\u51fb\u6253\u5f00\uff09", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

