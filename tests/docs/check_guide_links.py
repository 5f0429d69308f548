#!/usr/bin/env python3
"""Checks the user guide's links: every ](target) in docs/guide/**/*.md must name an existing
file (relative to the page), and a #fragment must name a heading of that page (GitHub's rules).
Web links are skipped. Usage: check_guide_links.py [GUIDE_DIR]   (exit 1 when a link is broken)
The test suite runs it (guide_links)."""
import pathlib
import re
import sys
import unicodedata

GUIDE = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parents[2] / "docs" / "guide"
PENDING: set = set()  # pages announced before they are written; empty when the guide is whole
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
FENCE = re.compile(r"^\s*```")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, markup and punctuation dropped, spaces to '-'."""
    text = re.sub(r"`([^`]*)`", r"\1", heading)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("*", "").lower()
    kept = []
    for ch in text:
        if ch == " ":
            kept.append("-")
        elif ch in "-_" or unicodedata.category(ch)[0] in ("L", "N"):
            kept.append(ch)
    return "".join(kept)


def anchors(page: pathlib.Path) -> set:
    seen, result, fenced = {}, set(), False
    for line in page.read_text(encoding="utf-8").splitlines():
        if FENCE.match(line):
            fenced = not fenced
            continue
        m = None if fenced else HEADING.match(line)
        if m:
            base = slug(m.group(2))
            n = seen.get(base, 0)
            seen[base] = n + 1
            result.add(base if n == 0 else f"{base}-{n}")
    return result


def links(page: pathlib.Path):
    fenced = False
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        line = re.sub(r"`[^`]*`", "", line)  # code spans are no links
        for m in LINK.finditer(line):
            yield number, m.group(1)


def main() -> int:
    broken, pending, checked = [], [], 0
    for page in sorted(GUIDE.rglob("*.md")):
        for number, target in links(page):
            if re.match(r"^[a-z]+:", target):
                continue
            checked += 1
            path, _, fragment = target.partition("#")
            file = (page.parent / path).resolve() if path else page
            where = f"{page.relative_to(GUIDE.parent.parent)}:{number}: {target}"
            if not file.exists():
                (pending if file in PENDING else broken).append(where)
                continue
            if fragment and file.suffix == ".md" and fragment not in anchors(file):
                broken.append(where + "  (no such heading)")
    for line in pending:
        print("pending (added later):", line)
    for line in broken:
        print("BROKEN:", line)
    print(f"{checked} links checked, {len(broken)} broken, {len(pending)} pending.")
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
