#!/usr/bin/python3
"""Checks the Debian man pages against the program.

Usage: check_manpages.py COCKPITCTL_BINARY MAN_DIR

1. Runs "cockpitctl --help" in English and checks that cockpitctl.1 documents every command of its
   "Commands:" section as an item of the page's COMMANDS section (the command's leading words, such
   as "tickets create" or "import --watch", begin an item's tag, and that tag names every option
   the help's line names), every option of its "Options:" section in the page's OPTIONS section,
   and every option of its other "... options:" sections somewhere in the page.
2. Formats cockpitctl.1 and tenant-cockpit.1 with "groff -man -ww -z" and, where man-db is
   installed, as lintian does ("man --warnings ... -Z"); any warning is a problem.
3. Checks that each page has the sections it must have.

Prints every problem and exits with 1, or prints one line and exits with 0. Needs Python 3's
standard library and groff (Debian: python3, groff-base; man-db for the lintian-style check).
"""

import os
import re
import shutil
import subprocess
import sys
from collections import Counter

PAGES = ("cockpitctl.1", "tenant-cockpit.1")

REQUIRED_SECTIONS = {
    "cockpitctl.1": ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT",
                     "EXIT STATUS", "FILES", "EXAMPLES", "SECURITY", "SEE ALSO"),
    "tenant-cockpit.1": ("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT", "FILES",
                         "SEE ALSO"),
}

TIMEOUT = 120

# What groff may print for a hyphen or minus in UTF-8, depending on the system's man.local.
DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
                        "\u00ad": "", "\u00a0": " "})

OPTION = re.compile(r"(?<![\w-])--?[A-Za-z][\w-]*")
LONG_OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def english_environment():
    env = dict(os.environ)
    for name in ("LC_ALL", "LANGUAGE", "LC_MESSAGES"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    return env


def run(argv, env=None):
    return subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=env, timeout=TIMEOUT, check=False)


def decode(data):
    return data.decode("utf-8", errors="replace")


# --- cockpitctl --help -----------------------------------------------------------------------

def help_sections(text):
    """Maps each "Heading:" of the help to its lines."""
    sections = {}
    current = None
    for line in text.splitlines():
        if re.fullmatch(r"[A-Z][A-Za-z -]*:", line):
            current = line[:-1]
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return sections


def help_commands(lines):
    """The commands of the "Commands:" section: (synopsis, leading words, options) in order.

    A command line starts with two spaces and a lowercase word; its synopsis ends at the first gap
    of two or more spaces (the description's column). Lines indented less than the description's
    column that follow it continue the synopsis (like "         [--mode snapshot|delta] ...").
    """
    description_columns = []
    for line in lines:
        m = re.match(r"(  [a-z]\S*.*?\S)(\s{2,})\S", line)
        if m:
            description_columns.append(len(m.group(1)) + len(m.group(2)))
    column = min(description_columns) if description_columns else 20
    commands = []
    current = None
    for line in lines:
        if re.match(r"  [a-z]", line):
            current = [re.split(r"\s{2,}", line[2:].strip(), maxsplit=1)[0]]
            commands.append(current)
            continue
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if current is not None and stripped and 2 < indent < column:
            current.append(re.split(r"\s{2,}", stripped, maxsplit=1)[0])
        elif not stripped:
            current = None
    result = []
    for parts in commands:
        synopsis = " ".join(parts)
        tokens = synopsis.split()
        words = [tokens[0]]
        for token in tokens[1:]:
            if re.fullmatch(r"[a-z][a-z0-9_-]*", token):
                words.append(token)
            else:
                break
        # "import --watch DIR" is a command of its own next to "import PATH".
        if len(words) == 1 and len(tokens) > 1 and re.fullmatch(r"--[a-z][a-z0-9-]*", tokens[1]):
            words.append(tokens[1])
        result.append((synopsis, " ".join(words), LONG_OPTION.findall(synopsis)))
    return result


def help_options(lines):
    """The options named in the option column of an options section ("  -h, --help   this help")."""
    options = []
    for line in lines:
        if not re.match(r"  -", line):
            continue
        column = re.split(r"\s{2,}", line[2:].strip(), maxsplit=1)[0]
        for option in OPTION.findall(column):
            if option not in options:
                options.append(option)
    return options


# --- the pages ---------------------------------------------------------------------------------

def render(page):
    """The page as plain text: no hyphenation, a fixed width, no bold or underline."""
    env = english_environment()
    env["GROFF_NO_SGR"] = "1"
    done = run(["groff", "-k", "-man", "-Tutf8", "-P-c", "-rHY=0", "-rLL=80n", page], env)
    if done.returncode != 0:
        return None, decode(done.stderr).strip() or "groff exited with %d" % done.returncode
    text = decode(done.stdout)
    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    text = re.sub(r"[^\x08]\x08", "", text)  # overstrike: "c\bc" is bold, "_\bc" underlined
    text = text.replace("\x08", "")
    return text.translate(DASHES), None


def page_sections(text):
    """Maps each top-level heading of the rendered page to its lines."""
    sections = {}
    current = None
    for line in text.splitlines():
        if line and not line[0].isspace() and line.upper() == line and not line.startswith(("COCKPITCTL(", "TENANT")):
            current = line.strip()
            sections[current] = []
        elif line and not line[0].isspace():
            current = None  # header or footer line
        elif current is not None:
            sections[current].append(line)
    return sections


def join_lines(lines):
    text = ""
    for line in lines:
        piece = line.strip()
        if re.search(r"[A-Za-z0-9]-$", text):
            text += piece  # a break after a hyphen inside a word
        else:
            text += (" " if text else "") + piece
    return re.sub(r"\s+", " ", text)


def item_tags(lines):
    """The tags of the .TP items of a section: the lines indented less than its body text
    (and more than its subsection headings), consecutive ones joined."""
    indents = [len(l) - len(l.lstrip()) for l in lines if l.strip()]
    if not indents:
        return []
    body = Counter(indents).most_common(1)[0][0]
    shallower = Counter(i for i in indents if i < body)
    if not shallower:
        return []
    tag_indent = shallower.most_common(1)[0][0]
    tags, current = [], []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if line.strip() and indent == tag_indent:
            current.append(line)
        elif current:
            tags.append(join_lines(current))
            current = []
    if current:
        tags.append(join_lines(current))
    return tags


def phrase_pattern(phrase):
    return r"\s+".join(re.escape(word) for word in phrase.split()) + r"(?![\w-])"


def check_cockpitctl_page(binary, page, problems):
    done = run([binary, "--help"], english_environment())
    if done.returncode != 0:
        problems.append("%s --help exited with %d: %s" % (binary, done.returncode, decode(done.stderr).strip()))
        return 0, 0
    sections = help_sections(decode(done.stdout))
    commands = help_commands(sections.get("Commands", []))
    options = help_options(sections.get("Options", []))
    other_options = []
    for heading, lines in sections.items():
        if heading != "Options" and heading.lower().endswith("options"):
            other_options += [o for o in help_options(lines) if o not in options and o not in other_options]
    if len(commands) < 10:
        problems.append("cockpitctl --help: only %d command(s) found under \"Commands:\" (has its layout changed?)"
                        % len(commands))
    if not options:
        problems.append("cockpitctl --help: no options found under \"Options:\"")

    text, error = render(page)
    if text is None:
        problems.append("%s: cannot be rendered: %s" % (page, error))
        return len(commands), len(options)
    rendered = page_sections(text)
    command_tags = item_tags(rendered.get("COMMANDS", []))
    option_tags = item_tags(rendered.get("OPTIONS", []))
    name = os.path.basename(page)

    for synopsis, words, synopsis_options in commands:
        pattern = re.compile(phrase_pattern(words))
        matching = [tag for tag in command_tags if pattern.match(tag)]
        if not matching:
            problems.append("%s: the command \"%s\" (--help: \"%s\") is not an item of COMMANDS"
                            % (name, words, synopsis))
            continue
        best_missing = None
        for tag in matching:
            missing = [o for o in synopsis_options if not re.search(phrase_pattern(o), tag)]
            if best_missing is None or len(missing) < len(best_missing):
                best_missing = missing
        if best_missing:
            problems.append("%s: the item \"%s\" does not name %s (--help: \"%s\")"
                            % (name, words, ", ".join(best_missing), synopsis))

    for option in options:
        if not any(re.search(r"(?<![\w-])" + phrase_pattern(option), tag) for tag in option_tags):
            problems.append("%s: the option %s is not an item of OPTIONS" % (name, option))
    flat = re.sub(r"\s+", " ", text)
    for option in other_options:
        if not re.search(r"(?<![\w-])" + phrase_pattern(option), flat):
            problems.append("%s: the option %s of --help is not mentioned" % (name, option))
    return len(commands), len(options) + len(other_options)


def check_sections(page, problems):
    text, error = render(page)
    if text is None:
        problems.append("%s: cannot be rendered: %s" % (page, error))
        return
    found = page_sections(text)
    for heading in REQUIRED_SECTIONS[os.path.basename(page)]:
        if heading not in found:
            problems.append("%s: no %s section" % (os.path.basename(page), heading))


def check_warnings(page, problems):
    """groff's own warnings, and man-db's as lintian asks for them. Returns the checks run."""
    name = os.path.basename(page)
    env = english_environment()
    done = run(["groff", "-k", "-man", "-ww", "-z", page], env)
    output = decode(done.stderr).strip() + decode(done.stdout).strip()
    if done.returncode != 0 or output:
        problems.append("%s: groff -man -ww: %s" % (name, output or "exit status %d" % done.returncode))
    checks = ["groff -ww"]
    if shutil.which("man"):
        env.update({"LC_ALL": "C.UTF-8", "MANROFFSEQ": "", "MANWIDTH": "80"})
        done = run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page], env)
        output = decode(done.stderr).strip()
        if done.returncode != 0 or output:
            problems.append("%s: man --warnings: %s" % (name, output or "exit status %d" % done.returncode))
        checks.append("man --warnings")
    return checks


def main(argv):
    if len(argv) != 3:
        print("usage: %s COCKPITCTL_BINARY MAN_DIR" % os.path.basename(argv[0]), file=sys.stderr)
        return 2
    binary, man_dir = argv[1], argv[2]
    if not shutil.which("groff"):
        print("check_manpages: groff is missing (Debian: apt-get install groff-base)", file=sys.stderr)
        return 1
    problems = []
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        problems.append("%s: no executable cockpitctl" % binary)
    pages = [os.path.join(man_dir, page) for page in PAGES]
    checks = []
    for page in pages:
        if not os.path.isfile(page):
            problems.append("%s: missing" % page)
            continue
        checks = check_warnings(page, problems)
        check_sections(page, problems)
    commands = options = 0
    if os.path.isfile(pages[0]) and os.path.isfile(binary):
        commands, options = check_cockpitctl_page(binary, pages[0], problems)
    for problem in problems:
        print(problem)
    if problems:
        print("check_manpages: %d problem(s)" % len(problems), file=sys.stderr)
        return 1
    print("check_manpages: OK: %s documents all %d commands and %d options of cockpitctl --help; %s clean (%s)"
          % (PAGES[0], commands, options, ", ".join(PAGES), ", ".join(checks)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
