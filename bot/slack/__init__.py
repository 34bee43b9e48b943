"""Napier on Slack: the slash commands, Block Kit translation, and the app manifest."""
