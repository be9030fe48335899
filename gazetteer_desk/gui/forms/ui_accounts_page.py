# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage):
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        AccountsPage.resize(760, 520)
        self.pageLayout = QVBoxLayout(AccountsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.accountsTable = QTableWidget(AccountsPage)
        if (self.accountsTable.columnCount() < 5):
            self.accountsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.accountsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.accountsTable.setObjectName(u"accountsTable")
        self.accountsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.accountsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.accountsTable.setSelectionMode(QAbstractItemView.SingleSelection)

        self.pageLayout.addWidget(self.accountsTable)

        self.selectedBox = QGroupBox(AccountsPage)
        self.selectedBox.setObjectName(u"selectedBox")
        self.selectedLayout = QHBoxLayout(self.selectedBox)
        self.selectedLayout.setObjectName(u"selectedLayout")
        self.resetPasswordLabel = QLabel(self.selectedBox)
        self.resetPasswordLabel.setObjectName(u"resetPasswordLabel")

        self.selectedLayout.addWidget(self.resetPasswordLabel)

        self.resetPasswordEdit = QLineEdit(self.selectedBox)
        self.resetPasswordEdit.setObjectName(u"resetPasswordEdit")
        self.resetPasswordEdit.setEchoMode(QLineEdit.Password)

        self.selectedLayout.addWidget(self.resetPasswordEdit)

        self.resetButton = QPushButton(self.selectedBox)
        self.resetButton.setObjectName(u"resetButton")

        self.selectedLayout.addWidget(self.resetButton)

        self.deactivateButton = QPushButton(self.selectedBox)
        self.deactivateButton.setObjectName(u"deactivateButton")

        self.selectedLayout.addWidget(self.deactivateButton)


        self.pageLayout.addWidget(self.selectedBox)

        self.newBox = QGroupBox(AccountsPage)
        self.newBox.setObjectName(u"newBox")
        self.newForm = QFormLayout(self.newBox)
        self.newForm.setObjectName(u"newForm")
        self.usernameLabel = QLabel(self.newBox)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.newForm.setWidget(0, QFormLayout.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.newBox)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.newForm.setWidget(0, QFormLayout.FieldRole, self.usernameEdit)

        self.roleLabel = QLabel(self.newBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.newForm.setWidget(1, QFormLayout.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.newBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.newForm.setWidget(1, QFormLayout.FieldRole, self.roleCombo)

        self.staffLabel = QLabel(self.newBox)
        self.staffLabel.setObjectName(u"staffLabel")

        self.newForm.setWidget(2, QFormLayout.LabelRole, self.staffLabel)

        self.staffCombo = QComboBox(self.newBox)
        self.staffCombo.setObjectName(u"staffCombo")

        self.newForm.setWidget(2, QFormLayout.FieldRole, self.staffCombo)

        self.initialPasswordLabel = QLabel(self.newBox)
        self.initialPasswordLabel.setObjectName(u"initialPasswordLabel")

        self.newForm.setWidget(3, QFormLayout.LabelRole, self.initialPasswordLabel)

        self.initialPasswordEdit = QLineEdit(self.newBox)
        self.initialPasswordEdit.setObjectName(u"initialPasswordEdit")
        self.initialPasswordEdit.setEchoMode(QLineEdit.Password)

        self.newForm.setWidget(3, QFormLayout.FieldRole, self.initialPasswordEdit)

        self.createButton = QPushButton(self.newBox)
        self.createButton.setObjectName(u"createButton")

        self.newForm.setWidget(4, QFormLayout.FieldRole, self.createButton)


        self.pageLayout.addWidget(self.newBox)

        self.problemLabel = QLabel(AccountsPage)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.problemLabel)

#if QT_CONFIG(shortcut)
        self.resetPasswordLabel.setBuddy(self.resetPasswordEdit)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.staffLabel.setBuddy(self.staffCombo)
        self.initialPasswordLabel.setBuddy(self.initialPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountsTable, self.resetPasswordEdit)
        QWidget.setTabOrder(self.resetPasswordEdit, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.deactivateButton)
        QWidget.setTabOrder(self.deactivateButton, self.usernameEdit)
        QWidget.setTabOrder(self.usernameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.staffCombo)
        QWidget.setTabOrder(self.staffCombo, self.initialPasswordEdit)
        QWidget.setTabOrder(self.initialPasswordEdit, self.createButton)

        self.retranslateUi(AccountsPage)

        QMetaObject.connectSlotsByName(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage):
#if QT_CONFIG(accessibility)
        AccountsPage.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u8d26\u6237\u7ba1\u7406", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.accountsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AccountsPage", u"\u7528\u6237\u540d", None));
        ___qtablewidgetitem1 = self.accountsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AccountsPage", u"\u89d2\u8272", None));
        ___qtablewidgetitem2 = self.accountsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AccountsPage", u"\u5de5\u4f5c\u4eba\u5458", None));
        ___qtablewidgetitem3 = self.accountsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AccountsPage", u"\u72b6\u6001", None));
        ___qtablewidgetitem4 = self.accountsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AccountsPage", u"\u5efa\u7acb\u65f6\u95f4", None));
#if QT_CONFIG(accessibility)
        self.accountsTable.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u8d26\u6237\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.selectedBox.setTitle(QCoreApplication.translate("AccountsPage", u"\u6240\u9009\u8d26\u6237", None))
        self.resetPasswordLabel.setText(QCoreApplication.translate("AccountsPage", u"\u4e34\u65f6\u5bc6\u7801", None))
#if QT_CONFIG(accessibility)
        self.resetPasswordEdit.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u91cd\u7f6e\u7528\u7684\u4e34\u65f6\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.resetPasswordEdit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u672c\u4eba\u4e0b\u6b21\u767b\u5f55\u65f6\u987b\u4fee\u6539", None))
        self.resetButton.setText(QCoreApplication.translate("AccountsPage", u"\u91cd\u7f6e\u5bc6\u7801", None))
        self.deactivateButton.setText(QCoreApplication.translate("AccountsPage", u"\u505c\u7528\u8d26\u6237", None))
        self.newBox.setTitle(QCoreApplication.translate("AccountsPage", u"\u65b0\u5efa\u8d26\u6237", None))
        self.usernameLabel.setText(QCoreApplication.translate("AccountsPage", u"\u7528\u6237\u540d *", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u65b0\u8d26\u6237\u7528\u6237\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("AccountsPage", u"\u89d2\u8272 *", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u65b0\u8d26\u6237\u89d2\u8272", None))
#endif // QT_CONFIG(accessibility)
        self.staffLabel.setText(QCoreApplication.translate("AccountsPage", u"\u5bf9\u5e94\u5de5\u4f5c\u4eba\u5458", None))
#if QT_CONFIG(accessibility)
        self.staffCombo.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u65b0\u8d26\u6237\u5bf9\u5e94\u7684\u5de5\u4f5c\u4eba\u5458", None))
#endif // QT_CONFIG(accessibility)
        self.initialPasswordLabel.setText(QCoreApplication.translate("AccountsPage", u"\u521d\u59cb\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.initialPasswordEdit.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u65b0\u8d26\u6237\u521d\u59cb\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.initialPasswordEdit.setPlaceholderText(QCoreApplication.translate("AccountsPage", u"\u81f3\u5c118\u4e2a\u5b57\u7b26\uff1b\u672c\u4eba\u9996\u6b21\u767b\u5f55\u65f6\u987b\u4fee\u6539", None))
        self.createButton.setText(QCoreApplication.translate("AccountsPage", u"\u65b0\u5efa\u8d26\u6237", None))
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("AccountsPage", u"\u8d26\u6237\u7ba1\u7406\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setProperty(u"role", QCoreApplication.translate("AccountsPage", u"problem", None))
    # retranslateUi

