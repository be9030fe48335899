"""On start, the counts of overdue and due-soon matters; clicking a count shows those matters in the list."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gazetteer_desk.services.matters import listing
from gazetteer_desk.services.sync import township_orders
from gazetteer_desk.services.core.authz import purposes_for


class DueBanner(QLabel):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.counts = None
        self.orders_text = ""
        self.setProperty("role", "banner")
        self.setAccessibleName("期限提醒")
        self.setTextFormat(Qt.RichText)
        self.setTextInteractionFlags(Qt.LinksAccessibleByMouse | Qt.LinksAccessibleByKeyboard)
        self.linkActivated.connect(self.ctx.show_matters_requested.emit)
        self.setText("正在统计期限……")

    def refresh(self) -> None:
        store, purposes = self.ctx.store, purposes_for(self.ctx.user)

        def read():
            orders = township_orders.banner_text(store) if store.mode != "county" else ""
            return listing.due_counts(store, visible_purposes=purposes), orders

        self.ctx.runner.run(read, on_done=self._show_all, key="due-banner", on_error=lambda m: self.setText(m))

    def _show_all(self, result) -> None:
        counts, self.orders_text = result  # the county's 交办/督办 still to answer, with their nearest deadline
        self._show(counts)

    def _show(self, counts) -> None:
        self.counts = counts
        self.setProperty("level", "alarm" if counts.overdue else "")
        self.style().unpolish(self)
        self.style().polish(self)
        orders = f"　·　{self.orders_text}" if self.orders_text else ""
        if not counts.overdue and not counts.soon:
            self.setText("期限提醒：没有超期或3日内到期的事项。" + orders)
            return
        self.setText(
            f"⚠ 期限提醒：<a href='overdue'>已超期 <b>{counts.overdue}</b> 件</a>　·　"
            f"<a href='soon'>3日内到期 <b>{counts.soon}</b> 件</a>　（点击查看）" + orders
        )
        self.setToolTip("点击数字，在事项列表中查看这些事项")
