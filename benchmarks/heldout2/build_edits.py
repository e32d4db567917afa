#!/usr/bin/env python3
"""Write the single-fact edited copies and the complete gold.json for every event.

Each edit applies exact string replacements to a base article (each old string must occur
exactly once) and flips exactly one claim to "conflict". gold.json = the hand labels in
gold.base.json plus, for each edited copy, the base labels with that one claim set to
"conflict". Re-running is idempotent.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

EDITS = [
    # event, base article, edited copy, replacements, claim flipped to conflict
    ("marathon", "m1_wire.txt", "m1_wire_e_time.txt",
     [("Marathon on Sunday in 2:06:41,", "Marathon on Sunday in 2:08:41,")], "winning-time"),
    ("marathon", "m2_blog.md", "m2_blog_e_prize.md",
     [("€30,000 (roughly\nUS$34,000)", "€50,000 (roughly\nUS$57,000)")], "prize"),
    ("marathon", "m3_page.html", "m3_page_e_ordinal.html",
     [("his third victory in the former royal capital", "his fourth victory in the former royal capital")],
     "title-count"),
    ("ship", "s1_wire.txt", "s1_wire_e_injured.txt",
     [("Thursday, injuring 27 people", "Thursday, injuring 37 people")], "injured"),
    ("ship", "s2_local.html", "s2_local_e_speaker.html",
     [('," said Anna Lindqvist, a\nspokeswoman for the coast guard.',
       '," said Henrik Dahl, chief\nexecutive of Skagen Line.')], "lindqvist-crew"),
    ("ship", "s4_explainer.txt", "s4_explainer_e_city.txt",
     [("Thursday's collision in the port of Gothenburg", "Thursday's collision in the port of Helsingborg")],
     "collision-place"),
    ("court", "c1_wire.txt", "c1_wire_e_date.txt",
     [("A Munich court on Thursday sentenced", "A Munich court on Tuesday sentenced")], "verdict-date"),
    ("court", "c2_page.html", "c2_page_e_negation.html",
     [('"The defendant knew that the figures were false," Judge Elisabeth Harrer said.',
       '"The defendant did not know that the figures were false," Judge Elisabeth Harrer said.')],
     "judge-knew"),
    ("court", "c3_blog.md", "c3_blog_e_sentence.md",
     [("handed Markus Brenner seven and a half years", "handed Markus Brenner eight and a half years")],
     "sentence"),
]


def main():
    golds = {}
    for event in ("marathon", "ship", "court"):
        golds[event] = json.loads((HERE / event / "gold.base.json").read_text())
    for event, base, new, reps, claim in EDITS:
        art = HERE / event / "articles"
        text = (art / base).read_text(encoding="utf-8")
        for old, rep in reps:
            n = text.count(old)
            assert n == 1, f"{base}: {old!r} occurs {n} times"
            text = text.replace(old, rep)
        (art / new).write_text(text, encoding="utf-8")
        labels = dict(golds[event][base])
        assert claim in labels, claim
        assert labels[claim] != "conflict"
        labels[claim] = "conflict"
        golds[event][new] = labels
    for event, g in golds.items():
        files = sorted(p.name for p in (HERE / event / "articles").iterdir())
        assert sorted(g) == files, (event, sorted(set(files) ^ set(g)))
        (HERE / event / "gold.json").write_text(json.dumps(g, indent=1, sort_keys=True) + "\n")
        print(f"{event}: {len(g)} articles, {sum(len(v) for v in g.values())} pairs")


if __name__ == "__main__":
    main()
