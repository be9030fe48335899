# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holidays_view.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from gazetteer_desk.gui.widgets import MessageLine

class Ui_HolidaysView(object):
    def setupUi(self, HolidaysView):
        if not HolidaysView.objectName():
            HolidaysView.setObjectName(u"HolidaysView")
        HolidaysView.resize(1000, 640)
        self.pageLayout = QVBoxLayout(HolidaysView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.yearRow = QHBoxLayout()
        self.yearRow.setObjectName(u"yearRow")
        self.yearLabel = QLabel(HolidaysView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.yearRow.addWidget(self.yearLabel)

        self.year = QSpinBox(HolidaysView)
        self.year.setObjectName(u"year")
        self.year.setMinimum(2000)
        self.year.setMaximum(2100)
        self.year.setValue(2026)

        self.yearRow.addWidget(self.year)

        self.yearSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearRow.addItem(self.yearSpacer)


        self.pageLayout.addLayout(self.yearRow)

        self.hintLabel = QLabel(HolidaysView)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.daysTable = QTableWidget(HolidaysView)
        if (self.daysTable.columnCount() < 5):
            self.daysTable.setColumnCount(5)
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
        self.daysTable.setObjectName(u"daysTable")
        self.daysTable.setTabKeyNavigation(False)
        self.daysTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.daysTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.daysTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.daysTable.horizontalHeader().setStretchLastSection(True)
        self.daysTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.daysTable)

        self.removeRow = QHBoxLayout()
        self.removeRow.setObjectName(u"removeRow")
        self.selectedLabel = QLabel(HolidaysView)
        self.selectedLabel.setObjectName(u"selectedLabel")

        self.removeRow.addWidget(self.selectedLabel)

        self.removeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.removeRow.addItem(self.removeSpacer)

        self.removeButton = QPushButton(HolidaysView)
        self.removeButton.setObjectName(u"removeButton")
        self.removeButton.setEnabled(False)

        self.removeRow.addWidget(self.removeButton)


        self.pageLayout.addLayout(self.removeRow)

        self.addBox = QGroupBox(HolidaysView)
        self.addBox.setObjectName(u"addBox")
        self.addRow = QHBoxLayout(self.addBox)
        self.addRow.setObjectName(u"addRow")
        self.dayLabel = QLabel(self.addBox)
        self.dayLabel.setObjectName(u"dayLabel")

        self.addRow.addWidget(self.dayLabel)

        self.day = QDateEdit(self.addBox)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.addRow.addWidget(self.day)

        self.kindLabel = QLabel(self.addBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.addRow.addWidget(self.kindLabel)

        self.kind = QComboBox(self.addBox)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")

        self.addRow.addWidget(self.kind)

        self.nameLabel = QLabel(self.addBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.addRow.addWidget(self.nameLabel)

        self.name = QLineEdit(self.addBox)
        self.name.setObjectName(u"name")

        self.addRow.addWidget(self.name)

        self.saveButton = QPushButton(self.addBox)
        self.saveButton.setObjectName(u"saveButton")

        self.addRow.addWidget(self.saveButton)

        self.addRow.setStretch(5, 1)

        self.pageLayout.addWidget(self.addBox)

        self.message = MessageLine(HolidaysView)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.year)
        self.dayLabel.setBuddy(self.day)
        self.kindLabel.setBuddy(self.kind)
        self.nameLabel.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.year, self.daysTable)
        QWidget.setTabOrder(self.daysTable, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.day)
        QWidget.setTabOrder(self.day, self.kind)
        QWidget.setTabOrder(self.kind, self.name)
        QWidget.setTabOrder(self.name, self.saveButton)

        self.retranslateUi(HolidaysView)

        QMetaObject.connectSlotsByName(HolidaysView)
    # setupUi

    def retranslateUi(self, HolidaysView):
        HolidaysView.setWindowTitle(QCoreApplication.translate("HolidaysView", u"\u8282\u5047\u65e5", None))
#if QT_CONFIG(accessibility)
        HolidaysView.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u8282\u5047\u65e5\u8bbe\u7f6e", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("HolidaysView", u"\u5e74\u4efd(&Y)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.year.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u5e74\u4efd", None))
#endif // QT_CONFIG(accessibility)
        self.year.setSuffix(QCoreApplication.translate("HolidaysView", u" \u5e74", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("HolidaysView", u"\u8282\u5047\u65e5\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5\u51b3\u5b9a\u4fe1\u8bbf\u4e8b\u9879\u671f\u9650\u7684\u8ba1\u7b97\u3002\u5168\u56fd\u7684\u8282\u5047\u65e5\u968f\u7a0b\u5e8f\u63d0\u4f9b\uff1b\u672c\u53bf\u53e6\u884c\u8bbe\u7f6e\u7684\u65e5\u671f\u53ef\u4ee5\u64a4\u9500\uff0c\u64a4\u9500\u540e\u6062\u590d\u5168\u56fd\u7684\u5b89\u6392\u3002\u4fdd\u5b58\u6216\u64a4\u9500\u540e\uff0c\u6240\u6709\u5728\u529e\u4e8b\u9879\u7684\u671f\u9650\u4f1a\u91cd\u65b0\u8ba1\u7b97\u3002", None))
        ___qtablewidgetitem = self.daysTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HolidaysView", u"\u65e5\u671f", None));
        ___qtablewidgetitem1 = self.daysTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HolidaysView", u"\u661f\u671f", None));
        ___qtablewidgetitem2 = self.daysTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HolidaysView", u"\u7c7b\u578b", None));
        ___qtablewidgetitem3 = self.daysTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HolidaysView", u"\u540d\u79f0", None));
        ___qtablewidgetitem4 = self.daysTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HolidaysView", u"\u6765\u6e90", None));
#if QT_CONFIG(accessibility)
        self.daysTable.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u672c\u5e74\u8282\u5047\u65e5\u548c\u8c03\u4f11\u4e0a\u73ed\u65e5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.selectedLabel.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u6240\u9009\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.selectedLabel.setText(QCoreApplication.translate("HolidaysView", u"\u8bf7\u5728\u8868\u4e2d\u9009\u62e9\u4e00\u5929", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u64a4\u9500\u672c\u53bf\u5bf9\u6240\u9009\u65e5\u671f\u7684\u8bbe\u7f6e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("HolidaysView", u"\u64a4\u9500\u672c\u53bf\u5bf9\u6240\u9009\u65e5\u671f\u7684\u8bbe\u7f6e\uff0c\u6062\u590d\u5168\u56fd\u7684\u5b89\u6392\uff08\u5168\u56fd\u7684\u8282\u5047\u65e5\u4e0d\u80fd\u64a4\u9500\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("HolidaysView", u"\u64a4\u9500\u672c\u53bf\u8bbe\u7f6e(&R)", None))
        self.addBox.setTitle(QCoreApplication.translate("HolidaysView", u"\u8bbe\u7f6e\u67d0\u4e00\u5929", None))
        self.dayLabel.setText(QCoreApplication.translate("HolidaysView", u"\u65e5\u671f(&D)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.day.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.day.setDisplayFormat(QCoreApplication.translate("HolidaysView", u"yyyy-MM-dd", None))
        self.kindLabel.setText(QCoreApplication.translate("HolidaysView", u"\u7c7b\u578b(&T)\uff1a", None))
        self.kind.setItemText(0, QCoreApplication.translate("HolidaysView", u"\u8282\u5047\u65e5", None))
        self.kind.setItemText(1, QCoreApplication.translate("HolidaysView", u"\u8c03\u4f11\u4e0a\u73ed", None))

#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u7c7b\u578b", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("HolidaysView", u"\u540d\u79f0(&N)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("HolidaysView", u"\u5982\uff1a\u6625\u8282\u3001\u53bf\u5e86\uff08\u53ef\u4e0d\u586b\uff09", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u4fdd\u5b58\u8fd9\u4e00\u5929\u7684\u8bbe\u7f6e", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("HolidaysView", u"\u4fdd\u5b58(&S)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("HolidaysView", u"\u63d0\u793a\u4fe1\u606f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

