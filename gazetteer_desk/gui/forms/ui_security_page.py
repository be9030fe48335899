# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'security_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_SecurityPage(object):
    def setupUi(self, SecurityPage):
        if not SecurityPage.objectName():
            SecurityPage.setObjectName(u"SecurityPage")
        SecurityPage.resize(900, 500)
        self.pageLayout = QVBoxLayout(SecurityPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.ownBox = QGroupBox(SecurityPage)
        self.ownBox.setObjectName(u"ownBox")
        self.ownLayout = QHBoxLayout(self.ownBox)
        self.ownLayout.setObjectName(u"ownLayout")
        self.userLabel = QLabel(self.ownBox)
        self.userLabel.setObjectName(u"userLabel")

        self.ownLayout.addWidget(self.userLabel)

        self.passwordButton = QPushButton(self.ownBox)
        self.passwordButton.setObjectName(u"passwordButton")

        self.ownLayout.addWidget(self.passwordButton)

        self.ownLayout.setStretch(0, 1)

        self.pageLayout.addWidget(self.ownBox)

        self.lockBox = QGroupBox(SecurityPage)
        self.lockBox.setObjectName(u"lockBox")
        self.lockForm = QFormLayout(self.lockBox)
        self.lockForm.setObjectName(u"lockForm")
        self.idleLabel = QLabel(self.lockBox)
        self.idleLabel.setObjectName(u"idleLabel")

        self.lockForm.setWidget(0, QFormLayout.LabelRole, self.idleLabel)

        self.idleRow = QHBoxLayout()
        self.idleRow.setObjectName(u"idleRow")
        self.idleMinutesSpin = QSpinBox(self.lockBox)
        self.idleMinutesSpin.setObjectName(u"idleMinutesSpin")
        self.idleMinutesSpin.setMinimum(0)

        self.idleRow.addWidget(self.idleMinutesSpin)

        self.idleButton = QPushButton(self.lockBox)
        self.idleButton.setObjectName(u"idleButton")

        self.idleRow.addWidget(self.idleButton)

        self.idleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.idleRow.addItem(self.idleSpacer)


        self.lockForm.setLayout(0, QFormLayout.FieldRole, self.idleRow)


        self.pageLayout.addWidget(self.lockBox)

        self.storeBox = QGroupBox(SecurityPage)
        self.storeBox.setObjectName(u"storeBox")
        self.storeLayout = QVBoxLayout(self.storeBox)
        self.storeLayout.setObjectName(u"storeLayout")
        self.backupNote = QLabel(self.storeBox)
        self.backupNote.setObjectName(u"backupNote")
        self.backupNote.setWordWrap(True)

        self.storeLayout.addWidget(self.backupNote)

        self.storeButtons = QHBoxLayout()
        self.storeButtons.setObjectName(u"storeButtons")
        self.backupButton = QPushButton(self.storeBox)
        self.backupButton.setObjectName(u"backupButton")

        self.storeButtons.addWidget(self.backupButton)

        self.restoreButton = QPushButton(self.storeBox)
        self.restoreButton.setObjectName(u"restoreButton")

        self.storeButtons.addWidget(self.restoreButton)

        self.storeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.storeButtons.addItem(self.storeSpacer)


        self.storeLayout.addLayout(self.storeButtons)


        self.pageLayout.addWidget(self.storeBox)

        self.messageLabel = QLabel(SecurityPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleMinutesSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passwordButton, self.idleMinutesSpin)
        QWidget.setTabOrder(self.idleMinutesSpin, self.idleButton)
        QWidget.setTabOrder(self.idleButton, self.backupButton)
        QWidget.setTabOrder(self.backupButton, self.restoreButton)

        self.retranslateUi(SecurityPage)

        QMetaObject.connectSlotsByName(SecurityPage)
    # setupUi

    def retranslateUi(self, SecurityPage):
        SecurityPage.setWindowTitle(QCoreApplication.translate("SecurityPage", u"\u5b89\u5168\u4e0e\u5907\u4efd", None))
        self.ownBox.setTitle(QCoreApplication.translate("SecurityPage", u"\u672c\u4eba\u8d26\u6237", None))
#if QT_CONFIG(accessibility)
        self.userLabel.setAccessibleName(QCoreApplication.translate("SecurityPage", u"\u5f53\u524d\u7528\u6237\u548c\u89d2\u8272", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passwordButton.setAccessibleName(QCoreApplication.translate("SecurityPage", u"\u4fee\u6539\u672c\u4eba\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.passwordButton.setText(QCoreApplication.translate("SecurityPage", u"\u4fee\u6539\u5bc6\u7801(&W)\u2026", None))
        self.lockBox.setTitle(QCoreApplication.translate("SecurityPage", u"\u81ea\u52a8\u9501\u5b9a", None))
        self.idleLabel.setText(QCoreApplication.translate("SecurityPage", u"\u65e0\u64cd\u4f5c\u591a\u4e45\u540e\u9501\u5b9a(&L)", None))
#if QT_CONFIG(accessibility)
        self.idleMinutesSpin.setAccessibleName(QCoreApplication.translate("SecurityPage", u"\u65e0\u64cd\u4f5c\u81ea\u52a8\u9501\u5b9a\u65f6\u95f4\uff08\u5206\u949f\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.idleMinutesSpin.setSpecialValueText(QCoreApplication.translate("SecurityPage", u"\u4e0d\u81ea\u52a8\u9501\u5b9a", None))
        self.idleMinutesSpin.setSuffix(QCoreApplication.translate("SecurityPage", u" \u5206\u949f", None))
#if QT_CONFIG(accessibility)
        self.idleButton.setAccessibleName(QCoreApplication.translate("SecurityPage", u"\u4fdd\u5b58\u81ea\u52a8\u9501\u5b9a\u65f6\u95f4", None))
#endif // QT_CONFIG(accessibility)
        self.idleButton.setText(QCoreApplication.translate("SecurityPage", u"\u4fdd\u5b58", None))
        self.storeBox.setTitle(QCoreApplication.translate("SecurityPage", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.backupNote.setText(QCoreApplication.translate("SecurityPage", u"\u6bcf\u5929\u7b2c\u4e00\u6b21\u6253\u5f00\u672c\u7a0b\u5e8f\u65f6\u81ea\u52a8\u5907\u4efd\u5230\u6570\u636e\u76ee\u5f55\u7684 backups \u6587\u4ef6\u5939\u3002\u4e5f\u53ef\u4ee5\u968f\u65f6\u5907\u4efd\u5230U\u76d8\uff0c\u6216\u4ece\u5907\u4efd\u6587\u4ef6\u6062\u590d\u3002", None))
#if QT_CONFIG(accessibility)
        self.backupButton.setAccessibleName(QCoreApplication.translate("SecurityPage", u"\u7acb\u5373\u5907\u4efd\u5230\u6587\u4ef6\u5939", None))
#endif // QT_CONFIG(accessibility)
        self.backupButton.setText(QCoreApplication.translate("SecurityPage", u"\u7acb\u5373\u5907\u4efd\u5230(&K)\u2026", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("SecurityPage", u"\u4ece\u5907\u4efd\u6587\u4ef6\u6062\u590d", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("SecurityPage", u"\u4ece\u5907\u4efd\u6587\u4ef6\u6062\u590d(&H)\u2026", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SecurityPage", u"\u5b89\u5168\u4e0e\u5907\u4efd\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setProperty(u"role", QCoreApplication.translate("SecurityPage", u"problem", None))
    # retranslateUi

