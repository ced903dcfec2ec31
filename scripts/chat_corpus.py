"""Run the chat-paste corpus and print a per-format summary.

    python -m scripts.chat_corpus

The corpus and its loader are in tests/domain/chat/ (chat_corpus/, chat_samples.py).
Exits non-zero when a sample's messages are not found exactly.
"""

from __future__ import annotations

import sys

from tests.domain.chat.chat_samples import Tally, summary


def _row(label: str, t: Tally) -> str:
    return (
        f"{label:<14}{t.samples:>8}{t.format_right:>9}{t.expected:>9}{t.found:>7}"
        f"{t.extra:>7}{t.written_names:>7}{t.matched:>8}{t.ambiguous:>7}{t.skipped_right:>9}"
    )


def main() -> int:
    header = (
        f"{'format':<14}{'samples':>8}{'detected':>9}{'expected':>9}{'found':>7}{'extra':>7}"
        f"{'names':>7}{'matched':>8}{'ambig.':>7}{'skips ok':>9}"
    )
    print(header)
    print("-" * len(header))
    total = Tally()
    for folder, tally in summary():
        print(_row(folder, tally))
        for name in vars(total):
            setattr(total, name, getattr(total, name) + getattr(tally, name))
    print("-" * len(header))
    print(_row("all", total))
    return 0 if total.found == total.expected and total.extra == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
