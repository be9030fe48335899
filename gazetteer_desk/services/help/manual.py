"""The manual's chapters, read from ``resources/manual/*.md`` — the one source for F1 in the window and for the PDF.

Only the small part of Markdown the manual uses is read (so no Markdown library is needed):
``#``/``##``/``###`` headings with an optional ``{#anchor}``, paragraphs, ``-`` and ``1.`` lists, ``> `` tips,
``![caption](images/file.png)`` on a line of its own, and ``**bold**`` and ```code``` inside text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from gazetteer_desk.resources import resource_path

HEADING = re.compile(r"^(#{1,3})\s+(.+?)(?:\s*\{#([a-z0-9-]+)\})?\s*$")
IMAGE = re.compile(r"^!\[([^\]]*)\]\(([^)\s]+)\)\s*$")
BULLET = re.compile(r"^[-*]\s+(.*)$")
NUMBER = re.compile(r"^\d+[.、]\s*(.*)$")
INLINE = re.compile(r"\*\*(.+?)\*\*|`([^`]+)`")


def manual_dir() -> Path:
    return resource_path("manual")


@dataclass(frozen=True)
class Inline:
    text: str
    bold: bool = False
    code: bool = False  # a command or a file name, typed as it stands


Text = tuple[Inline, ...]


@dataclass(frozen=True)
class Block:
    kind: str  # heading, paragraph, tip, bullets, numbers, image
    text: Text = ()
    level: int = 0  # headings: 1 chapter, 2 section, 3 sub-section
    anchor: str = ""
    items: tuple[Text, ...] = ()  # list items
    src: str = ""  # image path, relative to the manual's folder

    @property
    def plain(self) -> str:
        return plain(self.text)


@dataclass
class Chapter:
    file: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.blocks[0].plain if self.blocks and self.blocks[0].kind == "heading" else self.file

    @property
    def anchor(self) -> str:
        return self.blocks[0].anchor if self.blocks and self.blocks[0].kind == "heading" else ""


def inlines(text: str) -> Text:
    """``**bold**``, ```code``` and plain runs, in order."""
    out, at = [], 0
    for match in INLINE.finditer(text):
        if match.start() > at:
            out.append(Inline(text[at:match.start()]))
        if match.group(1) is not None:
            out.append(Inline(match.group(1), bold=True))
        else:
            out.append(Inline(match.group(2), code=True))
        at = match.end()
    if at < len(text):
        out.append(Inline(text[at:]))
    return tuple(out)


def plain(text: Text) -> str:
    return "".join(part.text for part in text)


def _join(lines: list[str]) -> str:
    # Chinese text wraps without spaces: a line break inside a paragraph joins with nothing between two CJK characters
    out = ""
    for line in lines:
        line = line.strip()
        if out and not (_wide(out[-1]) or _wide(line[:1])):
            out += " "
        out += line
    return out


def _wide(ch: str) -> bool:
    return bool(ch) and ord(ch) > 0x2E7F


def parse(text: str, file: str = "") -> Chapter:
    chapter = Chapter(file)
    blocks = chapter.blocks
    paragraph: list[str] = []
    tip: list[str] = []
    items: list[list[str]] = []
    list_kind = ""
    stem = Path(file).stem
    count = 0

    def flush() -> None:
        nonlocal list_kind
        if paragraph:
            blocks.append(Block("paragraph", inlines(_join(paragraph))))
            paragraph.clear()
        if tip:
            blocks.append(Block("tip", inlines(_join(tip))))
            tip.clear()
        if items:
            blocks.append(Block(list_kind, items=tuple(inlines(_join(item)) for item in items)))
            items.clear()
            list_kind = ""

    for raw in text.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if heading := HEADING.match(stripped):
            flush()
            count += 1
            level = len(heading.group(1))
            blocks.append(Block("heading", inlines(heading.group(2)), level=level,
                                anchor=heading.group(3) or f"{stem}-{count}"))
        elif image := IMAGE.match(stripped):
            flush()
            blocks.append(Block("image", inlines(image.group(1)), src=image.group(2)))
        elif stripped.startswith(">"):
            if paragraph or items:
                flush()
            tip.append(stripped.lstrip("> "))
        elif (bullet := BULLET.match(stripped)) or (number := NUMBER.match(stripped)):
            kind = "bullets" if bullet else "numbers"
            if paragraph or tip or (items and list_kind != kind):
                flush()
            list_kind = kind
            items.append([(bullet or number).group(1)])
        elif items and raw.startswith("  "):  # an item continued on the next line
            items[-1].append(stripped)
        else:
            if items or tip:
                flush()
            paragraph.append(stripped)
    flush()
    return chapter


def chapters(folder: Path | None = None) -> list[Chapter]:
    """Every chapter, in file-name order (``01-…md``, ``02-…md``); README.md is the folder's note, not a chapter."""
    folder = folder or manual_dir()
    return [parse(path.read_text(encoding="utf-8"), path.name)
            for path in sorted(folder.glob("*.md")) if path.name.lower() != "readme.md"]


def image_names(manual: list[Chapter]) -> list[str]:
    """The image paths the chapters name, relative to the manual's folder, in order of appearance."""
    return [block.src for chapter in manual for block in chapter.blocks if block.kind == "image"]


def anchors(manual: list[Chapter]) -> list[str]:
    return [block.anchor for chapter in manual for block in chapter.blocks if block.kind == "heading"]


def section_title(manual: list[Chapter], anchor: str) -> str:
    for chapter in manual:
        for block in chapter.blocks:
            if block.kind == "heading" and block.anchor == anchor:
                return block.plain
    return ""


# ---- HTML for the window's help browser (Qt's rich-text subset: no CSS layout, plain tags) ------------------------
def _html_text(text: Text) -> str:
    return "".join(f"<b>{escape(part.text)}</b>" if part.bold else
                   f"<code>{escape(part.text)}</code>" if part.code else
                   escape(part.text) for part in text)


def to_html(manual: list[Chapter], folder: Path | None = None, image_width: int = 640) -> str:
    """The whole manual as one HTML page, each heading an ``<a name>`` anchor; images by absolute file URL."""
    folder = folder or manual_dir()
    out = []
    for chapter in manual:
        for block in chapter.blocks:
            if block.kind == "heading":
                level = block.level
                out.append(f'<h{level}><a name="{block.anchor}"></a>{_html_text(block.text)}</h{level}>')
            elif block.kind == "paragraph":
                out.append(f"<p>{_html_text(block.text)}</p>")
            elif block.kind == "tip":
                # a frame, not a colour of its own: the text keeps the theme's colours (high contrast too)
                out.append(f'<table width="100%" border="1" cellspacing="0" cellpadding="6"><tr><td>'
                           f"{_html_text(block.text)}</td></tr></table>")
            elif block.kind in ("bullets", "numbers"):
                tag = "ul" if block.kind == "bullets" else "ol"
                out.append(f"<{tag}>" + "".join(f"<li>{_html_text(item)}</li>" for item in block.items) + f"</{tag}>")
            elif block.kind == "image":
                url = (folder / block.src).resolve().as_uri()
                out.append(f'<p align="center"><img src="{url}" width="{image_width}"><br>'
                           f"<i>{_html_text(block.text)}</i></p>")
    return "\n".join(out)
