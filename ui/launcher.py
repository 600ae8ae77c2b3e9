"""Entry point of the installed `toestemming` program: the core CLI with the Qt app plugged in
(the core itself never imports the UI). `--self-test` checks an installed build."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path


def _say(message: str) -> None:
    # A windowed build may have no stdout at all (Windows); never crash on that.
    if sys.stdout is not None:
        sys.stdout.write(message + "\n")
        sys.stdout.flush()


def self_test() -> int:
    import PySide6
    from PySide6.QtCore import qVersion

    from toestemming.selftest import run_self_test

    code = run_self_test(_say, {"Qt": qVersion(), "PySide6": PySide6.__version__})
    if code != 0:
        return code
    # The installed app as a worker uses it: unlock dialog, main window, every menu's dialogs,
    # signing mode, PDF preview (issue 17: the core alone passed while the window could not
    # open). Offscreen unless QT_QPA_PLATFORM says otherwise.
    from ui.selftest import run_gui_self_test

    code = run_gui_self_test(_say)
    _say("Vensters: zelftest geslaagd." if code == 0 else "Vensters: zelftest MISLUKT.")
    return code


def main() -> int:
    # One rotating, redacting log file for the app and the command line (toestemming/applog.py);
    # a folder that cannot be written must not stop the program.
    from toestemming.applog import configure_logging

    with contextlib.suppress(OSError):
        configure_logging()
    if sys.argv[1:2] == ["--self-test"]:
        return self_test()
    # A double-clicked proof package (.tbewijs; the installer and the Linux desktop entry pass
    # the file as the only argument): the verify view, no vault needed.
    if len(sys.argv) == 2:
        from ui.verify_app import run_verify_app
        from ui.verify_view import is_proof_package

        if is_proof_package(sys.argv[1]):
            return run_verify_app(Path(sys.argv[1]))
    from toestemming.cli import main as cli_main
    from ui.app import run

    return cli_main(sys.argv[1:], start_gui=run)


if __name__ == "__main__":
    sys.exit(main())
