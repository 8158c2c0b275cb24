#!/usr/bin/env python3
# SPDX-License-Identifier: BSD-3-Clause
"""Moves the messages of old translation contexts into one context per library (issue 13 item 5,
"one Tr per library"), in translations/keyway_*.ts, without losing or changing a translation.

    scripts/merge-tr-contexts.py [--check] [translations/keyway_*.ts ...]

Each message of an old context (MERGES below) moves, unchanged, into its library's context. A
message whose source and comment already exist in the new context (the same text in two old
contexts) is kept once when the translations agree; when they differ the script stops and names
the message (give the string a disambiguation comment in the source first, or leave its old
context out of MERGES). Idempotent: a catalogue without the old contexts is left as it is, so the
lead can re-run it after merging catalogues that other branches changed. --check only reports.
The .ts files keep lupdate's layout: contexts are moved as text, not re-serialised.

    scripts/merge-tr-contexts.py --verify BEFORE.ts AFTER.ts

checks that every (context, source, comment) of BEFORE has the same translation (every plural
form) in AFTER under its new context; also works on `lconvert -i x.qm -o x.ts` output, to
compare what the runtime loads.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

# old context -> the library's context. The texts of these helper structs (Q_DECLARE_TR_FUNCTIONS
# in a .cpp) and literal QCoreApplication::translate() contexts of classes without their own tr()
# now use LicenseTr or ActivationTr (activation/core/tr.h).
MERGES = {
    # Keyway::License (libkeyway-license)
    "Keyway::ActivationCode": "Keyway::License",
    "Keyway::ClockGuard": "Keyway::License",
    "Keyway::DeviceId": "Keyway::License",
    "Keyway::Error": "Keyway::License",
    "Keyway::LicenseImport": "Keyway::License",
    "Keyway::LicenseStore": "Keyway::License",
    "Keyway::UntrustedText": "Keyway::License",
    "Keyway::VendorConfig": "Keyway::License",
    # Keyway::Activation (libkeyway-activation)
    "Keyway::AuthorizationRequest": "Keyway::Activation",
    "Keyway::KeychainSecretStore": "Keyway::Activation",
    "Keyway::ProviderMetadata": "Keyway::Activation",
    "Keyway::TlsSetup": "Keyway::Activation",
    # Keyway::Widgets (libkeyway-activation-widgets; widgets/widgetstr.h)
    "Keyway::SignInViewPlugin": "Keyway::Widgets",
    "Keyway::WizardUi": "Keyway::Widgets",
}

CONTEXT = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>\n", re.S)
MESSAGE = re.compile(r"    <message(?: [^>]*)?>\n.*?    </message>\n", re.S)


def key_of(message):
    """What identifies a message for lupdate and the runtime: source and comment."""
    source = re.search(r"<source>(.*?)</source>", message, re.S).group(1)
    comment = re.search(r"<comment>(.*?)</comment>", message, re.S)
    return (source, comment.group(1) if comment else None)


def translation_of(message):
    match = re.search(r"<translation[^>]*>(.*?)</translation>|<translation[^>]*/>", message, re.S)
    return match.group(0) if match else ""


def merge(text, path):
    contexts = [(m.group(1), m.group(2), m.start(), m.end()) for m in CONTEXT.finditer(text)]
    if not any(name in MERGES for name, *_ in contexts):
        return text, 0
    merged = {}  # new context -> list of message texts
    seen = {}  # (new context, key) -> translation
    problems = []
    moved = 0

    def add(target, message, origin):
        key = (target, key_of(message))
        if key in seen:
            if seen[key][0] != translation_of(message):
                problems.append(
                    "%s: %r (comment %r) has different translations in %s and %s"
                    % (path, key[1][0], key[1][1], seen[key][1], origin))
            return
        seen[key] = (translation_of(message), origin)
        merged.setdefault(target, []).append(message)

    # Messages already in the new contexts first (a re-run), then the old contexts' in order.
    for name, body, *_ in contexts:
        if name in MERGES.values():
            for message in MESSAGE.findall(body):
                add(name, message, name)
    for name, body, *_ in contexts:
        if name in MERGES:
            for message in MESSAGE.findall(body):
                add(MERGES[name], message, name)
                moved += 1
    if problems:
        raise SystemExit("\n".join(problems))

    # Rebuild: every context that is not old or new stays as it was; the new ones go where
    # lupdate would put them (contexts are sorted by name).
    kept = [(name, text[start:end]) for name, body, start, end in contexts
            if name not in MERGES and name not in MERGES.values()]
    for target, messages in merged.items():
        kept.append((target, "<context>\n    <name>%s</name>\n%s</context>\n"
                     % (target, "".join(messages))))
    kept.sort(key=lambda item: item[0])
    head = text[:contexts[0][2]]
    tail = text[contexts[-1][3]:]
    return head + "".join(block for _, block in kept) + tail, moved


def translations(path):
    """(context, source, comment) -> the translation's forms, as lupdate or lconvert wrote them."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            result[(name, message.findtext("source"), message.findtext("comment"))] = forms
    return result


def verify(before_path, after_path):
    before, after = translations(before_path), translations(after_path)
    changed = 0
    for (context, source, comment), forms in before.items():
        moved = (MERGES.get(context, context), source, comment)
        if after.get(moved) != forms:
            changed += 1
            print("%s: %s %r: %r became %r" % (after_path, context, source, forms,
                                                after.get(moved)))
    print("%s: %d messages compared, %d changed" % (after_path, len(before), changed))
    return changed == 0


def main(argv):
    if argv[:1] == ["--verify"] and len(argv) == 3:
        sys.exit(0 if verify(argv[1], argv[2]) else 1)
    check = "--check" in argv
    files = [a for a in argv if a != "--check"]
    if not files:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        files = sorted(glob.glob(os.path.join(root, "translations", "keyway_*.ts")))
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        result, moved = merge(text, path)
        print("%s: %d messages moved" % (path, moved))
        if not check and result != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(result)


if __name__ == "__main__":
    main(sys.argv[1:])
