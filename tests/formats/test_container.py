import gzip
import io
import subprocess
import tarfile
import time
import zlib

import pytest

from gazetteer_desk.formats import ContainerError, FormatError
from gazetteer_desk.formats import age_keys, container
from tests.formats.stock_tools import require_tool

FILES = {
    "manifest.json": '{"format": "gazetteer-bundle", "version": 1, "township": "青山镇"}'.encode("utf-8"),
    "records/petitions.jsonl": '{"id": 1, "name": "张三"}\n{"id": 2, "name": "李四"}\n'.encode("utf-8"),
    "records/visits.jsonl": b"",
    "records/people.jsonl": b'{"id": 7}\n' * 1000,
}


def _tar(members, mode="w", fmt=tarfile.GNU_FORMAT):
    """Hand-build a (possibly hostile) tar: members are TarInfo (+ optional content) pairs."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode, format=fmt) as archive:
        for info, content in members:
            if content is not None:
                info.size = len(content)
                archive.addfile(info, io.BytesIO(content))
            else:
                archive.addfile(info)
    return buffer.getvalue()


def _file(name, content=b"x"):
    return tarfile.TarInfo(name), content


def _manifest():
    return _file("manifest.json", b"{}")


def _refused(data, fragment, **limits):
    with pytest.raises(ContainerError) as info:
        container.unpack(data, **limits)
    assert isinstance(info.value, FormatError)
    assert fragment in str(info.value), str(info.value)
    return info.value


def test_round_trip():
    assert container.unpack(container.pack(FILES)) == FILES


def test_deterministic_bytes():
    first = container.pack(FILES)
    time.sleep(0.01)
    second = container.pack(dict(reversed(list(FILES.items()))))
    assert first == second
    with tarfile.open(fileobj=io.BytesIO(first)) as archive:
        members = archive.getmembers()
    assert [m.name for m in members] == sorted(FILES)
    assert {(m.mtime, m.uid, m.gid, m.mode, m.uname, m.gname) for m in members} == {(0, 0, 0, 0o644, "", "")}
    assert all(m.type == tarfile.REGTYPE for m in members)


def test_pack_refuses_bad_names():
    for name in ["../x.jsonl", "/etc/passwd", "records/a.txt", "other.json", "records/sub/a.jsonl", "records/.jsonl"]:
        with pytest.raises(ContainerError):
            container.pack({"manifest.json": b"{}", name: b""})
    with pytest.raises(ContainerError) as info:
        container.pack({"records/a.jsonl": b""})
    assert "manifest.json" in str(info.value)


def test_pack_refuses_too_much():
    with pytest.raises(ContainerError):
        container.pack({"manifest.json": b"{}", "records/a.jsonl": b"x" * 2000}, max_total=1000)


def test_reads_gzip_tar():
    assert container.unpack(gzip.compress(container.pack(FILES), mtime=0)) == FILES


def test_records_directory_entry_allowed():
    directory = tarfile.TarInfo("records")
    directory.type = tarfile.DIRTYPE
    data = _tar([_manifest(), (directory, None), _file("records/a.jsonl", b"{}\n")])
    assert container.unpack(data) == {"manifest.json": b"{}", "records/a.jsonl": b"{}\n"}


# --- hostile archives --------------------------------------------------------------------------


def test_dot_dot():
    _refused(_tar([_manifest(), _file("../x")]), "“..”")
    _refused(_tar([_manifest(), _file("records/../../x.jsonl")]), "“..”")


def test_absolute_path():
    _refused(_tar([_manifest(), _file("/etc/cron.d/evil")]), "绝对路径")


def test_symlink():
    link = tarfile.TarInfo("records/a.jsonl")
    link.type = tarfile.SYMTYPE
    link.linkname = "/etc/passwd"
    _refused(_tar([_manifest(), (link, None)]), "符号链接")


def test_hardlink():
    link = tarfile.TarInfo("records/b.jsonl")
    link.type = tarfile.LNKTYPE
    link.linkname = "manifest.json"
    _refused(_tar([_manifest(), (link, None)]), "硬链接")


@pytest.mark.parametrize("kind", [tarfile.CHRTYPE, tarfile.BLKTYPE])
def test_device(kind):
    device = tarfile.TarInfo("records/dev.jsonl")
    device.type = kind
    _refused(_tar([_manifest(), (device, None)]), "设备文件")


def test_fifo():
    fifo = tarfile.TarInfo("records/p.jsonl")
    fifo.type = tarfile.FIFOTYPE
    _refused(_tar([_manifest(), (fifo, None)]), "管道")


def test_other_directory():
    directory = tarfile.TarInfo("evil")
    directory.type = tarfile.DIRTYPE
    _refused(_tar([_manifest(), (directory, None)]), "文件夹")


def test_name_outside_layout():
    _refused(_tar([_manifest(), _file("autorun.inf")]), "不允许的文件")
    _refused(_tar([_manifest(), _file("records/a.exe")]), "不允许的文件")
    _refused(_tar([_manifest(), _file("./manifest.json")]), "不允许的文件")


def test_duplicate_names():
    _refused(_tar([_manifest(), _file("records/a.jsonl"), _file("records/a.jsonl", b"evil")]), "重名")


def test_missing_manifest():
    _refused(_tar([_file("records/a.jsonl")]), "manifest.json")


def test_too_many_members():
    members = [_manifest()] + [_file(f"records/r{i}.jsonl") for i in range(20)]
    _refused(_tar(members), "文件过多", max_members=10)
    assert len(container.unpack(_tar(members), max_members=21)) == 21


def test_total_size_over_limit():
    data = _tar([_manifest(), _file("records/a.jsonl", b"x" * 600), _file("records/b.jsonl", b"y" * 600)])
    _refused(data, "大小上限", max_total=1000)
    assert len(container.unpack(data, max_total=1202)) == 3


def test_gzip_bomb():
    """1 GiB of zeros in a single member compresses to ~1 MiB; we must stop early."""
    bomb = io.BytesIO()
    with gzip.GzipFile(fileobj=bomb, mode="wb", compresslevel=9, mtime=0) as gz:
        with tarfile.open(fileobj=gz, mode="w|") as archive:
            info = tarfile.TarInfo("records/zeros.jsonl")
            info.size = 64 * 1024 * 1024
            archive.addfile(info, io.BytesIO(bytes(info.size)))
    data = bomb.getvalue()
    assert len(data) < 200_000
    started = time.monotonic()
    _refused(data, "上限", max_total=1024 * 1024)
    assert time.monotonic() - started < 2


def test_gzip_bomb_hidden_in_headers():
    """A pax header that claims to be small but is followed by endless zeros, inflating past any sane limit."""
    tar_prefix = container.pack({"manifest.json": b"{}"})[:1024]  # manifest header + data, no end marker
    huge_pax = tarfile.TarInfo("././@PaxHeader")
    huge_pax.type = tarfile.XHDTYPE
    huge_pax.size = 200 * 1024 * 1024  # tarfile reads the whole pax body into memory
    header = huge_pax.tobuf(format=tarfile.USTAR_FORMAT)
    compressor = zlib.compressobj(9, wbits=31)
    parts = [compressor.compress(tar_prefix + header)]
    chunk = bytes(1024 * 1024)
    for _ in range(200):
        parts.append(compressor.compress(chunk))
    parts.append(compressor.flush())
    data = b"".join(parts)
    assert len(data) < 1_000_000
    started = time.monotonic()
    _refused(data, "上限", max_total=1024 * 1024, max_members=10)
    assert time.monotonic() - started < 2


def test_truncated_tar():
    data = container.pack(FILES)
    _refused(data[:700], "")
    _refused(gzip.compress(data)[:-30], "")


def test_garbage():
    _refused(b"this is not a tar file at all" * 100, "")
    _refused(b"", "")
    _refused(b"\x1f\x8b" + b"\x00" * 100, "")


def test_unpack_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    container.unpack(container.pack(FILES))
    with pytest.raises(ContainerError):
        container.unpack(_tar([_manifest(), _file("../escape")]))
    assert list(tmp_path.iterdir()) == []
    assert not (tmp_path.parent / "escape").exists()


# --- the county's hand check -------------------------------------------------------------------


def test_stock_tar_extracts_plain_container(tmp_path):
    tar = require_tool("tar")
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run([tar, "-x", "-C", str(out)], input=container.pack(FILES), check=True)
    for name, content in FILES.items():
        assert (out / name).read_bytes() == content


def test_hand_check_pipeline(tmp_path):
    """`age -d -i county.key FILE | tar -x` extracts what we export."""
    age = require_tool("age")
    tar = require_tool("tar")
    key_path = tmp_path / "county.key"
    public_key = age_keys.write_identity_file(key_path)
    bundle = tmp_path / "bundle.age"
    bundle.write_bytes(age_keys.encrypt(container.pack(FILES), [public_key]))
    out = tmp_path / "out"
    out.mkdir()
    decrypted = subprocess.run([age, "-d", "-i", str(key_path), str(bundle)], capture_output=True, check=True)
    subprocess.run([tar, "-x", "-C", str(out)], input=decrypted.stdout, check=True)
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == sorted(FILES)
