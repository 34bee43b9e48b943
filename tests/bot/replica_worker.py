"""Worker initializer of the replica processes in tests: the quiz and the slow commands."""

from __future__ import annotations

import quiz_command
import slow_command

quiz_command.register()
slow_command.register()
