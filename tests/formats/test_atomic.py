import errno
import os
import stat

import pytest

from gazetteer_desk.formats import FormatError, WriteError
from gazetteer_desk.formats import atomic
from gazetteer_desk.formats.atomic import write_atomic


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_new_file(tmp_path):
    target = tmp_path / "bundle.age"
    write_atomic(target, b"payload")
    assert target.read_bytes() == b"payload"
    assert _leftovers(tmp_path) == ["bundle.age"]


def test_replaces_existing_file(tmp_path):
    target = tmp_path / "bundle.age"
    target.write_bytes(b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert _leftovers(tmp_path) == ["bundle.age"]


def test_exact_mode(tmp_path):
    target = tmp_path / "secret.key"
    write_atomic(target, b"k", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_refuses_overwrite_when_asked(tmp_path):
    target = tmp_path / "secret.key"
    target.write_bytes(b"precious")
    with pytest.raises(WriteError) as info:
        write_atomic(target, b"other", overwrite=False)
    assert "文件已存在" in str(info.value)
    assert target.read_bytes() == b"precious"
    assert _leftovers(tmp_path) == ["secret.key"]


def test_no_overwrite_creates_when_absent(tmp_path):
    target = tmp_path / "secret.key"
    write_atomic(target, b"k", overwrite=False, mode=0o600)
    assert target.read_bytes() == b"k"
    assert _leftovers(tmp_path) == ["secret.key"]


def _enospc_after(monkeypatch, allowed: int):
    """Let the first ``allowed`` bytes through, then fail like a full USB stick."""
    real_write = os.write
    budget = {"left": allowed}

    def fake_write(fd, data):
        if budget["left"] <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = min(len(data), budget["left"])
        budget["left"] -= n
        return real_write(fd, bytes(data[:n]))

    monkeypatch.setattr(atomic.os, "write", fake_write)


def test_full_disk_leaves_nothing_for_new_file(tmp_path, monkeypatch):
    target = tmp_path / "bundle.age"
    _enospc_after(monkeypatch, 1000)
    with pytest.raises(FormatError) as info:
        write_atomic(target, b"x" * 100_000)
    assert str(info.value) == f"磁盘空间不足，未写入任何文件：{target}"
    assert info.value.message == str(info.value)
    assert _leftovers(tmp_path) == []


def test_full_disk_keeps_old_file_intact(tmp_path, monkeypatch):
    target = tmp_path / "bundle.age"
    target.write_bytes(b"last month")
    _enospc_after(monkeypatch, 10)
    with pytest.raises(WriteError):
        write_atomic(target, b"y" * 5000)
    assert target.read_bytes() == b"last month"
    assert _leftovers(tmp_path) == ["bundle.age"]


def test_fsync_failure_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "bundle.age"

    def failing_fsync(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", failing_fsync)
    with pytest.raises(WriteError) as info:
        write_atomic(target, b"data")
    assert "U盘可能已拔出" in str(info.value)
    assert _leftovers(tmp_path) == []


def test_read_only_target(tmp_path, monkeypatch):
    def read_only_open(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(atomic.os, "open", read_only_open)
    with pytest.raises(WriteError) as info:
        write_atomic(tmp_path / "b.age", b"data")
    assert "只读" in str(info.value)
    assert _leftovers(tmp_path) == []


def test_missing_folder(tmp_path):
    target = tmp_path / "gone" / "b.age"
    with pytest.raises(WriteError) as info:
        write_atomic(target, b"data")
    assert "目标文件夹不存在" in str(info.value)


def test_rename_failure_removes_temp(tmp_path, monkeypatch):
    def failing_replace(src, dst):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    with pytest.raises(WriteError):
        write_atomic(tmp_path / "b.age", b"data")
    assert _leftovers(tmp_path) == []


def test_copy_on_the_same_disk_is_a_link_that_outlives_the_other_name(tmp_path):
    kept, stick = tmp_path / "bundles" / "b.age", tmp_path / "stick" / "b.age"
    kept.parent.mkdir()
    stick.parent.mkdir()
    write_atomic(kept, b"sealed")
    stick.write_bytes(b"last month")
    atomic.write_copy(stick, kept)
    assert stick.read_bytes() == b"sealed" and os.path.samefile(stick, kept)
    stick.unlink()  # the stick's copy deleted: the kept one stays whole
    assert kept.read_bytes() == b"sealed"
    assert _leftovers(stick.parent) == []


def _kept_and_stick(tmp_path):
    """A kept bundle and the place on the stick its copy goes."""
    kept, stick = tmp_path / "kept.age", tmp_path / "stick" / "b.age"
    stick.parent.mkdir()
    write_atomic(kept, b"sealed")
    return kept, stick


def _failing(number: int, text: str):
    def fail(src, dst):
        raise OSError(number, text)
    return fail


def test_copy_where_no_link_can_be_made_writes_the_bytes(tmp_path, monkeypatch):
    kept, stick = _kept_and_stick(tmp_path)
    monkeypatch.setattr(atomic.os, "link", _failing(errno.EXDEV, "Invalid cross-device link"))
    atomic.write_copy(stick, kept)
    assert stick.read_bytes() == b"sealed" and not os.path.samefile(stick, kept)
    assert _leftovers(stick.parent) == ["b.age"]


def test_copy_that_cannot_be_put_in_place_leaves_nothing(tmp_path, monkeypatch):
    kept, stick = _kept_and_stick(tmp_path)
    monkeypatch.setattr(atomic.os, "replace", _failing(errno.EIO, "Input/output error"))
    with pytest.raises(WriteError) as info:
        atomic.write_copy(stick, kept)
    assert "U盘可能已拔出" in str(info.value)
    assert _leftovers(stick.parent) == [] and kept.read_bytes() == b"sealed"


def test_streaming_write_puts_the_whole_file_in_place_or_nothing(tmp_path, monkeypatch):
    target = tmp_path / "b.age"
    stream = atomic.StreamingWrite(target)
    for piece in (b"age", b"-", b"file"):
        stream.write(piece)
    assert not target.exists()  # not before done()
    stream.done()
    assert target.read_bytes() == b"age-file" and _leftovers(tmp_path) == ["b.age"]

    stream = atomic.StreamingWrite(target)
    stream.write(b"half")
    stream.discard()
    assert target.read_bytes() == b"age-file" and _leftovers(tmp_path) == ["b.age"]

    _enospc_after(monkeypatch, 10)
    stream = atomic.StreamingWrite(tmp_path / "c.age")
    with pytest.raises(WriteError) as info:
        stream.write(b"z" * 100)
    stream.discard()
    assert "磁盘空间不足" in str(info.value) and _leftovers(tmp_path) == ["b.age"]


def test_copy_onto_the_file_itself_leaves_it_and_nothing_else(tmp_path):
    kept = tmp_path / "b.age"
    write_atomic(kept, b"sealed")
    atomic.write_copy(tmp_path / "." / "b.age", kept)
    assert kept.read_bytes() == b"sealed" and _leftovers(tmp_path) == ["b.age"]
