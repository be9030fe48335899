# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'satisfaction_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SatisfactionDialog(object):
    def setupUi(self, SatisfactionDialog):
        if not SatisfactionDialog.objectName():
            SatisfactionDialog.setObjectName(u"SatisfactionDialog")
        self.dialogLayout = QVBoxLayout(SatisfactionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.officeLabel = QLabel(SatisfactionDialog)
        self.officeLabel.setObjectName(u"officeLabel")

        self.form.setWidget(0, QFormLayout.LabelRole, self.officeLabel)

        self.officeCombo = QComboBox(SatisfactionDialog)
        self.officeCombo.setObjectName(u"officeCombo")

        self.form.setWidget(0, QFormLayout.FieldRole, self.officeCombo)

        self.unitLabel = QLabel(SatisfactionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(1, QFormLayout.LabelRole, self.unitLabel)

        self.unitCombo = QComboBox(SatisfactionDialog)
        self.unitCombo.setObjectName(u"unitCombo")

        self.form.setWidget(1, QFormLayout.FieldRole, self.unitCombo)

        self.methodLabel = QLabel(SatisfactionDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(2, QFormLayout.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(SatisfactionDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(2, QFormLayout.FieldRole, self.methodCombo)

        self.reasonLabel = QLabel(SatisfactionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(SatisfactionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(3, QFormLayout.FieldRole, self.reasonEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(SatisfactionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(SatisfactionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.officeLabel.setBuddy(self.officeCombo)
        self.unitLabel.setBuddy(self.unitCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeCombo, self.unitCombo)
        QWidget.setTabOrder(self.unitCombo, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.reasonEdit)

        self.retranslateUi(SatisfactionDialog)

        QMetaObject.connectSlotsByName(SatisfactionDialog)
    # setupUi

    def retranslateUi(self, SatisfactionDialog):
        SatisfactionDialog.setWindowTitle(QCoreApplication.translate("SatisfactionDialog", u"\u6ee1\u610f\u5ea6\u8bc4\u4ef7 / \u56de\u8bbf", None))
        self.officeLabel.setText(QCoreApplication.translate("SatisfactionDialog", u"\u5bf9\u4fe1\u8bbf\u90e8\u95e8", None))
#if QT_CONFIG(accessibility)
        self.officeCombo.setAccessibleName(QCoreApplication.translate("SatisfactionDialog", u"\u5bf9\u4fe1\u8bbf\u90e8\u95e8", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("SatisfactionDialog", u"\u5bf9\u8d23\u4efb\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.unitCombo.setAccessibleName(QCoreApplication.translate("SatisfactionDialog", u"\u5bf9\u8d23\u4efb\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.methodLabel.setText(QCoreApplication.translate("SatisfactionDialog", u"\u56de\u8bbf\u65b9\u5f0f", None))
#if QT_CONFIG(accessibility)
        self.methodCombo.setAccessibleName(QCoreApplication.translate("SatisfactionDialog", u"\u56de\u8bbf\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("SatisfactionDialog", u"\u539f\u56e0\uff08\u4e0d\u6ee1\u610f\u65f6\u5fc5\u586b\uff09", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("SatisfactionDialog", u"\u539f\u56e0\uff08\u4e0d\u6ee1\u610f\u65f6\u5fc5\u586b\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("SatisfactionDialog", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setProperty(u"role", QCoreApplication.translate("SatisfactionDialog", u"problem", None))
    # retranslateUi

