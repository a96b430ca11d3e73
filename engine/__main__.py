"""`python -m engine` runs the `chattasks` command (also the frozen CLI's entry point)."""

import multiprocessing

# First: a frozen program started as a multiprocessing child turns into the child here.
multiprocessing.freeze_support()

if __name__ == "__main__":
    import sys

    from engine.cli import main

    sys.exit(main())
