# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receipt_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ReceiptDialog(object):
    def setupUi(self, ReceiptDialog):
        if not ReceiptDialog.objectName():
            ReceiptDialog.setObjectName(u"ReceiptDialog")
        ReceiptDialog.resize(720, 860)
        self.dialogLayout = QVBoxLayout(ReceiptDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.choiceForm = QFormLayout()
        self.choiceForm.setObjectName(u"choiceForm")
        self.kindLabel = QLabel(ReceiptDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.choiceForm.setWidget(0, QFormLayout.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReceiptDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.choiceForm.setWidget(0, QFormLayout.FieldRole, self.kindCombo)

        self.paperLabel = QLabel(ReceiptDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.choiceForm.setWidget(1, QFormLayout.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(ReceiptDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.choiceForm.setWidget(1, QFormLayout.FieldRole, self.paperCombo)


        self.dialogLayout.addLayout(self.choiceForm)

        self.previewScroll = QScrollArea(ReceiptDialog)
        self.previewScroll.setObjectName(u"previewScroll")
        self.previewScroll.setWidgetResizable(True)
        self.pagesWidget = QWidget()
        self.pagesWidget.setObjectName(u"pagesWidget")
        self.pagesLayout = QVBoxLayout(self.pagesWidget)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.previewScroll.setWidget(self.pagesWidget)

        self.dialogLayout.addWidget(self.previewScroll)

        self.messageLabel = QLabel(ReceiptDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printButton = QPushButton(ReceiptDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonRow.addWidget(self.printButton)

        self.saveButton = QPushButton(ReceiptDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonRow.addWidget(self.saveButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.buttons = QDialogButtonBox(ReceiptDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.buttonRow.addWidget(self.buttons)


        self.dialogLayout.addLayout(self.buttonRow)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.paperLabel.setBuddy(self.paperCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.previewScroll)
        QWidget.setTabOrder(self.previewScroll, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveButton)

        self.retranslateUi(ReceiptDialog)

        QMetaObject.connectSlotsByName(ReceiptDialog)
    # setupUi

    def retranslateUi(self, ReceiptDialog):
        ReceiptDialog.setWindowTitle(QCoreApplication.translate("ReceiptDialog", u"\u6253\u5370\u56de\u6267\u4e0e\u544a\u77e5\u4e66", None))
        self.kindLabel.setText(QCoreApplication.translate("ReceiptDialog", u"\u6587\u4e66(&K)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ReceiptDialog", u"\u6587\u4e66\u79cd\u7c7b", None))
#endif // QT_CONFIG(accessibility)
        self.paperLabel.setText(QCoreApplication.translate("ReceiptDialog", u"\u7eb8\u5f20(&P)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("ReceiptDialog", u"\u7eb8\u5f20", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewScroll.setAccessibleName(QCoreApplication.translate("ReceiptDialog", u"\u9884\u89c8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ReceiptDialog", u"\u6253\u5370\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setProperty(u"role", QCoreApplication.translate("ReceiptDialog", u"problem", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("ReceiptDialog", u"\u6253\u5370", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("ReceiptDialog", u"\u6253\u5370(&D)\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("ReceiptDialog", u"\u53e6\u5b58\u4e3aPDF", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("ReceiptDialog", u"\u53e6\u5b58\u4e3aPDF(&S)\u2026", None))
    # retranslateUi

