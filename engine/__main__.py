"""`python -m engine` runs the `chattasks` command (also the frozen CLI's entry point)."""

import sys

from engine.cli import main

if __name__ == "__main__":
    sys.exit(main())
