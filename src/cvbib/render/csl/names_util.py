"""Personal-name parsing and initials: ports of citeproc-js ``parseParticles`` and
``CSL.Util.Names.initializeWith``.

citeproc-py initialises every given name (it ignores ``initialize="false"``), breaks
hyphenated names ("Hyun-woo" -> "H.-. woo .") and does not split particles out of
family names ("van der Maaten").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

ROMAN_START = re.compile(
    "^[&a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218\u0219\u021a\u021b\u202a-\u202e]"
)
ROMAN_ANY = re.compile(
    "[-0-9a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0370-\u03ff\u0400-\u052f\u0590-\u05d4\u05d6-\u05ff"
    "\u1f00-\u1fff\u0600-\u06ff\u200c\u200d\u200e\u0218\u0219\u021a\u021b\u202a-\u202e]"
)
_NAME_INITIAL = re.compile(
    "^([A-Z\u0e01-\u0e5b\u00c0-\u017f\u0400-\u042f\u0590-\u05d4\u05d6-\u05ff\u0600-\u06ff"
    "\u0370\u0372\u0376\u0386\u0388-\u03ab\u03e2\u03e4\u03e6\u03e8\u03ea\u03ec\u03ee\u03f4"
    "\u03f7\u03fd-\u03ff])([a-zA-Z\u0e01-\u0e5b\u00c0-\u017f\u0400-\u052f\u0600-\u06ff"
    "\u0370-\u03ff\u1f00-\u1fff]*|)(\\.)*"
)
_PARTICLE_GIVEN = re.compile(r"^([^ ]+(?:\u02bb |\u2019 | |' ) *)(.+)$", re.S)
_PARTICLE_FAMILY = re.compile(r"^([^ ]+(?:\-|\u02bb|\u2019| |') *)(.+)$", re.S)
_NAME_SPLIT = re.compile(
    r'(?:[-\s]*<\/*(?:span\s+class="no(?:case|decor)"|i|sc|b|sub|sup)>[-\s]*|[-\s]+)'
)


def _split_particles(value: str, given: bool) -> tuple[str, list[str]]:
    orig = value
    rex = _PARTICLE_GIVEN if given else _PARTICLE_FAMILY
    work = value[::-1] if given else value
    particles: list[str] = []
    m = rex.match(work)
    while m:
        m1 = m.group(1)[::-1] if given else m.group(1)
        first = re.sub(r"^[-'\u02bb\u2019\s]*(.).*$", r"\1", m1, flags=re.S)
        if not first or first.upper() == first:
            break
        if given:
            particles.append(orig[-len(m1) :])
            orig = orig[: -len(m1)]
        else:
            particles.append(orig[: len(m1)])
            orig = orig[len(m1) :]
        work = m.group(2)
        m = rex.match(work)
    if given:
        particles.reverse()
        for i in range(1, len(particles)):
            if particles[i][:1] == " ":
                particles[i - 1] += " "
        particles = [p[1:] if p[:1] == " " else p for p in particles]
        rest = work[::-1]
        value = orig[: len(rest)]
    else:
        value = orig[-len(work) :] if work else ""
    return value, particles


def _trim_last(text: str) -> str:
    last = text[-1:]
    text = text.strip()
    if last == " " and text[-1:] in ("'", "\u2019"):
        text += " "
    return text


def parse_particles(name: dict[str, Any]) -> None:
    family, particles = _split_particles(name.get("family", ""), False)
    name["family"] = family
    ndp = _trim_last("".join(particles))
    if ndp:
        name["non-dropping-particle"] = ndp
    given = name.get("given", "")
    if not name.get("suffix") and given:
        m = re.search(r"(\s*,!*\s*)", given)
        if m:
            idx = m.start(1)
            possible = given[idx + len(m.group(1)) :]
            comma = re.sub(r"\s*", "", given[idx : idx + len(m.group(1))])
            if possible.replace(".", "") == "et al" and not name.get("dropping-particle"):
                name["dropping-particle"] = possible
                name["comma-dropping-particle"] = ","
            else:
                if len(comma) == 2:
                    name["comma-suffix"] = True
                name["suffix"] = possible
            name["given"] = given = given[:idx]
    rest, gparticles = _split_particles(given, True)
    name["given"] = rest
    dp = "".join(gparticles).strip()
    if dp:
        name["dropping-particle"] = dp


def normalize_name(raw: dict[str, Any]) -> dict[str, Any]:
    """A name as citeproc-js renders it: particles parsed out, quotes on family respected."""
    name = {
        k: raw.get(k)
        for k in (
            "literal", "family", "given", "suffix", "comma-suffix", "non-dropping-particle",
            "dropping-particle", "static-ordering", "static-particles", "parse-names",
        )
    }  # fmt: skip
    name["comma-dropping-particle"] = ""
    parse_names = raw.get("parse-names")
    if parse_names is not None and not parse_names and parse_names != "":
        return name
    family = name.get("family") or ""
    if family and family[:1] == '"' and family[-1:] == '"':
        name["family"] = family[1:-1]
        return name
    if (
        not name.get("non-dropping-particle")
        and family
        and name.get("given")
        and not name.get("static-particles")
    ):
        parse_particles(name)
    return name


def _notag(text: str) -> str:
    return re.sub(r"^(?:<[^>]+>)*", "", text)


def _mergetag(tagstr: str, newstr: str) -> str:
    tags = re.findall(r"(?:-*<[^>]+>-*)", tagstr)
    if not tags:
        return newstr
    tagstr = "".join(tags)
    m = re.match(r"^(.*[^\s])*(\s+)$", newstr)
    if m:
        return (m.group(1) or "") + tagstr + m.group(2)
    return newstr + tagstr


def _tagonly(text: str) -> str:
    m = re.search(r"(?:<[^>]+>)+", text)
    return m.group(0) if m else text


def _split_name(name: str) -> list[str]:
    tags = _NAME_SPLIT.findall(name)
    strings = _NAME_SPLIT.split(name) if tags else [name]
    out = [strings[0]]
    for i in range(1, len(strings)):
        out.append(tags[i - 1])
        out.append(strings[i])
    return out


def _finish(text: str) -> str:
    text = re.sub("[\t\n\x0b\x0c\r \ufeff\u00a0]+$", "", text)
    text = re.sub(r"\s*\-\s*", "-", text)
    return re.sub("[\t\n\x0b\x0c\r ]+", " ", text)


def _do_normalize(parts: list[str], terminator: str) -> str:
    abbrev = []
    for i, part in enumerate(parts):
        if len(_notag(part)) > 1 and _notag(part)[-1:] == ".":
            parts[i] = re.sub(r"^(.*)\.(.*)$", r"\1\2", part, flags=re.S)
            abbrev.append(True)
        elif len(part) == 1 and part.upper() == part:
            abbrev.append(True)
        else:
            abbrev.append(False)
    for i in range(0, len(parts), 2):
        if abbrev[i]:
            if i < len(parts) - 2:
                parts[i + 1] = _tagonly(parts[i + 1])
                if not abbrev[i + 2]:
                    parts[i + 1] = _tagonly(parts[i + 1]) + " "
                if len(parts[i + 2]) > 1:
                    parts[i + 1] = re.sub("\ufeff$", "", terminator) + parts[i + 1]
                else:
                    parts[i + 1] = _mergetag(parts[i + 1], terminator)
            if i == len(parts) - 1:
                parts[i] = parts[i] + terminator
    return _finish("".join(parts))


def _do_initialize(parts: list[str], terminator: str) -> str:
    n_parts = len(parts)
    for i in range(0, n_parts, 2):
        n = parts[i]
        if not n:
            continue
        m = _NAME_INITIAL.match(n)
        groups: list[str | None] | None = [m.group(1), m.group(2), m.group(3)] if m else None
        if groups is None and not ROMAN_START.match(n) and len(n) > 1 and "%s" in terminator:
            groups = [n[0], n[1:], None]
        if groups is not None and groups[1] and groups[2]:
            groups[0] = (groups[0] or "") + groups[1]
            groups[1] = ""
        if groups is not None and (groups[0] or "")[:1] == (groups[0] or "")[:1].upper():
            extra = ""
            if groups[1]:
                caps = ""
                for c in groups[1]:
                    if c == c.upper():
                        caps += c
                    else:
                        break
                if len(caps) < len(groups[1]):
                    extra = caps.lower()
            parts[i] = (groups[0] or "") + extra
            if i < n_parts - 1:
                if "%s" in terminator:
                    parts[i] = terminator.replace("%s", parts[i])
                elif "-" in parts[i + 1]:
                    parts[i + 1] = _mergetag(parts[i + 1].replace("-", "", 1), terminator) + "-"
                else:
                    parts[i + 1] = _mergetag(parts[i + 1], terminator)
            elif "%s" in terminator:
                parts[i] = terminator.replace("%s", parts[i])
            else:
                parts.append(terminator)
        elif ROMAN_ANY.search(n) and (groups is None or not groups[2]):
            parts[i] = " " + n
    return _finish("".join(parts))


@lru_cache(maxsize=8192)
def initialize_with(
    name: str, terminator: str, normalize_only: bool = False, hyphen: bool = True
) -> str:
    """Initials of a given name ("Jean-Luc" -> "J.-L.") or, if ``normalize_only``, tidy
    existing initials only ("Robert E" -> "Robert E.")."""
    if not name:
        return ""
    terminator = terminator or ""
    if name in ("Lord", "Lady") or (
        not ROMAN_START.match(re.sub(r"^(?:<[^>]+>)*", "", name)) and "%s" not in terminator
    ):
        return name
    if not hyphen:
        name = name.replace("-", " ")
    name = re.sub(r"\s*\-\s*", "-", name)
    name = re.sub(r"\s+", " ", name)
    name = re.sub(r"-([a-z])", "\u2013\\1", name)
    i = len(name) - 2
    while i > -1:
        if name[i] == "." and name[i + 1 : i + 2] != " ":
            name = name[:i] + ". " + name[i + 1 :]
        i -= 1
    parts = _split_name(name)
    if len(parts) == 1:
        m = re.search(r"[^.]+$", parts[0])
        if m and len(m.group(0)) == 1 and m.group(0) != m.group(0).lower():
            parts[0] += "."
    ret = _do_normalize(parts, terminator) if normalize_only else _do_initialize(parts, terminator)
    return re.sub("\u2013([a-z])", r"-\1", ret)
