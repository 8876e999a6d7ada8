"""Debian's nginx serving a built site with the configuration in deploy/nginx, over HTTPS on 127.0.0.1.

The shipped files are used as they are, with only the values the guide says to replace swapped
for test ones (name, site folder, certificate, ports); each replacement must find its text, so a
change to the shipped file that the test no longer matches fails loudly instead of testing less.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO

DEPLOY = REPO / "deploy" / "nginx"
NAME = "cong.example.gov.vn"


def require_nginx() -> str:
    """nginx's path, or skip the calling module (fail in CI, which installs nginx)."""
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("nginx is missing; .ci/run installs Debian's nginx", pytrace=False)
        pytest.skip("nginx is not installed (apt-get install nginx)", allow_module_level=True)
    return found


@dataclass(frozen=True)
class Served:
    https: str  # https://localhost:<port>/
    http: str  # http://localhost:<port>/
    acme: Path | None = None  # the folder served at http://…/.well-known/acme-challenge/ (certbot's webroot)
    editor: str = ""  # https://bientap.localhost:<port>/: the shipped editor-only origin, uncommented


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _replace_all(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        assert old in text, f"deploy/nginx/guongsang.conf no longer contains {old!r}"
        text = text.replace(old, new)
    return text


EDITOR_ORIGIN = "# A separate origin for the web editor"  # the commented server block that ends the file


def _uncommented(block: str) -> str:
    """The shipped editor-origin block as the guide says to use it: its ``server { … }`` lines uncommented."""
    start = block.index("\n# server {\n") + 1
    lines = block[start:].splitlines(keepends=True)
    assert lines[-1].rstrip() == "# }", "the editor's server block ends the file"
    return "".join(line[2:] if line.startswith("# ") else line.lstrip("#") for line in lines)


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"],
                   check=True, capture_output=True)
    return cert, key


def _wait_for(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"nginx stopped: {log.read_text(errors='replace') if log.exists() else ''}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("nginx did not open its port")


@contextmanager
def nginx(nginx_bin: str, site: Path, work: Path, user: str | None = None) -> Iterator[Served]:
    """With ``user`` ("www-data"), the workers run as that user, as on a server: the site must be readable by it."""
    conf = work / "conf"
    (conf / "snippets").mkdir(parents=True)
    for snippet in (DEPLOY / "snippets").glob("*.conf"):
        shutil.copy(snippet, conf / "snippets" / snippet.name)
    cert, key = _certificate(work)
    (work / "acme").mkdir()
    http_port, https_port, editor_port = _free_port(), _free_port(), _free_port()
    portal, marker, editor = (DEPLOY / "guongsang.conf").read_text(encoding="utf-8").partition(EDITOR_ORIGIN)
    assert marker, f"deploy/nginx/guongsang.conf no longer contains {EDITOR_ORIGIN!r}"
    server = _replace_all(portal, [
        (f"/etc/letsencrypt/live/{NAME}/fullchain.pem", str(cert)),
        (f"/etc/letsencrypt/live/{NAME}/privkey.pem", str(key)),
        (NAME, "localhost"),
        ("/srv/guongsang/site", str(site)),
        ("root /var/www/html;", f"root {work / 'acme'};"),
        ("    listen [::]:80;\n", ""),
        ("    listen [::]:443 ssl http2;\n", ""),
        ("listen 80;", f"listen 127.0.0.1:{http_port};"),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
    ])
    server += _replace_all(_uncommented(editor), [
        (f"/etc/letsencrypt/live/bientap.{NAME}/fullchain.pem", str(cert)),
        (f"/etc/letsencrypt/live/bientap.{NAME}/privkey.pem", str(key)),
        (f"bientap.{NAME}", "bientap.localhost"),  # Chromium resolves *.localhost to this machine
        ("/srv/guongsang/site", str(site)),
        ("    listen [::]:443 ssl http2;\n", ""),
        ("listen 443 ssl http2;", f"listen 127.0.0.1:{editor_port} ssl http2;"),
    ])
    (conf / "guongsang.conf").write_text(server, encoding="utf-8")
    log = work / "error.log"
    # as root, workers run as root unless told otherwise: they must read the test's private temp folder
    workers = f"user {user};\n" if user else "user root;\n" if os.geteuid() == 0 else ""
    temp = "".join(f"{kind}_temp_path {work / kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (conf / "nginx.conf").write_text(
        f"{workers}worker_processes 1;\ndaemon off;\npid {work / 'nginx.pid'};\nerror_log {log} warn;\n"
        f"events {{}}\nhttp {{\ninclude /etc/nginx/mime.types;\ndefault_type application/octet-stream;\n"
        f"access_log off;\n{temp}include guongsang.conf;\n}}\n", encoding="utf-8")
    args = [nginx_bin, "-p", str(work), "-c", str(conf / "nginx.conf")]
    checked = subprocess.run([*args, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(https_port, process, log)
        yield Served(f"https://localhost:{https_port}/", f"http://localhost:{http_port}/", work / "acme",
                     f"https://bientap.localhost:{editor_port}/")
    finally:
        process.terminate()
        process.wait(timeout=10)
