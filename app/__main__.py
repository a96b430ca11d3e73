"""`python -m app` starts the desktop app."""

import multiprocessing

# First: in a frozen bundle, an import's child process starts this same program and must turn
# into the child here, before the GUI is built.
multiprocessing.freeze_support()

if __name__ == "__main__":
    # Inside the guard: a 'spawn' child re-imports this module as __mp_main__ and must neither
    # start the app nor load Qt.
    import sys

    from app.main import main

    sys.exit(main())
