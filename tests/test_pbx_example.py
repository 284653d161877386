"""The README's Asterisk example (scripts/pbx/asterisk_ami_ring.py) against a PBX played by a local socket: it logs
in, and rings the desk for its own extension only, with the caller's number."""

import importlib.util
import socket
import threading
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "pbx" / "asterisk_ami_ring.py"


def _load():
    spec = importlib.util.spec_from_file_location("asterisk_ami_ring", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _event(**fields) -> bytes:
    return ("".join(f"{key}: {value}\r\n" for key, value in fields.items()) + "\r\n").encode()


def _fake_pbx(server: socket.socket, seen: list) -> None:
    connection, _ = server.accept()
    with connection:
        connection.sendall(b"Asterisk Call Manager/5.0.1\r\n")
        login = b""
        while not login.endswith(b"\r\n\r\n"):
            login += connection.recv(1024)
        seen.append(login.decode())
        connection.sendall(_event(Response="Success", Message="Authentication accepted"))
        connection.sendall(_event(Event="Newstate", Channel="PJSIP/8002-00000001", ChannelState="5",
                                  ConnectedLineNum="13900001111"))  # another desk's phone
        connection.sendall(_event(Event="Newstate", Channel="PJSIP/8001-00000002", ChannelState="6",
                                  ConnectedLineNum="13900002222"))  # answered, not ringing
        connection.sendall(_event(Event="Newstate", Channel="PJSIP/8001-00000003", ChannelState="5",
                                  ConnectedLineNum="<unknown>"))  # a withheld number
        connection.sendall(_event(Event="Newstate", Channel="PJSIP/8001-00000004", ChannelState="5",
                                  ChannelStateDesc="Ringing", CallerIDNum="8001", ConnectedLineNum="+8613812345678"))


def test_the_asterisk_example_rings_the_desk_for_its_extension():
    module = _load()
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    seen: list = []
    pbx = threading.Thread(target=_fake_pbx, args=(server, seen))
    pbx.start()
    rang: list = []
    count = module.watch("127.0.0.1", server.getsockname()[1], "carecenter", "S3cret", "8001", rang.append,
                         stop_after=1)
    pbx.join(5)
    server.close()
    assert count == 1 and rang == ["+8613812345678"]
    assert "Username: carecenter" in seen[0] and "Secret: S3cret" in seen[0]
