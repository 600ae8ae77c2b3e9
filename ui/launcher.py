"""Entry point of the installed `toestemming` program: the core CLI with the Qt app plugged in
(the core itself never imports the UI). `--self-test` checks an installed build."""

from __future__ import annotations

import sys


def _say(message: str) -> None:
    # A windowed build may have no stdout at all (Windows); never crash on that.
    if sys.stdout is not None:
        sys.stdout.write(message + "\n")
        sys.stdout.flush()


def self_test() -> int:
    import PySide6
    from PySide6.QtCore import qVersion

    from toestemming.selftest import run_self_test

    return run_self_test(_say, {"Qt": qVersion(), "PySide6": PySide6.__version__})


def main() -> int:
    if sys.argv[1:2] == ["--self-test"]:
        return self_test()
    from toestemming.cli import main as cli_main
    from ui.app import run

    return cli_main(sys.argv[1:], start_gui=run)


if __name__ == "__main__":
    sys.exit(main())
