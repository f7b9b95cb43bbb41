"""Text made safe for a terminal: control characters shown, never obeyed.

File names, JSONL ids, titles and names come from the input. Printed raw, ``ESC]0;…`` would
retitle the terminal and ``ESC[2J`` clear it; a right-to-left override would reorder a line.
``escape`` shows each such character as a visible escape (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, bidirectional overrides and isolates, line/paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")
_UNSAFE_KEEP_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape(text: str, *, keep_lines: bool = False) -> str:
    """``text`` with every control character written as an escape; ``keep_lines`` keeps
    newlines and tabs (for multi-line reports)."""
    return (_UNSAFE_KEEP_LINES if keep_lines else _UNSAFE).sub(_visible, text)
