"""Caller ID from an Asterisk PBX: run on the desk's PC, watch the PBX's manager interface (AMI) and, when the desk's
extension rings, run ``carecenter ring <caller's number>`` so the desk brings the caller forward.

    python scripts/pbx/asterisk_ami_ring.py --host 192.168.1.10 --user carecenter --secret S3cret --extension 8001

On the PBX, /etc/asterisk/manager.conf needs a read-only user for call events, for example:

    [carecenter]
    secret = S3cret
    deny = 0.0.0.0/0.0.0.0
    permit = 192.168.1.0/255.255.255.0
    read = call
    write =

Only the standard library and CareCenter's own ``carecenter.ring`` are used (``--command`` runs another program
instead, e.g. ``carecenter-cli ring`` of the built program). The PBX's number format (0571…, +86…, 138…) is
normalized by CareCenter.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator


def events(stream) -> Iterator[dict[str, str]]:
    """AMI messages: blocks of ``Key: Value`` lines ended by an empty line."""
    block: dict[str, str] = {}
    for raw in stream:
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if not line:
            if block:
                yield block
            block = {}
            continue
        key, sep, value = line.partition(":")
        if sep:
            block[key.strip()] = value.strip()


def ringing_number(event: dict[str, str], extension: str) -> str | None:
    """The caller's number when this event is the desk's extension starting to ring (channel state 5, Ringing)."""
    if event.get("Event") not in ("Newstate", "Newchannel") or event.get("ChannelState") != "5":
        return None
    channel = event.get("Channel", "")
    technology, _, rest = channel.partition("/")
    if not rest.startswith(f"{extension}-") or not technology:
        return None
    number = event.get("ConnectedLineNum") or ""
    return number if number and number.lower() not in ("<unknown>", "unknown") else None


def watch(host: str, port: int, user: str, secret: str, extension: str, on_ring: Callable[[str], None],
          stop_after: int | None = None) -> int:
    """Log in to the AMI and call ``on_ring(number)`` each time the extension rings; returns how many rang (when
    ``stop_after`` is given, after that many; otherwise until the PBX closes the connection)."""
    rang = 0
    with socket.create_connection((host, port), timeout=30) as connection:
        connection.settimeout(None)
        stream = connection.makefile("rb")
        stream.readline()  # Asterisk Call Manager/…
        connection.sendall(f"Action: Login\r\nUsername: {user}\r\nSecret: {secret}\r\nEvents: call\r\n\r\n"
                           .encode())
        messages = events(stream)
        answer = next(messages, {})
        if answer.get("Response") != "Success":
            raise SystemExit(f"AMI login refused: {answer.get('Message', answer)}")
        for event in messages:
            number = ringing_number(event, extension)
            if number:
                on_ring(number)
                rang += 1
                if stop_after is not None and rang >= stop_after:
                    break
    return rang


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, default=5038)
    parser.add_argument("--user", required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--extension", required=True, help="the desk's extension, e.g. 8001")
    parser.add_argument("--command", help="run this instead of carecenter.ring, e.g. \"carecenter-cli ring\"")
    args = parser.parse_args()

    def on_ring(number: str) -> None:
        if args.command:
            subprocess.run([*args.command.split(), number], check=False)
            return
        from carecenter import ring
        from carecenter.errors import UserError
        try:
            ring.send(number)
        except UserError as error:  # no desk running, a number the desk cannot read: say so and go on watching
            print(error, file=sys.stderr)

    watch(args.host, args.port, args.user, args.secret, args.extension, on_ring)
    return 0


if __name__ == "__main__":
    sys.exit(main())
