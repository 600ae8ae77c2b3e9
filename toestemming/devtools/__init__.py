"""Developer tools: the demo vault, the bench and its synthetic data, the crash test.

Not part of the shipped app (installer/toestemming.spec excludes this package): they invent
people and write large amounts of data. The core never imports them (tests/test_import_graph.py);
they use the core like any other caller, through toestemming.service.Service.
"""
