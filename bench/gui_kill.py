"""Run the GUI kill test many times (default 500) and print the worst loss window.

Usage: python bench/gui_kill.py [ROUNDS]
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

if __name__ == "__main__":
    rounds = sys.argv[1] if len(sys.argv) > 1 else "500"
    env = {**os.environ, "PROTOEDIT_GUI_KILL_ROUNDS": rounds, "QT_QPA_PLATFORM": "offscreen"}
    sys.exit(
        subprocess.call(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-s",
                "-p",
                "no:cacheprovider",
                "tests/e2e/test_gui_kill.py",
            ],
            cwd=ROOT,
            env=env,
        )
    )
