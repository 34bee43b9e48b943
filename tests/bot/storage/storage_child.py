"""A bot-like process for the storage reliability tests.

``python storage_child.py URL|- DATA_DIR PREFIX COUNT`` opens the store, upserts the console
learner, prints ``ready``, waits for a line on stdin, claims the day's daily post (prints
``claim 0|1``), then records COUNT answers keyed PREFIX:i, printing ``committed KEY 0|1`` (1:
new) after each commit.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, date, datetime, timedelta

from bot.storage import Store

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def main(url: str, data_dir: str, prefix: str, count: int) -> None:
    store = await Store.open(None if url == "-" else url, data_dir)
    learner = await store.learner("console", "local", "me", display_name="Me", locale="en")
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    claimed = await store.claim_daily_post("console", "local", date(2026, 3, 2))
    print(f"claim {int(claimed)}", flush=True)
    for i in range(count):
        key = f"{prefix}:{i}"
        result = await store.record_answer(
            learner,
            key=key,
            exercise=f"pow:{1 + i % 3}:{i}",
            skill=f"s{i % 3}",
            level=1 + i % 3,
            answer="8",
            correct=i % 4 != 0,
            elapsed=float(i % 90),
            at=T0 + timedelta(minutes=7 * i),
        )
        print(f"committed {key} {int(result.new)}", flush=True)
    await store.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))
