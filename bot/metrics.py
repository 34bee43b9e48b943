"""Prometheus metrics of one replica, served on ``/metrics`` by ``bot.server``.

Commands are counted by name and outcome (``ok``, ``input``, ``limit``, ``bug``,
``rate_limited``) with a latency histogram per command; worker restarts, reply-cache hits and
misses, jobs waiting for a worker and live workers are read from the runtime when scraped.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from bot.runtime import Runtime

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
# Seconds from admission to the reply: cached replies take milliseconds, lessons with plots
# up to a few hundred, hostile input up to the job time limit.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0)


class RuntimeCollector(Collector):
    """What the runtime counts itself, read at scrape time."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def collect(self) -> Iterator[Metric]:
        runtime = self.runtime
        restarts = CounterMetricFamily(
            "napier_worker_restarts", "Worker processes replaced after a kill or a crash"
        )
        restarts.add_metric([], runtime.pool.replaced)
        yield restarts
        hits = CounterMetricFamily("napier_cache_hits", "Replies answered from the cache")
        hits.add_metric([], getattr(runtime.cache, "hits", 0))
        yield hits
        misses = CounterMetricFamily("napier_cache_misses", "Replies not found in the cache")
        misses.add_metric([], getattr(runtime.cache, "misses", 0))
        yield misses
        queue = GaugeMetricFamily("napier_queue_length", "Jobs waiting for a free worker")
        queue.add_metric([], runtime.pool.waiting)
        yield queue
        workers = GaugeMetricFamily("napier_workers", "Worker processes warmed up")
        workers.add_metric([], runtime.pool.warm)
        yield workers


class Metrics:
    """The metrics of one runtime, in a registry of their own."""

    def __init__(self, runtime: Runtime) -> None:
        self.registry = CollectorRegistry()
        self.commands = Counter(
            "napier_commands",
            "Commands by name and outcome",
            ["command", "outcome"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "napier_command_seconds",
            "Seconds from an admitted command to its reply",
            ["command"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.registry.register(RuntimeCollector(runtime))
        runtime.observer = self.observe

    def observe(self, command: str, outcome: str, seconds: float) -> None:
        self.commands.labels(command, outcome).inc()
        if outcome not in ("rate_limited", "input") or seconds:
            self.latency.labels(command).observe(seconds)

    def render(self) -> bytes:
        """The text exposition format."""
        return generate_latest(self.registry)
