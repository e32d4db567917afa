#!/usr/bin/env python3
"""Held-out suite 3: run `newsconsistency check --format json` per event and compare with gold.

Usage: python3 benchmarks/heldout3/evaluate.py [--json OUT] [--events summit wildfire ...]
Metrics (per event and overall):
  accuracy        engine status == gold status, over all (claim, article) pairs
  conflict recall gold-conflict pairs the engine reports as conflict
  false-conflict  engine conflict where gold is not conflict, over ALL pairs
"""
import argparse
import json
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
EVENTS = ["summit", "wildfire", "ratehike"]


def run_event(ev):
    d = HERE / ev
    gold = json.loads((d / "gold.json").read_text())
    files = sorted(str(d / "articles" / f) for f in gold)
    cmd = [sys.executable, "-m", "newsconsistency", "check", str(d / "claims.yaml"), *files,
           "--format", "json", "--quiet"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode not in (0, 1):
        raise SystemExit(f"[{ev}] CLI exit {p.returncode}\n{p.stderr}")
    rep = json.loads(p.stdout)
    src_of = {s["id"]: pathlib.Path(s["path"]).name for s in rep["sources"]}
    got = {(src_of.get(v["source"], v["source"]), v["claim"]): v for v in rep["verdicts"]}
    rows = []
    for art, labels in sorted(gold.items()):
        for cid, g in labels.items():
            v = got.get((art, cid))
            rows.append((art, cid, g, v["status"] if v else "MISSING", v))
    return rows


def metrics(rows):
    n = len(rows)
    ok = sum(g == e for _, _, g, e, _ in rows)
    gc = [r for r in rows if r[2] == "conflict"]
    caught = sum(r[3] == "conflict" for r in gc)
    fc = sum(r[3] == "conflict" and r[2] != "conflict" for r in rows)
    return {"pairs": n, "accuracy": ok / n if n else 0, "gold_conflicts": len(gc),
            "conflict_recall": caught / len(gc) if gc else 1.0,
            "false_conflicts": fc, "false_conflict_rate": fc / n if n else 0}


def fmt(m):
    return (f"pairs {m['pairs']:4d}  accuracy {m['accuracy']:.1%}  conflict recall "
            f"{m['conflict_recall']:.1%} ({m['gold_conflicts']} gold)  false-conflict rate "
            f"{m['false_conflict_rate']:.1%} ({m['false_conflicts']})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", nargs="*", default=EVENTS)
    ap.add_argument("--json")
    a = ap.parse_args()
    allrows, out = [], {}
    for ev in a.events:
        rows = run_event(ev)
        allrows += rows
        m = metrics(rows)
        out[ev] = m
        print(f"== {ev:9s} {fmt(m)}")
        for art, cid, g, e, v in rows:
            if g != e:
                print(f"   MISMATCH {art} :: {cid}: gold={g} engine={e}")
                if v:
                    print(f"      message: {v.get('message')}")
                    print(f"      found:   {v.get('found')}")
                    for ev_ in v.get("evidence") or []:
                        print(f"      evidence (line {ev_.get('line')}): {ev_.get('text')!r}")
    m = metrics(allrows)
    out["overall"] = m
    print(f"== OVERALL   {fmt(m)}")
    print("targets: accuracy >= 95%, conflict recall >= 95%, false-conflict rate <= 2%")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
