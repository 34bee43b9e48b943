"""Napier's runtime (worker processes, limits, cache, rate limit) and its chat adapters."""
