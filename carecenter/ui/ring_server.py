"""The desk's side of caller ID (来电弹屏, RULES §9): a local server only this user on this PC can reach; a ``RING
<number>`` line from ``carecenter ring`` makes :attr:`RingServer.rang` fire. See :mod:`carecenter.ring`."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from carecenter import ring

log = logging.getLogger(__name__)


class RingServer(QObject):
    #: a number is ringing (normalized)
    rang = Signal(str)

    def __init__(self, parent: QObject | None = None, where: str | None = None):
        super().__init__(parent)
        self.address = where or ring.address()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)  # this user only
        self.server.newConnection.connect(self._accept)
        try:
            ring.prepare_folder(self.address)
        except OSError as error:
            log.warning("caller ID off: %s", error)
        QLocalServer.removeServer(self.address)  # a socket left by a desk that did not close
        self.listening = self.server.listen(self.address)
        if not self.listening:
            log.warning("caller ID off: cannot listen on %s (%s)", self.address, self.server.errorString())

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(self._read)

    def _read(self) -> None:
        connection = self.sender()
        if not isinstance(connection, QLocalSocket) or not connection.canReadLine():
            return
        number = ring.parse(bytes(connection.readLine()))
        connection.readyRead.disconnect(self._read)
        connection.write(b"OK\n" if number else b"BAD\n")
        connection.flush()
        connection.disconnectFromServer()
        connection.deleteLater()  # a child of the server: gone with it at the latest
        if number:
            self.rang.emit(number)

    def close(self) -> None:
        self.server.close()
