"""The list of commands with their options, from the registry."""

from __future__ import annotations

from napier.commands import visible
from napier.i18n import t
from napier.reply import Reply


def help_reply(locale: str) -> Reply:
    """Every command with its description, options and an example."""
    lines = [t("help.intro", locale), ""]
    for command in visible():
        lines.append(f"**/{command.name}** — {t(command.description, locale)}")
        for option in command.options:
            flags = "" if option.required else f" ({t('help.optional', locale)})"
            if option.when:
                flags += f" [{option.when[0]}:{'|'.join(option.when[1:])}]"
            choices = f" [{' | '.join(option.choices)}]" if option.choices else ""
            lines.append(f"- `{option.name}`{flags}{choices}: {t(option.description, locale)}")
        lines.append(f"- {t('help.example', locale)}: `{command.example}`")
        lines.append("")
    return Reply(title=t("help.title", locale), text="\n".join(lines).rstrip())
