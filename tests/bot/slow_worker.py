"""Worker initializer that registers the test-only slow commands (see ``slow_command``)."""

from __future__ import annotations

import slow_command

slow_command.register()
