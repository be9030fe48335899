# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'directory_page.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from gazetteer_desk.gui.widgets import MessageLine

class Ui_DirectoryPage(object):
    def setupUi(self, DirectoryPage):
        if not DirectoryPage.objectName():
            DirectoryPage.setObjectName(u"DirectoryPage")
        DirectoryPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(DirectoryPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindLabel = QLabel(DirectoryPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindRow.addWidget(self.kindLabel)

        self.kind = QComboBox(DirectoryPage)
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.addItem("")
        self.kind.setObjectName(u"kind")

        self.kindRow.addWidget(self.kind)

        self.showRetired = QCheckBox(DirectoryPage)
        self.showRetired.setObjectName(u"showRetired")

        self.kindRow.addWidget(self.showRetired)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.pageLayout.addLayout(self.kindRow)

        self.hintLabel = QLabel(DirectoryPage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.hintLabel)

        self.entriesTable = QTableWidget(DirectoryPage)
        if (self.entriesTable.columnCount() < 3):
            self.entriesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setTabKeyNavigation(False)
        self.entriesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entriesTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entriesTable.horizontalHeader().setStretchLastSection(True)
        self.entriesTable.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.entriesTable)

        self.editBox = QGroupBox(DirectoryPage)
        self.editBox.setObjectName(u"editBox")
        self.editRow = QHBoxLayout(self.editBox)
        self.editRow.setObjectName(u"editRow")
        self.nameLabel = QLabel(self.editBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.editRow.addWidget(self.nameLabel)

        self.name = QLineEdit(self.editBox)
        self.name.setObjectName(u"name")

        self.editRow.addWidget(self.name)

        self.postLabel = QLabel(self.editBox)
        self.postLabel.setObjectName(u"postLabel")

        self.editRow.addWidget(self.postLabel)

        self.post = QLineEdit(self.editBox)
        self.post.setObjectName(u"post")

        self.editRow.addWidget(self.post)

        self.addButton = QPushButton(self.editBox)
        self.addButton.setObjectName(u"addButton")

        self.editRow.addWidget(self.addButton)

        self.renameButton = QPushButton(self.editBox)
        self.renameButton.setObjectName(u"renameButton")
        self.renameButton.setEnabled(False)

        self.editRow.addWidget(self.renameButton)

        self.retireButton = QPushButton(self.editBox)
        self.retireButton.setObjectName(u"retireButton")
        self.retireButton.setEnabled(False)

        self.editRow.addWidget(self.retireButton)

        self.editRow.setStretch(1, 1)
        self.editRow.setStretch(3, 1)

        self.pageLayout.addWidget(self.editBox)

        self.message = MessageLine(DirectoryPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.pageLayout.addWidget(self.message)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.nameLabel.setBuddy(self.name)
        self.postLabel.setBuddy(self.post)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.showRetired)
        QWidget.setTabOrder(self.showRetired, self.entriesTable)
        QWidget.setTabOrder(self.entriesTable, self.name)
        QWidget.setTabOrder(self.name, self.post)
        QWidget.setTabOrder(self.post, self.addButton)
        QWidget.setTabOrder(self.addButton, self.renameButton)
        QWidget.setTabOrder(self.renameButton, self.retireButton)

        self.retranslateUi(DirectoryPage)

        QMetaObject.connectSlotsByName(DirectoryPage)
    # setupUi

    def retranslateUi(self, DirectoryPage):
        DirectoryPage.setWindowTitle(QCoreApplication.translate("DirectoryPage", u"\u540d\u5f55", None))
#if QT_CONFIG(accessibility)
        DirectoryPage.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u6751\uff08\u793e\u533a\uff09\u3001\u63a5\u5f85\u4eba\u548c\u9886\u5bfc\u540d\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("DirectoryPage", u"\u540d\u5f55(&K)\uff1a", None))
        self.kind.setItemText(0, QCoreApplication.translate("DirectoryPage", u"\u6751\uff08\u793e\u533a\uff09", None))
        self.kind.setItemText(1, QCoreApplication.translate("DirectoryPage", u"\u63a5\u5f85\u4eba", None))
        self.kind.setItemText(2, QCoreApplication.translate("DirectoryPage", u"\u9886\u5bfc", None))

#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u540d\u5f55\u7c7b\u522b", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.showRetired.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u663e\u793a\u5df2\u505c\u7528\u7684", None))
#endif // QT_CONFIG(accessibility)
        self.showRetired.setText(QCoreApplication.translate("DirectoryPage", u"\u663e\u793a\u5df2\u505c\u7528\u7684(&H)", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u8bf4\u660e", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("DirectoryPage", u"\u505c\u7528\u7684\u6751\uff08\u793e\u533a\uff09\u3001\u63a5\u5f85\u4eba\u6216\u9886\u5bfc\u4ecd\u663e\u793a\u5728\u5df2\u6709\u7684\u4e8b\u9879\u548c\u8bb0\u5f55\u4e0a\uff0c\u53ea\u662f\u767b\u8bb0\u65b0\u4e8b\u9879\u65f6\u4e0d\u518d\u5217\u51fa\uff1b\u9700\u8981\u65f6\u53ef\u4ee5\u6062\u590d\u3002\u6539\u540d\u53ea\u5f71\u54cd\u4eca\u540e\u7684\u8bb0\u5f55\u3002", None))
        ___qtablewidgetitem = self.entriesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DirectoryPage", u"\u540d\u79f0", None));
        ___qtablewidgetitem1 = self.entriesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DirectoryPage", u"\u7f16\u7801\u6216\u804c\u52a1", None));
        ___qtablewidgetitem2 = self.entriesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DirectoryPage", u"\u72b6\u6001", None));
#if QT_CONFIG(accessibility)
        self.entriesTable.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u540d\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.editBox.setTitle(QCoreApplication.translate("DirectoryPage", u"\u65b0\u589e\u6216\u4fee\u6539", None))
        self.nameLabel.setText(QCoreApplication.translate("DirectoryPage", u"\u540d\u79f0(&N)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u540d\u79f0", None))
#endif // QT_CONFIG(accessibility)
        self.name.setPlaceholderText(QCoreApplication.translate("DirectoryPage", u"\u65b0\u589e\u6216\u6539\u540d\u540e\u7684\u540d\u79f0", None))
        self.postLabel.setText(QCoreApplication.translate("DirectoryPage", u"\u804c\u52a1(&P)\uff1a", None))
#if QT_CONFIG(accessibility)
        self.post.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u804c\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.post.setPlaceholderText(QCoreApplication.translate("DirectoryPage", u"\u5982\uff1a\u9547\u957f\uff08\u4ec5\u9886\u5bfc\uff09", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u65b0\u589e\u5230\u540d\u5f55", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("DirectoryPage", u"\u65b0\u589e(&A)", None))
#if QT_CONFIG(accessibility)
        self.renameButton.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u4fee\u6539\u6240\u9009\u7684\u540d\u79f0\u6216\u804c\u52a1", None))
#endif // QT_CONFIG(accessibility)
        self.renameButton.setText(QCoreApplication.translate("DirectoryPage", u"\u4fee\u6539\u6240\u9009(&E)", None))
#if QT_CONFIG(accessibility)
        self.retireButton.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u505c\u7528\u6216\u6062\u590d\u6240\u9009", None))
#endif // QT_CONFIG(accessibility)
        self.retireButton.setText(QCoreApplication.translate("DirectoryPage", u"\u505c\u7528\u6240\u9009(&R)", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"\u63d0\u793a\u4fe1\u606f", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

