# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.setMinimumSize(QSize(380, 0))
        self.dialogLayout = QVBoxLayout(LoginDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.titleLabel = QLabel(LoginDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignCenter)

        self.dialogLayout.addWidget(self.titleLabel)

        self.pages = QStackedWidget(LoginDialog)
        self.pages.setObjectName(u"pages")
        self.loginPage = QWidget()
        self.loginPage.setObjectName(u"loginPage")
        self.loginLayout = QVBoxLayout(self.loginPage)
        self.loginLayout.setObjectName(u"loginLayout")
        self.loginLayout.setContentsMargins(0, -1, 0, -1)
        self.loginForm = QFormLayout()
        self.loginForm.setObjectName(u"loginForm")
        self.usernameLabel = QLabel(self.loginPage)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.loginForm.setWidget(0, QFormLayout.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(self.loginPage)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(64)

        self.loginForm.setWidget(0, QFormLayout.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(self.loginPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.loginForm.setWidget(1, QFormLayout.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.loginPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setMaxLength(128)
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.loginForm.setWidget(1, QFormLayout.FieldRole, self.passwordEdit)


        self.loginLayout.addLayout(self.loginForm)

        self.errorLabel = QLabel(self.loginPage)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.loginLayout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(self.loginPage)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.loginLayout.addWidget(self.buttons)

        self.pages.addWidget(self.loginPage)

        self.dialogLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)

        self.retranslateUi(LoginDialog)

        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"\u4fe1\u8bbf\u63a5\u5f85\u53f0 \u2014 \u767b\u5f55", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"\u5355\u4f4d\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setStyleSheet(QCoreApplication.translate("LoginDialog", u"font-size: 18px; font-weight: bold;", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginDialog", u"\u4fe1\u8bbf\u63a5\u5f85\u53f0", None))
        self.usernameLabel.setText(QCoreApplication.translate("LoginDialog", u"\u7528\u6237\u540d(&U)", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"\u7528\u6237\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LoginDialog", u"\u5bc6\u7801(&P)", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"\u767b\u5f55\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setProperty(u"role", QCoreApplication.translate("LoginDialog", u"problem", None))
    # retranslateUi

