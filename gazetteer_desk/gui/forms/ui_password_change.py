# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_change.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PasswordChangeForm(object):
    def setupUi(self, PasswordChangeForm):
        if not PasswordChangeForm.objectName():
            PasswordChangeForm.setObjectName(u"PasswordChangeForm")
        self.formLayout_ = QVBoxLayout(PasswordChangeForm)
        self.formLayout_.setObjectName(u"formLayout_")
        self.formLayout_.setContentsMargins(0, 0, 0, 0)
        self.noteLabel = QLabel(PasswordChangeForm)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.formLayout_.addWidget(self.noteLabel)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.oldPasswordLabel = QLabel(PasswordChangeForm)
        self.oldPasswordLabel.setObjectName(u"oldPasswordLabel")

        self.passwordForm.setWidget(0, QFormLayout.LabelRole, self.oldPasswordLabel)

        self.oldPasswordEdit = QLineEdit(PasswordChangeForm)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setMaxLength(128)
        self.oldPasswordEdit.setEchoMode(QLineEdit.Password)

        self.passwordForm.setWidget(0, QFormLayout.FieldRole, self.oldPasswordEdit)

        self.newPasswordLabel = QLabel(PasswordChangeForm)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.passwordForm.setWidget(1, QFormLayout.LabelRole, self.newPasswordLabel)

        self.newPasswordEdit = QLineEdit(PasswordChangeForm)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setMaxLength(128)
        self.newPasswordEdit.setEchoMode(QLineEdit.Password)

        self.passwordForm.setWidget(1, QFormLayout.FieldRole, self.newPasswordEdit)

        self.repeatPasswordLabel = QLabel(PasswordChangeForm)
        self.repeatPasswordLabel.setObjectName(u"repeatPasswordLabel")

        self.passwordForm.setWidget(2, QFormLayout.LabelRole, self.repeatPasswordLabel)

        self.repeatPasswordEdit = QLineEdit(PasswordChangeForm)
        self.repeatPasswordEdit.setObjectName(u"repeatPasswordEdit")
        self.repeatPasswordEdit.setMaxLength(128)
        self.repeatPasswordEdit.setEchoMode(QLineEdit.Password)

        self.passwordForm.setWidget(2, QFormLayout.FieldRole, self.repeatPasswordEdit)


        self.formLayout_.addLayout(self.passwordForm)

        self.ruleLabel = QLabel(PasswordChangeForm)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.formLayout_.addWidget(self.ruleLabel)

        self.errorLabel = QLabel(PasswordChangeForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout_.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(PasswordChangeForm)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Ok)

        self.formLayout_.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.oldPasswordLabel.setBuddy(self.oldPasswordEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.repeatPasswordLabel.setBuddy(self.repeatPasswordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.oldPasswordEdit, self.newPasswordEdit)
        QWidget.setTabOrder(self.newPasswordEdit, self.repeatPasswordEdit)

        self.retranslateUi(PasswordChangeForm)

        QMetaObject.connectSlotsByName(PasswordChangeForm)
    # setupUi

    def retranslateUi(self, PasswordChangeForm):
        PasswordChangeForm.setWindowTitle(QCoreApplication.translate("PasswordChangeForm", u"\u4fee\u6539\u5bc6\u7801", None))
#if QT_CONFIG(accessibility)
        self.noteLabel.setAccessibleName(QCoreApplication.translate("PasswordChangeForm", u"\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.oldPasswordLabel.setText(QCoreApplication.translate("PasswordChangeForm", u"\u539f\u5bc6\u7801(&O)", None))
#if QT_CONFIG(accessibility)
        self.oldPasswordEdit.setAccessibleName(QCoreApplication.translate("PasswordChangeForm", u"\u539f\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.newPasswordLabel.setText(QCoreApplication.translate("PasswordChangeForm", u"\u65b0\u5bc6\u7801(&N)", None))
#if QT_CONFIG(accessibility)
        self.newPasswordEdit.setAccessibleName(QCoreApplication.translate("PasswordChangeForm", u"\u65b0\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.repeatPasswordLabel.setText(QCoreApplication.translate("PasswordChangeForm", u"\u518d\u6b21\u8f93\u5165(&R)", None))
#if QT_CONFIG(accessibility)
        self.repeatPasswordEdit.setAccessibleName(QCoreApplication.translate("PasswordChangeForm", u"\u518d\u6b21\u8f93\u5165\u65b0\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ruleLabel.setAccessibleName(QCoreApplication.translate("PasswordChangeForm", u"\u5bc6\u7801\u8981\u6c42", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("PasswordChangeForm", u"\u4fee\u6539\u5bc6\u7801\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setProperty(u"role", QCoreApplication.translate("PasswordChangeForm", u"problem", None))
    # retranslateUi

