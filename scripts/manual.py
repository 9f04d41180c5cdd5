#!/usr/bin/env python3
"""accord(1) in mdoc, from the binary's own description of its commands and options
(`accord --experimental-dump-help`, swift-argument-parser's JSON) and the sections that are not
options (docs/manual-sections.mdoc: keys, environment, files, exit status, see also).

    scripts/manual.py BINARY > accord.1

Made from the one binary that is installed, so no second build of the package is needed (as
swift-argument-parser's generate-manual plugin needs). Every text is escaped for roff, and no
line is empty (man warns "Empty input line" for each): paragraphs are separated by .Pp.
"""
import json
import os
import subprocess
import sys
import time

SECTIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "manual-sections.mdoc")


def escaped(text):
    """A line of text as roff reads it literally: backslashes, and a leading dot or quote."""
    text = text.replace("\\", "\\e")
    if text.startswith((".", "'")):
        text = "\\&" + text
    return text


def paragraphs(text):
    """mdoc for text with blank-line paragraphs; indented lines (a list of options) kept as typed."""
    lines = []
    for block in [b for b in (text or "").strip().split("\n\n") if b.strip()]:
        block_lines = block.split("\n")
        if lines:
            lines.append(".Pp")
        # Plain lines, then (a list of options, say) indented lines kept as typed.
        plain = 0
        while plain < len(block_lines) and not block_lines[plain].startswith("  "):
            plain += 1
        lines += [escaped(line.strip()) for line in block_lines[:plain] if line.strip()]
        if plain < len(block_lines):
            lines.append(".Bd -literal")
            lines += [escaped(line) if line.strip() else "\\&" for line in block_lines[plain:]]
            lines.append(".Ed")
    return lines


def flag_names(argument):
    """`.Fl` arguments for an option's names: `-h , -help` renders as -h, --help."""
    names = []
    for name in argument.get("names") or []:
        names.append(("-" if name["kind"] == "long" else "") + name["name"])
    return " , ".join(names)


def argument_item(argument):
    """The .It line of an option, flag or positional argument."""
    value = argument.get("valueName") or "value"
    if argument["kind"] == "positional":
        return ".It Ar " + value
    if argument["kind"] == "flag":
        return ".It Fl " + flag_names(argument)
    return ".It Fl " + flag_names(argument) + " Ar " + value


def arguments_list(arguments):
    shown = [a for a in arguments or [] if a.get("shouldDisplay", True)]
    if not shown:
        return []
    lines = [".Bl -tag -width 6n"]
    for argument in shown:
        lines.append(argument_item(argument))
        text = argument.get("abstract") or ""
        if argument.get("defaultValue") and "default" not in text:
            text += " (default: %s)" % argument["defaultValue"]
        lines += paragraphs(text) or ["\\&"]
        lines += paragraphs(argument.get("discussion"))
    lines.append(".El")
    return lines


def synopsis(command):
    lines = [".Nm"]
    if command.get("subcommands"):
        lines.append(".Op Ar command")
    for argument in command.get("arguments") or []:
        if not argument.get("shouldDisplay", True):
            continue
        item = argument_item(argument)[len(".It "):]
        lines.append((".Op " if argument.get("isOptional") else ".") + item)
    return lines


def commands_section(command):
    lines = [".Sh COMMANDS", ".Bl -tag -width 6n"]
    for sub in command.get("subcommands") or []:
        if not sub.get("shouldDisplay", True):
            continue
        name = sub["commandName"]
        lines.append(".It Nm " + name)
        lines += paragraphs(sub.get("abstract"))
        lines += [".Pp"] + paragraphs(sub.get("discussion")) if sub.get("discussion") else []
        lines += arguments_list(sub.get("arguments"))
    lines.append(".El")
    return lines


def keys_section(binary):
    """KEYS from `accord keys` (JSON rows of where, keys, what), as the dashboard's help has them."""
    listing = subprocess.run([binary, "keys"], check=True, capture_output=True, text=True).stdout
    lines = [".Sh KEYS", "In the dashboard, ? shows the keys of the screen shown; they are:"]
    heading = None
    for where, keys, what in json.loads(listing):
        if where != heading:
            lines += ([".El"] if heading else []) + [".Ss " + escaped(where.capitalize()), ".Bl -tag -width 12n -compact"]
            heading = where
        lines += [".It Li \\&" + escaped(keys), escaped(what)]
    return lines + ([".El"] if heading else [])


def manual(tool, keys):
    command = tool["command"]
    day = time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", time.time())))
    lines = [
        ".\\\" accord(1), made by scripts/manual.py from the binary and docs/manual-sections.mdoc.",
        ".Dd " + time.strftime("%B %-d, %Y", day),
        ".Dt ACCORD 1",
        ".Os",
        ".Sh NAME",
        ".Nm accord",
        ".Nd " + escaped((command.get("abstract") or "").rstrip(".")),
        ".Sh SYNOPSIS",
    ]
    lines += synopsis(command)
    lines += [".Sh DESCRIPTION"] + paragraphs(command.get("discussion"))
    lines += arguments_list(command.get("arguments"))
    lines += commands_section(command)
    lines += keys
    with open(SECTIONS, encoding="utf-8") as sections:
        lines += [line for line in sections.read().split("\n") if line and not line.startswith('.\\"')]
    return "\n".join(lines) + "\n"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/manual.py BINARY > accord.1")
    dump = subprocess.run([sys.argv[1], "--experimental-dump-help"], check=True, capture_output=True, text=True)
    sys.stdout.write(manual(json.loads(dump.stdout), keys_section(sys.argv[1])))


if __name__ == "__main__":
    main()
