"""Write the single-fact-edit variants and gold.json for every held-out event.

Base articles and their gold labels are written by hand (labels below, by careful reading of
SPEC §1).  Each variant copies one base article, applies exact text replacements (each must
occur exactly once) and flips exactly one claim to `conflict`.
"""
import json
from pathlib import Path

HERE = Path(__file__).parent
A, C, S = "agree", "conflict", "silent"

BASE = {
    "final": {
        "claims": ["final-date", "venue-city", "venue-stadium", "attendance", "prize",
                   "trophy-wait", "title-number", "rivera-night", "keller-believing"],
        "wire.txt":       [A, A, A, A, A, A, A, A, A],
        "weekly.md":      [A, A, A, A, A, A, A, A, S],
        "sportpage.html": [A, A, A, A, A, A, S, A, S],
        "sacked.txt":     [A, A, S, S, S, S, S, S, S],
        "lessons.md":     [A, A, S, S, A, A, S, A, S],
    },
    "takeover": {
        "claims": ["deal-date", "price", "per-share", "nordvik-hq", "employees", "founded",
                   "time-to-close", "europe-rank", "okafor-robots", "solberg-home"],
        "wire.txt":       [A, A, A, A, A, A, A, A, A, A],
        "ledger.md":      [A, A, A, A, A, A, S, A, A, S],
        "localnews.html": [A, S, S, A, A, A, A, S, S, A],
        "markets.txt":    [A, S, S, A, S, S, S, S, S, S],
        "dealnotes.md":   [A, A, S, S, S, S, S, S, A, A],
    },
    "launch": {
        "claims": ["launch-date", "launch-site", "launch-island", "satellites", "orbit-altitude",
                   "mission-cost", "time-to-orbit", "attempt", "mcleod-nation", "okoro-designed"],
        "wire.txt":       [A, A, A, A, A, A, A, A, A, A],
        "islands.md":     [A, A, A, A, A, A, S, A, A, S],
        "newspage.html":  [A, A, A, A, A, S, A, S, A, A],
        "ferries.txt":    [A, A, A, S, S, S, S, S, S, S],
        "explainer.md":   [A, S, A, S, S, S, S, A, A, S],
    },
}

# (event, base, variant file, [(old, new), ...], claim flipped to conflict)
VARIANTS = [
    ("final", "wire.txt", "wire_crowd.txt", [("56,200 spectators", "46,200 spectators")], "attendance"),
    ("final", "wire.txt", "wire_date.txt", [("Continental Cup on Saturday", "Continental Cup on Friday")], "final-date"),
    ("final", "wire.txt", "wire_title.txt",
     [("club's third continental title, after wins in 1989 and 1997",
       "club's fourth continental title, after wins in 1976, 1989 and 1997")], "title-number"),
    ("final", "wire.txt", "wire_speaker.txt",
     [("Keller, who has played for the club since he was 11, said the squad had kept its nerve\n"
       "after going behind in the 31st minute.",
       "Castellón coach Diego Marín said his players had kept their nerve after\n"
       "Harbourside hit the post in the 100th minute.")], "keller-believing"),
    ("final", "weekly.md", "weekly_prize.md", [("about €12m in prize money", "about €21m in prize money")], "prize"),
    ("final", "weekly.md", "weekly_wait.md", [("For twenty-seven years", "For seventeen years")], "trophy-wait"),
    ("final", "weekly.md", "weekly_negation.md", [("\"This is the night these", "\"This is not the night these")], "rivera-night"),
    ("final", "sacked.txt", "sacked_city.txt", [("Harbourside United in Warsaw.", "Harbourside United in Vienna.")], "venue-city"),

    ("takeover", "wire.txt", "wire_price.txt", [("for $3.2 billion in cash", "for $2.3 billion in cash")], "price"),
    ("takeover", "wire.txt", "wire_share.txt", [("$48.50 per share", "$45.80 per share")], "per-share"),
    ("takeover", "wire.txt", "wire_founded.txt", [("founded in 2009", "founded in 2011")], "founded"),
    ("takeover", "wire.txt", "wire_close.txt", [("close in about nine months", "close in about 18 months")], "time-to-close"),
    ("takeover", "ledger.md", "ledger_rank.md", [("It is Halden's fourth", "It is Halden's second")], "europe-rank"),
    ("takeover", "ledger.md", "ledger_staff.md", [("workforce of more than 4,000", "workforce of fewer than 3,000")], "employees"),
    ("takeover", "ledger.md", "ledger_date.md", [("announced yesterday", "announced on Monday")], "deal-date"),
    ("takeover", "localnews.html", "localnews_negation.html", [("We have found a home", "We have not found a home")], "solberg-home"),
    ("takeover", "localnews.html", "localnews_hq.html", [("headquarters in\nTrondheim", "headquarters in\nStavanger")], "nordvik-hq"),
    ("takeover", "dealnotes.md", "dealnotes_speaker.md",
     [("Nordvik's chief executive was more measured.", "Her deputy, Halden president Tom Reyes, was more measured."),
      ("Solberg told employees", "Reyes told employees")], "solberg-home"),

    ("launch", "wire.txt", "wire_sats.txt", [("carried seven small satellites", "carried nine small satellites")], "satellites"),
    ("launch", "wire.txt", "wire_altitude.txt", [("550 km above", "450 km above")], "orbit-altitude"),
    ("launch", "wire.txt", "wire_cost.txt", [("The mission cost £28 million", "The mission cost £38 million")], "mission-cost"),
    ("launch", "wire.txt", "wire_speaker.txt",
     [("Skyforge chief executive Fiona McLeod told", "Scottish space minister Iain Rennie told")], "mcleod-nation"),
    ("launch", "wire.txt", "wire_attempt.txt", [("It was Skyforge's second attempt", "It was Skyforge's third attempt")], "attempt"),
    ("launch", "islands.md", "islands_date.md", [("Yesterday afternoon", "On Sunday afternoon")], "launch-date"),
    ("launch", "islands.md", "islands_island.md", [("tip of Unst", "tip of Yell")], "launch-island"),
    ("launch", "newspage.html", "newspage_duration.html", [("Nine minutes after lift-off", "Ninety minutes after lift-off")], "time-to-orbit"),
    ("launch", "newspage.html", "newspage_negation.html",
     [("The rocket performed exactly", "The rocket did not perform exactly")], "okoro-designed"),
]


def main():
    golds = {}
    for event, spec in BASE.items():
        claims = spec["claims"]
        gold = {}
        for name, labels in spec.items():
            if name == "claims":
                continue
            assert len(labels) == len(claims), (event, name)
            assert (HERE / event / "articles" / name).exists(), name
            gold[name] = dict(zip(claims, labels, strict=True))
        golds[event] = gold
    for event, base, name, edits, flipped in VARIANTS:
        text = (HERE / event / "articles" / base).read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, (name, old, text.count(old))
            text = text.replace(old, new)
        (HERE / event / "articles" / name).write_text(text, encoding="utf-8")
        labels = dict(golds[event][base])
        assert labels[flipped] != C
        labels[flipped] = C
        golds[event][name] = labels
    for event, gold in golds.items():
        (HERE / event / "gold.json").write_text(json.dumps(gold, indent=2) + "\n", encoding="utf-8")
        n = sum(len(v) for v in gold.values())
        print(f"{event}: {len(gold)} articles, {n} pairs")


if __name__ == "__main__":
    main()
