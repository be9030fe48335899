# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        self.dialogLayout = QVBoxLayout(ActionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ActionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.onLabel = QLabel(ActionDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(0, QFormLayout.LabelRole, self.onLabel)

        self.onDate = QDateEdit(ActionDialog)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.FieldRole, self.onDate)

        self.unitLabel = QLabel(ActionDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.form.setWidget(1, QFormLayout.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(ActionDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.form.setWidget(1, QFormLayout.FieldRole, self.unitEdit)

        self.daysLabel = QLabel(ActionDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(2, QFormLayout.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(ActionDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)

        self.form.setWidget(2, QFormLayout.FieldRole, self.daysSpin)

        self.approverLabel = QLabel(ActionDialog)
        self.approverLabel.setObjectName(u"approverLabel")

        self.form.setWidget(3, QFormLayout.LabelRole, self.approverLabel)

        self.approverCombo = QComboBox(ActionDialog)
        self.approverCombo.setObjectName(u"approverCombo")
        self.approverCombo.setEditable(True)

        self.form.setWidget(3, QFormLayout.FieldRole, self.approverCombo)

        self.reasonLabel = QLabel(ActionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ActionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(4, QFormLayout.FieldRole, self.reasonEdit)

        self.outcomeLabel = QLabel(ActionDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(5, QFormLayout.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(ActionDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.form.setWidget(5, QFormLayout.FieldRole, self.outcomeCombo)

        self.factsLabel = QLabel(ActionDialog)
        self.factsLabel.setObjectName(u"factsLabel")

        self.form.setWidget(6, QFormLayout.LabelRole, self.factsLabel)

        self.factsEdit = QPlainTextEdit(ActionDialog)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setTabChangesFocus(True)
        self.factsEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(6, QFormLayout.FieldRole, self.factsEdit)

        self.opinionLabel = QLabel(ActionDialog)
        self.opinionLabel.setObjectName(u"opinionLabel")

        self.form.setWidget(7, QFormLayout.LabelRole, self.opinionLabel)

        self.opinionEdit = QPlainTextEdit(ActionDialog)
        self.opinionEdit.setObjectName(u"opinionEdit")
        self.opinionEdit.setTabChangesFocus(True)
        self.opinionEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(7, QFormLayout.FieldRole, self.opinionEdit)

        self.basisLabel = QLabel(ActionDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.form.setWidget(8, QFormLayout.LabelRole, self.basisLabel)

        self.basisEdit = QPlainTextEdit(ActionDialog)
        self.basisEdit.setObjectName(u"basisEdit")
        self.basisEdit.setTabChangesFocus(True)
        self.basisEdit.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(8, QFormLayout.FieldRole, self.basisEdit)

        self.noteLabel = QLabel(ActionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(9, QFormLayout.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ActionDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(9, QFormLayout.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.form)

        self.problemLabel = QLabel(ActionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.problemLabel)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.onLabel.setBuddy(self.onDate)
        self.unitLabel.setBuddy(self.unitEdit)
        self.daysLabel.setBuddy(self.daysSpin)
        self.approverLabel.setBuddy(self.approverCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.factsLabel.setBuddy(self.factsEdit)
        self.opinionLabel.setBuddy(self.opinionEdit)
        self.basisLabel.setBuddy(self.basisEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.onDate, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.daysSpin)
        QWidget.setTabOrder(self.daysSpin, self.approverCombo)
        QWidget.setTabOrder(self.approverCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.factsEdit)
        QWidget.setTabOrder(self.factsEdit, self.opinionEdit)
        QWidget.setTabOrder(self.opinionEdit, self.basisEdit)
        QWidget.setTabOrder(self.basisEdit, self.noteEdit)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"\u4e8b\u9879\u529e\u7406", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u529e\u7406\u6b65\u9aa4\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.onLabel.setText(QCoreApplication.translate("ActionDialog", u"\u529e\u7406\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.onDate.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u529e\u7406\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.onDate.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"yyyy-MM-dd", None))
        self.unitLabel.setText(QCoreApplication.translate("ActionDialog", u"\u627f\u529e\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u627f\u529e\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.daysLabel.setText(QCoreApplication.translate("ActionDialog", u"\u5ef6\u671f\u5929\u6570", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u5ef6\u671f\u5929\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.daysSpin.setSuffix(QCoreApplication.translate("ActionDialog", u" \u65e5", None))
        self.approverLabel.setText(QCoreApplication.translate("ActionDialog", u"\u6279\u51c6\u4eba", None))
#if QT_CONFIG(accessibility)
        self.approverCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u6279\u51c6\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("ActionDialog", u"\u7406\u7531", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("ActionDialog", u"\u5904\u7406\u7ed3\u679c", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u5904\u7406\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.factsLabel.setText(QCoreApplication.translate("ActionDialog", u"\u67e5\u660e\u7684\u4e8b\u5b9e", None))
#if QT_CONFIG(accessibility)
        self.factsEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u67e5\u660e\u7684\u4e8b\u5b9e", None))
#endif // QT_CONFIG(accessibility)
        self.opinionLabel.setText(QCoreApplication.translate("ActionDialog", u"\u5904\u7406\u610f\u89c1", None))
#if QT_CONFIG(accessibility)
        self.opinionEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u5904\u7406\u610f\u89c1", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("ActionDialog", u"\u6cd5\u5f8b\u6cd5\u89c4\u653f\u7b56\u4f9d\u636e", None))
#if QT_CONFIG(accessibility)
        self.basisEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u6cd5\u5f8b\u6cd5\u89c4\u653f\u7b56\u4f9d\u636e", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ActionDialog", u"\u5907\u6ce8", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u5907\u6ce8", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.problemLabel.setAccessibleName(QCoreApplication.translate("ActionDialog", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.problemLabel.setProperty(u"role", QCoreApplication.translate("ActionDialog", u"problem", None))
    # retranslateUi

