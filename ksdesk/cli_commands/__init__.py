"""Sub-commands of the ksdesk CLI that belong to one feature: add_arguments(parser) and run(services, args).

Kept light at import time (the parser is built on every start): heavy imports go inside run().
"""
