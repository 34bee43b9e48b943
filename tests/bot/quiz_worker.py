"""Worker initializer that registers the test-only quiz commands (see ``quiz_command``)."""

from __future__ import annotations

import quiz_command

quiz_command.register()
