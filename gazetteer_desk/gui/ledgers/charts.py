"""Small bar charts drawn with QPainter: a vertical one for the monthly trend, a horizontal one for rankings.

QtCharts ships only in the PySide6-Addons wheel (about 150 MB); four plain bar charts do not justify it.
"""

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = {"blue": QColor("#3b78c2"), "teal": QColor("#2a9d8f"), "orange": QColor("#e07b39"), "red": QColor("#c8453c")}


class BarChart(QWidget):
    """``set_data(title, [(label, value), ...])``; ``horizontal=True`` draws a ranking (largest first, top N)."""

    def __init__(self, parent=None, *, horizontal: bool = False, color: str = "blue", limit: int = 8):
        super().__init__(parent)
        self.horizontal, self.color, self.limit = horizontal, PALETTE[color], limit
        self.title, self.items = "", []
        self.setMinimumSize(260, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, title: str, items, definition: str = "") -> None:
        """``definition``: how the figure is counted, shown under the values in the tooltip."""
        self.title = title
        items = [(str(k), int(v)) for k, v in items]
        if self.horizontal:
            items = [kv for kv in items if kv[1]][: self.limit]
        self.items = items
        tip = title + "\n" + "\n".join(f"{k}：{v}" for k, v in items)
        self.setToolTip(tip + (f"\n\n统计口径：{definition}" if definition else ""))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        p.fillRect(self.rect(), self.palette().base())
        fm = QFontMetrics(self.font())
        p.setPen(self.palette().text().color())
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.drawText(r.adjusted(0, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.title)
        p.setFont(self.font())
        body = r.adjusted(0, fm.height() + 8, 0, 0)
        if not self.items or not any(v for _, v in self.items):
            p.setPen(QColor("#888"))
            p.drawText(body, Qt.AlignmentFlag.AlignCenter, "（无数据）")
            return
        if self.horizontal:
            self._horizontal(p, body, fm)
        else:
            self._vertical(p, body, fm)

    def _horizontal(self, p: QPainter, body: QRectF, fm: QFontMetrics) -> None:
        top = max(v for _, v in self.items)
        label_w = min(max(fm.horizontalAdvance(k) for k, _ in self.items) + 8, body.width() * 0.4)
        value_w = fm.horizontalAdvance(str(top)) + 8
        row_h = min(body.height() / len(self.items), fm.height() * 2.0)
        for i, (label, value) in enumerate(self.items):
            y = body.top() + i * row_h
            p.setPen(self.palette().text().color())
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            p.drawText(QRectF(body.left(), y, label_w - 8, row_h), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = (body.width() - label_w - value_w) * value / top
            bar = QRectF(body.left() + label_w, y + row_h * 0.18, max(width, 1), row_h * 0.64)
            p.fillRect(bar, self.color)
            p.drawText(QRectF(bar.right() + 4, y, value_w, row_h), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(value))

    def _vertical(self, p: QPainter, body: QRectF, fm: QFontMetrics) -> None:
        top = max(v for _, v in self.items)
        axis = body.adjusted(4, fm.height() + 2, -4, -(fm.height() + 4))  # values sit on the bars: no y axis
        p.setPen(QPen(QColor("#bbb"), 1))
        p.drawLine(axis.bottomLeft(), axis.bottomRight())
        n = len(self.items)
        slot = axis.width() / n
        every = max(1, int((fm.horizontalAdvance("00月") + 6) // max(slot, 1)) + 1)
        for i, (label, value) in enumerate(self.items):
            h = axis.height() * value / top
            bar = QRectF(axis.left() + i * slot + slot * 0.18, axis.bottom() - h, slot * 0.64, h)
            p.fillRect(bar, self.color)
            p.setPen(self.palette().text().color())
            if value:
                p.drawText(QRectF(bar.left() - 10, bar.top() - fm.height() - 1, bar.width() + 20, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, str(value))
            if i % every == 0:
                short = label[5:].lstrip("0") + "月" if len(label) == 7 and label[4] == "-" else label
                p.drawText(QRectF(axis.left() + i * slot - 10, axis.bottom() + 2, slot + 20, fm.height()),
                           Qt.AlignmentFlag.AlignCenter, short)
