"""Entry point of the frozen program (PyInstaller): the same as the `ksdesk` command.

`--packaging-selftest OUT_DIR --data-dir DIR` as the first argument runs packaging/ksdesk_selftest.py inside the
built program instead (packaging/build.sh does; it checks the program folder, not the source tree)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--packaging-selftest"]:
        from ksdesk_selftest import main as selftest

        sys.exit(selftest(sys.argv[2:]))
    from ksdesk.cli import main

    sys.exit(main())
