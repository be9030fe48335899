"""``gazetteer-desk manual --out FILE.pdf``: one PDF with a table of contents, every chapter and its screenshots."""

import json

from pypdf import PdfReader

from gazetteer_desk.cli.main import main
from gazetteer_desk.services.help import manual

CHAPTER_TITLES = ("使用前须知", "接待员", "领导", "调解员", "管理员", "县信访办")


def image_count(reader: PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


def test_the_manual_builds_into_one_pdf_with_contents_chapters_and_pictures(tmp_path, capsys):
    out = tmp_path / "操作手册.pdf"
    assert main(["--home", str(tmp_path / "home"), "manual", "--out", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    chapters = manual.chapters()
    assert [c.title for c in chapters] == list(CHAPTER_TITLES)
    assert result["chapters"] == len(chapters) and result["images"] == len(manual.image_names(chapters))
    reader = PdfReader(out)
    assert len(reader.pages) == result["pages"] > 20
    contents = reader.pages[1].extract_text() + reader.pages[2].extract_text()  # the table of contents: 2 pages
    assert "目" in contents and all(title in contents for title in CHAPTER_TITLES)
    assert "数据包被拒绝或暂存时" in contents
    text = "".join(page.extract_text() for page in reader.pages[3:])
    for title in CHAPTER_TITLES + ("登记来访", "打印回执", "数据包被拒绝或暂存时"):
        assert title in text
    assert image_count(reader) == len(manual.image_names(chapters))  # every picture drawn where the text names it
    assert [item.title for item in reader.outline if not isinstance(item, list)] == list(CHAPTER_TITLES)
    assert not (tmp_path / "home").exists()  # the manual needs no data home


def test_a_folder_or_a_missing_folder_is_refused_with_a_message(tmp_path, capsys):
    assert main(["--home", str(tmp_path / "home"), "manual", "--out", str(tmp_path)]) == 2
    assert "是文件夹" in capsys.readouterr().err
    target = tmp_path / "无此目录" / "手册.pdf"
    assert main(["--home", str(tmp_path / "home"), "manual", "--out", str(target)]) == 2
    assert "文件夹不存在" in capsys.readouterr().err and not target.parent.exists()
