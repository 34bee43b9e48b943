"""The replica's HTTP server: health, Prometheus metrics, and logs that name the replica."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

from aiohttp.test_utils import TestClient, TestServer
from prometheus_client.parser import text_string_to_metric_families

from bot import logs, server
from bot.runtime import Runtime
from bot.settings import Settings


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


async def test_health_and_metrics_describe_the_replica(runtime: Runtime) -> None:
    """/healthz names the replica and its live workers; /metrics counts commands by name and
    outcome, their latency, cache hits, worker restarts and the queue, in Prometheus' format."""
    settings = Settings(_env_file=None, napier_replica_id="replica-7")
    app = server.application(runtime, settings, server.Routes())
    async with TestClient(TestServer(app)) as http:
        health = await (await http.get("/healthz")).json()
        assert health == {
            "status": "ok",
            "replica": "replica-7",
            "workers": 2,
            "database": None,
            "redis": None,
        }
        for _ in range(2):
            assert not (
                await runtime.ask("metrics-user", "pow", {"base": "3", "exponent": "4"}, "en")
            ).error
        assert (await runtime.ask("metrics-user", "pow", {"base": "__import__"}, "en")).error
        page = await http.get("/metrics")
        assert page.status == 200 and page.headers["Content-Type"].startswith("text/plain")
        found: dict[Any, float] = samples(await page.text())
    assert found[("napier_commands_total", (("command", "pow"), ("outcome", "ok")))] >= 2
    assert found[("napier_commands_total", (("command", "pow"), ("outcome", "input")))] >= 1
    assert found[("napier_command_seconds_count", (("command", "pow"),))] >= 2
    assert found[("napier_cache_hits_total", ())] >= 1
    assert found[("napier_workers", ())] == 2
    assert ("napier_worker_restarts_total", ()) in found
    assert found[("napier_queue_length", ())] == 0


def test_json_logs_carry_the_replica_and_redact_tokens() -> None:
    """With NAPIER_LOG_FORMAT=json each line is one JSON object naming the replica, and a
    token in a message is redacted."""
    token = "xoxb-secret-token-for-this-test"
    settings = Settings(
        _env_file=None,
        napier_log_format="json",
        napier_replica_id="replica-9",
        slack_bot_token=token,
    )
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        logs.configure(settings)
        stream = io.StringIO()
        root.handlers[0].setStream(stream)  # type: ignore[attr-defined]
        logging.getLogger("bot.test").warning("posting with %s", token)
        entry = json.loads(stream.getvalue())
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
    assert entry["replica"] == "replica-9"
    assert entry["level"] == "WARNING" and entry["logger"] == "bot.test"
    assert entry["message"] == "posting with [redacted]"
