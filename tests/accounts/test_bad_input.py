"""Bad input where it enters: text that forges output or hides itself, numbers beyond any township."""

import pytest

from gazetteer_desk.cli.main import main
from gazetteer_desk.errors import DeskError
from gazetteer_desk.services.matters.registration import RegistrationInput, register


@pytest.mark.parametrize("field, value, reason", [
    ("name", "王\x1b[31m伟", "姓名含有控制字符"),
    ("name", "王伟\n500235101-2026-09999  假事项", "姓名不能含有换行"),
    ("name", "\u202e伟王", "姓名含有改变文字方向的控制字符"),
    ("name", "\u200b\u200b\u3000", "姓名只有不可见的字符"),
    ("request", "道路\x00损坏", "诉求含有控制字符"),
    ("people_count", 9223372036854775807, "来访人数应在 1 至 100000 之间"),
    ("people_count", 0, "来访人数应在"),
])
def test_registration_refuses_with_the_field_named(store, field, value, reason):
    data = {"name": "王伟", "request": "村道损坏\n请求修复\t（附照片）", "village": "青龙村", "category": "城乡建设",
            field: value}
    with pytest.raises(DeskError, match=reason.replace("(", r"\(")):
        register(store, RegistrationInput(**data))


def test_long_text_keeps_its_line_breaks(store):
    assert register(store, RegistrationInput(name="王伟", request="第一点\n第二点\t附件", village="青龙村",
                                             category="城乡建设")).number


def test_command_line_refuses_out_of_range_numbers_with_exit_2(store, home, capsys):
    store.close()
    code = main(["--home", str(home), "register", "--name", "王伟", "--content", "村道损坏",
                 "--people", "9223372036854775807"])
    assert code == 2 and "应在 1 至 100000 之间" in capsys.readouterr().err


def test_terminal_output_is_escaped(store, home, capsys):
    import sqlite3

    number = register(store, RegistrationInput(name="王伟", request="村道损坏", village="青龙村",
                                               category="城乡建设")).number
    with sqlite3.connect(store.path) as connection:  # text stored before the checks, or by hand
        connection.execute("UPDATE petitioner SET name = '王\x1b[2J\u202e伟'")
    store.close()
    assert main(["--home", str(home), "search", number]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "王\\u001b[2J\\u202e伟" in out
