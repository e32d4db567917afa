#!/usr/bin/env python3
"""Score `newsconsistency check ... --format json` against gold.json for each event here.

Usage: python benchmarks/heldout2/evaluate.py [--json OUT] [EVENT ...]

Per event and overall: verdict accuracy, conflict recall (engine conflict / gold conflict),
false-conflict rate (engine conflict where gold is not conflict, over all pairs); then every
mismatch with the engine's message and evidence sentence(s).
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = ("marathon", "ship", "court")


def run_engine(event):
    d = HERE / event
    gold = json.loads((d / "gold.json").read_text())
    paths = [str(d / "articles" / name) for name in sorted(gold)]
    cmd = [sys.executable, "-m", "newsconsistency", "check", str(d / "claims.yaml"), *paths,
           "--format", "json"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"{event}: engine exited {proc.returncode}\n{proc.stderr}")
    report = json.loads(proc.stdout)
    by_source = {Path(s["path"]).name: s["id"] for s in report["sources"]}
    verdicts = {(v["source"], v["claim"]): v for v in report["verdicts"]}
    return gold, by_source, verdicts


def score(rows):
    n = len(rows)
    correct = sum(g == e for g, e, *_ in rows)
    gold_c = sum(g == "conflict" for g, e, *_ in rows)
    caught = sum(g == "conflict" and e == "conflict" for g, e, *_ in rows)
    false_c = sum(g != "conflict" and e == "conflict" for g, e, *_ in rows)
    return {"pairs": n, "accuracy": correct / n if n else 0.0,
            "gold_conflicts": gold_c, "conflict_recall": caught / gold_c if gold_c else 1.0,
            "false_conflicts": false_c, "false_conflict_rate": false_c / n if n else 0.0}


def fmt(s):
    return (f"pairs {s['pairs']:4d}  accuracy {s['accuracy']:6.1%}  "
            f"conflict recall {s['conflict_recall']:6.1%} ({s['gold_conflicts']} gold)  "
            f"false conflicts {s['false_conflicts']} = {s['false_conflict_rate']:.1%}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="*", default=list(EVENTS))
    ap.add_argument("--json", help="write figures and mismatches here")
    args = ap.parse_args()
    all_rows, out = [], {"events": {}}
    mismatches = []
    for event in args.events:
        gold, by_source, verdicts = run_engine(event)
        rows = []
        for fname, labels in sorted(gold.items()):
            sid = by_source[fname]
            for claim, g in labels.items():
                v = verdicts.get((sid, claim))
                e = v["status"] if v else "MISSING"
                rows.append((g, e, event, fname, claim, v))
                if g != e:
                    mismatches.append((event, fname, claim, g, e, v))
        s = score(rows)
        out["events"][event] = s
        print(f"{event:9s} {fmt(s)}")
        all_rows += rows
    s = score(all_rows)
    out["overall"] = s
    print(f"{'OVERALL':9s} {fmt(s)}")
    print(f"\n{len(mismatches)} mismatches")
    out["mismatches"] = []
    for event, fname, claim, g, e, v in mismatches:
        print(f"\n[{event}] {fname} :: {claim}   gold={g}  engine={e}")
        if v:
            print(f"   message : {v.get('message')}")
            for ev in v.get("evidence", []):
                print(f"   evidence: line {ev.get('line')}: {ev.get('text')!r}")
        out["mismatches"].append({"event": event, "article": fname, "claim": claim, "gold": g,
                                  "engine": e, "message": v and v.get("message"),
                                  "evidence": v and [x.get("text") for x in v.get("evidence", [])]})
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
