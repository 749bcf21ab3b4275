"""A small Chrome DevTools Protocol client over ``--remote-debugging-pipe``, for the viewer tests.

Chromium reads commands from its file descriptor 3 and writes answers and events to
descriptor 4, one JSON message each, ended by a NUL byte. One page, one session
(``flatten``), blocking calls with a deadline: enough to load a file, send real
mouse events and read values back.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import time
from pathlib import Path
from typing import Optional


class CdpError(RuntimeError):
    pass


class Browser:
    """Headless Chromium driven through the DevTools pipe: ``with Browser(exe, profile) as b: ...``."""

    def __init__(self, executable: str, profile: Path, width: int = 1400, height: int = 900,
                 timeout: float = 60.0) -> None:
        self.timeout = timeout
        to_child, self._write = os.pipe()  # chromium reads its commands on fd 3
        self._read, from_child = os.pipe()  # and writes on fd 4

        def wire() -> None:  # in the child: fresh copies first, so neither end is lost when it already is 3 or 4
            ends = (os.dup(to_child), os.dup(from_child))
            os.dup2(ends[0], 3)  # dup2 makes them inheritable
            os.dup2(ends[1], 4)

        self.proc = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--remote-debugging-pipe", f"--user-data-dir={profile}", f"--window-size={width},{height}",
             "about:blank"],
            preexec_fn=wire, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child)
        os.close(from_child)
        self._buffer = b""
        self._next_id = 0
        self.events: list[dict] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)
        self.call("Runtime.enable", session=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (CdpError, OSError):
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._write)
        os.close(self._read)

    # -- the protocol -----------------------------------------------------------------------
    def _message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._read], [], [], left)[0]:
                raise CdpError("Chromium did not answer in time")
            chunk = os.read(self._read, 1 << 16)
            if not chunk:
                raise CdpError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, session: bool = False, **params) -> dict:
        """Send one command and wait for its answer (events that arrive meanwhile are kept)."""
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            answer = self._message(deadline)
            if answer.get("id") == self._next_id:
                if "error" in answer:
                    raise CdpError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_for(self, event: str) -> dict:
        deadline = time.monotonic() + self.timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == event:
                    return self.events.pop(i)
            self.events.append(self._message(deadline))

    # -- what a test does --------------------------------------------------------------------
    def open(self, url: str) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise CdpError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def mouse(self, kind: str, x: float, y: float, buttons: int = 0, button: str = "none",
              delta_y: Optional[float] = None) -> None:
        params = {"type": kind, "x": x, "y": y, "buttons": buttons, "button": button}
        if kind in ("mousePressed", "mouseReleased"):
            params["clickCount"] = 1
        if delta_y is not None:
            params.update(deltaX=0, deltaY=delta_y)
        self.call("Input.dispatchMouseEvent", session=True, **params)

    def click(self, x: float, y: float) -> None:
        """A real left click: move, press, release (the page sees pointer and mouse events)."""
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, buttons=1, button="left")
        self.mouse("mouseReleased", x, y, button="left")

    def drag(self, x0: float, y0: float, x1: float, y1: float, steps: int = 5) -> None:
        self.mouse("mouseMoved", x0, y0)
        self.mouse("mousePressed", x0, y0, buttons=1, button="left")
        for i in range(1, steps + 1):
            self.mouse("mouseMoved", x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps, buttons=1)
        self.mouse("mouseReleased", x1, y1, button="left")

    def screenshot(self, path: Path) -> None:
        import base64

        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        path.write_bytes(base64.b64decode(data))
