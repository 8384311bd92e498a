"""`python -m ksdesk.bench`: see ksdesk.bench.run."""

import sys

from ksdesk.bench.run import main

sys.exit(main())
