"""The manual's Markdown: every screenshot it names is there (and made by the script), every F1 target exists, and
every character can be printed."""

import importlib.util
import re
from pathlib import Path

from PIL import Image

from gazetteer_desk.documents.fonts import missing_glyphs
from gazetteer_desk.gui.help.help_dialog import AREA_SECTIONS, AREA_TAB_SECTIONS
from gazetteer_desk.services.help import manual

ROOT = Path(__file__).resolve().parents[2]
INSTALLED_HELP = re.compile(r'install_help\(self, "([a-z0-9-]+)"\)')


def load_script():
    spec = importlib.util.spec_from_file_location("manual_screenshots", ROOT / "scripts" / "manual_screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screenshot_the_manual_names_is_there_at_1366_by_768():
    names = manual.image_names(manual.chapters())
    assert len(set(names)) >= 15
    folder = manual.manual_dir()
    missing = [name for name in names if not (folder / name).is_file()]
    assert missing == []
    for name in set(names):
        with Image.open(folder / name) as image:
            assert image.size == (1366, 768), name


def test_the_check_sees_a_missing_screenshot(tmp_path):
    (tmp_path / "01-a.md").write_text("# 甲 {#a}\n\n![画面](images/gone.png)\n", encoding="utf-8")
    names = manual.image_names(manual.chapters(tmp_path))
    assert [n for n in names if not (tmp_path / n).is_file()] == ["images/gone.png"]


def test_the_screenshot_script_makes_exactly_the_pictures_in_the_folder():
    """Every picture the manual shows is one the script retakes, and no picture lies in the folder unused."""
    named = {Path(name).stem for name in manual.image_names(manual.chapters())}
    stored = {p.stem for p in (manual.manual_dir() / "images").glob("*.png")}
    assert named == stored
    assert named == set(load_script().ALL)


def test_each_area_and_dialog_opens_a_section_that_exists():
    anchors = manual.anchors(manual.chapters())
    assert len(anchors) == len(set(anchors)), "an anchor is used twice"
    used = set(AREA_SECTIONS.values()).union(*AREA_TAB_SECTIONS.values())
    for path in (ROOT / "gazetteer_desk" / "gui").rglob("*.py"):
        used |= set(INSTALLED_HELP.findall(path.read_text(encoding="utf-8")))
    assert {"receipt", "progress-query", "procedure", "case-assignment", "first-start", "log-in"} <= used
    assert used - set(anchors) == set()


def test_every_character_of_the_manual_prints():
    for chapter in manual.chapters():
        for block in chapter.blocks:
            for text in (block.text, *block.items):
                assert missing_glyphs(manual.plain(text)) == set(), (chapter.file, manual.plain(text))


def test_the_markdown_subset_is_read_as_written():
    chapter = manual.parse(
        "# 接待员 {#clerk}\n\n按 **Ctrl+1** 打开\n“登记”。\n\n1. 第一步\n   接着写\n2. 执行 `manual --out a.pdf`\n\n"
        "- 甲\n- 乙\n\n> 提示：先保存。\n\n![登记画面](images/registration.png)\n\n## 打印回执\n", "01-clerk.md")
    kinds = [block.kind for block in chapter.blocks]
    assert kinds == ["heading", "paragraph", "numbers", "bullets", "tip", "image", "heading"]
    assert chapter.title == "接待员" and chapter.anchor == "clerk"
    paragraph = chapter.blocks[1]
    assert paragraph.plain == "按 Ctrl+1 打开“登记”。"  # a line break between Chinese characters joins with nothing
    assert [part.bold for part in paragraph.text] == [False, True, False]
    numbers = chapter.blocks[2]
    assert [manual.plain(item) for item in numbers.items] == ["第一步接着写", "执行 manual --out a.pdf"]
    assert numbers.items[1][1].code
    assert chapter.blocks[5].src == "images/registration.png" and chapter.blocks[5].plain == "登记画面"
    assert chapter.blocks[6].anchor == "01-clerk-2"  # a heading without {#…} still gets an anchor
    html = manual.to_html([chapter], Path("/m"))
    assert '<a name="clerk">' in html and "<b>Ctrl+1</b>" in html and "file:///m/images/registration.png" in html
