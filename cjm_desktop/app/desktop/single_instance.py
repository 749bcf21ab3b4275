"""One running cjm-desktop per user: a second start hands its file to the first.

Double-clicking a second ``.cjm`` while the app runs (Windows Explorer, Linux
file managers; macOS sends an open event instead) starts the program again.
Before it makes a window, :func:`forward_to_running_instance` connects to the
running instance's local server (a named pipe on Windows, a socket file
elsewhere, readable by this user only) and sends it the absolute path; the
running instance opens it through :class:`~.open_requests.OpenRequests` and
answers ``ok``, and the second start ends. One process, one autosave per
window: two instances never autosave or keep markers for the same map at once.

If nothing answers within :data:`ANSWER_TIMEOUT_MS` (no instance, or one that
hangs) the second start opens its own window, as before: its autosave copies
have their own keys and the open-file marker warns that the file is open twice.
The server's name comes from the user's data folder, so every user (and every
test run with its own ``CJM_DESKTOP_DATA_DIR``) has its own.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ...io.keeping import data_dir

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
ANSWER_TIMEOUT_MS = 5000
ANSWER = b"ok\n"
MAX_MESSAGE = 64 * 1024


def server_name() -> str:
    """The local server's name: one per user's data folder."""
    folder = str(data_dir().expanduser().absolute())
    return "cjm-desktop-" + hashlib.sha256(folder.encode("utf-8")).hexdigest()[:16]


def _message(path: Optional[Path]) -> bytes:
    target = str(Path(path).expanduser().absolute()) if path is not None else None
    return json.dumps({"open": target}).encode("utf-8") + b"\n"


def forward_to_running_instance(path: Optional[Path], name: Optional[str] = None,
                                answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
    """Ask the running instance to open ``path`` (None: a new window); True when it said it did."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(_message(path))
    socket.flush()
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(answer_timeout_ms):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    if answer != ANSWER:
        log.warning("the running cjm-desktop did not answer; opening a window here")
        return False
    return True


class InstanceServer(QObject):
    """Listens for second starts and hands each request to ``open_path``."""

    def __init__(self, open_path: Callable[[Optional[Path]], object], parent: Optional[QObject] = None,
                 name: Optional[str] = None) -> None:
        super().__init__(parent)
        self._open_path = open_path
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self.name = name or server_name()
        if not self.server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a socket file left by a killed instance
            if not self.server.listen(self.name):
                log.warning("no single-instance server (%s): %s", self.name, self.server.errorString())

    def is_listening(self) -> bool:
        return self.server.isListening()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            _Request(connection, self._open_path)
            connection.disconnected.connect(connection.deleteLater)


class _Request(QObject):
    """One second start's message, read from ``socket`` (its parent: they go together).

    Connected through a bound method of a QObject, which Qt holds by the C++
    object, so no Python reference cycle keeps the socket's wrapper alive.
    """

    def __init__(self, socket: QLocalSocket, open_path: Callable[[Optional[Path]], object]) -> None:
        super().__init__(socket)
        self._open_path = open_path
        self._buffer = bytearray()
        socket.readyRead.connect(self._read)

    def _read(self) -> None:
        connection = self.parent()  # not kept in an attribute: that would tie the two wrappers in a cycle
        self._buffer += bytes(connection.readAll().data())
        if len(self._buffer) > MAX_MESSAGE:
            connection.abort()
            return
        if not self._buffer.endswith(b"\n"):
            return
        try:
            target = json.loads(self._buffer.decode("utf-8"))["open"]
            path = Path(target) if isinstance(target, str) else None
        except (ValueError, KeyError, TypeError):
            connection.abort()
            return
        connection.write(ANSWER)  # answered first: the second start need not wait for the map to load
        connection.flush()
        self._open_path(path)
