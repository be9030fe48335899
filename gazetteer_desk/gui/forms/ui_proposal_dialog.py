# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proposal_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProposalDialog(object):
    def setupUi(self, ProposalDialog):
        if not ProposalDialog.objectName():
            ProposalDialog.setObjectName(u"ProposalDialog")
        ProposalDialog.resize(520, 380)
        self.dialogLayout = QVBoxLayout(ProposalDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ProposalDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ProposalDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ProposalDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.FieldRole, self.kindCombo)

        self.adoptedLabel = QLabel(ProposalDialog)
        self.adoptedLabel.setObjectName(u"adoptedLabel")

        self.form.setWidget(1, QFormLayout.LabelRole, self.adoptedLabel)

        self.adoptedRow = QHBoxLayout()
        self.adoptedRow.setObjectName(u"adoptedRow")
        self.adoptedYes = QRadioButton(ProposalDialog)
        self.adoptedYes.setObjectName(u"adoptedYes")

        self.adoptedRow.addWidget(self.adoptedYes)

        self.adoptedNo = QRadioButton(ProposalDialog)
        self.adoptedNo.setObjectName(u"adoptedNo")
        self.adoptedNo.setChecked(True)

        self.adoptedRow.addWidget(self.adoptedNo)

        self.adoptedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.adoptedRow.addItem(self.adoptedSpacer)


        self.form.setLayout(1, QFormLayout.FieldRole, self.adoptedRow)

        self.onLabel = QLabel(ProposalDialog)
        self.onLabel.setObjectName(u"onLabel")

        self.form.setWidget(2, QFormLayout.LabelRole, self.onLabel)

        self.onDate = QDateEdit(ProposalDialog)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.FieldRole, self.onDate)

        self.detailLabel = QLabel(ProposalDialog)
        self.detailLabel.setObjectName(u"detailLabel")

        self.form.setWidget(3, QFormLayout.LabelRole, self.detailLabel)

        self.detailEdit = QPlainTextEdit(ProposalDialog)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.FieldRole, self.detailEdit)


        self.dialogLayout.addLayout(self.form)

        self.problem = QLabel(ProposalDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.dialogLayout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(ProposalDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.onLabel.setBuddy(self.onDate)
        self.detailLabel.setBuddy(self.detailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.adoptedYes)
        QWidget.setTabOrder(self.adoptedYes, self.adoptedNo)
        QWidget.setTabOrder(self.adoptedNo, self.onDate)
        QWidget.setTabOrder(self.onDate, self.detailEdit)

        self.retranslateUi(ProposalDialog)

        QMetaObject.connectSlotsByName(ProposalDialog)
    # setupUi

    def retranslateUi(self, ProposalDialog):
        ProposalDialog.setWindowTitle(QCoreApplication.translate("ProposalDialog", u"\u8bb0\u5f55\u4e09\u9879\u5efa\u8bae", None))
        self.intro.setText(QCoreApplication.translate("ProposalDialog", u"\u300a\u4fe1\u8bbf\u5de5\u4f5c\u6761\u4f8b\u300b\u7b2c\u5341\u56db\u6761\u3001\u7b2c\u56db\u5341\u6761\uff1a\u5bf9\u6539\u8fdb\u5de5\u4f5c\u3001\u5b8c\u5584\u653f\u7b56\u3001\u8ffd\u7a76\u8d23\u4efb\u63d0\u51fa\u7684\u5efa\u8bae\uff0c\u53ca\u5176\u662f\u5426\u88ab\u91c7\u7eb3\u3002", None))
        self.kindLabel.setText(QCoreApplication.translate("ProposalDialog", u"\u5efa\u8bae\u79cd\u7c7b(&K)", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"\u5efa\u8bae\u79cd\u7c7b", None))
#endif // QT_CONFIG(accessibility)
        self.adoptedLabel.setText(QCoreApplication.translate("ProposalDialog", u"\u662f\u5426\u91c7\u7eb3", None))
        self.adoptedYes.setText(QCoreApplication.translate("ProposalDialog", u"\u5df2\u91c7\u7eb3(&Y)", None))
#if QT_CONFIG(accessibility)
        self.adoptedYes.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"\u5efa\u8bae\u5df2\u88ab\u91c7\u7eb3", None))
#endif // QT_CONFIG(accessibility)
        self.adoptedNo.setText(QCoreApplication.translate("ProposalDialog", u"\u672a\u91c7\u7eb3(&N)", None))
#if QT_CONFIG(accessibility)
        self.adoptedNo.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"\u5efa\u8bae\u672a\u88ab\u91c7\u7eb3", None))
#endif // QT_CONFIG(accessibility)
        self.onLabel.setText(QCoreApplication.translate("ProposalDialog", u"\u63d0\u51fa\u65e5\u671f(&D)", None))
#if QT_CONFIG(accessibility)
        self.onDate.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"\u63d0\u51fa\u5efa\u8bae\u7684\u65e5\u671f", None))
#endif // QT_CONFIG(accessibility)
        self.onDate.setDisplayFormat(QCoreApplication.translate("ProposalDialog", u"yyyy-MM-dd", None))
        self.detailLabel.setText(QCoreApplication.translate("ProposalDialog", u"\u5efa\u8bae\u5185\u5bb9(&T)", None))
#if QT_CONFIG(accessibility)
        self.detailEdit.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"\u5efa\u8bae\u5185\u5bb9", None))
#endif // QT_CONFIG(accessibility)
        self.detailEdit.setPlaceholderText(QCoreApplication.translate("ProposalDialog", u"\u5982\uff1a\u5efa\u8bae\u9547\u6751\u5efa\u8bbe\u529e\u5efa\u7acb\u519c\u623f\u8d28\u91cf\u56de\u8bbf\u5236\u5ea6", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ProposalDialog", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setProperty(u"role", QCoreApplication.translate("ProposalDialog", u"problem", None))
    # retranslateUi

