"""Writes COUNT answer exports of the bundled study's newcomer guide into
DIR, one respondent per file, as the forms write them (docs/answers.md):
every question answered (open ones with two sentences), every prompt
asked, notes on a quarter of them, in Dutch, English and French in turn.
The study key and the guide's fingerprint are taken from a real export:
`enquete` is asked for them by merging one probe file.

    python3 benches/merge-exports.py STUDY DIR COUNT
"""
import json
import os
import re
import subprocess
import sys

import yaml  # PyYAML, for the guide's questions

study, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out, exist_ok=True)
guide = yaml.safe_load(open(os.path.join(study, "questionnaires/newcomer.yaml"), encoding="utf-8"))
questions = [q for s in guide["sections"] for q in s["questions"] if q.get("type", "open") != "note"]


def record(n, key="0" * 12, digest="0" * 12):
    changed = f"2026-03-{1 + n % 28:02}T10:{n % 60:02}:00.000Z"
    fields = {}

    def put(name, value):
        fields[name] = {"value": value, "changed": changed}

    for q in questions:
        kind = q.get("type", "open")
        options = [o["value"] for o in q.get("options", [])]
        if kind == "single":
            put(q["id"], options[n % len(options)])
        elif kind == "multiple":
            put(q["id"], [options[n % len(options)]])
        elif kind == "scale":
            put(q["id"], str(q.get("min", 1) + n % 3))
        elif kind == "number":
            put(q["id"], str(2015 + n % 9))
        elif kind == "date":
            put(q["id"], "2024-05-01")
        else:
            put(q["id"], f"Respondent {n} on {q['id']}: it went well, we met every week. "
                         "We talked about work, the city and our families.")
        if kind == "msc":
            put(q["id"] + ".why", "Because it changed how I see my neighbourhood.")
        for p in range(1, len(q.get("probes", [])) + 1):
            put(f"{q['id']}.probe.{p}", ["asked"])
        if n % 4 == 0:
            put(q["id"] + ".notes", "[12:40] Laughs.")
    return {
        "format": "enquete-answers/1", "study": key, "questionnaire": "newcomer", "hash": digest,
        "version": str(guide.get("version")) if guide.get("version") else None,
        "language": ["nl", "en", "fr"][n % 3], "respondent": f"N{n:05}",
        "started": "2026-03-01T09:00:00.000Z", "saved": changed, "exported": changed,
        "questions": {q["id"]: q.get("type", "open") for q in questions},
        "timers": {"total": 3_600_000, "sections": {}, "running": None},
        "fields": fields,
        # The views for people reading the file; merge reads `fields`.
        "answers": {}, "other": {}, "why": {}, "probes": {}, "notes": {}, "removed": [],
    }


# The study key and fingerprint, as merge names them for a probe file.
probe = os.path.join(out, "probe.json")
json.dump(record(0), open(probe, "w"))
merged = subprocess.run([os.path.join(study, "target/release/enquete"), "answers", "merge", probe,
                         "--root", study, "--out", os.path.join(out, "..", "probe-out")],
                        capture_output=True, text=True)
os.remove(probe)
key = re.search(r"is not this study \(`([0-9a-f]{12})`\)", merged.stderr).group(1)
record0 = record(0, key)
json.dump(record0, open(probe, "w"))
merged = subprocess.run([os.path.join(study, "target/release/enquete"), "answers", "merge", probe,
                         "--root", study, "--out", os.path.join(out, "..", "probe-out")],
                        capture_output=True, text=True)
os.remove(probe)
digest = re.search(r"the study has version \S+, definition ([0-9a-f]{12})", merged.stderr).group(1)
for n in range(count):
    with open(os.path.join(out, f"N{n:05}.json"), "w", encoding="utf-8") as f:
        json.dump(record(n, key, digest), f, ensure_ascii=False)
