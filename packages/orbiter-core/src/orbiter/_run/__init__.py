"""The inside of ``run()``: the agent loop and what it is made of.

``orbiter.runner`` is the public face; these modules hold one piece each: the run's shared state,
the input checks, one run from start to end (stream.py), its result and event stream (result.py),
the agent loop, tool dispatch, Swarm modes and the sync bridge.
"""
