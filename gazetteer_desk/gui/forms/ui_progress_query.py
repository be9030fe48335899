# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_query.ui'
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
    QTextBrowser, QVBoxLayout, QWidget)

class Ui_ProgressQueryDialog(object):
    def setupUi(self, ProgressQueryDialog):
        if not ProgressQueryDialog.objectName():
            ProgressQueryDialog.setObjectName(u"ProgressQueryDialog")
        ProgressQueryDialog.resize(520, 420)
        self.dialogLayout = QVBoxLayout(ProgressQueryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ProgressQueryDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberLabel = QLabel(ProgressQueryDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(ProgressQueryDialog)
        self.numberEdit.setObjectName(u"numberEdit")

        self.form.setWidget(0, QFormLayout.FieldRole, self.numberEdit)

        self.codeLabel = QLabel(ProgressQueryDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(1, QFormLayout.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(ProgressQueryDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.form.setWidget(1, QFormLayout.FieldRole, self.codeEdit)


        self.dialogLayout.addLayout(self.form)

        self.problem = QLabel(ProgressQueryDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.answer = QTextBrowser(ProgressQueryDialog)
        self.answer.setObjectName(u"answer")

        self.dialogLayout.addWidget(self.answer)

        self.buttons = QDialogButtonBox(ProgressQueryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberEdit)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberEdit, self.codeEdit)
        QWidget.setTabOrder(self.codeEdit, self.answer)

        self.retranslateUi(ProgressQueryDialog)

        QMetaObject.connectSlotsByName(ProgressQueryDialog)
    # setupUi

    def retranslateUi(self, ProgressQueryDialog):
        ProgressQueryDialog.setWindowTitle(QCoreApplication.translate("ProgressQueryDialog", u"\u8fdb\u5ea6\u67e5\u8be2", None))
        self.intro.setText(QCoreApplication.translate("ProgressQueryDialog", u"\u8bf7\u4fe1\u8bbf\u4eba\u62a5\u51fa\u56de\u6267\u4e0a\u7684\u4e8b\u9879\u7f16\u53f7\u548c\u67e5\u8be2\u7801\u3002\u53ea\u544a\u77e5\u529e\u7406\u72b6\u6001\u3001\u627f\u529e\u5355\u4f4d\u3001\u5404\u73af\u8282\u65e5\u671f\u3001\u4e0b\u4e00\u671f\u9650\u548c\u5df2\u51fa\u5177\u7684\u6587\u4e66\u3002", None))
        self.numberLabel.setText(QCoreApplication.translate("ProgressQueryDialog", u"\u4e8b\u9879\u7f16\u53f7(&N)", None))
#if QT_CONFIG(accessibility)
        self.numberEdit.setAccessibleName(QCoreApplication.translate("ProgressQueryDialog", u"\u4e8b\u9879\u7f16\u53f7", None))
#endif // QT_CONFIG(accessibility)
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("ProgressQueryDialog", u"\u5982 500235101-2026-00001", None))
        self.codeLabel.setText(QCoreApplication.translate("ProgressQueryDialog", u"\u67e5\u8be2\u7801(&C)", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("ProgressQueryDialog", u"\u67e5\u8be2\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("ProgressQueryDialog", u"\u5982 ABCD-EFGH\uff0c\u4e0d\u533a\u5206\u5927\u5c0f\u5199", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ProgressQueryDialog", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setProperty(u"role", QCoreApplication.translate("ProgressQueryDialog", u"problem", None))
#if QT_CONFIG(accessibility)
        self.answer.setAccessibleName(QCoreApplication.translate("ProgressQueryDialog", u"\u67e5\u8be2\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

