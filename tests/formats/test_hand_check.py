"""The full recipe of docs/bundle-format.md, run with the stock tools."""

import subprocess

from gazetteer_desk.formats import age_keys, container, minisign
from gazetteer_desk.formats.atomic import write_atomic
from tests.formats.stock_tools import require_tool

FILES = {
    "manifest.json": '{"township": "青山镇", "month": "2024-05"}'.encode("utf-8"),
    "records/petitions.jsonl": '{"id": 1, "summary": "土地确权纠纷"}\n'.encode("utf-8"),
}


def test_township_export_county_hand_check(tmp_path):
    age = require_tool("age")
    tar = require_tool("tar")
    minisign_tool = require_tool("minisign")

    county_key = tmp_path / "county.key"
    county_public = age_keys.write_identity_file(county_key)
    township = minisign.generate_signing_key()
    township_pub = tmp_path / "TOWNSHIP.pub"
    township_pub.write_text(minisign.public_key_text(township))

    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = usb / "qingshan-2024-05.age"
    sealed = age_keys.encrypt(container.pack(FILES), [county_public])
    write_atomic(bundle, sealed)
    trusted = "gazetteer-bundle v1 township=青山镇 month=2024-05"
    write_atomic(usb / "qingshan-2024-05.age.minisig", minisign.sign(sealed, township, trusted).encode("utf-8"))

    check = subprocess.run([minisign_tool, "-Vm", str(bundle), "-p", str(township_pub)],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert f"Trusted comment: {trusted}" in check.stdout

    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(f'"{age}" -d -i "{county_key}" "{bundle}" | "{tar}" -x -C "{out}"', shell=True, check=True)
    for name, content in FILES.items():
        assert (out / name).read_bytes() == content

    # And our own import path reads the same files back.
    sig_text = (usb / "qingshan-2024-05.age.minisig").read_text(encoding="utf-8")
    assert minisign.verify(bundle.read_bytes(), sig_text, minisign.parse_public_key(township_pub.read_text())) == trusted
    assert container.unpack(age_keys.decrypt(bundle.read_bytes(), county_key)) == FILES
