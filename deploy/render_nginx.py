"""Render deploy/nginx.conf for a set of Streamlit replicas (used by the deployment recipe and the scale-out test);
run it from the replicas' virtualenv: nginx sends the static files of the Streamlit installed there.

    .venv/bin/python deploy/render_nginx.py --listen 127.0.0.1:8080 --upstream 127.0.0.1:8501 \\
        --upstream 127.0.0.1:8502 --prefix /var/lib/vn-indices-nginx > /etc/nginx/vn-indices.conf
"""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import re
from collections.abc import Sequence
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parent / "nginx.conf"
BALANCES = {
    "ip_hash": "ip_hash;",
    "cookie": "hash $st_route consistent;",
}
COOKIE_HEADER = 'add_header Set-Cookie "st_route=$st_route; Path=/; HttpOnly; SameSite=Lax" always;'
# A directory nginx reads Streamlit's static files from: a plain absolute path, nothing nginx would parse.
SAFE_PATH = re.compile(r"/[A-Za-z0-9._+@/-]*")


def streamlit_static() -> Path:
    """Where the installed Streamlit keeps the files its pages load (index.html beside static/js, static/css): the
    same package the replicas run, when this script runs from their virtual environment."""
    spec = importlib.util.find_spec("streamlit")
    if spec is None or spec.origin is None:
        raise ValueError("Streamlit is not installed in this Python: run this script from the app's virtualenv")
    return Path(spec.origin).parent / "static"


def _static_root(value: Path | str) -> str:
    """Accept only an absolute path of plain characters to a directory that holds Streamlit's static/ files."""
    path = Path(value).resolve()
    if not SAFE_PATH.fullmatch(str(path)):
        raise ValueError(f"static root {str(path)!r}: only letters, digits and ._+@/- are accepted in the path")
    if not (path / "static" / "js").is_dir():
        raise ValueError(f"static root {path} has no static/js: not Streamlit's static directory")
    return str(path)


def _host_port(value: str) -> str:
    """Accept only `IP:port` (no names, no paths), so the rendered config cannot be steered by odd input."""
    host, _, port = value.rpartition(":")
    ipaddress.ip_address(host)
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"bad port in {value!r}")
    return f"{host}:{int(port)}"


def render(
    listen: str, upstreams: Sequence[str], prefix: Path | str, balance: str = "ip_hash", foreground: bool = False,
    static_root: Path | str | None = None,
) -> str:
    """The nginx.conf text: `listen` and each upstream as IP:port, `balance` 'ip_hash' or 'cookie', Streamlit's
    static files read from `static_root` (default: the installed Streamlit's)."""
    if balance not in BALANCES:
        raise ValueError(f"balance must be one of {sorted(BALANCES)}, not {balance!r}")
    if not upstreams:
        raise ValueError("at least one upstream replica is needed")
    servers = "\n".join(f"        server {_host_port(u)} max_fails=3 fail_timeout=10s;" for u in upstreams)
    values = {
        "main_directives": "daemon off;" if foreground else "",
        "prefix": str(Path(prefix).resolve()),
        "listen": _host_port(listen),
        "balance_directive": BALANCES[balance],
        "servers": servers,
        "cookie_header": COOKIE_HEADER if balance == "cookie" else "",
        "static_root": _static_root(static_root or streamlit_static()),
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace("{{" + name + "}}", value)
    if "{{" in text:
        raise ValueError(f"unfilled placeholder in {TEMPLATE}: {text[text.index('{{'):][:40]}")
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", default="127.0.0.1:8080", help="IP:port nginx listens on")
    parser.add_argument("--upstream", action="append", required=True, help="IP:port of a replica (repeat)")
    parser.add_argument("--prefix", required=True, help="directory for pid, logs and temp files")
    parser.add_argument("--balance", choices=sorted(BALANCES), default="ip_hash")
    parser.add_argument("--foreground", action="store_true", help="add `daemon off;` (run under a supervisor)")
    parser.add_argument("--static-root", help="Streamlit's static directory (default: the installed Streamlit's)")
    args = parser.parse_args()
    print(render(args.listen, args.upstream, args.prefix, args.balance, args.foreground, args.static_root), end="")


if __name__ == "__main__":
    main()
