# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'registration_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QStackedWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RegistrationForm(object):
    def setupUi(self, RegistrationForm):
        if not RegistrationForm.objectName():
            RegistrationForm.setObjectName(u"RegistrationForm")
        RegistrationForm.resize(1150, 760)
        self.outerLayout = QVBoxLayout(RegistrationForm)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(RegistrationForm)
        self.pages.setObjectName(u"pages")
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formPageLayout = QHBoxLayout(self.formPage)
        self.formPageLayout.setObjectName(u"formPageLayout")
        self.formColumn = QVBoxLayout()
        self.formColumn.setObjectName(u"formColumn")
        self.scroll = QScrollArea(self.formPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.formBody = QWidget()
        self.formBody.setObjectName(u"formBody")
        self.grid = QGridLayout(self.formBody)
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(6)
        self.nameLabel = QLabel(self.formBody)
        self.nameLabel.setObjectName(u"nameLabel")

        self.grid.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameEdit = QLineEdit(self.formBody)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.grid.addWidget(self.nameEdit, 0, 1, 1, 1)

        self.idTypeLabel = QLabel(self.formBody)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.grid.addWidget(self.idTypeLabel, 0, 2, 1, 1)

        self.idTypeCombo = QComboBox(self.formBody)
        self.idTypeCombo.setObjectName(u"idTypeCombo")
        self.idTypeCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.idTypeCombo.setMinimumContentsLength(6)

        self.grid.addWidget(self.idTypeCombo, 0, 3, 1, 1)

        self.idNumberLabel = QLabel(self.formBody)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.grid.addWidget(self.idNumberLabel, 1, 0, 1, 1)

        self.idNumberBox = QVBoxLayout()
        self.idNumberBox.setSpacing(2)
        self.idNumberBox.setObjectName(u"idNumberBox")
        self.idNumberEdit = QLineEdit(self.formBody)
        self.idNumberEdit.setObjectName(u"idNumberEdit")
        self.idNumberEdit.setMaxLength(32)

        self.idNumberBox.addWidget(self.idNumberEdit)

        self.idProblemLabel = QLabel(self.formBody)
        self.idProblemLabel.setObjectName(u"idProblemLabel")
        self.idProblemLabel.setWordWrap(True)

        self.idNumberBox.addWidget(self.idProblemLabel)


        self.grid.addLayout(self.idNumberBox, 1, 1, 1, 1)

        self.sexLabel = QLabel(self.formBody)
        self.sexLabel.setObjectName(u"sexLabel")

        self.grid.addWidget(self.sexLabel, 1, 2, 1, 1)

        self.sexCombo = QComboBox(self.formBody)
        self.sexCombo.setObjectName(u"sexCombo")

        self.grid.addWidget(self.sexCombo, 1, 3, 1, 1)

        self.ethnicityLabel = QLabel(self.formBody)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.grid.addWidget(self.ethnicityLabel, 2, 0, 1, 1)

        self.ethnicityCombo = QComboBox(self.formBody)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")
        self.ethnicityCombo.setEditable(True)

        self.grid.addWidget(self.ethnicityCombo, 2, 1, 1, 1)

        self.birthLabel = QLabel(self.formBody)
        self.birthLabel.setObjectName(u"birthLabel")

        self.grid.addWidget(self.birthLabel, 2, 2, 1, 1)

        self.birthDateEdit = QLineEdit(self.formBody)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        self.birthDateEdit.setReadOnly(True)

        self.grid.addWidget(self.birthDateEdit, 2, 3, 1, 1)

        self.phoneLabel = QLabel(self.formBody)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.grid.addWidget(self.phoneLabel, 3, 0, 1, 1)

        self.phoneEdit = QLineEdit(self.formBody)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(32)

        self.grid.addWidget(self.phoneEdit, 3, 1, 1, 1)

        self.addressLabel = QLabel(self.formBody)
        self.addressLabel.setObjectName(u"addressLabel")

        self.grid.addWidget(self.addressLabel, 3, 2, 1, 1)

        self.addressEdit = QLineEdit(self.formBody)
        self.addressEdit.setObjectName(u"addressEdit")

        self.grid.addWidget(self.addressEdit, 3, 3, 1, 1)

        self.channelLabel = QLabel(self.formBody)
        self.channelLabel.setObjectName(u"channelLabel")

        self.grid.addWidget(self.channelLabel, 4, 0, 1, 1)

        self.channelCombo = QComboBox(self.formBody)
        self.channelCombo.setObjectName(u"channelCombo")

        self.grid.addWidget(self.channelCombo, 4, 1, 1, 1)

        self.peopleLabel = QLabel(self.formBody)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.grid.addWidget(self.peopleLabel, 4, 2, 1, 1)

        self.peopleSpin = QSpinBox(self.formBody)
        self.peopleSpin.setObjectName(u"peopleSpin")
        self.peopleSpin.setMinimum(1)
        self.peopleSpin.setMaximum(9999)

        self.grid.addWidget(self.peopleSpin, 4, 3, 1, 1)

        self.repLabel = QLabel(self.formBody)
        self.repLabel.setObjectName(u"repLabel")

        self.grid.addWidget(self.repLabel, 5, 0, 1, 1)

        self.repBox = QHBoxLayout()
        self.repBox.setObjectName(u"repBox")
        self.repTable = QTableWidget(self.formBody)
        if (self.repTable.columnCount() < 1):
            self.repTable.setColumnCount(1)
        __qtablewidgetitem = QTableWidgetItem()
        self.repTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        self.repTable.setObjectName(u"repTable")
        self.repTable.setMaximumSize(QSize(16777215, 120))
        self.repTable.setTabKeyNavigation(False)

        self.repBox.addWidget(self.repTable)

        self.repButtons = QVBoxLayout()
        self.repButtons.setObjectName(u"repButtons")
        self.addRepButton = QPushButton(self.formBody)
        self.addRepButton.setObjectName(u"addRepButton")

        self.repButtons.addWidget(self.addRepButton)

        self.removeRepButton = QPushButton(self.formBody)
        self.removeRepButton.setObjectName(u"removeRepButton")

        self.repButtons.addWidget(self.removeRepButton)

        self.repProblemLabel = QLabel(self.formBody)
        self.repProblemLabel.setObjectName(u"repProblemLabel")
        self.repProblemLabel.setWordWrap(True)

        self.repButtons.addWidget(self.repProblemLabel)


        self.repBox.addLayout(self.repButtons)


        self.grid.addLayout(self.repBox, 5, 1, 1, 3)

        self.villageLabel = QLabel(self.formBody)
        self.villageLabel.setObjectName(u"villageLabel")

        self.grid.addWidget(self.villageLabel, 6, 0, 1, 1)

        self.villageCombo = QComboBox(self.formBody)
        self.villageCombo.setObjectName(u"villageCombo")

        self.grid.addWidget(self.villageCombo, 6, 1, 1, 1)

        self.categoryLabel = QLabel(self.formBody)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.grid.addWidget(self.categoryLabel, 6, 2, 1, 1)

        self.categoryBox = QVBoxLayout()
        self.categoryBox.setSpacing(2)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryEdit = QLineEdit(self.formBody)
        self.categoryEdit.setObjectName(u"categoryEdit")

        self.categoryBox.addWidget(self.categoryEdit)

        self.categoryHintLabel = QLabel(self.formBody)
        self.categoryHintLabel.setObjectName(u"categoryHintLabel")
        self.categoryHintLabel.setWordWrap(True)

        self.categoryBox.addWidget(self.categoryHintLabel)


        self.grid.addLayout(self.categoryBox, 6, 3, 1, 1)

        self.purposeLabel = QLabel(self.formBody)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.grid.addWidget(self.purposeLabel, 7, 0, 1, 1)

        self.purposeCombo = QComboBox(self.formBody)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.grid.addWidget(self.purposeCombo, 7, 1, 1, 1)

        self.sourceLabel = QLabel(self.formBody)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.grid.addWidget(self.sourceLabel, 7, 2, 1, 1)

        self.sourceCombo = QComboBox(self.formBody)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.sourceCombo.setMinimumContentsLength(6)

        self.grid.addWidget(self.sourceCombo, 7, 3, 1, 1)

        self.sourceUnitLabel = QLabel(self.formBody)
        self.sourceUnitLabel.setObjectName(u"sourceUnitLabel")

        self.grid.addWidget(self.sourceUnitLabel, 8, 0, 1, 1)

        self.sourceUnitEdit = QLineEdit(self.formBody)
        self.sourceUnitEdit.setObjectName(u"sourceUnitEdit")

        self.grid.addWidget(self.sourceUnitEdit, 8, 1, 1, 1)

        self.receivedOnLabel = QLabel(self.formBody)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.grid.addWidget(self.receivedOnLabel, 8, 2, 1, 1)

        self.receivedOnEdit = QDateEdit(self.formBody)
        self.receivedOnEdit.setObjectName(u"receivedOnEdit")
        self.receivedOnEdit.setCalendarPopup(True)

        self.grid.addWidget(self.receivedOnEdit, 8, 3, 1, 1)

        self.requestLabel = QLabel(self.formBody)
        self.requestLabel.setObjectName(u"requestLabel")

        self.grid.addWidget(self.requestLabel, 9, 0, 1, 1)

        self.requestEdit = QPlainTextEdit(self.formBody)
        self.requestEdit.setObjectName(u"requestEdit")
        self.requestEdit.setTabChangesFocus(True)
        self.requestEdit.setMaximumSize(QSize(16777215, 58))

        self.grid.addWidget(self.requestEdit, 9, 1, 1, 3)

        self.factsLabel = QLabel(self.formBody)
        self.factsLabel.setObjectName(u"factsLabel")

        self.grid.addWidget(self.factsLabel, 10, 0, 1, 1)

        self.factsEdit = QPlainTextEdit(self.formBody)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setTabChangesFocus(True)
        self.factsEdit.setMaximumSize(QSize(16777215, 58))

        self.grid.addWidget(self.factsEdit, 10, 1, 1, 3)

        self.reasonsLabel = QLabel(self.formBody)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.grid.addWidget(self.reasonsLabel, 11, 0, 1, 1)

        self.reasonsEdit = QPlainTextEdit(self.formBody)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)
        self.reasonsEdit.setMaximumSize(QSize(16777215, 58))

        self.grid.addWidget(self.reasonsEdit, 11, 1, 1, 3)

        self.subjectLabel = QLabel(self.formBody)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.grid.addWidget(self.subjectLabel, 12, 0, 1, 1)

        self.subjectEdit = QLineEdit(self.formBody)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.grid.addWidget(self.subjectEdit, 12, 1, 1, 3)

        self.flagsLabel = QLabel(self.formBody)
        self.flagsLabel.setObjectName(u"flagsLabel")

        self.grid.addWidget(self.flagsLabel, 13, 0, 1, 1)

        self.flagsBox = QHBoxLayout()
        self.flagsBox.setObjectName(u"flagsBox")
        self.litigationCheck = QCheckBox(self.formBody)
        self.litigationCheck.setObjectName(u"litigationCheck")

        self.flagsBox.addWidget(self.litigationCheck)

        self.urgentCheck = QCheckBox(self.formBody)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.flagsBox.addWidget(self.urgentCheck)

        self.threatCheck = QCheckBox(self.formBody)
        self.threatCheck.setObjectName(u"threatCheck")

        self.flagsBox.addWidget(self.threatCheck)

        self.backlogCheck = QCheckBox(self.formBody)
        self.backlogCheck.setObjectName(u"backlogCheck")

        self.flagsBox.addWidget(self.backlogCheck)

        self.recusalCheck = QCheckBox(self.formBody)
        self.recusalCheck.setObjectName(u"recusalCheck")

        self.flagsBox.addWidget(self.recusalCheck)

        self.flagsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.flagsBox.addItem(self.flagsSpacer)


        self.grid.addLayout(self.flagsBox, 13, 1, 1, 3)

        self.routeLabel = QLabel(self.formBody)
        self.routeLabel.setObjectName(u"routeLabel")

        self.grid.addWidget(self.routeLabel, 14, 0, 1, 1)

        self.routeBox = QVBoxLayout()
        self.routeBox.setSpacing(2)
        self.routeBox.setObjectName(u"routeBox")
        self.routeCombo = QComboBox(self.formBody)
        self.routeCombo.setObjectName(u"routeCombo")

        self.routeBox.addWidget(self.routeCombo)

        self.routeExplanationLabel = QLabel(self.formBody)
        self.routeExplanationLabel.setObjectName(u"routeExplanationLabel")
        self.routeExplanationLabel.setWordWrap(True)

        self.routeBox.addWidget(self.routeExplanationLabel)


        self.grid.addLayout(self.routeBox, 14, 1, 1, 3)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 16, 0, 1, 1)

        self.scroll.setWidget(self.formBody)

        self.formColumn.addWidget(self.scroll)

        self.saveBox = QHBoxLayout()
        self.saveBox.setObjectName(u"saveBox")
        self.saveButton = QPushButton(self.formPage)
        self.saveButton.setObjectName(u"saveButton")

        self.saveBox.addWidget(self.saveButton)

        self.clearButton = QPushButton(self.formPage)
        self.clearButton.setObjectName(u"clearButton")

        self.saveBox.addWidget(self.clearButton)

        self.formProblemLabel = QLabel(self.formPage)
        self.formProblemLabel.setObjectName(u"formProblemLabel")
        self.formProblemLabel.setWordWrap(True)

        self.saveBox.addWidget(self.formProblemLabel)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveBox.addItem(self.saveSpacer)


        self.formColumn.addLayout(self.saveBox)


        self.formPageLayout.addLayout(self.formColumn)

        self.repeatGroup = QGroupBox(self.formPage)
        self.repeatGroup.setObjectName(u"repeatGroup")
        self.repeatGroup.setMinimumSize(QSize(300, 0))
        self.repeatGroup.setMaximumSize(QSize(340, 16777215))
        self.repeatLayout = QVBoxLayout(self.repeatGroup)
        self.repeatLayout.setObjectName(u"repeatLayout")
        self.receiverLabel = QLabel(self.repeatGroup)
        self.receiverLabel.setObjectName(u"receiverLabel")

        self.repeatLayout.addWidget(self.receiverLabel)

        self.receiverCombo = QComboBox(self.repeatGroup)
        self.receiverCombo.setObjectName(u"receiverCombo")

        self.repeatLayout.addWidget(self.receiverCombo)

        self.repeatHintLabel = QLabel(self.repeatGroup)
        self.repeatHintLabel.setObjectName(u"repeatHintLabel")
        self.repeatHintLabel.setWordWrap(True)

        self.repeatLayout.addWidget(self.repeatHintLabel)

        self.priorList = QListWidget(self.repeatGroup)
        self.priorList.setObjectName(u"priorList")

        self.repeatLayout.addWidget(self.priorList)

        self.sameMatterButton = QPushButton(self.repeatGroup)
        self.sameMatterButton.setObjectName(u"sameMatterButton")

        self.repeatLayout.addWidget(self.sameMatterButton)

        self.newMatterButton = QPushButton(self.repeatGroup)
        self.newMatterButton.setObjectName(u"newMatterButton")

        self.repeatLayout.addWidget(self.newMatterButton)

        self.newReasonLabel = QLabel(self.repeatGroup)
        self.newReasonLabel.setObjectName(u"newReasonLabel")
        self.newReasonLabel.setWordWrap(True)

        self.repeatLayout.addWidget(self.newReasonLabel)

        self.newReasonEdit = QLineEdit(self.repeatGroup)
        self.newReasonEdit.setObjectName(u"newReasonEdit")

        self.repeatLayout.addWidget(self.newReasonEdit)

        self.repeatChoiceLabel = QLabel(self.repeatGroup)
        self.repeatChoiceLabel.setObjectName(u"repeatChoiceLabel")
        self.repeatChoiceLabel.setWordWrap(True)

        self.repeatLayout.addWidget(self.repeatChoiceLabel)

        self.repeatSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.repeatLayout.addItem(self.repeatSpacer)


        self.formPageLayout.addWidget(self.repeatGroup)

        self.pages.addWidget(self.formPage)
        self.resultPage = QWidget()
        self.resultPage.setObjectName(u"resultPage")
        self.resultLayout = QVBoxLayout(self.resultPage)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultTopSpacer)

        self.resultTitleLabel = QLabel(self.resultPage)
        self.resultTitleLabel.setObjectName(u"resultTitleLabel")
        self.resultTitleLabel.setAlignment(Qt.AlignCenter)

        self.resultLayout.addWidget(self.resultTitleLabel)

        self.numberLabel = QLabel(self.resultPage)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setAlignment(Qt.AlignCenter)
        self.numberLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.resultLayout.addWidget(self.numberLabel)

        self.resultDetailLabel = QLabel(self.resultPage)
        self.resultDetailLabel.setObjectName(u"resultDetailLabel")
        self.resultDetailLabel.setAlignment(Qt.AlignCenter)
        self.resultDetailLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.resultDetailLabel)

        self.resultButtons = QHBoxLayout()
        self.resultButtons.setObjectName(u"resultButtons")
        self.resultLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.resultLeftSpacer)

        self.printButton = QPushButton(self.resultPage)
        self.printButton.setObjectName(u"printButton")

        self.resultButtons.addWidget(self.printButton)

        self.continueButton = QPushButton(self.resultPage)
        self.continueButton.setObjectName(u"continueButton")

        self.resultButtons.addWidget(self.continueButton)

        self.resultRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultButtons.addItem(self.resultRightSpacer)


        self.resultLayout.addLayout(self.resultButtons)

        self.resultBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultBottomSpacer)

        self.pages.addWidget(self.resultPage)

        self.outerLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idTypeLabel.setBuddy(self.idTypeCombo)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.sexLabel.setBuddy(self.sexCombo)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.birthLabel.setBuddy(self.birthDateEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.peopleLabel.setBuddy(self.peopleSpin)
        self.repLabel.setBuddy(self.repTable)
        self.villageLabel.setBuddy(self.villageCombo)
        self.categoryLabel.setBuddy(self.categoryEdit)
        self.purposeLabel.setBuddy(self.purposeCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.sourceUnitLabel.setBuddy(self.sourceUnitEdit)
        self.receivedOnLabel.setBuddy(self.receivedOnEdit)
        self.requestLabel.setBuddy(self.requestEdit)
        self.factsLabel.setBuddy(self.factsEdit)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.routeLabel.setBuddy(self.routeCombo)
        self.receiverLabel.setBuddy(self.receiverCombo)
        self.newReasonLabel.setBuddy(self.newReasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.idTypeCombo)
        QWidget.setTabOrder(self.idTypeCombo, self.idNumberEdit)
        QWidget.setTabOrder(self.idNumberEdit, self.sexCombo)
        QWidget.setTabOrder(self.sexCombo, self.ethnicityCombo)
        QWidget.setTabOrder(self.ethnicityCombo, self.birthDateEdit)
        QWidget.setTabOrder(self.birthDateEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.peopleSpin)
        QWidget.setTabOrder(self.peopleSpin, self.repTable)
        QWidget.setTabOrder(self.repTable, self.addRepButton)
        QWidget.setTabOrder(self.addRepButton, self.removeRepButton)
        QWidget.setTabOrder(self.removeRepButton, self.villageCombo)
        QWidget.setTabOrder(self.villageCombo, self.categoryEdit)
        QWidget.setTabOrder(self.categoryEdit, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.sourceUnitEdit)
        QWidget.setTabOrder(self.sourceUnitEdit, self.receivedOnEdit)
        QWidget.setTabOrder(self.receivedOnEdit, self.requestEdit)
        QWidget.setTabOrder(self.requestEdit, self.factsEdit)
        QWidget.setTabOrder(self.factsEdit, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.litigationCheck)
        QWidget.setTabOrder(self.litigationCheck, self.urgentCheck)
        QWidget.setTabOrder(self.urgentCheck, self.threatCheck)
        QWidget.setTabOrder(self.threatCheck, self.backlogCheck)
        QWidget.setTabOrder(self.backlogCheck, self.recusalCheck)
        QWidget.setTabOrder(self.recusalCheck, self.routeCombo)
        QWidget.setTabOrder(self.routeCombo, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.receiverCombo)
        QWidget.setTabOrder(self.receiverCombo, self.priorList)
        QWidget.setTabOrder(self.priorList, self.sameMatterButton)
        QWidget.setTabOrder(self.sameMatterButton, self.newMatterButton)
        QWidget.setTabOrder(self.newMatterButton, self.newReasonEdit)

        self.retranslateUi(RegistrationForm)

        self.continueButton.setDefault(True)


        QMetaObject.connectSlotsByName(RegistrationForm)
    # setupUi

    def retranslateUi(self, RegistrationForm):
        RegistrationForm.setWindowTitle(QCoreApplication.translate("RegistrationForm", u"\u6765\u8bbf\u767b\u8bb0", None))
        self.nameLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u59d3\u540d *", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u4eba\u59d3\u540d", None))
#endif // QT_CONFIG(accessibility)
        self.idTypeLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8bc1\u4ef6\u7c7b\u578b", None))
#if QT_CONFIG(accessibility)
        self.idTypeCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8bc1\u4ef6\u7c7b\u578b", None))
#endif // QT_CONFIG(accessibility)
        self.idNumberLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8bc1\u4ef6\u53f7\u7801", None))
#if QT_CONFIG(accessibility)
        self.idNumberEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8bc1\u4ef6\u53f7\u7801", None))
#endif // QT_CONFIG(accessibility)
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"18\u4f4d\uff0c\u81ea\u52a8\u8bc6\u522b\u51fa\u751f\u65e5\u671f\u548c\u6027\u522b", None))
#if QT_CONFIG(accessibility)
        self.idProblemLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8bc1\u4ef6\u53f7\u7801\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.idProblemLabel.setProperty(u"role", QCoreApplication.translate("RegistrationForm", u"problem", None))
        self.sexLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6027\u522b", None))
#if QT_CONFIG(accessibility)
        self.sexCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6027\u522b", None))
#endif // QT_CONFIG(accessibility)
        self.ethnicityLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6c11\u65cf", None))
#if QT_CONFIG(accessibility)
        self.ethnicityCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6c11\u65cf", None))
#endif // QT_CONFIG(accessibility)
        self.birthLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u51fa\u751f\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.birthDateEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u51fa\u751f\u65e5\u671f\uff08\u7531\u8eab\u4efd\u8bc1\u53f7\u7801\u8bc6\u522b\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u7531\u8eab\u4efd\u8bc1\u53f7\u7801\u81ea\u52a8\u8bc6\u522b", None))
        self.phoneLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8054\u7cfb\u7535\u8bdd", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8054\u7cfb\u7535\u8bdd", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4f4f\u5740", None))
#if QT_CONFIG(accessibility)
        self.addressEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4f4f\u5740", None))
#endif // QT_CONFIG(accessibility)
        self.channelLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u5f62\u5f0f", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u5f62\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.peopleLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6765\u8bbf\u4eba\u6570", None))
#if QT_CONFIG(accessibility)
        self.peopleSpin.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6765\u8bbf\u4eba\u6570", None))
#endif // QT_CONFIG(accessibility)
        self.peopleSpin.setSuffix(QCoreApplication.translate("RegistrationForm", u" \u4eba", None))
        self.repLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4ee3\u8868", None))
        ___qtablewidgetitem = self.repTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RegistrationForm", u"\u4ee3\u8868\u59d3\u540d", None));
#if QT_CONFIG(accessibility)
        self.repTable.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u96c6\u4f53\u8bbf\u4ee3\u8868\u540d\u5355", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addRepButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6dfb\u52a0\u4ee3\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.addRepButton.setText(QCoreApplication.translate("RegistrationForm", u"\u6dfb\u52a0\u4ee3\u8868", None))
#if QT_CONFIG(accessibility)
        self.removeRepButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u5220\u9664\u4ee3\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.removeRepButton.setText(QCoreApplication.translate("RegistrationForm", u"\u5220\u9664\u4ee3\u8868", None))
#if QT_CONFIG(accessibility)
        self.repProblemLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4ee3\u8868\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.repProblemLabel.setProperty(u"role", QCoreApplication.translate("RegistrationForm", u"problem", None))
        self.villageLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u95ee\u9898\u5c5e\u5730", None))
#if QT_CONFIG(accessibility)
        self.villageCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u95ee\u9898\u5c5e\u5730\uff08\u6751\u3001\u793e\u533a\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u95ee\u9898\u7c7b\u522b", None))
#if QT_CONFIG(accessibility)
        self.categoryEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u95ee\u9898\u7c7b\u522b\uff08\u8f93\u5165\u6587\u5b57\u7b5b\u9009\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.categoryEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u8f93\u5165\u6587\u5b57\u7b5b\u9009\uff0c\u5982\u201c\u5b85\u57fa\u5730\u201d\u201c\u4f4e\u4fdd\u201d", None))
#if QT_CONFIG(accessibility)
        self.categoryHintLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u95ee\u9898\u7c7b\u522b\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u76ee\u7684", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u76ee\u7684", None))
#endif // QT_CONFIG(accessibility)
        self.sourceLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6765\u6e90", None))
#if QT_CONFIG(accessibility)
        self.sourceCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4e8b\u9879\u6765\u6e90", None))
#endif // QT_CONFIG(accessibility)
        self.sourceUnitLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4ea4\u529e/\u8f6c\u9001\u5355\u4f4d", None))
#if QT_CONFIG(accessibility)
        self.sourceUnitEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4ea4\u529e\u6216\u8f6c\u9001\u5355\u4f4d", None))
#endif // QT_CONFIG(accessibility)
        self.sourceUnitEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u5982\uff1a\u53bf\u4fe1\u8bbf\u5c40", None))
        self.receivedOnLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6536\u5230\u65e5\u671f", None))
#if QT_CONFIG(accessibility)
        self.receivedOnEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6536\u5230\u65e5\u671f\uff08\u671f\u9650\u81ea\u6b64\u65e5\u8d77\u7b97\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.receivedOnEdit.setDisplayFormat(QCoreApplication.translate("RegistrationForm", u"yyyy-MM-dd", None))
        self.requestLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8bf7\u6c42 *", None))
#if QT_CONFIG(accessibility)
        self.requestEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4fe1\u8bbf\u8bf7\u6c42", None))
#endif // QT_CONFIG(accessibility)
        self.factsLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u4e8b\u5b9e", None))
#if QT_CONFIG(accessibility)
        self.factsEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4e8b\u5b9e", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u7406\u7531", None))
#if QT_CONFIG(accessibility)
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u88ab\u53cd\u6620\u5bf9\u8c61", None))
#if QT_CONFIG(accessibility)
        self.subjectEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u88ab\u53cd\u6620\u5bf9\u8c61\uff08\u4e2a\u4eba\u6216\u5355\u4f4d\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.flagsLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u6807\u8bb0", None))
#if QT_CONFIG(accessibility)
        self.litigationCheck.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6d89\u6cd5\u6d89\u8bc9", None))
#endif // QT_CONFIG(accessibility)
        self.litigationCheck.setText(QCoreApplication.translate("RegistrationForm", u"\u6d89\u6cd5\u6d89\u8bc9", None))
#if QT_CONFIG(accessibility)
        self.urgentCheck.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u91cd\u5927\u7d27\u6025", None))
#endif // QT_CONFIG(accessibility)
        self.urgentCheck.setText(QCoreApplication.translate("RegistrationForm", u"\u91cd\u5927\u7d27\u6025", None))
#if QT_CONFIG(accessibility)
        self.threatCheck.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u626c\u8a00", None))
#endif // QT_CONFIG(accessibility)
        self.threatCheck.setText(QCoreApplication.translate("RegistrationForm", u"\u626c\u8a00", None))
#if QT_CONFIG(accessibility)
        self.backlogCheck.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u79ef\u6848", None))
#endif // QT_CONFIG(accessibility)
        self.backlogCheck.setText(QCoreApplication.translate("RegistrationForm", u"\u79ef\u6848", None))
#if QT_CONFIG(accessibility)
        self.recusalCheck.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u56de\u907f", None))
#endif // QT_CONFIG(accessibility)
        self.recusalCheck.setText(QCoreApplication.translate("RegistrationForm", u"\u56de\u907f", None))
        self.routeLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u5904\u7406\u9014\u5f84", None))
#if QT_CONFIG(accessibility)
        self.routeCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u5904\u7406\u9014\u5f84", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.routeExplanationLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u5904\u7406\u9014\u5f84\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4fdd\u5b58\u767b\u8bb0", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("RegistrationForm", u"\u4fdd\u5b58\u767b\u8bb0\uff08Ctrl+\u56de\u8f66\uff09", None))
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6e05\u7a7a\u8868\u5355", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("RegistrationForm", u"\u6e05\u7a7a\uff08Esc\uff09", None))
#if QT_CONFIG(accessibility)
        self.formProblemLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4fdd\u5b58\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.formProblemLabel.setProperty(u"role", QCoreApplication.translate("RegistrationForm", u"problem", None))
        self.repeatGroup.setTitle(QCoreApplication.translate("RegistrationForm", u"\u6b64\u4eba\u4ee5\u5f80\u4e8b\u9879", None))
        self.receiverLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u63a5\u5f85\u4eba", None))
#if QT_CONFIG(accessibility)
        self.receiverCombo.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u63a5\u5f85\u4eba", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.repeatHintLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u4ee5\u5f80\u4e8b\u9879\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.repeatHintLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8f93\u5165\u6709\u6548\u8eab\u4efd\u8bc1\u53f7\u7801\uff0c\u6216\u59d3\u540d\u52a0\u8054\u7cfb\u7535\u8bdd\u540e\uff0c\u8fd9\u91cc\u5217\u51fa\u6b64\u4eba\u4ee5\u5f80\u7684\u4e8b\u9879\u3002", None))
#if QT_CONFIG(accessibility)
        self.priorList.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6b64\u4eba\u4ee5\u5f80\u4e8b\u9879\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sameMatterButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u540c\u4e00\u4e8b\u9879\u518d\u6b21\u6765\u8bbf", None))
#endif // QT_CONFIG(accessibility)
        self.sameMatterButton.setText(QCoreApplication.translate("RegistrationForm", u"\u540c\u4e00\u4e8b\u9879\u518d\u6b21\u6765\u8bbf", None))
#if QT_CONFIG(accessibility)
        self.newMatterButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u767b\u8bb0\u4e3a\u65b0\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.newMatterButton.setText(QCoreApplication.translate("RegistrationForm", u"\u65b0\u4e8b\u9879", None))
        self.newReasonLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u8ba4\u5b9a\u4e3a\u65b0\u4e8b\u9879\u7684\u7406\u7531", None))
#if QT_CONFIG(accessibility)
        self.newReasonEdit.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u8ba4\u5b9a\u4e3a\u65b0\u4e8b\u9879\u7684\u7406\u7531", None))
#endif // QT_CONFIG(accessibility)
        self.newReasonEdit.setPlaceholderText(QCoreApplication.translate("RegistrationForm", u"\u540c\u7c7b\u4e8b\u9879\u5728\u529e\u6216\u5df2\u7ec8\u7ed3\u65f6\u5fc5\u586b", None))
#if QT_CONFIG(accessibility)
        self.repeatChoiceLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u672c\u6b21\u767b\u8bb0\u65b9\u5f0f", None))
#endif // QT_CONFIG(accessibility)
        self.resultTitleLabel.setText(QCoreApplication.translate("RegistrationForm", u"\u767b\u8bb0\u6210\u529f\uff0c\u4e8b\u9879\u7f16\u53f7\uff1a", None))
#if QT_CONFIG(accessibility)
        self.numberLabel.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u65b0\u4e8b\u9879\u7f16\u53f7", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u6253\u5370\u56de\u6267", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("RegistrationForm", u"\u6253\u5370\u56de\u6267", None))
#if QT_CONFIG(accessibility)
        self.continueButton.setAccessibleName(QCoreApplication.translate("RegistrationForm", u"\u7ee7\u7eed\u767b\u8bb0", None))
#endif // QT_CONFIG(accessibility)
        self.continueButton.setText(QCoreApplication.translate("RegistrationForm", u"\u7ee7\u7eed\u767b\u8bb0\uff08\u56de\u8f66\uff09", None))
    # retranslateUi

