"""Entry point of the installed `toestemming` program: the core CLI with the Qt app plugged in
(the core itself never imports the UI)."""

from __future__ import annotations

import sys

from toestemming.cli import main as cli_main


def main() -> int:
    from ui.app import run

    return cli_main(sys.argv[1:], start_gui=run)


if __name__ == "__main__":
    sys.exit(main())
