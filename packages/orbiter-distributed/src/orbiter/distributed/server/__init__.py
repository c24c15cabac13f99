"""``orbiter serve``: an HTTP and Server-Sent Events API for runs, and a web console.

Needs the ``server`` extra (``pip install 'orbiter-distributed[server]'``). Build the ASGI app
with :func:`create_app`; the ``orbiter serve`` command runs it under uvicorn.
"""

from orbiter.distributed.server.app import create_app
from orbiter.distributed.server.auth import ApiKey, KeyStore
from orbiter.distributed.server.context import ServerConfig

__all__ = ["ApiKey", "KeyStore", "ServerConfig", "create_app"]
