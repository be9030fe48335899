"""A fault of the program (not of the input) on the command line: a Chinese line naming the log file, exit 70."""

from gazetteer_desk.cli.main import INTERNAL_ERROR, main
from gazetteer_desk.desk_log import log_path
from gazetteer_desk.services.matters import privacy


def test_an_unexpected_error_is_logged_and_named(store, home, capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("索引损坏")

    monkeypatch.setattr(privacy, "search_for", broken)
    assert main(["--home", str(home), "search", "王伟"]) == INTERNAL_ERROR
    err = capsys.readouterr().err
    assert "程序内部错误：RuntimeError: 索引损坏" in err and str(log_path(home)) in err
    assert "Traceback" not in err
    logged = log_path(home).read_text(encoding="utf-8")
    assert "命令行：未处理的异常" in logged and "RuntimeError: 索引损坏" in logged
