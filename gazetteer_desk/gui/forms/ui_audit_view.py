# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_view.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AuditView(object):
    def setupUi(self, AuditView):
        if not AuditView.objectName():
            AuditView.setObjectName(u"AuditView")
        AuditView.resize(1000, 600)
        self.pageLayout = QVBoxLayout(AuditView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.actorEdit = QLineEdit(AuditView)
        self.actorEdit.setObjectName(u"actorEdit")

        self.filterRow.addWidget(self.actorEdit)

        self.actionCombo = QComboBox(AuditView)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterRow.addWidget(self.actionCombo)

        self.sinceCheck = QCheckBox(AuditView)
        self.sinceCheck.setObjectName(u"sinceCheck")

        self.filterRow.addWidget(self.sinceCheck)

        self.sinceDate = QDateEdit(AuditView)
        self.sinceDate.setObjectName(u"sinceDate")
        self.sinceDate.setEnabled(False)
        self.sinceDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.sinceDate)

        self.searchButton = QPushButton(AuditView)
        self.searchButton.setObjectName(u"searchButton")

        self.filterRow.addWidget(self.searchButton)

        self.verifyButton = QPushButton(AuditView)
        self.verifyButton.setObjectName(u"verifyButton")

        self.filterRow.addWidget(self.verifyButton)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.statusLabel = QLabel(AuditView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.table = QTableWidget(AuditView)
        if (self.table.columnCount() < 6):
            self.table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.table)

        self.pageLayout.setStretch(2, 1)
        QWidget.setTabOrder(self.actorEdit, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.sinceCheck)
        QWidget.setTabOrder(self.sinceCheck, self.sinceDate)
        QWidget.setTabOrder(self.sinceDate, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.table)

        self.retranslateUi(AuditView)
        self.sinceCheck.toggled.connect(self.sinceDate.setEnabled)

        QMetaObject.connectSlotsByName(AuditView)
    # setupUi

    def retranslateUi(self, AuditView):
        AuditView.setWindowTitle(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c\u65e5\u5fd7", None))
#if QT_CONFIG(accessibility)
        self.actorEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c\u4eba\uff08\u7528\u6237\u540d\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.actorEdit.setPlaceholderText(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c\u4eba\uff08\u7528\u6237\u540d\uff09", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c\u7c7b\u578b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sinceCheck.setAccessibleName(QCoreApplication.translate("AuditView", u"\u6309\u8d77\u59cb\u65e5\u671f\u7b5b\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.sinceCheck.setText(QCoreApplication.translate("AuditView", u"\u8d77\u59cb\u65e5\u671f(&D)", None))
#if QT_CONFIG(accessibility)
        self.sinceDate.setAccessibleName(QCoreApplication.translate("AuditView", u"\u8d77\u59cb\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.sinceDate.setDisplayFormat(QCoreApplication.translate("AuditView", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.searchButton.setAccessibleName(QCoreApplication.translate("AuditView", u"\u67e5\u8be2\u64cd\u4f5c\u65e5\u5fd7", None))
#endif // QT_CONFIG(accessibility)
        self.searchButton.setText(QCoreApplication.translate("AuditView", u"\u67e5\u8be2(&Q)", None))
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("AuditView", u"\u6821\u9a8c\u64cd\u4f5c\u65e5\u5fd7\u5b8c\u6574\u6027", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("AuditView", u"\u6821\u9a8c\u5b8c\u6574\u6027(&V)", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c\u65e5\u5fd7\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditView", u"\u5e8f\u53f7", None));
        ___qtablewidgetitem1 = self.table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditView", u"\u65f6\u95f4", None));
        ___qtablewidgetitem2 = self.table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c\u4eba", None));
        ___qtablewidgetitem3 = self.table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c", None));
        ___qtablewidgetitem4 = self.table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AuditView", u"\u5bf9\u8c61", None));
        ___qtablewidgetitem5 = self.table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AuditView", u"\u8be6\u60c5", None));
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditView", u"\u64cd\u4f5c\u65e5\u5fd7", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

