"""Napier on Discord: the slash commands, their translation, and the gateway client."""
