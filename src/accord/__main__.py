"""``python -m accord``: the same command line as the ``accord`` script.

It helps where the script is not on ``PATH`` (an uninstalled checkout run with ``PYTHONPATH``,
or a virtual environment that is not activated). The CLI imports a command's modules only when
that command runs, so this start-up costs no more than the script's.
"""

from __future__ import annotations

from accord.cli import main

if __name__ == "__main__":
    main()
