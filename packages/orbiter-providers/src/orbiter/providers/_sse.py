"""An incremental parser of server-sent events."""

from __future__ import annotations

import codecs
import re

import msgspec

_EOL = re.compile(r"\r\n|\r|\n")


class SSEEvent(msgspec.Struct, frozen=True):
    event: str
    data: str
    at_eof: bool = False


class SSEDecoder:
    """Incremental SSE parser: bytes may be split anywhere, even inside a UTF-8 character."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""
        self._event = ""
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        events: list[SSEEvent] = []
        buf = self._buffer + self._decoder.decode(chunk)
        pos = 0
        while True:
            m = _EOL.search(buf, pos)
            if m is None:
                break
            if m.group() == "\r" and m.end() == len(buf):
                break  # may be the first half of a CRLF split across chunks
            self._line(buf[pos : m.start()], events, at_eof=False)
            pos = m.end()
        self._buffer = buf[pos:]
        return events

    def close(self) -> list[SSEEvent]:
        """Events still pending at the end of the body (an unterminated last event included)."""
        events: list[SSEEvent] = []
        rest = self._buffer + self._decoder.decode(b"", final=True)
        self._buffer = ""
        for line in _EOL.split(rest):
            if line:
                self._line(line, events, at_eof=True)
        if self._data:
            events.append(SSEEvent(self._event or "message", "\n".join(self._data), True))
        self._data = []
        self._event = ""
        return events

    def _line(self, line: str, events: list[SSEEvent], *, at_eof: bool) -> None:
        if not line:
            if self._data:
                events.append(SSEEvent(self._event or "message", "\n".join(self._data), at_eof))
            self._data = []
            self._event = ""
            return
        if line.startswith(":"):
            return
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
