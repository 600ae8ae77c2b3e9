"""A TCP relay on 127.0.0.1 between desks and the test PostgreSQL, to lose one answer.

The team line is TLS (verify-full), so the relay cannot read what passes; it needs not: the
test arms it at the moment a desk's next exchange is its COMMIT (the desk holds inside its
transaction with everything written), and the relay lets that exchange through to the server
and drops the server's answer, closing both sides — the server has committed, the desk never
hears it (what a network or a server dying between COMMIT and its answer does)."""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import replace

from toestemming.devtools.pgteam import Login


class CutProxy:
    def __init__(self, server_port: int) -> None:
        self._target = ("127.0.0.1", server_port)
        self._listen = socket.create_server(("127.0.0.1", 0))
        self.port = self._listen.getsockname()[1]
        self._armed = False
        self._refusing = False  # (new connections closed at once: "the server is away")
        self._sent_after_arming: set[int] = set()
        self._guard = threading.Lock()
        self.cut = threading.Event()  # set once an answer was dropped
        self._sockets: list[socket.socket] = [self._listen]
        threading.Thread(target=self._accept, daemon=True).start()

    def login(self, login: Login, server_port: int) -> Login:
        """The same login, through this relay (same host name: the certificate still fits)."""
        return replace(login, url=login.url.replace(f":{server_port}/", f":{self.port}/"))

    def cut_next_answer(self) -> None:
        with self._guard:
            self._armed = True
            self._sent_after_arming.clear()

    def stop_accepting(self) -> None:
        self._refusing = True

    def accept_again(self) -> None:
        self._refusing = False

    def close(self) -> None:
        for s in self._sockets:
            with contextlib.suppress(OSError):
                s.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listen.accept()
            except OSError:
                return
            if self._refusing:
                client.close()
                continue
            upstream = socket.create_connection(self._target)
            self._sockets += [client, upstream]
            key = id(client)
            threading.Thread(target=self._up, args=(key, client, upstream), daemon=True).start()
            threading.Thread(target=self._down, args=(key, client, upstream), daemon=True).start()

    def _up(self, key: int, client: socket.socket, upstream: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := client.recv(65536):
                with self._guard:
                    if self._armed:
                        self._sent_after_arming.add(key)
                upstream.sendall(data)
        with contextlib.suppress(OSError):
            upstream.shutdown(socket.SHUT_WR)

    def _down(self, key: int, client: socket.socket, upstream: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := upstream.recv(65536):
                with self._guard:
                    drop = self._armed and key in self._sent_after_arming
                    if drop:
                        self._armed = False
                if drop:
                    # Told before the sockets close: the desk hears the cut at once and the
                    # test may look at `cut` before this thread runs on (a race, seen 1 in 3).
                    self.cut.set()
                    for s in (client, upstream):
                        with contextlib.suppress(OSError):
                            s.shutdown(socket.SHUT_RDWR)
                        s.close()
                    return
                client.sendall(data)
        with contextlib.suppress(OSError):
            client.shutdown(socket.SHUT_WR)
