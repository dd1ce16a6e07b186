"""CVs kept as data: RenderCV's YAML, JSON Resume, and other YAML/JSON CVs.

A data CV is written out as the Markdown a person would see, one line per entry, and read
by the Markdown reader, so its sections and entries go through the same finder and parser
as any CV. Keys holding lists are headings ("publications", RenderCV's section titles); a
list item is a line; an item with a title and a venue, authors or date (a RenderCV
publication entry, a JSON Resume publication) is written as a citation, "Authors. “Title.”
*Venue*, 2021. doi: ..."; RenderCV's one-key entries (``bullet``, ``number``) are their
text. Every line keeps the number of the source line its item starts on (YAML's marks).
Presentation settings (RenderCV's ``design``, ``locale``) are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from cvbib.errors import CvbibError
from cvbib.read import register
from cvbib.read.document import Document
from cvbib.read.markdown import read_markdown_lines

# Keys that configure how a CV looks, not what it says
SETTINGS_KEYS = {
    "design",
    "locale",
    "locale_catalog",
    "rendercv_settings",
    "settings",
    "meta",
    "$schema",
    "theme",
    "social_networks",
    "profiles",
}
# Keys that only group what is inside them: no heading of their own
GROUP_KEYS = {"cv", "sections", "basics", "content", "entries", "items", "resume", "data"}
TITLE_KEYS = ("title", "name")
AUTHOR_KEYS = ("authors", "author", "creators", "coauthors", "co_authors")
VENUE_KEYS = (
    "journal",
    "venue",
    "booktitle",
    "conference",
    "container-title",
    "container_title",
    "publisher",
    "institution",
    "school",
    "series",
)
DATE_KEYS = ("date", "year", "releasedate", "release_date", "published", "issued", "pubdate")
NOTE_KEYS = ("status", "summary", "note", "notes", "award", "awards", "highlights", "description")
# One-key entries of RenderCV whose value is the entry's whole text
TEXT_KEYS = {"bullet": "-", "number": "1.", "reversed_number": "1."}
# Keys of a publication (beside a title): any of them makes an item a citation
CITATION_KEYS = {*AUTHOR_KEYS, *VENUE_KEYS, "doi", "eprint", "arxiv", "pages", "volume"}
ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?(?:T.*)?$")
MONTHS = "January February March April May June July August September October November December"
# "with Ana Ruiz and Tom Kerr", anywhere in a summary: names only ("..., 113: 588–593" ends it)
_UP = "A-ZÀ-ÖØ-Þ"
_WORD = rf"(?:[{_UP}][\w'’-]+|[{_UP}]\.)"
_NAME = rf"{_WORD}(?:[\s-]+(?:{_WORD}|de|da|van|von|der|del|la|le))*"
COAUTHORS = re.compile(
    rf"(?:^|(?<=[.,;]\s))(?:[Jj]oint\s+)?[Ww]ith\s+(?P<names>{_NAME}(?:(?:,\s*|,?\s+and\s+|\s*&\s*){_NAME})*)[.,;]?\s*"
)
# a summary that cites a chapter's book: "In P. Estrada and J. Whitfield (eds.), Handbook ..."
IN_BOOK = re.compile(r"(?:^|(?<=[.,;]\s))In\s+.{3,200}?(?:\(eds?\.?\)|edited\s+by|eds?\.)", re.I)
# works not yet written: not publications (JSON Resume keeps them beside the others)
UNFINISHED = re.compile(r"(?i)^(?:work|works)\s+in\s+progress|^in\s+preparation|^draft\b")


def sniff_yaml(text: str) -> float:
    head = text[:200_000]
    if re.search(r"^cv:\s*$", head, re.M) and re.search(r"^\s+sections:\s*$", head, re.M):
        return 0.97  # RenderCV
    keys = re.findall(r"^[A-Za-z_][\w -]*:(?:\s|$)", head, re.M)
    if len(keys) < 3 or not re.search(r"^\s*- \w+:", head, re.M):
        return 0.0
    # "Revista: ..." and "- Pregrado: ..." lines of a text CV look so too: YAML only if it reads
    try:
        yaml.compose(head, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        # (the first 200,000 characters may end inside a value)
        mark = getattr(exc, "problem_mark", None)
        if len(head) < len(text) and mark is not None and mark.line >= head.count("\n") - 1:
            return 0.6
        return 0.0
    return 0.6


def sniff_json(text: str) -> float:
    head = text[:200_000].lstrip()
    if head.startswith("{") and re.search(r'"(?:basics|publications)"\s*:', head):
        return 0.97  # JSON Resume
    return 0.0


@register("yaml", (".yaml", ".yml"), sniff_yaml)
def read_yaml(text: str, path: str) -> Document:
    return _read(text, path, "yaml")


@register("json-cv", (".json",), sniff_json)
def read_json(text: str, path: str) -> Document:
    # Outside its strings (where JSON forbids them) a tab is white space, which YAML's
    # reader of JSON does not take in indentation.
    return _read(text.replace("\t", " "), path, "json-cv")


def is_json_cv(text: str) -> bool:
    """A JSON file that is a CV (JSON Resume), not a CSL-JSON library."""
    return sniff_json(text) > 0.5


def _read(text: str, path: str, fmt: str) -> Document:
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise CvbibError(
            f"not valid {fmt.split('-')[0].upper()}: {exc.problem}", path, line
        ) from exc
    except yaml.YAMLError as exc:
        raise CvbibError(f"not valid {fmt.split('-')[0].upper()}: {exc}", path) from exc
    return read_markdown_lines(list(to_markdown(root)) if root is not None else [], path, fmt)


Node = yaml.Node


def to_markdown(root: Node) -> Iterator[tuple[int, str]]:
    """(source line, Markdown line) pairs for a CV's data tree."""
    if isinstance(root, yaml.SequenceNode):
        # a bare list of works (CSL-JSON's items, a YAML publication list)
        yield from _block(_line(root), "## Publications")
    yield from _walk(root, 0, isinstance(root, yaml.SequenceNode))


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _scalar(node: Node | None) -> str:
    if isinstance(node, yaml.ScalarNode):
        return " ".join(str(node.value).split())
    return ""


def _key(node: Node) -> str:
    return _scalar(node).lower()


def _heading(key: str) -> str:
    words = key.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words.islower() else words


def _walk(node: Node, depth: int, pubs: bool) -> Iterator[tuple[int, str]]:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = _key(k)
            if key in SETTINGS_KEYS:
                continue
            if isinstance(v, yaml.ScalarNode):
                if key == "name" and depth <= 2 and _scalar(v):
                    yield from _block(_line(v), "# " + _scalar(v))  # the owner's name
                continue
            if key in GROUP_KEYS:
                yield from _walk(v, depth + 1, pubs)
                continue
            title = _scalar(k)
            level = min(depth + 2, 6) if depth else 2
            yield from _block(_line(k), "#" * level + " " + _heading(title))
            yield from _walk(v, depth + 1, pubs or _publication_heading(title))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _item(item, depth, pubs)
        yield _line(node), ""


def _publication_heading(title: str) -> bool:
    from cvbib.find.sections import classify

    return classify(_heading(title))[0] == "publication"


def _block(lineno: int, text: str) -> Iterator[tuple[int, str]]:
    yield lineno, ""
    yield lineno, text
    yield lineno, ""


def _item(node: Node, depth: int, pubs: bool) -> Iterator[tuple[int, str]]:
    line = _line(node)
    if isinstance(node, yaml.MappingNode) and node.value:
        line = _line(node.value[0][0])  # JSON's "{" may stand alone above the first key
    if isinstance(node, yaml.ScalarNode):
        if _scalar(node):
            yield line, "- " + _scalar(node)
        return
    if isinstance(node, yaml.SequenceNode):
        yield from _walk(node, depth + 1, pubs)
        return
    assert isinstance(node, yaml.MappingNode)
    fields = {_key(k): v for k, v in node.value}
    if len(fields) == 1 and next(iter(fields)) in TEXT_KEYS:
        key, value = next(iter(fields.items()))
        yield line, f"{TEXT_KEYS[key]} {_scalar(value)}"
        return
    title_key = next((k for k in TITLE_KEYS if _scalar(fields.get(k))), None)
    venue = next((_scalar(fields[k]) for k in VENUE_KEYS if _scalar(fields.get(k))), "")
    if title_key and UNFINISHED.match(venue) and not _date(fields):
        return  # "publisher": "Work in progress": not a publication yet
    if title_key and (CITATION_KEYS & fields.keys() or (pubs and _date(fields))):
        yield line, "- " + citation(fields, title_key)
        return
    parts = [_scalar(v) for k, v in fields.items() if k not in SETTINGS_KEYS and _scalar(v)]
    if parts:
        yield line, "- " + ", ".join(parts)
    for k, v in fields.items():  # highlights and other lists below the item
        if isinstance(v, yaml.SequenceNode) and k not in SETTINGS_KEYS:
            for sub in v.value:
                if _scalar(sub):
                    yield _line(sub), "  - " + _scalar(sub)


def _names(node: Node | None) -> list[str]:
    if node is None:
        return []
    if isinstance(node, yaml.ScalarNode):
        return [_scalar(node)] if _scalar(node) else []
    names = []
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    for item in items:
        if isinstance(item, yaml.ScalarNode):
            names.append(_scalar(item))
        elif isinstance(item, yaml.MappingNode):
            f = {_key(k): _scalar(v) for k, v in item.value}
            if f.get("family"):
                names.append(" ".join(x for x in (f.get("given", ""), f["family"]) if x))
            elif f.get("name") or f.get("literal"):
                names.append(f.get("name") or f.get("literal", ""))
    return [n for n in names if n]


def _date(fields: dict[str, Node]) -> str:
    for key in DATE_KEYS:
        node = fields.get(key)
        if isinstance(node, yaml.MappingNode):  # CSL-JSON's {"date-parts": [[2021, 3]]}
            node = next((n for n in _scalars(node) if re.fullmatch(r"\d{4}", n.value)), None)
        value = _scalar(node)
        if value:
            m = ISO_DATE.match(value)
            if m and m.group(2) and 1 <= int(m.group(2)) <= 12:
                return f"{MONTHS.split()[int(m.group(2)) - 1]} {m.group(1)}"
            return m.group(1) if m else value
    return ""


def _scalars(node: Node) -> Iterator[yaml.ScalarNode]:
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _scalars(item)
    elif isinstance(node, yaml.MappingNode):
        for _, value in node.value:
            yield from _scalars(value)


ABBREVIATIONS = {"Dept", "Univ", "Inst", "Dr", "Prof", "No", "Vol", "St", "Co", "Inc"}


def _first_sentence(text: str) -> tuple[str, str]:
    """The first sentence and the rest ("B.Tech. thesis, Dept. of CSE, IIT Madras. Advisor:
    X" ends after "Madras": a period after an abbreviation ends no sentence)."""
    for m in re.finditer(r"\.\s+(?=[A-Z])", text):
        token = text[: m.start()].split()[-1] if text[: m.start()].split() else ""
        if "." not in token and token not in ABBREVIATIONS:
            return text[: m.start()], text[m.end() :]
    return text.rstrip(" ."), ""


def pubs_context(fields: dict[str, Node]) -> bool:
    """An item with a title, a date and a summary but no venue (RenderCV's normal entries
    under "Theses"): the summary says where it appeared."""
    return bool(_date(fields)) and not any(_scalar(fields.get(k)) for k in VENUE_KEYS)


def citation(fields: dict[str, Node], title_key: str) -> str:
    """One data entry as the citation a CV prints."""
    title = _scalar(fields[title_key]).rstrip(".")
    names = _names(next((fields[k] for k in AUTHOR_KEYS if k in fields), None))
    venue = next((_scalar(fields[k]) for k in VENUE_KEYS if _scalar(fields.get(k))), "")
    notes = []
    for key in NOTE_KEYS:
        value = fields.get(key)
        if isinstance(value, yaml.SequenceNode):
            notes.extend(_scalar(v) for v in value.value if _scalar(v))
        elif _scalar(value):
            notes.append(_scalar(value))
    coauthors = ""
    if notes and not names and (m := COAUTHORS.search(notes[0])):
        # JSON Resume has no authors: co-authors are named in the summary ("with A and B")
        coauthors = f" (with {m['names']})"
        notes[0] = (notes[0][: m.start()] + notes[0][m.end() :]).strip(" ,;")
    book = IN_BOOK.search(notes[0]) if notes else None
    parts = []
    if names:
        parts.append(", ".join(names[:-1]) + (" and " if len(names) > 1 else "") + names[-1] + ".")
    # (a title with its own double quotes, a review's, is not quoted again)
    parts.append(f"{title}.{coauthors}" if re.search('[“”"]', title) else f"“{title}.”{coauthors}")
    if book:
        # the summary gives the whole book ("In A and B (eds.), Handbook, Elsevier, pp. 1–9")
        date = _date(fields)
        parts.append(notes[0][book.start() :].rstrip(" .") + (f", {date}." if date else "."))
        notes[0] = notes[0][: book.start()].strip(" ,;")
        parts.extend(n if n.endswith((".", "!", "?")) else n + "." for n in notes if n)
        return " ".join(parts)
    elif not venue and notes and pubs_context(fields):
        # a thesis or report with its kind and school in the summary: "M.S. thesis, CMU."
        venue_text, notes[0] = _first_sentence(notes[0])
        date = _date(fields)
        parts.append(f"{venue_text}, {date}." if date else f"{venue_text}.")
        parts.extend(n if n.endswith((".", "!", "?")) else n + "." for n in notes if n)
        return " ".join(parts)
    place = [f"*{venue}*"] if venue else []
    for key, form in (("volume", "{}"), ("number", "({})"), ("issue", "({})"), ("pages", "pp. {}")):
        if _scalar(fields.get(key)):
            place.append(form.format(_scalar(fields[key])))
    date = _date(fields)
    if date:
        place.append(date)
    if place:
        parts.append(", ".join(place) + ".")
    for key, form in (("doi", "doi: {}."), ("arxiv", "arXiv:{}."), ("eprint", "arXiv:{}.")):
        if _scalar(fields.get(key)):
            parts.append(form.format(_scalar(fields[key])))
    url = _scalar(fields.get("url"))
    if url and not _scalar(fields.get("doi")):
        parts.append(f"<{url}>")
    parts.extend(n if n.endswith((".", "!", "?")) else n + "." for n in notes if n)
    return " ".join(parts)
