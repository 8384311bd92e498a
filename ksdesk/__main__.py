"""python -m ksdesk"""

from ksdesk.cli import main

raise SystemExit(main())
