"""Command-line options. Kept free of Qt so ``--help`` and ``--version`` are instant."""

from __future__ import annotations

import argparse

from intervisie_desktop import __version__

LANGUAGE_CHOICES = ("nl", "en")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intervisie-desktop",
        description=(
            "Run an intervisie meeting: prepare it, show the step and countdown on the "
            "projector, and keep private notes. Everything stays on this computer."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        help="language of the app (default: Dutch on a Dutch system, otherwise English)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start with a fictional group and a meeting in progress, in a throw-away data "
        "folder (or in --data-dir)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        help="render the main screens to PNG files in DIR and quit (use with --demo)",
    )
    parser.add_argument(
        "--export-takeaway",
        metavar="FILE",
        help="write the case presenter's take-away to FILE (.pdf or .md) and quit "
        "(use with --demo)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep the data in DIR instead of the usual place (also: $INTERVISIE_DATA_DIR)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window, wait until it is painted, then quit (for checks)",
    )
    parser.add_argument(
        "--check-bundle",
        action="store_true",
        help="with --smoke: also try what loads only when used (time zones, the calendar, "
        "encryption, the PDF writer, the translation), as a built app must have it",
    )
    return parser


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)
