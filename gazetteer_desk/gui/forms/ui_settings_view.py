# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_view.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QSizePolicy, QSlider, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_SettingsView(object):
    def setupUi(self, SettingsView):
        if not SettingsView.objectName():
            SettingsView.setObjectName(u"SettingsView")
        SettingsView.resize(1000, 640)
        self.outerLayout = QVBoxLayout(SettingsView)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(SettingsView)
        self.titleLabel.setObjectName(u"titleLabel")

        self.outerLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(SettingsView)
        self.tabs.setObjectName(u"tabs")
        self.displayTab = QWidget()
        self.displayTab.setObjectName(u"displayTab")
        self.displayLayout = QVBoxLayout(self.displayTab)
        self.displayLayout.setObjectName(u"displayLayout")
        self.displayForm = QFormLayout()
        self.displayForm.setObjectName(u"displayForm")
        self.scaleCaption = QLabel(self.displayTab)
        self.scaleCaption.setObjectName(u"scaleCaption")

        self.displayForm.setWidget(0, QFormLayout.LabelRole, self.scaleCaption)

        self.scaleSlider = QSlider(self.displayTab)
        self.scaleSlider.setObjectName(u"scaleSlider")
        self.scaleSlider.setMinimum(100)
        self.scaleSlider.setMaximum(200)
        self.scaleSlider.setSingleStep(10)
        self.scaleSlider.setPageStep(25)
        self.scaleSlider.setOrientation(Qt.Horizontal)

        self.displayForm.setWidget(0, QFormLayout.FieldRole, self.scaleSlider)

        self.scaleLabel = QLabel(self.displayTab)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.displayForm.setWidget(1, QFormLayout.FieldRole, self.scaleLabel)

        self.contrastCaption = QLabel(self.displayTab)
        self.contrastCaption.setObjectName(u"contrastCaption")

        self.displayForm.setWidget(2, QFormLayout.LabelRole, self.contrastCaption)

        self.contrastCheck = QCheckBox(self.displayTab)
        self.contrastCheck.setObjectName(u"contrastCheck")

        self.displayForm.setWidget(2, QFormLayout.FieldRole, self.contrastCheck)


        self.displayLayout.addLayout(self.displayForm)

        self.displayNote = QLabel(self.displayTab)
        self.displayNote.setObjectName(u"displayNote")
        self.displayNote.setWordWrap(True)

        self.displayLayout.addWidget(self.displayNote)

        self.displaySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.displayLayout.addItem(self.displaySpacer)

        self.tabs.addTab(self.displayTab, "")

        self.outerLayout.addWidget(self.tabs)

        self.outerLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.scaleCaption.setBuddy(self.scaleSlider)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.scaleSlider)
        QWidget.setTabOrder(self.scaleSlider, self.contrastCheck)

        self.retranslateUi(SettingsView)

        QMetaObject.connectSlotsByName(SettingsView)
    # setupUi

    def retranslateUi(self, SettingsView):
        SettingsView.setWindowTitle(QCoreApplication.translate("SettingsView", u"\u8bbe\u7f6e", None))
        self.titleLabel.setText(QCoreApplication.translate("SettingsView", u"\u8bbe\u7f6e", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SettingsView", u"\u8bbe\u7f6e\u5206\u7c7b", None))
#endif // QT_CONFIG(accessibility)
        self.scaleCaption.setText(QCoreApplication.translate("SettingsView", u"\u5b57\u53f7\uff08\u9002\u8001\u5316\uff09(&Z)", None))
#if QT_CONFIG(accessibility)
        self.scaleSlider.setAccessibleName(QCoreApplication.translate("SettingsView", u"\u5b57\u53f7\u653e\u5927\u6bd4\u4f8b\uff08\u9002\u8001\u5316\uff09", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scaleLabel.setAccessibleName(QCoreApplication.translate("SettingsView", u"\u5f53\u524d\u5b57\u53f7\u6bd4\u4f8b", None))
#endif // QT_CONFIG(accessibility)
        self.contrastCaption.setText(QCoreApplication.translate("SettingsView", u"\u663e\u793a", None))
#if QT_CONFIG(accessibility)
        self.contrastCheck.setAccessibleName(QCoreApplication.translate("SettingsView", u"\u9ad8\u5bf9\u6bd4\u5ea6\u4e3b\u9898", None))
#endif // QT_CONFIG(accessibility)
        self.contrastCheck.setText(QCoreApplication.translate("SettingsView", u"\u9ad8\u5bf9\u6bd4\u5ea6\uff08\u9ed1\u5e95\u767d\u5b57\u3001\u9ec4\u8272\u7126\u70b9\u6846\uff09(&C)", None))
        self.displayNote.setText(QCoreApplication.translate("SettingsView", u"\u4ee5\u4e0a\u8bbe\u7f6e\u4fdd\u5b58\u5728\u672c\u673a\uff0c\u5bf9\u6240\u6709\u7a97\u53e3\u7acb\u5373\u751f\u6548\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.displayTab), QCoreApplication.translate("SettingsView", u"\u663e\u793a", None))
    # retranslateUi

