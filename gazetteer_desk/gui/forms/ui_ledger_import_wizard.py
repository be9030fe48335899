# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ledger_import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_LedgerImportWizard(object):
    def setupUi(self, LedgerImportWizard):
        if not LedgerImportWizard.objectName():
            LedgerImportWizard.setObjectName(u"LedgerImportWizard")
        LedgerImportWizard.resize(900, 620)
        LedgerImportWizard.setModal(True)
        LedgerImportWizard.setWizardStyle(QWizard.ClassicStyle)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileLayout = QVBoxLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.pathLabel = QLabel(self.filePage)
        self.pathLabel.setObjectName(u"pathLabel")

        self.fileForm.setWidget(0, QFormLayout.LabelRole, self.pathLabel)

        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(self.filePage)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.FieldRole, self.pathRow)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(1, QFormLayout.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileForm.setWidget(1, QFormLayout.FieldRole, self.sheetCombo)


        self.fileLayout.addLayout(self.fileForm)

        self.fileInfo = QLabel(self.filePage)
        self.fileInfo.setObjectName(u"fileInfo")
        self.fileInfo.setWordWrap(True)

        self.fileLayout.addWidget(self.fileInfo)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        self.fileProblem = QLabel(self.filePage)
        self.fileProblem.setObjectName(u"fileProblem")
        self.fileProblem.setWordWrap(True)

        self.fileLayout.addWidget(self.fileProblem)

        self.fileProgress = QProgressBar(self.filePage)
        self.fileProgress.setObjectName(u"fileProgress")

        self.fileLayout.addWidget(self.fileProgress)

        LedgerImportWizard.addPage(self.filePage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.headerInfo = QLabel(self.mappingPage)
        self.headerInfo.setObjectName(u"headerInfo")
        self.headerInfo.setWordWrap(True)

        self.mappingLayout.addWidget(self.headerInfo)

        self.mappingScroll = QScrollArea(self.mappingPage)
        self.mappingScroll.setObjectName(u"mappingScroll")
        self.mappingScroll.setWidgetResizable(True)
        self.mappingBody = QWidget()
        self.mappingBody.setObjectName(u"mappingBody")
        self.mappingGrid = QGridLayout(self.mappingBody)
        self.mappingGrid.setObjectName(u"mappingGrid")
        self.mappingScroll.setWidget(self.mappingBody)

        self.mappingLayout.addWidget(self.mappingScroll)

        self.unusedInfo = QLabel(self.mappingPage)
        self.unusedInfo.setObjectName(u"unusedInfo")
        self.unusedInfo.setWordWrap(True)

        self.mappingLayout.addWidget(self.unusedInfo)

        self.mappingProblem = QLabel(self.mappingPage)
        self.mappingProblem.setObjectName(u"mappingProblem")
        self.mappingProblem.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingProblem)

        self.mappingProgress = QProgressBar(self.mappingPage)
        self.mappingProgress.setObjectName(u"mappingProgress")

        self.mappingLayout.addWidget(self.mappingProgress)

        LedgerImportWizard.addPage(self.mappingPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.summary = QLabel(self.previewPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.previewLayout.addWidget(self.summary)

        self.previewSplit = QSplitter(self.previewPage)
        self.previewSplit.setObjectName(u"previewSplit")
        self.previewSplit.setOrientation(Qt.Vertical)
        self.previewSplit.setChildrenCollapsible(False)
        self.goodTable = QTableWidget(self.previewSplit)
        self.goodTable.setObjectName(u"goodTable")
        self.goodTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.goodTable.setAlternatingRowColors(True)
        self.goodTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.previewSplit.addWidget(self.goodTable)
        self.goodTable.horizontalHeader().setStretchLastSection(True)
        self.goodTable.verticalHeader().setVisible(False)
        self.badBox = QWidget(self.previewSplit)
        self.badBox.setObjectName(u"badBox")
        self.badLayout = QVBoxLayout(self.badBox)
        self.badLayout.setObjectName(u"badLayout")
        self.badLayout.setContentsMargins(0, 0, 0, 0)
        self.badLabel = QLabel(self.badBox)
        self.badLabel.setObjectName(u"badLabel")

        self.badLayout.addWidget(self.badLabel)

        self.badTable = QTableWidget(self.badBox)
        if (self.badTable.columnCount() < 2):
            self.badTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.badTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.badTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.badTable.setObjectName(u"badTable")
        self.badTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.badTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.badTable.setWordWrap(True)
        self.badTable.horizontalHeader().setStretchLastSection(True)
        self.badTable.verticalHeader().setVisible(False)

        self.badLayout.addWidget(self.badTable)

        self.previewSplit.addWidget(self.badBox)

        self.previewLayout.addWidget(self.previewSplit)

        self.skipBad = QCheckBox(self.previewPage)
        self.skipBad.setObjectName(u"skipBad")

        self.previewLayout.addWidget(self.skipBad)

        self.previewProblem = QLabel(self.previewPage)
        self.previewProblem.setObjectName(u"previewProblem")
        self.previewProblem.setWordWrap(True)

        self.previewLayout.addWidget(self.previewProblem)

        self.previewProgress = QProgressBar(self.previewPage)
        self.previewProgress.setObjectName(u"previewProgress")

        self.previewLayout.addWidget(self.previewProgress)

        LedgerImportWizard.addPage(self.previewPage)
        self.donePage = QWizardPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.result = QLabel(self.donePage)
        self.result.setObjectName(u"result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.doneLayout.addWidget(self.result)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        LedgerImportWizard.addPage(self.donePage)
#if QT_CONFIG(shortcut)
        self.pathLabel.setBuddy(self.pathEdit)
        self.sheetLabel.setBuddy(self.sheetCombo)
        self.badLabel.setBuddy(self.badTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pathEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.sheetCombo)
        QWidget.setTabOrder(self.sheetCombo, self.goodTable)
        QWidget.setTabOrder(self.goodTable, self.badTable)
        QWidget.setTabOrder(self.badTable, self.skipBad)

        self.retranslateUi(LedgerImportWizard)

        QMetaObject.connectSlotsByName(LedgerImportWizard)
    # setupUi

    def retranslateUi(self, LedgerImportWizard):
        LedgerImportWizard.setWindowTitle(QCoreApplication.translate("LedgerImportWizard", u"\u5bfc\u5165\u5df2\u6709\u53f0\u8d26", None))
        self.filePage.setTitle(QCoreApplication.translate("LedgerImportWizard", u"\u7b2c\u4e00\u6b65\uff1a\u9009\u62e9\u53f0\u8d26\u6587\u4ef6", None))
        self.filePage.setSubTitle(QCoreApplication.translate("LedgerImportWizard", u"Excel \u5de5\u4f5c\u7c3f\uff08.xlsx\uff09\u6216 CSV \u6587\u4ef6\uff08UTF-8 \u6216 GBK\uff09\u3002\u65e7\u7248 .xls \u8bf7\u5148\u5728 Excel \u6216 WPS \u4e2d\u53e6\u5b58\u4e3a .xlsx\u3002", None))
        self.pathLabel.setText(QCoreApplication.translate("LedgerImportWizard", u"\u6587\u4ef6(&F)", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u53f0\u8d26\u6587\u4ef6\u8def\u5f84", None))
#endif // QT_CONFIG(accessibility)
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("LedgerImportWizard", u"\u70b9\u201c\u6d4f\u89c8\u2026\u201d\u9009\u62e9\u6587\u4ef6", None))
        self.browseButton.setText(QCoreApplication.translate("LedgerImportWizard", u"\u6d4f\u89c8(&B)\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u9009\u62e9\u53f0\u8d26\u6587\u4ef6", None))
#endif // QT_CONFIG(accessibility)
        self.sheetLabel.setText(QCoreApplication.translate("LedgerImportWizard", u"\u5de5\u4f5c\u8868(&S)", None))
#if QT_CONFIG(accessibility)
        self.sheetCombo.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u5de5\u4f5c\u8868", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileInfo.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u6587\u4ef6\u8bfb\u53d6\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fileProblem.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.fileProblem.setProperty(u"role", QCoreApplication.translate("LedgerImportWizard", u"problem", None))
#if QT_CONFIG(accessibility)
        self.fileProgress.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u8bfb\u53d6\u8fdb\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.mappingPage.setTitle(QCoreApplication.translate("LedgerImportWizard", u"\u7b2c\u4e8c\u6b65\uff1a\u6838\u5bf9\u5217\u7684\u5bf9\u5e94", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("LedgerImportWizard", u"\u5df2\u6309\u8868\u5934\u731c\u51fa\u6bcf\u4e00\u9879\u5728\u54ea\u4e00\u5217\uff0c\u8bf7\u9010\u9879\u6838\u5bf9\uff1b\u6807 * \u7684\u4e3a\u5fc5\u9700\u3002\u6ca1\u6709\u7684\u9879\u9009\u201c\uff08\u4e0d\u5bfc\u5165\uff09\u201d\u3002", None))
#if QT_CONFIG(accessibility)
        self.headerInfo.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u8868\u5934\u4f4d\u7f6e", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.unusedInfo.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u672a\u4f7f\u7528\u7684\u5217", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mappingProblem.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.mappingProblem.setProperty(u"role", QCoreApplication.translate("LedgerImportWizard", u"problem", None))
#if QT_CONFIG(accessibility)
        self.mappingProgress.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u68c0\u67e5\u8fdb\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.previewPage.setTitle(QCoreApplication.translate("LedgerImportWizard", u"\u7b2c\u4e09\u6b65\uff1a\u68c0\u67e5\u7ed3\u679c", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("LedgerImportWizard", u"\u4ee5\u4e0b\u662f\u5c06\u8981\u5bfc\u5165\u7684\u4e8b\u9879\uff08\u524d\u82e5\u5e72\u884c\uff09\u548c\u6709\u8bef\u7684\u884c\u3002\u70b9\u201c\u5bfc\u5165\u201d\u4e4b\u524d\u4e0d\u4f1a\u4fdd\u5b58\u4efb\u4f55\u6570\u636e\u3002", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u68c0\u67e5\u7ed3\u679c\u6c47\u603b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.goodTable.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u5c06\u8981\u5bfc\u5165\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.badLabel.setText(QCoreApplication.translate("LedgerImportWizard", u"\u6709\u8bef\u7684\u884c\uff08\u4e0d\u4f1a\u5bfc\u5165\uff09", None))
        ___qtablewidgetitem = self.badTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("LedgerImportWizard", u"\u884c\u53f7", None));
        ___qtablewidgetitem1 = self.badTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("LedgerImportWizard", u"\u539f\u56e0", None));
#if QT_CONFIG(accessibility)
        self.badTable.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u6709\u8bef\u7684\u884c\u53ca\u539f\u56e0", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.skipBad.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u8df3\u8fc7\u6709\u8bef\u7684\u884c", None))
#endif // QT_CONFIG(accessibility)
        self.skipBad.setText(QCoreApplication.translate("LedgerImportWizard", u"\u8df3\u8fc7\u6709\u8bef\u7684\u884c\uff0c\u53ea\u5bfc\u5165\u5176\u4f59\u5404\u884c(&K)", None))
#if QT_CONFIG(accessibility)
        self.previewProblem.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u95ee\u9898\u63d0\u793a", None))
#endif // QT_CONFIG(accessibility)
        self.previewProblem.setProperty(u"role", QCoreApplication.translate("LedgerImportWizard", u"problem", None))
#if QT_CONFIG(accessibility)
        self.previewProgress.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u5bfc\u5165\u8fdb\u5ea6", None))
#endif // QT_CONFIG(accessibility)
        self.donePage.setTitle(QCoreApplication.translate("LedgerImportWizard", u"\u7b2c\u56db\u6b65\uff1a\u5bfc\u5165\u5b8c\u6210", None))
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("LedgerImportWizard", u"\u5bfc\u5165\u7ed3\u679c", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

