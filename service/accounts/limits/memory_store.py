"""The in-process rate-limit store: ``limits``' memory storage with a safe ``clear()``.

``limits``' expiry task lists the moving-window keys, then, after awaiting, reads each one
with ``self.events[key]``. A ``clear()`` in between (a successful login clears its budget) or
a ``reset()`` deletes the key, and the task dies with a ``KeyError`` naming it: the client IP
and the identifier hash, which asyncio then logs as "Task exception was never retrieved".
Here a window is emptied in place instead, and the expiry task drops empty windows (and their
locks) itself, as it does for windows that ran out.
"""

from __future__ import annotations

from limits.aio.storage import MemoryStorage as LimitsMemoryStorage


class MemoryStorage(LimitsMemoryStorage):
    async def clear(self, key: str) -> None:
        self.storage.pop(key, None)
        self.expirations.pop(key, None)
        if key in self.events:
            self.events[key] = []

    async def reset(self) -> int | None:
        count = max(len(self.storage), len(self.events))
        self.storage.clear()
        self.expirations.clear()
        for key in self.events:
            self.events[key] = []
        return count
