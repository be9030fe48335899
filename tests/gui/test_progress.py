"""The progress dialog the bundle pages share: open while the job runs, its button off, both back at the end."""

from PySide6.QtWidgets import QPushButton, QWidget

from gazetteer_desk.gui.progress import JobProgress


def test_job_progress_follows_the_job(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    button = QPushButton("导出", page)
    progress = JobProgress(page, "导出数据包", "正在导出…", button)
    progress.on_progress(10, "早到的报告")  # no job yet: nothing to show, nothing breaks
    progress.start()
    assert not button.isEnabled() and progress.dialog.windowTitle() == "导出数据包"
    progress.on_progress(40, "正在加密…")
    assert progress.dialog.value() == 40 and progress.dialog.labelText() == "正在加密…"
    progress.finish()
    assert button.isEnabled() and progress.dialog is None
