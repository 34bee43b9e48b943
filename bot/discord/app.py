"""Napier on Discord: every registry command as a slash command, answered through the runtime.

The adapter only translates. A slash command is admitted by the runtime first (fast: the rate
limit and the input), so that a rejected input is answered privately at once; an admitted one
is deferred ("thinking"), computed in a worker and answered with one followup — an embed, the
images with their alt text, and the teaching buttons of ``bot.buttons``.

Interactions come in two ways, through the same client: from the gateway, or as HTTP requests
to the interactions endpoint (``bot.discord.interactions``). With ``inline`` seconds set (the
endpoint's client), a job that finishes within them is answered by the initial response
itself, images included, and only a slower one is deferred and completed by a followup.
"""

from __future__ import annotations

import asyncio
import inspect
import io
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.app_commands import Choice, locale_str

from bot.buttons import PREFIX, Button, buttons_for, decode, shown_steps, with_answer
from bot.jobs import Caller
from bot.logs import log_ready
from bot.message_body import body
from bot.runtime import Job, Runtime, rejection
from bot.runtime.daily import DAILY
from bot.settings import Settings, get_settings
from napier.commands import CHOICE, COMMANDS, INTEGER, USER, Command, Option, visible
from napier.errors import UserError
from napier.i18n import pick_locale, t
from napier.reply import Reply

if TYPE_CHECKING:
    from bot.storage import ServerSettings

log = logging.getLogger(__name__)

COLOUR = discord.Colour(0x2F6FDE)
ERROR_COLOUR = discord.Colour(0xD9534F)
VIEW_TIMEOUT = 600.0  # below the 15 minutes an interaction token may edit its messages
CACHED_WAIT = 0.05  # seconds for a cached reply (from Redis) while every worker is busy

DESCRIPTION_MAX = 100  # command and option descriptions
CHOICES_MAX = 25
CHOICE_NAME_MAX = 100
STRING_OPTION_MAX = 6000
EMBED_TITLE_MAX = 256
EMBED_DESCRIPTION_MAX = 4096
EMBED_FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
EMBED_TOTAL_MAX = 6000
FILES_MAX = 10
FILE_DESCRIPTION_MAX = 1024
BUTTON_LABEL_MAX = 80
MODAL_TITLE_MAX = 45
TEXT_INPUT_LABEL_MAX = 45
ANSWER_MAX = 100  # characters of an answer typed in a modal (the parser's own limit)
CHANNEL_FILE_LIMIT = 8 * 1024 * 1024  # bytes per file in a message sent without an interaction

NO_MENTIONS = discord.AllowedMentions.none()

# Napier never joins voice: no warnings about the voice libraries it does not need.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, ending with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def interaction_locale(interaction: discord.Interaction) -> str:
    """The reply language: the user's client locale, then the server's, then English."""
    guild_locale = interaction.guild_locale.value if interaction.guild_locale else None
    return pick_locale(interaction.locale.value if interaction.locale else None, guild_locale)


def caller(interaction: discord.Interaction) -> Caller:
    """Who is asking, where: the server (``dm`` outside one), the user, and whether they may
    change the server's settings (Manage Server)."""
    permissions = interaction.permissions  # the member's, as Discord resolved them
    return Caller(
        platform="discord",
        team=str(interaction.guild_id) if interaction.guild_id else "dm",
        user=str(interaction.user.id),
        name=interaction.user.display_name,
        admin=bool(interaction.guild_id and permissions.manage_guild),
        channel=str(interaction.channel_id or ""),
        key=str(interaction.id),
        # An answer typed in a modal opened from a message: how long after that message.
        shown=interaction.message.created_at.timestamp() if interaction.message else 0.0,
    )


def safe(text: str) -> str:
    """User-visible text with mentions defused (``@everyone`` and ``<@id>`` never ping)."""
    return discord.utils.escape_mentions(text)


# --- Replies → embeds and files ------------------------------------------------------------


def error_embed(reply: Reply) -> discord.Embed:
    """The embed of a rejected input, a time-out or a bug."""
    return discord.Embed(
        title=clip(safe(reply.title), EMBED_TITLE_MAX) or None,
        description=clip(safe(reply.text), EMBED_DESCRIPTION_MAX),
        colour=ERROR_COLOUR,
    )


def reply_embed(reply: Reply, revealed: int | None, image_url: str | None = None) -> discord.Embed:
    """The embed of a reply with ``revealed`` steps, within Discord's embed limits.

    Fields that do not fit are dropped from the end; the description gets what remains of the
    6000-character budget. ``image_url`` overrides the first PNG (e.g. a message's CDN URL).
    """
    title = clip(safe(reply.title), EMBED_TITLE_MAX)
    fields = [
        (
            clip(safe(f.name), FIELD_NAME_MAX) or "\u200b",
            clip(safe(f.value), FIELD_VALUE_MAX) or "-",
        )
        for f in reply.fields[:EMBED_FIELDS_MAX]
    ]
    while fields and len(title) + sum(len(n) + len(v) for n, v in fields) > EMBED_TOTAL_MAX // 2:
        fields.pop()
    budget = EMBED_TOTAL_MAX - len(title) - sum(len(n) + len(v) for n, v in fields)
    description = clip(safe(body(reply, revealed)), min(EMBED_DESCRIPTION_MAX, budget))
    embed = discord.Embed(title=title or None, description=description or None, colour=COLOUR)
    for name, value in fields:
        embed.add_field(name=name, value=value, inline=len(value) <= 40)
    if image_url is None and reply.images:
        image_url = f"attachment://{reply.images[0].filename}"
    if image_url:
        embed.set_image(url=image_url)
    return embed


def reply_files(reply: Reply, size_limit: int) -> list[discord.File]:
    """The reply's attachments as files with their alt text, within the upload limit."""
    files: list[discord.File] = []
    for attachment in reply.attachments:
        if len(attachment.data) > size_limit or len(files) == FILES_MAX:
            log.warning(
                "dropping attachment %s (%d bytes)", attachment.filename, len(attachment.data)
            )
            continue
        files.append(
            discord.File(
                io.BytesIO(attachment.data),
                filename=attachment.filename,
                description=clip(attachment.alt_text, FILE_DESCRIPTION_MAX) or None,
            )
        )
    return files


def answer_modal(payload: str, title: str | None, locale: str) -> discord.ui.Modal:
    """The modal that asks for an answer; its id is the clicked button's payload."""
    modal = discord.ui.Modal(
        title=clip(title or t("ask.title", locale), MODAL_TITLE_MAX), custom_id=payload
    )
    modal.add_item(
        discord.ui.TextInput(
            label=clip(t("ask.field", locale), TEXT_INPUT_LABEL_MAX),
            custom_id="answer",
            max_length=ANSWER_MAX,
        )
    )
    modal.stop()  # not kept by discord.py: ``NapierClient.on_interaction`` answers it by its id
    return modal


def submitted_text(data: Mapping[str, Any]) -> str:
    """The text typed into a modal submission (its first text input)."""
    stack = list(data.get("components") or [])
    while stack:
        component = stack.pop(0)
        if isinstance(component, Mapping):
            if "value" in component and component.get("type") == 4:
                return str(component["value"])
            stack[:0] = list(component.get("components") or [])
            if isinstance(component.get("component"), Mapping):
                stack.insert(0, component["component"])
    return ""


# --- Teaching buttons ----------------------------------------------------------------------


class TeachingButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"napier:.+"):
    """A teaching button; its ``custom_id`` is the ``bot.buttons`` payload, so a click is
    answered from the id alone (also after a restart or once its view has gone)."""

    def __init__(self, label: str, payload: str, *, disabled: bool = False) -> None:
        super().__init__(
            discord.ui.Button(
                label=clip(label, BUTTON_LABEL_MAX) or "…",
                custom_id=payload,
                style=discord.ButtonStyle.primary,
                disabled=disabled,
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: Any
    ) -> TeachingButton:
        label = getattr(item, "label", None) or "…"
        return cls(label, match.string)

    async def callback(self, interaction: discord.Interaction) -> None:  # type: ignore[override]
        client = interaction.client
        if not isinstance(client, NapierClient):
            return
        try:
            await client.answer_button(interaction, self.item.custom_id or "", self.item.label)
        except Exception as error:
            await client.answer_failure(interaction, error)


class TeachingView(discord.ui.View):
    """The buttons under a reply; they disable themselves when the view times out."""

    def __init__(self, buttons: list[Button], timeout: float | None = None) -> None:
        super().__init__(timeout=VIEW_TIMEOUT if timeout is None else timeout)
        self.message: discord.WebhookMessage | discord.InteractionMessage | None = None
        for button in buttons:
            self.add_item(TeachingButton(button.label, button.payload))

    async def on_timeout(self) -> None:
        """Disable "next step" (it edits the message through the interaction's token, which
        expires); the other buttons answer anew and keep working (an exercise's *Answer*)."""
        stepping = [
            item
            for item in self.children
            if isinstance(item, TeachingButton) and decode(item.item.custom_id or "").revealed
        ]
        for item in stepping:
            item.item.disabled = True
        if stepping and self.message is not None:
            try:
                await self.message.edit(view=self, allowed_mentions=NO_MENTIONS)
            except discord.HTTPException as error:
                log.info("could not disable the buttons of message %s: %s", self.message.id, error)


# --- Slash commands from the registry ------------------------------------------------------


def _option_annotation(option: Option) -> Any:
    if option.kind == INTEGER:
        if option.min_value is None and option.max_value is None:
            return int
        return app_commands.Range[int, option.min_value, option.max_value]
    if option.kind == CHOICE:
        return str
    if option.kind == USER:
        return discord.User  # Discord's member picker; the command gets the id
    return app_commands.Range[str, 1, min(option.max_length, STRING_OPTION_MAX)]


def _suggester(option: Option) -> Callable[..., Awaitable[list[Choice[Any]]]]:
    values = option.suggestions or option.choices
    if option.kind == INTEGER:
        values = tuple(v for v in values if v.lstrip("-").isdigit())

    async def suggest(interaction: discord.Interaction, current: str) -> list[Choice[Any]]:
        wanted = str(current).strip().lower()
        found = [v for v in values if wanted in v.lower()] if wanted else list(values)
        return [
            Choice(name=clip(v, 100), value=int(v) if option.kind == INTEGER else v[:100])
            for v in found[:CHOICES_MAX]
        ]

    return suggest


def _choice_name(option: Option, index: int) -> str | locale_str:
    """A choice's name: its catalogue label (translated by ``CatalogueTranslator``) or value."""
    if index >= len(option.choice_labels):
        return option.choices[index]
    key = option.choice_labels[index]
    return locale_str(clip(t(key, "en"), CHOICE_NAME_MAX), key=key)


def slash_command(command: Command) -> app_commands.Command[Any, ..., None]:
    """The Discord slash command for a registry command: typed, described, translatable."""
    names = {f"option_{i}": option for i, option in enumerate(command.options)}

    async def callback(interaction: discord.Interaction, **values: Any) -> None:
        raw = {
            names[key].name: str(getattr(value, "id", value))
            for key, value in values.items()
            if value is not None
        }
        client = interaction.client
        assert isinstance(client, NapierClient)
        await client.answer_command(interaction, command.name, raw)

    parameters = [
        inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD),
        *(
            inspect.Parameter(
                key,
                inspect.Parameter.KEYWORD_ONLY,
                annotation=_option_annotation(option),
                default=inspect.Parameter.empty if option.required else None,
            )
            for key, option in names.items()
        ),
    ]
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__name__ = callback.__qualname__ = f"slash_{command.name}"

    described = {
        key: locale_str(clip(t(o.description, "en"), DESCRIPTION_MAX), key=o.description)
        for key, o in names.items()
    }
    choices = {
        key: [Choice(name=_choice_name(o, i), value=c) for i, c in enumerate(o.choices)]
        for key, o in names.items()
        if o.kind == CHOICE and o.choices and len(o.choices) <= CHOICES_MAX
    }
    suggested = {
        key: _suggester(o)
        for key, o in names.items()
        if key not in choices and (o.suggestions or (o.kind == CHOICE and o.choices))
    }
    if names:
        app_commands.rename(**{key: o.name for key, o in names.items()})(callback)
        app_commands.describe(**described)(callback)
    if choices:
        app_commands.choices(**choices)(callback)
    if suggested:
        app_commands.autocomplete(**suggested)(callback)
    return app_commands.Command(
        name=command.name,
        description=locale_str(
            clip(t(command.description, "en"), DESCRIPTION_MAX), key=command.description
        ),
        callback=callback,
    )


class CatalogueTranslator(app_commands.Translator):
    """Japanese command and option descriptions and choice names, from the catalogue."""

    async def translate(
        self,
        string: locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        key = string.extras.get("key")
        if key is None or locale is not discord.Locale.japanese:
            return None
        limit = CHOICE_NAME_MAX if isinstance(context.data, Choice) else DESCRIPTION_MAX
        return clip(t(key, "ja"), limit)


class NapierTree(app_commands.CommandTree["NapierClient"]):
    """The command tree; its error handler answers every interaction that failed."""

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        await self.client.answer_failure(interaction, error)


# --- The client ----------------------------------------------------------------------------


class NapierClient(discord.Client):
    """A Discord client whose slash commands are the registry's, answered by ``runtime``.

    Without a runtime the client makes its own on the first command (its workers start with
    the first job) and closes it with itself — the same contract as the Slack app. Syncing
    the command tree never needs one.
    """

    def __init__(
        self, runtime: Runtime | None, settings: Settings, *, inline: float = 0.0, **options: Any
    ) -> None:
        """``inline``: seconds a job may take to be answered by the initial response (0: defer
        at once); ``options`` go to discord.py's client (e.g. shard ids)."""
        intents = discord.Intents.none()
        intents.guilds = True  # not privileged; keeps discord.py's guild state consistent
        super().__init__(intents=intents, allowed_mentions=NO_MENTIONS, **options)
        self.inline = inline
        self._inline_jobs = 0  # jobs given the whole inline time, waiting for their reply
        self.runtime = runtime
        self.owns_runtime = runtime is None
        self.settings = settings
        self.tree = NapierTree(self)
        self.views: dict[int, TeachingView] = {}
        self.announced = False
        for command in visible():
            try:
                self.tree.add_command(slash_command(command))
            except (KeyError, TypeError, ValueError):
                log.exception("/%s cannot be a Discord slash command; left out", command.name)

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CatalogueTranslator())
        self.add_dynamic_items(TeachingButton)

    async def on_connect(self) -> None:
        """The gateway session is up: interactions arrive from now on."""
        if not self.announced:
            self.announced = True
            log_ready("Discord")

    def _runtime(self) -> Runtime:
        """The runtime; one of the client's own, made on first use, when none was given."""
        if self.runtime is None:
            log.info("no runtime given: starting one for this client")
            self.runtime = Runtime(self.settings)
        return self.runtime

    async def close(self) -> None:
        """Close the connection, then the runtime this client made for itself (if any)."""
        try:
            await super().close()
        finally:
            if self.owns_runtime and self.runtime is not None:
                await self.runtime.close()

    async def answer_command(
        self, interaction: discord.Interaction, command: str, raw: Mapping[str, str]
    ) -> None:
        """Admit, then either reject privately or defer, compute and send the reply (privately
        for a private command such as ``/settings``)."""
        locale = interaction_locale(interaction)
        runtime = self._runtime()
        try:
            job = await runtime.admit(caller(interaction), command, raw)
        except UserError as error:
            await self._reject(interaction, rejection(error, locale))
            return
        private = COMMANDS[job.command].private
        await self._answer_job(interaction, job, raw, locale, private=private)

    async def answer_button(
        self, interaction: discord.Interaction, payload: str, label: str | None = None
    ) -> None:
        """A click: reveal the next step in place, ask for an answer in a modal, or answer the
        button's command anew (privately for a private button)."""
        locale = interaction_locale(interaction)
        runtime = self._runtime()
        try:
            button = decode(payload)
            if button.ask:
                await interaction.response.send_modal(answer_modal(payload, label, locale))
                return
            job = await runtime.admit(caller(interaction), button.command, button.arguments)
        except UserError as error:
            await self._reject(interaction, rejection(error, locale))
            return
        if button.revealed is None:
            await self._answer_job(
                interaction, job, button.arguments, locale, private=button.private
            )
            return
        await interaction.response.defer()
        reply = await runtime.execute(job, locale)
        if reply.error:
            await interaction.followup.send(
                embed=error_embed(reply), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        revealed = shown_steps(reply, button.revealed)
        image_url = None
        if interaction.message is not None and interaction.message.embeds:
            image_url = interaction.message.embeds[0].image.url
        view = self._view(reply, job.command, button.arguments, locale, revealed)
        message = await interaction.edit_original_response(
            embed=reply_embed(reply, revealed, image_url),
            view=view or None,
            allowed_mentions=NO_MENTIONS,
        )
        self._track(message, view)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Answers typed in a modal; the modal's id is the button's payload, so a submission
        is answered from the id alone (also after a restart)."""
        if interaction.type is not discord.InteractionType.modal_submit:
            return
        payload = str((interaction.data or {}).get("custom_id", ""))
        if not payload.startswith(PREFIX):
            return
        try:
            await self.answer_modal(interaction, payload)
        except Exception as error:
            await self.answer_failure(interaction, error)

    async def answer_modal(self, interaction: discord.Interaction, payload: str) -> None:
        """A submitted answer: check it through the button's command, reply (privately for a
        private button), or say at once why the text cannot be read."""
        locale = interaction_locale(interaction)
        runtime = self._runtime()
        try:
            button = decode(payload)
            args = with_answer(button, submitted_text(interaction.data or {}))
            job = await runtime.admit(caller(interaction), button.command, args)
        except UserError as error:
            await self._reject(interaction, rejection(error, locale))
            return
        await self._answer_job(interaction, job, args, locale, private=button.private)

    async def _reject(self, interaction: discord.Interaction, reply: Reply) -> None:
        await interaction.response.send_message(
            embed=error_embed(reply), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    async def _answer_job(
        self,
        interaction: discord.Interaction,
        job: Job,
        args: Mapping[str, str],
        locale: str,
        *,
        private: bool = False,
    ) -> None:
        """Compute an admitted job and answer with its reply: inline when it is ready within
        ``self.inline`` seconds, else deferred ("thinking") and sent as a followup. With every
        worker busy the job must queue, so only a cached reply can still come inline: it is
        given ``CACHED_WAIT`` seconds, and the deferral goes out at once after that."""
        runtime = self._runtime()
        # Workers not yet promised to a job waiting here for an inline answer.
        free = runtime.pool.idle - self._inline_jobs > 0
        budget = self.inline if free else min(self.inline, CACHED_WAIT)
        pending = asyncio.ensure_future(runtime.execute(job, locale))
        if budget > 0:
            self._inline_jobs += free
            try:
                await asyncio.wait([pending], timeout=budget)
            finally:
                self._inline_jobs -= free
            if pending.done():
                await self._send_inline(interaction, pending.result(), job, args, locale, private)
                return
        try:
            await interaction.response.defer(thinking=True, ephemeral=private)
        except BaseException:
            pending.cancel()
            raise
        await self._send_reply(interaction, job, args, locale, private=private, reply=await pending)

    async def _send_inline(
        self,
        interaction: discord.Interaction,
        reply: Reply,
        job: Job,
        args: Mapping[str, str],
        locale: str,
        private: bool,
    ) -> None:
        """The reply as the initial response itself (an error privately)."""
        if reply.error:
            await self._reject(interaction, reply)
            return
        revealed = shown_steps(reply, None)
        view = self._view(reply, job.command, args, locale, revealed)
        response = await interaction.response.send_message(
            embed=reply_embed(reply, revealed),
            files=reply_files(reply, interaction.filesize_limit),
            view=view or discord.utils.MISSING,
            ephemeral=private,
            allowed_mentions=NO_MENTIONS,
        )
        if view is not None and isinstance(response.resource, discord.InteractionMessage):
            self._track(response.resource, view)

    async def _send_reply(
        self,
        interaction: discord.Interaction,
        job: Job,
        args: Mapping[str, str],
        locale: str,
        *,
        private: bool = False,
        reply: Reply | None = None,
    ) -> None:
        if reply is None:
            reply = await self._runtime().execute(job, locale)
        if reply.error and not private:
            await self._private_after_defer(interaction, reply)
            return
        if reply.error:
            await interaction.followup.send(
                embed=error_embed(reply), ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        revealed = shown_steps(reply, None)
        view = self._view(reply, job.command, args, locale, revealed)
        message = await interaction.followup.send(
            embed=reply_embed(reply, revealed),
            files=reply_files(reply, interaction.filesize_limit),
            view=view or discord.utils.MISSING,
            ephemeral=private,
            allowed_mentions=NO_MENTIONS,
            wait=True,
        )
        self._track(message, view)

    async def _private_after_defer(self, interaction: discord.Interaction, reply: Reply) -> None:
        """Show an error privately although the command was deferred publicly.

        The first followup of a deferred response replaces the "thinking" message and keeps
        its visibility, so the public placeholder is deleted first; the followup after it is a
        message of its own and can be ephemeral.
        """
        try:
            await interaction.delete_original_response()
        except discord.HTTPException as error:
            log.info("could not delete the deferred response: %s", error)
            await interaction.edit_original_response(
                embed=error_embed(reply), allowed_mentions=NO_MENTIONS
            )
            return
        await interaction.followup.send(
            embed=error_embed(reply), ephemeral=True, allowed_mentions=NO_MENTIONS
        )

    def _view(
        self, reply: Reply, command: str, args: Mapping[str, str], locale: str, revealed: int
    ) -> TeachingView | None:
        buttons = buttons_for(reply, command, args, locale, revealed)
        return TeachingView(buttons) if buttons else None

    def _track(
        self,
        message: discord.WebhookMessage | discord.InteractionMessage,
        view: TeachingView | None,
    ) -> None:
        old = self.views.pop(message.id, None)
        if old is not None:
            old.stop()
        if view is not None:
            view.message = message
            self.views[message.id] = view

    async def post_daily(
        self, server: ServerSettings, reply: Reply, args: Mapping[str, str], locale: str
    ) -> None:
        """Post a server's daily problem in its channel (no interaction: a plain message)."""
        channel = self.get_partial_messageable(int(server.daily_channel or 0))
        revealed = shown_steps(reply, None)
        buttons = buttons_for(reply, DAILY, args, locale, revealed)
        await channel.send(
            embed=reply_embed(reply, revealed),
            files=reply_files(reply, CHANNEL_FILE_LIMIT),
            view=TeachingView(buttons, timeout=None) if buttons else discord.utils.MISSING,
            allowed_mentions=NO_MENTIONS,
        )

    async def answer_failure(self, interaction: discord.Interaction, error: Exception) -> None:
        """Answer an interaction whose handling failed: a user error clearly, a bug with a
        logged traceback and a short apology. Never leaves the interaction unanswered."""
        original = getattr(error, "original", None) or error
        locale = interaction_locale(interaction)
        if isinstance(original, UserError):
            reply = rejection(original, locale)
        elif isinstance(original, app_commands.TransformerError):
            reply = rejection(UserError("error.title"), locale)
        else:
            log.error(
                "error in interaction %s (%s)",
                interaction.id,
                interaction.command.name if interaction.command else interaction.type.name,
                exc_info=(type(original), original, original.__traceback__),
            )
            reply = Reply.rejected(t("error.title", locale), t("runtime.bug", locale), "bug")
        try:
            if interaction.type is discord.InteractionType.autocomplete:
                if not interaction.response.is_done():
                    await interaction.response.autocomplete([])
            elif not interaction.response.is_done():
                await self._reject(interaction, reply)
            elif (
                interaction.response.type
                is discord.InteractionResponseType.deferred_channel_message
            ):
                await self._private_after_defer(interaction, reply)
            else:
                await interaction.followup.send(
                    embed=error_embed(reply), ephemeral=True, allowed_mentions=NO_MENTIONS
                )
        except discord.HTTPException:
            log.exception("could not answer interaction %s after an error", interaction.id)


class ShardedNapierClient(NapierClient, discord.AutoShardedClient):
    """The same client over several gateway shards in one process (``--shards``)."""


def create_client(
    runtime: Runtime | None = None,
    settings: Settings | None = None,
    *,
    inline: float = 0.0,
    shards: tuple[list[int], int] | None = None,
) -> NapierClient:
    """The Discord client with its command tree (``.tree``); touches no network.

    ``inline``: see ``NapierClient``; ``shards``: the shard ids this process runs and the
    total shard count (an ``AutoShardedClient``)."""
    settings = settings or get_settings()
    if shards is None:
        return NapierClient(runtime, settings, inline=inline)
    ids, count = shards
    return ShardedNapierClient(runtime, settings, inline=inline, shard_ids=ids, shard_count=count)


def _token(settings: Settings) -> str:
    if settings.discord_token is None or not settings.discord_token.get_secret_value():
        raise SystemExit("DISCORD_TOKEN is not set (see README.md, section Discord)")
    return settings.discord_token.get_secret_value()


def parse_shards(text: str) -> tuple[list[int], int]:
    """``i-j/N`` (shards i to j of N) or ``i/N`` as (shard ids, shard count); ValueError for
    anything else."""
    part, slash, total = text.partition("/")
    first, dash, last = part.partition("-")
    if not slash or not total.isdigit() or not first.isdigit() or (dash and not last.isdigit()):
        raise ValueError(f"--shards takes i-j/N or i/N, not {text!r}")
    count, low, high = int(total), int(first), int(last if dash else first)
    if not 0 <= low <= high < count:
        raise ValueError(f"shards {low}-{high} are not within 0-{count - 1}")
    return list(range(low, high + 1)), count


async def serve(
    runtime: Runtime, settings: Settings, shards: tuple[list[int], int] | None = None
) -> None:
    """Run the bot until cancelled; with ``DISCORD_GUILD_ID`` set, sync to that guild first.
    ``shards``: run only these gateway shards (see ``parse_shards``)."""
    client = create_client(runtime, settings, shards=shards)
    runtime.daily.posters["discord"] = client.post_daily
    try:
        await client.login(_token(settings))
        if settings.discord_guild_id:
            guild = discord.Object(settings.discord_guild_id)
            client.tree.copy_global_to(guild=guild)
            synced = await client.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), settings.discord_guild_id)
        await client.connect()
    finally:
        await client.close()


async def sync(settings: Settings, guild_id: int | None) -> int:
    """Register the slash commands with Discord (globally, or in one guild); exit status."""
    client = create_client(None, settings)
    try:
        await client.login(_token(settings))
        guild = discord.Object(guild_id) if guild_id else None
        if guild is not None:
            client.tree.copy_global_to(guild=guild)
        synced = await client.tree.sync(guild=guild)
    except discord.HTTPException as error:
        log.error("sync failed: %s", error)
        return 1
    finally:
        await client.close()
    where = f"guild {guild_id}" if guild_id else "all guilds (global; may take a while to appear)"
    print(f"Synced {len(synced)} commands to {where}: {', '.join('/' + c.name for c in synced)}")
    return 0
