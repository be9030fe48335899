# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_SyncPage(object):
    def setupUi(self, SyncPage):
        if not SyncPage.objectName():
            SyncPage.setObjectName(u"SyncPage")
        SyncPage.resize(1000, 700)
        self.pageLayout = QVBoxLayout(SyncPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.countyBox = QGroupBox(SyncPage)
        self.countyBox.setObjectName(u"countyBox")
        self.countyForm = QFormLayout(self.countyBox)
        self.countyForm.setObjectName(u"countyForm")
        self.countyKeyCaption = QLabel(self.countyBox)
        self.countyKeyCaption.setObjectName(u"countyKeyCaption")

        self.countyForm.setWidget(0, QFormLayout.LabelRole, self.countyKeyCaption)

        self.countyKeyLabel = QLabel(self.countyBox)
        self.countyKeyLabel.setObjectName(u"countyKeyLabel")
        self.countyKeyLabel.setWordWrap(True)
        self.countyKeyLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.countyForm.setWidget(0, QFormLayout.FieldRole, self.countyKeyLabel)

        self.countyFingerprintCaption = QLabel(self.countyBox)
        self.countyFingerprintCaption.setObjectName(u"countyFingerprintCaption")

        self.countyForm.setWidget(1, QFormLayout.LabelRole, self.countyFingerprintCaption)

        self.countyFingerprintLabel = QLabel(self.countyBox)
        self.countyFingerprintLabel.setObjectName(u"countyFingerprintLabel")
        self.countyFingerprintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.countyForm.setWidget(1, QFormLayout.FieldRole, self.countyFingerprintLabel)

        self.countyKeyEditLabel = QLabel(self.countyBox)
        self.countyKeyEditLabel.setObjectName(u"countyKeyEditLabel")

        self.countyForm.setWidget(2, QFormLayout.LabelRole, self.countyKeyEditLabel)

        self.countyKeyEdit = QLineEdit(self.countyBox)
        self.countyKeyEdit.setObjectName(u"countyKeyEdit")

        self.countyForm.setWidget(2, QFormLayout.FieldRole, self.countyKeyEdit)

        self.backupKeyEditLabel = QLabel(self.countyBox)
        self.backupKeyEditLabel.setObjectName(u"backupKeyEditLabel")

        self.countyForm.setWidget(3, QFormLayout.LabelRole, self.backupKeyEditLabel)

        self.backupKeyEdit = QLineEdit(self.countyBox)
        self.backupKeyEdit.setObjectName(u"backupKeyEdit")

        self.countyForm.setWidget(3, QFormLayout.FieldRole, self.backupKeyEdit)

        self.setKeyRow = QHBoxLayout()
        self.setKeyRow.setObjectName(u"setKeyRow")
        self.setKeyButton = QPushButton(self.countyBox)
        self.setKeyButton.setObjectName(u"setKeyButton")

        self.setKeyRow.addWidget(self.setKeyButton)

        self.setKeySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.setKeyRow.addItem(self.setKeySpacer)


        self.countyForm.setLayout(4, QFormLayout.FieldRole, self.setKeyRow)


        self.pageLayout.addWidget(self.countyBox)

        self.ownBox = QGroupBox(SyncPage)
        self.ownBox.setObjectName(u"ownBox")
        self.ownLayout = QVBoxLayout(self.ownBox)
        self.ownLayout.setObjectName(u"ownLayout")
        self.keysProtectionLabel = QLabel(self.ownBox)
        self.keysProtectionLabel.setObjectName(u"keysProtectionLabel")
        self.keysProtectionLabel.setWordWrap(True)

        self.ownLayout.addWidget(self.keysProtectionLabel)

        self.ownFingerprintLabel = QLabel(self.ownBox)
        self.ownFingerprintLabel.setObjectName(u"ownFingerprintLabel")
        self.ownFingerprintLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.ownLayout.addWidget(self.ownFingerprintLabel)

        self.ownKeyText = QPlainTextEdit(self.ownBox)
        self.ownKeyText.setObjectName(u"ownKeyText")
        self.ownKeyText.setReadOnly(True)
        self.ownKeyText.setTabChangesFocus(True)
        self.ownKeyText.setMaximumSize(QSize(16777215, 60))

        self.ownLayout.addWidget(self.ownKeyText)

        self.ownButtons = QHBoxLayout()
        self.ownButtons.setObjectName(u"ownButtons")
        self.saveKeyButton = QPushButton(self.ownBox)
        self.saveKeyButton.setObjectName(u"saveKeyButton")

        self.ownButtons.addWidget(self.saveKeyButton)

        self.printKeyButton = QPushButton(self.ownBox)
        self.printKeyButton.setObjectName(u"printKeyButton")

        self.ownButtons.addWidget(self.printKeyButton)

        self.protectKeysButton = QPushButton(self.ownBox)
        self.protectKeysButton.setObjectName(u"protectKeysButton")

        self.ownButtons.addWidget(self.protectKeysButton)

        self.changePassphraseButton = QPushButton(self.ownBox)
        self.changePassphraseButton.setObjectName(u"changePassphraseButton")

        self.ownButtons.addWidget(self.changePassphraseButton)

        self.ownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ownButtons.addItem(self.ownSpacer)


        self.ownLayout.addLayout(self.ownButtons)


        self.pageLayout.addWidget(self.ownBox)

        self.exportBox = QGroupBox(SyncPage)
        self.exportBox.setObjectName(u"exportBox")
        self.exportLayout = QVBoxLayout(self.exportBox)
        self.exportLayout.setObjectName(u"exportLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodLabel = QLabel(self.exportBox)
        self.periodLabel.setObjectName(u"periodLabel")

        self.periodRow.addWidget(self.periodLabel)

        self.periodEdit = QLineEdit(self.exportBox)
        self.periodEdit.setObjectName(u"periodEdit")
        self.periodEdit.setMaximumSize(QSize(100, 16777215))

        self.periodRow.addWidget(self.periodEdit)

        self.exportButton = QPushButton(self.exportBox)
        self.exportButton.setObjectName(u"exportButton")

        self.periodRow.addWidget(self.exportButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)


        self.exportLayout.addLayout(self.periodRow)

        self.statusLabel = QLabel(self.exportBox)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.exportLayout.addWidget(self.statusLabel)

        self.exportsTable = QTableWidget(self.exportBox)
        if (self.exportsTable.columnCount() < 4):
            self.exportsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.exportsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.exportsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.exportsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.exportsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.exportsTable.setObjectName(u"exportsTable")
        self.exportsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.exportsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.exportsTable.horizontalHeader().setStretchLastSection(True)
        self.exportsTable.verticalHeader().setVisible(False)

        self.exportLayout.addWidget(self.exportsTable)

        self.againRow = QHBoxLayout()
        self.againRow.setObjectName(u"againRow")
        self.againButton = QPushButton(self.exportBox)
        self.againButton.setObjectName(u"againButton")

        self.againRow.addWidget(self.againButton)

        self.againSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.againRow.addItem(self.againSpacer)


        self.exportLayout.addLayout(self.againRow)


        self.pageLayout.addWidget(self.exportBox)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.countyKeyEditLabel.setBuddy(self.countyKeyEdit)
        self.backupKeyEditLabel.setBuddy(self.backupKeyEdit)
        self.periodLabel.setBuddy(self.periodEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.countyKeyEdit, self.backupKeyEdit)
        QWidget.setTabOrder(self.backupKeyEdit, self.setKeyButton)
        QWidget.setTabOrder(self.setKeyButton, self.ownKeyText)
        QWidget.setTabOrder(self.ownKeyText, self.saveKeyButton)
        QWidget.setTabOrder(self.saveKeyButton, self.printKeyButton)
        QWidget.setTabOrder(self.printKeyButton, self.protectKeysButton)
        QWidget.setTabOrder(self.protectKeysButton, self.changePassphraseButton)
        QWidget.setTabOrder(self.changePassphraseButton, self.periodEdit)
        QWidget.setTabOrder(self.periodEdit, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.exportsTable)
        QWidget.setTabOrder(self.exportsTable, self.againButton)

        self.retranslateUi(SyncPage)

        QMetaObject.connectSlotsByName(SyncPage)
    # setupUi

    def retranslateUi(self, SyncPage):
        SyncPage.setWindowTitle(QCoreApplication.translate("SyncPage", u"\u540c\u6b65", None))
        self.countyBox.setTitle(QCoreApplication.translate("SyncPage", u"\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5\uff08\u7528\u4e8e\u52a0\u5bc6\u6570\u636e\u5305\uff09", None))
        self.countyKeyCaption.setText(QCoreApplication.translate("SyncPage", u"\u5f53\u524d\u516c\u94a5\uff1a", None))
#if QT_CONFIG(accessibility)
        self.countyKeyLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u5f53\u524d\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
        self.countyFingerprintCaption.setText(QCoreApplication.translate("SyncPage", u"\u6307\u7eb9\uff08\u7535\u8bdd\u6838\u5bf9\uff09\uff1a", None))
#if QT_CONFIG(accessibility)
        self.countyFingerprintLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5\u6307\u7eb9\uff08\u7535\u8bdd\u6838\u5bf9\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.countyKeyEditLabel.setText(QCoreApplication.translate("SyncPage", u"\u65b0\u516c\u94a5(&N)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.countyKeyEdit.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u65b0\u7684\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
        self.countyKeyEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"age1\u2026\uff08\u7531\u53bf\u4fe1\u8bbf\u529e\u63d0\u4f9b\uff09", None))
        self.backupKeyEditLabel.setText(QCoreApplication.translate("SyncPage", u"\u5907\u4efd\u516c\u94a5(&B)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.backupKeyEdit.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u5907\u4efd\u516c\u94a5\uff08\u53ef\u9009\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.backupKeyEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"\u53ef\u9009\uff1a\u5907\u4efd\u516c\u94a5 age1\u2026", None))
#if QT_CONFIG(accessibility)
        self.setKeyButton.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u8bbe\u7f6e\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
        self.setKeyButton.setText(QCoreApplication.translate("SyncPage", u"\u8bbe\u7f6e\u516c\u94a5", None))
        self.ownBox.setTitle(QCoreApplication.translate("SyncPage", u"\u672c\u4e61\u9547\u7b7e\u540d\u516c\u94a5\uff08\u4ea4\u53bf\u4fe1\u8bbf\u529e\u767b\u8bb0\uff09", None))
#if QT_CONFIG(accessibility)
        self.keysProtectionLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u672c\u673a\u79c1\u94a5\u4fdd\u62a4\u60c5\u51b5", None))
#endif // QT_CONFIG(accessibility)
        self.keysProtectionLabel.setProperty(u"role", QCoreApplication.translate("SyncPage", u"warning", None))
#if QT_CONFIG(accessibility)
        self.ownFingerprintLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u672c\u4e61\u9547\u516c\u94a5\u6307\u7eb9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownKeyText.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u672c\u4e61\u9547\u7b7e\u540d\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveKeyButton.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u4fdd\u5b58\u672c\u4e61\u9547\u516c\u94a5\u6587\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.saveKeyButton.setText(QCoreApplication.translate("SyncPage", u"\u4fdd\u5b58\u516c\u94a5\u6587\u4ef6\u2026", None))
#if QT_CONFIG(accessibility)
        self.printKeyButton.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u6253\u5370\u672c\u4e61\u9547\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
        self.printKeyButton.setText(QCoreApplication.translate("SyncPage", u"\u6253\u5370\u2026", None))
#if QT_CONFIG(accessibility)
        self.protectKeysButton.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u8bbe\u7f6e\u5bc6\u94a5\u53e3\u4ee4\uff0c\u52a0\u5bc6\u4fdd\u5b58\u672c\u673a\u79c1\u94a5", None))
#endif // QT_CONFIG(accessibility)
        self.protectKeysButton.setText(QCoreApplication.translate("SyncPage", u"\u8bbe\u7f6e\u5bc6\u94a5\u53e3\u4ee4\u2026", None))
#if QT_CONFIG(accessibility)
        self.changePassphraseButton.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u66f4\u6539\u5bc6\u94a5\u53e3\u4ee4", None))
#endif // QT_CONFIG(accessibility)
        self.changePassphraseButton.setText(QCoreApplication.translate("SyncPage", u"\u66f4\u6539\u5bc6\u94a5\u53e3\u4ee4\u2026", None))
        self.exportBox.setTitle(QCoreApplication.translate("SyncPage", u"\u6bcf\u6708\u5bfc\u51fa", None))
        self.periodLabel.setText(QCoreApplication.translate("SyncPage", u"\u671f\u95f4(&Q)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.periodEdit.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u5bfc\u51fa\u671f\u95f4\uff08\u5e74-\u6708\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.periodEdit.setPlaceholderText(QCoreApplication.translate("SyncPage", u"2026-01", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u5bfc\u51fa\u6570\u636e\u5305\u5230U\u76d8", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("SyncPage", u"\u5bfc\u51fa\u5230U\u76d8(&E)\u2026", None))
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u5bfc\u51fa\u72b6\u6001", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.exportsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SyncPage", u"\u5e8f\u53f7", None));
        ___qtablewidgetitem1 = self.exportsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SyncPage", u"\u671f\u95f4", None));
        ___qtablewidgetitem2 = self.exportsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SyncPage", u"\u8bb0\u5f55\u6570", None));
        ___qtablewidgetitem3 = self.exportsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SyncPage", u"\u6587\u4ef6", None));
#if QT_CONFIG(accessibility)
        self.exportsTable.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u5df2\u5bfc\u51fa\u7684\u6570\u636e\u5305", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.againButton.setAccessibleName(QCoreApplication.translate("SyncPage", u"\u91cd\u65b0\u5bfc\u51fa\u9009\u4e2d\u7684\u6570\u636e\u5305", None))
#endif // QT_CONFIG(accessibility)
        self.againButton.setText(QCoreApplication.translate("SyncPage", u"\u91cd\u65b0\u5bfc\u51fa\u9009\u4e2d\u7684\u6570\u636e\u5305\uff08U\u76d8\u4e22\u5931\u65f6\uff09(&R)\u2026", None))
    # retranslateUi

