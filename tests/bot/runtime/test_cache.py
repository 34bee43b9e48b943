"""The reply cache: common lessons rendered once and kept, keys a shared store can use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bot.runtime import Runtime, common_jobs
from bot.runtime.cache import CacheKey, ReplyCache, renderer_version
from napier.commands import COMMANDS
from napier.i18n import LOCALES
from napier.reply import Reply

ROOT = Path(__file__).resolve().parents[3]


async def test_common_lessons_are_rendered_once_and_kept() -> None:
    """Every common lesson (/law and each law, each /napier topic) is rendered in both
    languages and kept: asked later, it comes from the cache even after many other replies
    have passed through a small LRU."""
    common = common_jobs()
    names = {(job.command, job.request) for job in common}
    assert (("law", COMMANDS["law"].prepare({"id": "1.4"})) in names) and len(common) == 13
    assert ("napier", COMMANDS["napier"].prepare({"topic": "limit"})) in names
    async with Runtime(workers=1, timeout=30, cache_size=2) as runtime:
        assert await runtime.prerender() == len(common) * len(LOCALES)
        for exponent in range(2, 8):
            await runtime.ask("other", "pow", {"base": "3", "exponent": str(exponent)}, "en")
        misses = runtime.cache.misses
        for locale in LOCALES:
            law = await runtime.ask(f"l-{locale}", "law", {"id": "1.4"}, locale)
            limit = await runtime.ask(f"n-{locale}", "napier", {"topic": "limit"}, locale)
            assert not law.error and law.images and not limit.error and limit.images
        assert runtime.cache.misses == misses
        assert runtime.help("ja") is runtime.help("ja")


def test_kept_replies_survive_eviction_and_the_lru_stays_bounded() -> None:
    """Kept replies are never evicted by newer ones; the rest stays within entries and bytes."""
    cache = ReplyCache(max_entries=3, max_bytes=10_000)
    key = CacheKey("law", "1.4", "en", "v1")
    cache.put_now(key, Reply("law", "kept"), keep=True)
    for n in range(20):
        cache.put_now(CacheKey("pow", n, "en", "v1"), Reply("pow", str(n)))
    assert cache.get_now(key) is not None and cache.get_now(key).text == "kept"
    assert len(cache) == 3 + 1 and cache.kept == 1
    assert cache.get_now(CacheKey("pow", 0, "en", "v1")) is None
    assert cache.get_now(CacheKey("pow", 19, "en", "v1")).text == "19"
    assert cache.get_now(CacheKey("law", "1.4", "en", "v2")) is None  # another renderer


def test_reply_keys_are_the_same_text_in_every_process() -> None:
    """A store shared by replicas can key replies by ``CacheKey.digest()``: the same text in a
    process with another hash seed, and different for another language or renderer version."""
    request = COMMANDS["law"].prepare({"id": "1.4", "a": "2", "x": "1/2", "y": "-3"})
    key = CacheKey("law", request, "ja", renderer_version())
    code = (
        "from bot.runtime.cache import CacheKey, renderer_version\n"
        "from napier.commands import COMMANDS\n"
        "r = COMMANDS['law'].prepare({'id': '1.4', 'a': '2', 'x': '1/2', 'y': '-3'})\n"
        "print(CacheKey('law', r, 'ja', renderer_version()).digest())\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert other.returncode == 0, other.stderr
    assert other.stdout.strip() == key.digest()
    assert CacheKey("law", request, "en", key.version).digest() != key.digest()
    assert CacheKey("law", request, "ja", "another").digest() != key.digest()
