"""A throw-away PostgreSQL server for the tests: initdb into a temporary folder, pg_ctl start on a free port with its
unix socket in that folder, and stop. As root it runs as an unprivileged user (PostgreSQL refuses to run as root).

Nothing here imports pytest: ``python -m tests.pg.server`` starts one, says how long it took, and stops it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import stat
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TEST_USER = "pactdesk-test"  # the unprivileged system user the server runs as when the tests run as root
SUPERUSER = "postgres"
PASSWORD = "secret-test-password"  # the superuser's password over TCP; a test checks it never reaches a log
BIN_ENV = "PACTDESK_PG_BIN"  # a folder holding initdb and pg_ctl, when they are not in the usual places


class ServerUnavailable(RuntimeError):
    """The machine cannot run a test server; the message says why and what to do."""


def find_binaries() -> Path | None:
    """The folder of the newest initdb/pg_ctl: $PACTDESK_PG_BIN, Debian's /usr/lib/postgresql/*/bin, then PATH."""
    if os.environ.get(BIN_ENV):
        return Path(os.environ[BIN_ENV])
    folders = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda folder: int(folder.split("/")[-2]) if folder.split("/")[-2].isdigit() else 0,
    )
    for folder in reversed(folders):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(initdb).parent
    return None


@dataclass(frozen=True)
class RunAs:
    """Who the server runs as: the current user, or (as root) an unprivileged one."""

    name: str
    uid: int
    gid: int

    @property
    def is_me(self) -> bool:
        return self.uid == os.getuid()

    def run(self, command: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
        if not self.is_me:
            kwargs.update(user=self.uid, group=self.gid, extra_groups=[])
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        return subprocess.run(  # type: ignore[call-overload, no-any-return]
            command, capture_output=True, text=True, env=env, cwd="/", **kwargs
        )


def unprivileged_user() -> RunAs:
    """Ourselves, unless we are root: then ``pactdesk-test`` (made with useradd when missing), else ``nobody``."""
    if os.getuid() != 0:
        me = pwd.getpwuid(os.getuid())
        return RunAs(me.pw_name, me.pw_uid, me.pw_gid)
    try:
        entry = pwd.getpwnam(TEST_USER)
    except KeyError:
        with contextlib.suppress(OSError):
            subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TEST_USER],
                capture_output=True,
            )
        try:
            entry = pwd.getpwnam(TEST_USER)
        except KeyError:
            entry = pwd.getpwnam("nobody")  # no useradd here, or it refused: nobody will do
    return RunAs(entry.pw_name, entry.pw_uid, entry.pw_gid)


def check_dev_null(user: RunAs, device: str = "/dev/null") -> None:
    """initdb runs its helpers with output sent to /dev/null; when the server's user may not write there, initdb
    stops with a puzzling message. Machines have been seen where /dev/null is not writable by other users (mode
    0660, or a plain file left by a failed redirect), so say so plainly instead."""
    probe = user.run(["/bin/sh", "-c", f": > '{device}'"])
    if probe.returncode == 0:
        return
    try:
        info = os.stat(device)
        kind = "a character device" if stat.S_ISCHR(info.st_mode) else "not a device any more"
        what = f"{kind}, mode {stat.filemode(info.st_mode)}"
    except OSError as error:
        what = f"unreadable ({error})"
    raise ServerUnavailable(
        f"{device} is not writable by the user {user.name} (it is {what}), so initdb cannot prepare a test server: "
        f"PostgreSQL refuses to run as root, and the unprivileged user it runs as must write to {device}. "
        f"As root, run: chmod 666 {device} (or, if it is no device any more: rm -f {device}; mknod -m 666 {device} "
        f"c 1 3), then the tests again. ({probe.stderr.strip()})"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresServer:
    """A running server: superuser ``postgres``, no password over the unix socket, a password over TCP."""

    bin: Path
    folder: Path
    port: int
    user: RunAs
    started_in: float = 0.0
    options: str = ""  # pg_ctl's -o, to start it again as it was

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def url(self, database: str = "postgres", *, user: str = SUPERUSER, tcp: bool = False) -> str:
        """A SQLAlchemy URL; over the unix socket by default (trusted: no password)."""
        if tcp:
            return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"
        return f"postgresql+psycopg://{user}@/{database}?host={self.folder}&port={self.port}"

    def psql_args(self, database: str = "postgres") -> dict[str, object]:
        """Keyword arguments for psycopg.connect."""
        return {"host": str(self.folder), "port": self.port, "user": SUPERUSER, "dbname": database}

    def halt(self) -> None:
        """Stop the server as an administrator would (pg_ctl stop), keeping its data: every connection is gone."""
        done = self.user.run([str(self.bin / "pg_ctl"), "stop", "-D", str(self.data), "-m", "fast", "-w"])
        if done.returncode != 0:
            raise ServerUnavailable(f"pg_ctl could not stop the test server: {done.stderr.strip()}")

    def resume(self) -> None:
        """Start a halted server again, on the same port and data."""
        started = self.user.run(
            [str(self.bin / "pg_ctl"), "start", "-D", str(self.data), "-l", str(self.log), "-w", "-o", self.options]
        )
        if started.returncode != 0:
            raise ServerUnavailable(f"pg_ctl could not start the test server again: {started.stderr.strip()}")

    def stop(self) -> None:
        if self.data.exists():
            self.user.run([str(self.bin / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate", "-w"])
        shutil.rmtree(self.folder, ignore_errors=True)


@dataclass(frozen=True)
class Certificate:
    """A server's TLS certificate and its key (PEM files), for a server that speaks TLS (``ssl=on``)."""

    certificate: Path
    key: Path


def start(bin_folder: Path | None = None, *, tls: Certificate | None = None) -> PostgresServer:
    """initdb and start a server in a new temporary folder; raises ServerUnavailable with a sentence on failure.
    With ``tls``, the server also accepts TLS connections with that certificate."""
    began = time.monotonic()
    bin_folder = bin_folder or find_binaries()
    if bin_folder is None or not all((bin_folder / tool).exists() for tool in ("initdb", "pg_ctl")):
        looked = bin_folder or "/usr/lib/postgresql/*/bin or on PATH"
        raise ServerUnavailable(
            f"No PostgreSQL server binaries (initdb, pg_ctl) were found in {looked}. Install them (apt-get install "
            f"postgresql; .ci/run does it in CI), or name their folder in {BIN_ENV}."
        )
    user = unprivileged_user()
    check_dev_null(user)
    # Not pytest's tmp_path: as root that lies in a folder only root may enter.
    folder = Path(tempfile.mkdtemp(prefix="pactdesk-pg-"))
    server = PostgresServer(bin_folder, folder, free_port(), user)
    try:
        if not user.is_me:
            os.chown(folder, user.uid, user.gid)
        reach = user.run(["/bin/sh", "-c", f"test -w '{folder}'"])
        if reach.returncode != 0:
            raise ServerUnavailable(
                f"The user {user.name} cannot write in {folder}; give it access to the temporary folder "
                f"({tempfile.gettempdir()}) or point TMPDIR at a folder it can reach."
            )
        secret = folder / "password"
        secret.write_text(PASSWORD + "\n", encoding="utf-8")
        if not user.is_me:
            os.chown(secret, user.uid, user.gid)
        made = user.run(
            [
                str(bin_folder / "initdb"),
                "--pgdata",
                str(server.data),
                "--username",
                SUPERUSER,
                "--pwfile",
                str(secret),
                "--auth-local",
                "trust",
                "--auth-host",
                "scram-sha-256",
                "--encoding",
                "UTF8",
                "--locale",
                "C.UTF-8",
                "--no-sync",
            ]
        )
        secret.unlink()
        if made.returncode != 0:
            raise ServerUnavailable(f"initdb failed: {(made.stderr or made.stdout).strip()}")
        options = " ".join(
            [
                f"-p {server.port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories='{folder}'",
                # A test server: nothing must survive a power cut, so nothing waits for the disk.
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200",
            ]
        )
        if tls is not None:
            options += " " + _tls_options(server, tls)
        server.options = options
        started = user.run(
            [str(bin_folder / "pg_ctl"), "start", "-D", str(server.data), "-l", str(server.log), "-w", "-o", options]
        )
        if started.returncode != 0:
            log = server.log.read_text(encoding="utf-8", errors="replace") if server.log.exists() else ""
            raise ServerUnavailable(f"pg_ctl could not start the test server: {started.stderr.strip()} {log[-2000:]}")
    except BaseException:
        server.stop()
        raise
    server.started_in = time.monotonic() - began
    return server


def _tls_options(server: PostgresServer, tls: Certificate) -> str:
    """The certificate and key copied into the data folder, owned by the server's user (PostgreSQL refuses a key
    that others may read), and the settings that turn TLS on."""
    for source, name in ((tls.certificate, "server.crt"), (tls.key, "server.key")):
        target = server.data / name
        shutil.copyfile(source, target)
        os.chmod(target, 0o600)
        if not server.user.is_me:
            os.chown(target, server.user.uid, server.user.gid)
    return "-c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"


if __name__ == "__main__":
    running = start()
    print(f"started in {running.started_in:.2f} s as {running.user.name}: {running.url()}")
    began = time.monotonic()
    running.stop()
    print(f"stopped in {time.monotonic() - began:.2f} s")
