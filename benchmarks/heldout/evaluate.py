"""Score newsconsistency against the held-out gold labels, as an outside checker would.

Runs `python -m newsconsistency check CLAIMS ARTICLES... --format json` once per event in a
subprocess and compares every (claim, source) verdict with <event>/gold.json.

    python benchmarks/heldout/evaluate.py [EVENT ...] [--json OUT]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVENTS = ["final", "takeover", "launch"]


def run_event(event):
    d = HERE / event
    gold = json.loads((d / "gold.json").read_text(encoding="utf-8"))
    paths = [str(d / "articles" / name) for name in sorted(gold)]
    cmd = [sys.executable, "-m", "newsconsistency", "check", str(d / "claims.yaml"), *paths,
           "--format", "json", "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{event}: exit {proc.returncode}\n{proc.stderr}")
    report = json.loads(proc.stdout)
    by_src = {Path(s["path"]).name: s["id"] for s in report["sources"]}
    verdicts = {(v["claim"], v["source"]): v for v in report["verdicts"]}
    rows = []
    for name, labels in sorted(gold.items()):
        src = by_src[name]
        for claim, want in labels.items():
            v = verdicts.get((claim, src))
            got = v["status"] if v else "MISSING"
            rows.append((event, name, claim, want, got, v))
    return rows


def score(rows):
    n = len(rows)
    correct = sum(1 for r in rows if r[3] == r[4])
    gold_conf = [r for r in rows if r[3] == "conflict"]
    caught = sum(1 for r in gold_conf if r[4] == "conflict")
    false_conf = sum(1 for r in rows if r[4] == "conflict" and r[3] != "conflict")
    return {
        "pairs": n,
        "accuracy": correct / n if n else 0.0,
        "correct": correct,
        "gold_conflicts": len(gold_conf),
        "caught": caught,
        "conflict_recall": caught / len(gold_conf) if gold_conf else 1.0,
        "false_conflicts": false_conf,
        "false_conflict_rate": false_conf / n if n else 0.0,
    }


def fmt(s):
    return (f"pairs {s['pairs']:4d}  accuracy {s['accuracy']:6.1%} "
            f"({s['correct']}/{s['pairs']})  "
            f"conflict recall {s['conflict_recall']:6.1%} ({s['caught']}/{s['gold_conflicts']})  "
            f"false conflicts {s['false_conflict_rate']:5.1%} "
            f"({s['false_conflicts']}/{s['pairs']})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events", nargs="*", default=EVENTS)
    ap.add_argument("--json", help="write figures and mismatches here")
    args = ap.parse_args()
    all_rows, out = [], {"events": {}, "mismatches": []}
    for event in args.events:
        rows = run_event(event)
        all_rows += rows
        s = score(rows)
        out["events"][event] = s
        print(f"{event:9s} {fmt(s)}")
    s = score(all_rows)
    out["overall"] = s
    print(f"{'OVERALL':9s} {fmt(s)}")
    print("targets: accuracy >= 95%, conflict recall >= 95%, false conflicts <= 2%\n")
    mism = [r for r in all_rows if r[3] != r[4]]
    print(f"{len(mism)} mismatches")
    for event, name, claim, want, got, v in mism:
        print(f"\n[{event}] {name} :: {claim}   gold={want}  engine={got}")
        if v:
            print(f"    message: {v.get('message', '')}")
            for e in v.get("evidence", []):
                print(f"    evidence (line {e.get('line')}): {' '.join(e.get('text', '').split())}")
        evidence = [e.get("text") for e in (v or {}).get("evidence", [])]
        out["mismatches"].append({"event": event, "article": name, "claim": claim, "gold": want,
                                  "engine": got, "message": v.get("message") if v else None,
                                  "evidence": evidence})
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
