"""``python -m benchmarks.coach_corpus``: the coach's precision and recall per rule
and language on the hand-labelled corpus in ``tests/domain/coach/coach_corpus/``.

Precision: of the hints the coach gave, how many were right. Recall: of the hints
the labels call for, how many the coach gave. ``--misses`` lists every wrong or
missed hint, to see what the patterns get wrong.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from intervisie_desktop.domain.board import ItemKind
from intervisie_desktop.domain.coach import Coach, HintCode
from intervisie_desktop.domain.methods import load_method_library

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "domain" / "coach" / "coach_corpus"
CORPORA = ("corpus.json", "heldout.json")


@dataclass(frozen=True)
class LabelledItem:
    language: str
    kind: ItemKind
    text: str
    expect: frozenset[HintCode]


@dataclass
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        given = self.true_positives + self.false_positives
        return self.true_positives / given if given else None

    @property
    def recall(self) -> float | None:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else None


def load_corpus(name: str = "corpus.json") -> list[LabelledItem]:
    data = json.loads((CORPUS_DIR / name).read_text(encoding="utf-8"))
    return [
        LabelledItem(
            item["lang"],
            ItemKind(item["kind"]),
            item["text"],
            frozenset(map(HintCode, item["expect"])),
        )
        for item in data["items"]
    ]


def score(coach: Coach, items: Iterable[LabelledItem]) -> dict[tuple[str, HintCode], Score]:
    """Per (language, code): the counts, and the texts it got wrong."""
    scores: dict[tuple[str, HintCode], Score] = {}
    for item in items:
        given = {h.code for h in coach.check(item.kind, item.text, item.language)}
        for code in given | item.expect:
            s = scores.setdefault((item.language, code), Score())
            if code in given and code in item.expect:
                s.true_positives += 1
            elif code in given:
                s.false_positives += 1
                s.wrong.append(f"false alarm: {item.text}")
            else:
                s.false_negatives += 1
                s.wrong.append(f"missed:      {item.text}")
    return scores


def _percent(value: float | None) -> str:
    return "   —" if value is None else f"{value * 100:4.0f}%"


def table(scores: dict[tuple[str, HintCode], Score], misses: bool = False) -> list[str]:
    lines = [f"{'rule':<28} {'lang':<4} {'TP':>3} {'FP':>3} {'FN':>3} {'prec':>6} {'recall':>6}"]
    for language in ("nl", "en"):
        for code in HintCode:
            s = scores.get((language, code))
            if s is None:
                continue
            lines.append(
                f"{code.value:<28} {language:<4} {s.true_positives:>3} {s.false_positives:>3}"
                f" {s.false_negatives:>3} {_percent(s.precision):>6} {_percent(s.recall):>6}"
            )
            if misses:
                lines += [f"      {w}" for w in s.wrong]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--misses", action="store_true", help="list every wrong or missed hint")
    args = parser.parse_args(argv)
    coach = Coach(load_method_library().common_rules)
    for name in CORPORA:
        if not (CORPUS_DIR / name).exists():
            continue
        items = load_corpus(name)
        counts = {lang: sum(i.language == lang for i in items) for lang in ("nl", "en")}
        print(f"{name}: {counts['nl']} Dutch and {counts['en']} English items")
        print("\n".join(table(score(coach, items), args.misses)))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
