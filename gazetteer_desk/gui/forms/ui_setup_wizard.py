# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(760, 560)
        SetupWizard.setModal(True)
        SetupWizard.setWizardStyle(QWizard.ClassicStyle)
        self.townshipPage = QWizardPage()
        self.townshipPage.setObjectName(u"townshipPage")
        self.townshipForm = QFormLayout(self.townshipPage)
        self.townshipForm.setObjectName(u"townshipForm")
        self.townshipNameLabel = QLabel(self.townshipPage)
        self.townshipNameLabel.setObjectName(u"townshipNameLabel")

        self.townshipForm.setWidget(0, QFormLayout.LabelRole, self.townshipNameLabel)

        self.townshipNameBox = QVBoxLayout()
        self.townshipNameBox.setObjectName(u"townshipNameBox")
        self.townshipNameEdit = QLineEdit(self.townshipPage)
        self.townshipNameEdit.setObjectName(u"townshipNameEdit")

        self.townshipNameBox.addWidget(self.townshipNameEdit)

        self.townshipNameProblem = QLabel(self.townshipPage)
        self.townshipNameProblem.setObjectName(u"townshipNameProblem")

        self.townshipNameBox.addWidget(self.townshipNameProblem)


        self.townshipForm.setLayout(0, QFormLayout.FieldRole, self.townshipNameBox)

        self.townshipCodeLabel = QLabel(self.townshipPage)
        self.townshipCodeLabel.setObjectName(u"townshipCodeLabel")

        self.townshipForm.setWidget(1, QFormLayout.LabelRole, self.townshipCodeLabel)

        self.townshipCodeBox = QVBoxLayout()
        self.townshipCodeBox.setObjectName(u"townshipCodeBox")
        self.townshipCodeEdit = QLineEdit(self.townshipPage)
        self.townshipCodeEdit.setObjectName(u"townshipCodeEdit")
        self.townshipCodeEdit.setMaxLength(12)

        self.townshipCodeBox.addWidget(self.townshipCodeEdit)

        self.townshipCodeProblem = QLabel(self.townshipPage)
        self.townshipCodeProblem.setObjectName(u"townshipCodeProblem")

        self.townshipCodeBox.addWidget(self.townshipCodeProblem)


        self.townshipForm.setLayout(1, QFormLayout.FieldRole, self.townshipCodeBox)

        self.countyCodeLabel = QLabel(self.townshipPage)
        self.countyCodeLabel.setObjectName(u"countyCodeLabel")

        self.townshipForm.setWidget(2, QFormLayout.LabelRole, self.countyCodeLabel)

        self.countyCodeBox = QVBoxLayout()
        self.countyCodeBox.setObjectName(u"countyCodeBox")
        self.countyCodeEdit = QLineEdit(self.townshipPage)
        self.countyCodeEdit.setObjectName(u"countyCodeEdit")
        self.countyCodeEdit.setMaxLength(12)

        self.countyCodeBox.addWidget(self.countyCodeEdit)

        self.countyCodeProblem = QLabel(self.townshipPage)
        self.countyCodeProblem.setObjectName(u"countyCodeProblem")

        self.countyCodeBox.addWidget(self.countyCodeProblem)


        self.townshipForm.setLayout(2, QFormLayout.FieldRole, self.countyCodeBox)

        self.countyNameLabel = QLabel(self.townshipPage)
        self.countyNameLabel.setObjectName(u"countyNameLabel")

        self.townshipForm.setWidget(3, QFormLayout.LabelRole, self.countyNameLabel)

        self.countyNameEdit = QLineEdit(self.townshipPage)
        self.countyNameEdit.setObjectName(u"countyNameEdit")

        self.townshipForm.setWidget(3, QFormLayout.FieldRole, self.countyNameEdit)

        self.addressLabel = QLabel(self.townshipPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.townshipForm.setWidget(4, QFormLayout.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(self.townshipPage)
        self.addressEdit.setObjectName(u"addressEdit")

        self.townshipForm.setWidget(4, QFormLayout.FieldRole, self.addressEdit)

        self.phoneLabel = QLabel(self.townshipPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.townshipForm.setWidget(5, QFormLayout.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.townshipPage)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.townshipForm.setWidget(5, QFormLayout.FieldRole, self.phoneEdit)

        SetupWizard.addPage(self.townshipPage)
        self.villagesPage = QWizardPage()
        self.villagesPage.setObjectName(u"villagesPage")
        self.villagesLayout = QVBoxLayout(self.villagesPage)
        self.villagesLayout.setObjectName(u"villagesLayout")
        self.villagesEdit = QPlainTextEdit(self.villagesPage)
        self.villagesEdit.setObjectName(u"villagesEdit")
        self.villagesEdit.setTabChangesFocus(True)

        self.villagesLayout.addWidget(self.villagesEdit)

        self.villagesPreview = QLabel(self.villagesPage)
        self.villagesPreview.setObjectName(u"villagesPreview")
        self.villagesPreview.setWordWrap(True)

        self.villagesLayout.addWidget(self.villagesPreview)

        SetupWizard.addPage(self.villagesPage)
        self.staffPage = QWizardPage()
        self.staffPage.setObjectName(u"staffPage")
        self.staffLayout = QVBoxLayout(self.staffPage)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffLabel = QLabel(self.staffPage)
        self.staffLabel.setObjectName(u"staffLabel")

        self.staffLayout.addWidget(self.staffLabel)

        self.staffEdit = QPlainTextEdit(self.staffPage)
        self.staffEdit.setObjectName(u"staffEdit")
        self.staffEdit.setTabChangesFocus(True)
        self.staffEdit.setMaximumSize(QSize(16777215, 110))

        self.staffLayout.addWidget(self.staffEdit)

        self.leadersLabel = QLabel(self.staffPage)
        self.leadersLabel.setObjectName(u"leadersLabel")

        self.staffLayout.addWidget(self.leadersLabel)

        self.leadersTable = QTableWidget(self.staffPage)
        if (self.leadersTable.columnCount() < 2):
            self.leadersTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.leadersTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.leadersTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.leadersTable.setObjectName(u"leadersTable")
        self.leadersTable.setRowCount(6)

        self.staffLayout.addWidget(self.leadersTable)

        self.leaderButtonsRow = QHBoxLayout()
        self.leaderButtonsRow.setObjectName(u"leaderButtonsRow")
        self.addLeaderButton = QPushButton(self.staffPage)
        self.addLeaderButton.setObjectName(u"addLeaderButton")

        self.leaderButtonsRow.addWidget(self.addLeaderButton)

        self.leaderButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.leaderButtonsRow.addItem(self.leaderButtonsSpacer)


        self.staffLayout.addLayout(self.leaderButtonsRow)

        self.finishProblem = QLabel(self.staffPage)
        self.finishProblem.setObjectName(u"finishProblem")
        self.finishProblem.setWordWrap(True)

        self.staffLayout.addWidget(self.finishProblem)

        SetupWizard.addPage(self.staffPage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminForm = QFormLayout(self.adminPage)
        self.adminForm.setObjectName(u"adminForm")
        self.adminUsernameLabel = QLabel(self.adminPage)
        self.adminUsernameLabel.setObjectName(u"adminUsernameLabel")

        self.adminForm.setWidget(0, QFormLayout.LabelRole, self.adminUsernameLabel)

        self.adminUsernameEdit = QLineEdit(self.adminPage)
        self.adminUsernameEdit.setObjectName(u"adminUsernameEdit")
        self.adminUsernameEdit.setMaxLength(64)

        self.adminForm.setWidget(0, QFormLayout.FieldRole, self.adminUsernameEdit)

        self.adminPasswordLabel = QLabel(self.adminPage)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.adminForm.setWidget(1, QFormLayout.LabelRole, self.adminPasswordLabel)

        self.adminPasswordEdit = QLineEdit(self.adminPage)
        self.adminPasswordEdit.setObjectName(u"adminPasswordEdit")
        self.adminPasswordEdit.setMaxLength(128)
        self.adminPasswordEdit.setEchoMode(QLineEdit.Password)

        self.adminForm.setWidget(1, QFormLayout.FieldRole, self.adminPasswordEdit)

        self.adminRepeatLabel = QLabel(self.adminPage)
        self.adminRepeatLabel.setObjectName(u"adminRepeatLabel")

        self.adminForm.setWidget(2, QFormLayout.LabelRole, self.adminRepeatLabel)

        self.adminRepeatEdit = QLineEdit(self.adminPage)
        self.adminRepeatEdit.setObjectName(u"adminRepeatEdit")
        self.adminRepeatEdit.setMaxLength(128)
        self.adminRepeatEdit.setEchoMode(QLineEdit.Password)

        self.adminForm.setWidget(2, QFormLayout.FieldRole, self.adminRepeatEdit)

        self.adminStaffLabel = QLabel(self.adminPage)
        self.adminStaffLabel.setObjectName(u"adminStaffLabel")

        self.adminForm.setWidget(3, QFormLayout.LabelRole, self.adminStaffLabel)

        self.adminStaffCombo = QComboBox(self.adminPage)
        self.adminStaffCombo.setObjectName(u"adminStaffCombo")

        self.adminForm.setWidget(3, QFormLayout.FieldRole, self.adminStaffCombo)

        self.adminProblem = QLabel(self.adminPage)
        self.adminProblem.setObjectName(u"adminProblem")
        self.adminProblem.setWordWrap(True)

        self.adminForm.setWidget(4, QFormLayout.SpanningRole, self.adminProblem)

        SetupWizard.addPage(self.adminPage)
        self.keysPage = QWizardPage()
        self.keysPage.setObjectName(u"keysPage")
        self.keysLayout = QVBoxLayout(self.keysPage)
        self.keysLayout.setObjectName(u"keysLayout")
        self.countyKeyLabel = QLabel(self.keysPage)
        self.countyKeyLabel.setObjectName(u"countyKeyLabel")

        self.keysLayout.addWidget(self.countyKeyLabel)

        self.countyKeyEdit = QLineEdit(self.keysPage)
        self.countyKeyEdit.setObjectName(u"countyKeyEdit")

        self.keysLayout.addWidget(self.countyKeyEdit)

        self.countyKeyFingerprint = QLabel(self.keysPage)
        self.countyKeyFingerprint.setObjectName(u"countyKeyFingerprint")
        self.countyKeyFingerprint.setWordWrap(True)

        self.keysLayout.addWidget(self.countyKeyFingerprint)

        self.countySigningKeyLabel = QLabel(self.keysPage)
        self.countySigningKeyLabel.setObjectName(u"countySigningKeyLabel")

        self.keysLayout.addWidget(self.countySigningKeyLabel)

        self.countySigningKeyRow = QHBoxLayout()
        self.countySigningKeyRow.setObjectName(u"countySigningKeyRow")
        self.countySigningKeyEdit = QLineEdit(self.keysPage)
        self.countySigningKeyEdit.setObjectName(u"countySigningKeyEdit")

        self.countySigningKeyRow.addWidget(self.countySigningKeyEdit)

        self.countySigningKeyFileButton = QPushButton(self.keysPage)
        self.countySigningKeyFileButton.setObjectName(u"countySigningKeyFileButton")
        self.countySigningKeyFileButton.setAutoDefault(False)

        self.countySigningKeyRow.addWidget(self.countySigningKeyFileButton)


        self.keysLayout.addLayout(self.countySigningKeyRow)

        self.countySigningFingerprint = QLabel(self.keysPage)
        self.countySigningFingerprint.setObjectName(u"countySigningFingerprint")
        self.countySigningFingerprint.setWordWrap(True)

        self.keysLayout.addWidget(self.countySigningFingerprint)

        self.keyPassphraseLabel = QLabel(self.keysPage)
        self.keyPassphraseLabel.setObjectName(u"keyPassphraseLabel")

        self.keysLayout.addWidget(self.keyPassphraseLabel)

        self.keyPassphraseEdit = QLineEdit(self.keysPage)
        self.keyPassphraseEdit.setObjectName(u"keyPassphraseEdit")
        self.keyPassphraseEdit.setMaxLength(256)
        self.keyPassphraseEdit.setEchoMode(QLineEdit.Password)

        self.keysLayout.addWidget(self.keyPassphraseEdit)

        self.keyRepeatLabel = QLabel(self.keysPage)
        self.keyRepeatLabel.setObjectName(u"keyRepeatLabel")

        self.keysLayout.addWidget(self.keyRepeatLabel)

        self.keyRepeatEdit = QLineEdit(self.keysPage)
        self.keyRepeatEdit.setObjectName(u"keyRepeatEdit")
        self.keyRepeatEdit.setMaxLength(256)
        self.keyRepeatEdit.setEchoMode(QLineEdit.Password)

        self.keysLayout.addWidget(self.keyRepeatEdit)

        self.ownKeyFingerprint = QLabel(self.keysPage)
        self.ownKeyFingerprint.setObjectName(u"ownKeyFingerprint")
        self.ownKeyFingerprint.setWordWrap(True)

        self.keysLayout.addWidget(self.ownKeyFingerprint)

        self.keysProblem = QLabel(self.keysPage)
        self.keysProblem.setObjectName(u"keysProblem")
        self.keysProblem.setWordWrap(True)

        self.keysLayout.addWidget(self.keysProblem)

        self.keysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.keysLayout.addItem(self.keysSpacer)

        SetupWizard.addPage(self.keysPage)
#if QT_CONFIG(shortcut)
        self.townshipNameLabel.setBuddy(self.townshipNameEdit)
        self.townshipCodeLabel.setBuddy(self.townshipCodeEdit)
        self.countyCodeLabel.setBuddy(self.countyCodeEdit)
        self.countyNameLabel.setBuddy(self.countyNameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.staffLabel.setBuddy(self.staffEdit)
        self.leadersLabel.setBuddy(self.leadersTable)
        self.adminUsernameLabel.setBuddy(self.adminUsernameEdit)
        self.adminPasswordLabel.setBuddy(self.adminPasswordEdit)
        self.adminRepeatLabel.setBuddy(self.adminRepeatEdit)
        self.adminStaffLabel.setBuddy(self.adminStaffCombo)
        self.countyKeyLabel.setBuddy(self.countyKeyEdit)
        self.countySigningKeyLabel.setBuddy(self.countySigningKeyEdit)
        self.keyPassphraseLabel.setBuddy(self.keyPassphraseEdit)
        self.keyRepeatLabel.setBuddy(self.keyRepeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.townshipNameEdit, self.townshipCodeEdit)
        QWidget.setTabOrder(self.townshipCodeEdit, self.countyCodeEdit)
        QWidget.setTabOrder(self.countyCodeEdit, self.countyNameEdit)
        QWidget.setTabOrder(self.countyNameEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.adminUsernameEdit)
        QWidget.setTabOrder(self.adminUsernameEdit, self.adminPasswordEdit)
        QWidget.setTabOrder(self.adminPasswordEdit, self.adminRepeatEdit)
        QWidget.setTabOrder(self.adminRepeatEdit, self.adminStaffCombo)
        QWidget.setTabOrder(self.adminStaffCombo, self.countyKeyEdit)
        QWidget.setTabOrder(self.countyKeyEdit, self.countySigningKeyEdit)
        QWidget.setTabOrder(self.countySigningKeyEdit, self.countySigningKeyFileButton)
        QWidget.setTabOrder(self.countySigningKeyFileButton, self.keyPassphraseEdit)
        QWidget.setTabOrder(self.keyPassphraseEdit, self.keyRepeatEdit)

        self.retranslateUi(SetupWizard)

        QMetaObject.connectSlotsByName(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"\u4fe1\u8bbf\u63a5\u5f85\u53f0 \u2014 \u9996\u6b21\u8bbe\u7f6e", None))
        self.townshipPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7b2c\u4e00\u6b65\uff1a\u672c\u4e61\u9547\uff08\u8857\u9053\uff09", None))
        self.townshipPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u8bf7\u6309\u884c\u653f\u533a\u5212\u4ee3\u7801\u586b\u5199\u3002\u4ee3\u7801\u53ef\u5728\u53bf\u6c11\u653f\u5c40\u6216\u7edf\u8ba1\u5c40\u516c\u5e03\u7684\u533a\u5212\u4ee3\u7801\u8868\u4e2d\u67e5\u5230\u3002", None))
        self.townshipNameLabel.setText(QCoreApplication.translate("SetupWizard", u"\u4e61\u9547\uff08\u8857\u9053\uff09\u540d\u79f0 *", None))
#if QT_CONFIG(accessibility)
        self.townshipNameEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u4e61\u9547\uff08\u8857\u9053\uff09\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.townshipNameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5982\uff1a\u53cc\u6c5f\u9547", None))
#if QT_CONFIG(accessibility)
        self.townshipNameProblem.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u540d\u79f0\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.townshipNameProblem.setProperty(u"role", QCoreApplication.translate("SetupWizard", u"problem", None))
        self.townshipCodeLabel.setText(QCoreApplication.translate("SetupWizard", u"\u4e61\u9547\u533a\u5212\u4ee3\u7801\uff089\u4f4d\uff09*", None))
#if QT_CONFIG(accessibility)
        self.townshipCodeEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u4e61\u9547\u533a\u5212\u4ee3\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.townshipCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5982\uff1a500235101", None))
#if QT_CONFIG(accessibility)
        self.townshipCodeProblem.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u4e61\u9547\u4ee3\u7801\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.townshipCodeProblem.setProperty(u"role", QCoreApplication.translate("SetupWizard", u"problem", None))
        self.countyCodeLabel.setText(QCoreApplication.translate("SetupWizard", u"\u53bf\u7ea7\u533a\u5212\u4ee3\u7801\uff086\u4f4d\uff09", None))
#if QT_CONFIG(accessibility)
        self.countyCodeEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u53bf\u7ea7\u533a\u5212\u4ee3\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.countyCodeEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u81ea\u52a8\u53d6\u4e61\u9547\u4ee3\u7801\u524d6\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.countyCodeProblem.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u53bf\u7ea7\u4ee3\u7801\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.countyCodeProblem.setProperty(u"role", QCoreApplication.translate("SetupWizard", u"problem", None))
        self.countyNameLabel.setText(QCoreApplication.translate("SetupWizard", u"\u53bf\uff08\u533a\uff09\u540d\u79f0", None))
#if QT_CONFIG(accessibility)
        self.countyNameEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u53bf\uff08\u533a\uff09\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("SetupWizard", u"\u63a5\u5f85\u573a\u6240\u5730\u5740", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u63a5\u5f85\u573a\u6240\u5730\u5740", None))
#endif // QT_CONFIG(accessibility)
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5370\u5728\u56de\u6267\u4e0a\uff0c\u5982\uff1a\u9547\u653f\u5e9c\u4e00\u697c\u4fe1\u8bbf\u63a5\u5f85\u5ba4", None))
        self.phoneLabel.setText(QCoreApplication.translate("SetupWizard", u"\u63a5\u5f85\u7535\u8bdd", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u63a5\u5f85\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        self.villagesPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7b2c\u4e8c\u6b65\uff1a\u6751\uff08\u793e\u533a\uff09", None))
        self.villagesPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u7c98\u8d34\u672c\u4e61\u9547\u7684\u6751\u3001\u793e\u533a\u540d\u79f0\uff1a\u6bcf\u884c\u4e00\u4e2a\uff0c\u6216\u7528\u987f\u53f7\u3001\u9017\u53f7\u5206\u9694\u3002\u7f16\u7801\u6309\u987a\u5e8f\u81ea\u52a8\u751f\u6210\u3002", None))
#if QT_CONFIG(accessibility)
        self.villagesEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u6751\uff08\u793e\u533a\uff09\u540d\u79f0\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.villagesPreview.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u6751\uff08\u793e\u533a\uff09\u8bc6\u522b\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
        self.staffPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7b2c\u4e09\u6b65\uff1a\u5de5\u4f5c\u4eba\u5458\u548c\u9886\u5bfc", None))
        self.staffPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u63a5\u5f85\u4eba\u5458\u6bcf\u884c\u4e00\u4e2a\u59d3\u540d\uff1b\u9886\u5bfc\u586b\u5199\u59d3\u540d\u548c\u804c\u52a1\uff08\u7528\u4e8e\u9886\u5bfc\u63a5\u8bbf\u3001\u5305\u6848\u548c\u5ef6\u671f\u5ba1\u6279\uff09\u3002", None))
        self.staffLabel.setText(QCoreApplication.translate("SetupWizard", u"\u63a5\u5f85\u5de5\u4f5c\u4eba\u5458", None))
#if QT_CONFIG(accessibility)
        self.staffEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u63a5\u5f85\u5de5\u4f5c\u4eba\u5458\u59d3\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.leadersLabel.setText(QCoreApplication.translate("SetupWizard", u"\u9886\u5bfc\uff08\u59d3\u540d\u3001\u804c\u52a1\uff09", None))
        ___qtablewidgetitem = self.leadersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SetupWizard", u"\u59d3\u540d", None));
        ___qtablewidgetitem1 = self.leadersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SetupWizard", u"\u804c\u52a1", None));
#if QT_CONFIG(accessibility)
        self.leadersTable.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u9886\u5bfc\u540d\u5355", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addLeaderButton.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u589e\u52a0\u4e00\u884c\u9886\u5bfc", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addLeaderButton.setToolTip(QCoreApplication.translate("SetupWizard", u"\u9886\u5bfc\u540d\u5355\u4e0d\u591f\u586b\u65f6\uff0c\u589e\u52a0\u4e00\u884c\uff08\u586b\u5230\u6700\u540e\u4e00\u884c\u65f6\u4e5f\u4f1a\u81ea\u52a8\u589e\u52a0\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.addLeaderButton.setText(QCoreApplication.translate("SetupWizard", u"\u589e\u52a0\u4e00\u884c(&L)", None))
#if QT_CONFIG(accessibility)
        self.finishProblem.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u8bbe\u7f6e\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.finishProblem.setProperty(u"role", QCoreApplication.translate("SetupWizard", u"problem", None))
        self.adminPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7b2c\u56db\u6b65\uff1a\u7ba1\u7406\u5458\u8d26\u6237", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u672c\u673a\u7684\u7b2c\u4e00\u4e2a\u8d26\u6237\u662f\u7ba1\u7406\u5458\uff1a\u4ee5\u540e\u7531\u7ba1\u7406\u5458\u4e3a\u6bcf\u4f4d\u5de5\u4f5c\u4eba\u5458\u65b0\u5efa\u8d26\u6237\u3002\u8bf7\u7262\u8bb0\u5bc6\u7801\uff0c\u5fd8\u8bb0\u540e\u53ea\u80fd\u7531\u53e6\u4e00\u4f4d\u7ba1\u7406\u5458\u91cd\u7f6e\u3002", None))
        self.adminUsernameLabel.setText(QCoreApplication.translate("SetupWizard", u"\u7528\u6237\u540d *", None))
#if QT_CONFIG(accessibility)
        self.adminUsernameEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u7ba1\u7406\u5458\u7528\u6237\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.adminUsernameEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u5982\uff1aadmin \u6216\u59d3\u540d\u62fc\u97f3", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("SetupWizard", u"\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.adminPasswordEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u7ba1\u7406\u5458\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.adminPasswordEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"\u81f3\u5c118\u4e2a\u5b57\u7b26\uff0c\u4e0d\u80fd\u4e0e\u7528\u6237\u540d\u76f8\u540c", None))
        self.adminRepeatLabel.setText(QCoreApplication.translate("SetupWizard", u"\u518d\u6b21\u8f93\u5165\u5bc6\u7801 *", None))
#if QT_CONFIG(accessibility)
        self.adminRepeatEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u518d\u6b21\u8f93\u5165\u7ba1\u7406\u5458\u5bc6\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.adminStaffLabel.setText(QCoreApplication.translate("SetupWizard", u"\u5bf9\u5e94\u5de5\u4f5c\u4eba\u5458", None))
#if QT_CONFIG(accessibility)
        self.adminStaffCombo.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u7ba1\u7406\u5458\u5bf9\u5e94\u7684\u5de5\u4f5c\u4eba\u5458", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.adminProblem.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u7ba1\u7406\u5458\u8d26\u6237\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.adminProblem.setProperty(u"role", QCoreApplication.translate("SetupWizard", u"problem", None))
        self.keysPage.setTitle(QCoreApplication.translate("SetupWizard", u"\u7b2c\u4e94\u6b65\uff1a\u4e0e\u53bf\u4fe1\u8bbf\u529e\u4ea4\u6362\u6570\u636e\u7684\u5bc6\u94a5", None))
        self.keysPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"\u6bcf\u6708\u7684\u6570\u636e\u5305\u53ea\u6709\u53bf\u4fe1\u8bbf\u529e\u80fd\u6253\u5f00\uff1b\u53bf\u4fe1\u8bbf\u529e\u4e0b\u53d1\u7684\u6570\u636e\u5305\u53ea\u8ba4\u5b83\u7684\u7b7e\u540d\u3002\u8bf7\u586b\u5199\u53bf\u4fe1\u8bbf\u529e\u63d0\u4f9b\u7684\u516c\u94a5\uff08age1 \u5f00\u5934\uff09\u548c\u7b7e\u540d\u516c\u94a5\uff08county.pub\uff09\uff0c\u5e76\u4e0e\u53bf\u4fe1\u8bbf\u529e\u7535\u8bdd\u6838\u5bf9\u6307\u7eb9\uff1b\u4e5f\u53ef\u4ee5\u4ee5\u540e\u5728\u201c\u540c\u6b65\u201d\u4e2d\u586b\u5199\u3002\u672c\u4e61\u9547\u7684\u5bc6\u94a5\u7528\u5bc6\u94a5\u53e3\u4ee4\u52a0\u5bc6\u4fdd\u5b58\uff0c\u5bfc\u51fa\u3001\u5bfc\u5165\u6570\u636e\u5305\u65f6\u9700\u8981\u8f93\u5165\u3002", None))
        self.countyKeyLabel.setText(QCoreApplication.translate("SetupWizard", u"\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5", None))
#if QT_CONFIG(accessibility)
        self.countyKeyEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
        self.countyKeyEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"age1\u2026", None))
#if QT_CONFIG(accessibility)
        self.countyKeyFingerprint.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u53bf\u4fe1\u8bbf\u529e\u516c\u94a5\u6307\u7eb9", None))
#endif // QT_CONFIG(accessibility)
        self.countySigningKeyLabel.setText(QCoreApplication.translate("SetupWizard", u"\u53bf\u4fe1\u8bbf\u529e\u7b7e\u540d\u516c\u94a5\uff08county.pub\uff09", None))
#if QT_CONFIG(accessibility)
        self.countySigningKeyEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u53bf\u4fe1\u8bbf\u529e\u7b7e\u540d\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
        self.countySigningKeyEdit.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"RW\u2026\uff08county.pub \u6587\u4ef6\u4e2d\u7684\u7b2c\u4e8c\u884c\uff09", None))
        self.countySigningKeyFileButton.setText(QCoreApplication.translate("SetupWizard", u"\u4ece\u6587\u4ef6\u8bfb\u53d6\u2026", None))
#if QT_CONFIG(accessibility)
        self.countySigningKeyFileButton.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u4ece\u6587\u4ef6\u8bfb\u53d6\u53bf\u4fe1\u8bbf\u529e\u7b7e\u540d\u516c\u94a5", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countySigningFingerprint.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u53bf\u4fe1\u8bbf\u529e\u7b7e\u540d\u516c\u94a5\u6307\u7eb9", None))
#endif // QT_CONFIG(accessibility)
        self.keyPassphraseLabel.setText(QCoreApplication.translate("SetupWizard", u"\u5bc6\u94a5\u53e3\u4ee4\uff08\u5efa\u8bae\u8bbe\u7f6e\uff0c\u81f3\u5c118\u4e2a\u5b57\u7b26\uff09", None))
#if QT_CONFIG(accessibility)
        self.keyPassphraseEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u5bc6\u94a5\u53e3\u4ee4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.keyPassphraseEdit.setToolTip(QCoreApplication.translate("SetupWizard", u"\u672c\u4e61\u9547\u7684\u7b7e\u540d\u5bc6\u94a5\u548c\u63a5\u6536\u5bc6\u94a5\u7528\u6b64\u53e3\u4ee4\u52a0\u5bc6\u4fdd\u5b58\uff1b\u6bcf\u6708\u5bfc\u51fa\u3001\u5bfc\u5165\u6570\u636e\u5305\u65f6\u9700\u8981\u8f93\u5165\u3002\u8bf7\u4e0e\u7ba1\u7406\u5458\u5bc6\u7801\u4e0d\u540c\uff0c\u5e76\u59a5\u5584\u8bb0\u5f55\u3002", None))
#endif // QT_CONFIG(tooltip)
        self.keyRepeatLabel.setText(QCoreApplication.translate("SetupWizard", u"\u518d\u6b21\u8f93\u5165\u5bc6\u94a5\u53e3\u4ee4", None))
#if QT_CONFIG(accessibility)
        self.keyRepeatEdit.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u518d\u6b21\u8f93\u5165\u5bc6\u94a5\u53e3\u4ee4", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ownKeyFingerprint.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u672c\u4e61\u9547\u7b7e\u540d\u516c\u94a5\u6307\u7eb9", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.keysProblem.setAccessibleName(QCoreApplication.translate("SetupWizard", u"\u5bc6\u94a5\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.keysProblem.setProperty(u"role", QCoreApplication.translate("SetupWizard", u"problem", None))
    # retranslateUi

