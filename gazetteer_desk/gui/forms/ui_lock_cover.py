# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_cover.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_LockCover(object):
    def setupUi(self, lockCover):
        if not lockCover.objectName():
            lockCover.setObjectName(u"lockCover")
        lockCover.resize(800, 600)
        lockCover.setAutoFillBackground(True)
        self.coverLayout = QVBoxLayout(lockCover)
        self.coverLayout.setObjectName(u"coverLayout")
        self.lockedLabel = QLabel(lockCover)
        self.lockedLabel.setObjectName(u"lockedLabel")
        self.lockedLabel.setAlignment(Qt.AlignCenter)

        self.coverLayout.addWidget(self.lockedLabel)


        self.retranslateUi(lockCover)

        QMetaObject.connectSlotsByName(lockCover)
    # setupUi

    def retranslateUi(self, lockCover):
        lockCover.setStyleSheet(QCoreApplication.translate("LockCover", u"#lockCover { background: #2f3b4a; } QLabel { color: white; }", None))
#if QT_CONFIG(accessibility)
        self.lockedLabel.setAccessibleName(QCoreApplication.translate("LockCover", u"\u7a97\u53e3\u5df2\u9501\u5b9a", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

