#!/usr/bin/python3
"""Fails when a .ts file is stale or a translation is unfinished or broken.

Usage: check_translations.py LUPDATE SOURCES_LST TS_DIR COMPLETE_LANGS

Stale: lupdate, run over the sources into a copy of each .ts file with the options the build
uses, changes the copy. Unfinished: a message of a language in COMPLETE_LANGS (comma-separated,
e.g. "de,fr,it") has no finished translation. Broken: a translation loses or adds a %1..%99
placeholder, drops the one keyboard mnemonic (&X) the source has, or has the wrong number of
plural forms.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE_OPTIONS = ["-locations", "none", "-no-obsolete", "-no-ui-lines"]
PLURAL_FORMS = {"de": 2, "fr": 2, "it": 2, "en": 2}
PLACEHOLDER = re.compile(r"%L?(\d{1,2})")
MNEMONIC = re.compile(r"&(?!&)(?=\w)")


def stale(lupdate, sources_lst, ts_dir, names):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            copy = os.path.join(tmp, name)
            shutil.copyfile(os.path.join(ts_dir, name), copy)
            options = LUPDATE_OPTIONS + (["-pluralonly"] if name.endswith("_en.ts") else [])
            run = subprocess.run([lupdate, *options, "@" + sources_lst, "-ts", copy],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"{name}: lupdate failed ({run.returncode}):\n{run.stderr}")
                continue
            with open(os.path.join(ts_dir, name), "rb") as a, open(copy, "rb") as b:
                if a.read() != b.read():
                    summary = [l.strip() for l in run.stdout.splitlines() if "Found" in l]
                    problems.append(f"{name} is stale ({'; '.join(summary)}). Refresh it with "
                                    "'cmake --build --preset dev --target update_translations' "
                                    "and translate what is new.")
    return problems


def text_of(element):
    return "".join(element.itertext()) if element is not None else ""


def check_messages(path, language, must_be_complete):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{os.path.basename(path)} [{cname}] \"{source[:70]}\""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            numerus = message.get("numerus") == "yes"
            forms = [text_of(f) for f in translation.iter("numerusform")] if numerus else [text_of(translation)]
            if kind in ("unfinished", "vanished", "obsolete") or not any(forms):
                if must_be_complete:
                    problems.append(f"{where}: not translated")
                continue
            if numerus and len(forms) != PLURAL_FORMS[language]:
                problems.append(f"{where}: {len(forms)} plural forms, {language} has {PLURAL_FORMS[language]}")
            wanted = set(PLACEHOLDER.findall(source))
            for form in forms:
                if set(PLACEHOLDER.findall(form)) != wanted:
                    problems.append(f"{where}: placeholders {sorted(wanted)} became "
                                    f"{sorted(set(PLACEHOLDER.findall(form)))} in \"{form[:70]}\"")
                if MNEMONIC.search(source) and not MNEMONIC.search(form):
                    problems.append(f"{where}: the keyboard mnemonic (&) is missing in \"{form[:70]}\"")
    return problems


def main():
    lupdate, sources_lst, ts_dir, complete = sys.argv[1:5]
    complete_langs = {c for c in complete.split(",") if c}
    names = sorted(n for n in os.listdir(ts_dir) if n.endswith(".ts"))
    if not names:
        print(f"no .ts files in {ts_dir}")
        return 1
    problems = stale(lupdate, sources_lst, ts_dir, names)
    for name in names:
        language = name.rsplit("_", 1)[1][:-3]
        problems += check_messages(os.path.join(ts_dir, name), language, language in complete_langs)
    for p in problems[:200]:
        print(p)
    if len(problems) > 200:
        print(f"... and {len(problems) - 200} more")
    print(f"checked {len(names)} files: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
