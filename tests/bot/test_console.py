"""The console adapter, run as a user runs it: ``python -m bot console …`` in a subprocess."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from png_checks import assert_readable_png

from bot.console import EXIT_BUG, EXIT_OK, EXIT_REJECTED, _status
from napier.commands import COMMANDS
from napier.i18n import t
from napier.reply import Reply

ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str, stdin: str | None = None, cwd: Path = ROOT, **settings: str
) -> subprocess.CompletedProcess[str]:
    """``python -m bot …`` as a user runs it; its learner memory in a fresh folder unless
    ``settings`` (``NAPIER_DATA_DIR=…``, ``NAPIER_DATABASE_URL=…``) say otherwise."""
    env = {**os.environ, "LANG": "C.UTF-8", "NAPIER_WORKERS": "1"}
    for name in ("DISCORD_TOKEN", "SLACK_BOT_TOKEN", "NAPIER_DATABASE_URL"):
        env.pop(name, None)
    env["NAPIER_DATA_DIR"] = tempfile.mkdtemp(prefix="napier-console-")
    env.update(settings)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
    )


def test_one_shot_prints_the_steps_and_writes_a_png(tmp_path: Path) -> None:
    """``console "/pow 2 3"`` prints 2 × 2 × 2 = 8, saves a readable PNG and prints its path."""
    result = run("console", "/pow 2 3", "--out", str(tmp_path / "out"))
    assert result.returncode == EXIT_OK, result.stderr
    assert "2 × 2 × 2 = 8" in result.stdout
    paths = [Path(p) for p in re.findall(r"^(\S+\.png)", result.stdout, flags=re.MULTILINE)]
    assert paths and all(p.parent == tmp_path / "out" for p in paths)
    assert_readable_png(paths[0].read_bytes())
    assert "Traceback" not in result.stdout + result.stderr


def test_rejected_input_exits_2_with_the_message_in_japanese(tmp_path: Path) -> None:
    """Hostile input gets its clear message (here in Japanese), exit status 2, no traceback."""
    result = run("console", "/pow __import__('os') 2", "--lang", "ja", "--out", str(tmp_path))
    assert result.returncode == EXIT_REJECTED
    assert "使えない文字" in result.stdout and "/pow 2 3" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert not any(tmp_path.iterdir())


def test_pipe_reads_line_by_line_with_help_and_no_rate_limit(tmp_path: Path) -> None:
    """A pipe is answered line by line: /help lists every command, /quit stops, no rate limit."""
    lines = ["/help", *(f"/pow 3 {n}" for n in range(1, 13)), "/nonsense", "/quit", "/pow 2 3"]
    result = run(stdin="\n".join(lines) + "\n", cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    for name in COMMANDS:
        assert f"/{name}" in result.stdout
    for n in range(1, 13):
        assert f"3^{n} = {3**n}" in result.stdout
    assert "/nonsense" in result.stdout
    assert "try again" not in result.stdout
    assert "2^3 = 8" not in result.stdout  # after /quit
    assert (tmp_path / "napier-out").is_dir()


@pytest.mark.parametrize(
    ("reply", "status"),
    [
        (Reply("t", "x"), EXIT_OK),
        (Reply.rejected("t", "x"), EXIT_REJECTED),
        (Reply.rejected("t", "x", "limit"), EXIT_REJECTED),
        (Reply.rejected("t", "x", "bug"), EXIT_BUG),
    ],
)
def test_exit_status_follows_the_kind_of_reply(reply: Reply, status: int) -> None:
    """Exit 0 for an answer, 2 for a rejected input or a limit, 1 only for a bug."""
    assert _status(reply) == status


async def test_a_plain_line_answers_the_open_question(tmp_path: Path) -> None:
    """After a reply that asks for an answer, a line without ``/`` is that answer; a wrong one
    asks again, a right one closes the question, and commands still work in between."""
    import io

    import quiz_command

    from bot.console import Console
    from bot.runtime import Runtime

    out = io.StringIO()
    with quiz_command.registered():
        async with Runtime(workers=1, initializer="quiz_worker") as runtime:
            console = Console(runtime, "en", tmp_path, out)
            console.show(await console.answer("/quiz"))
            assert console.asking is not None
            wrong = await console.answer("6")
            console.show(wrong)
            assert quiz_command.WRONG in wrong.text and console.asking is not None
            power = await console.answer("/pow 2 3")
            console.show(power)
            assert "2 × 2 × 2 = 8" in power.full_text() and console.asking is not None
            right = await console.answer("8")
            console.show(right)
            assert quiz_command.RIGHT in right.text and console.asking is None
    printed = out.getvalue()
    assert t("ask.console", "en", label="Answer") in printed
    assert "/quiz-check" not in printed  # the question is asked, not shown as a command


ISSUE_11 = (
    ("/log 2 8", "log_2 8 = 3"),
    ("/log 4 8", "log_4 8 = 3/2"),
    ("/log 3 5", "log_3 5 = (log 5)/(log 3) ≈ 1.464973521"),
    ("/graph", "(0, 1)"),
    ("/solve 4^x - 2^(x+1) - 8 = 0", "x = 2"),
    ("/solve (1/2)^x > 4", "x < -2"),
    ("/solve compare 4^(1/3) 8^(1/4)", "4^(1/3) < 8^(1/4)"),
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_log_graph_and_solve_through_a_pipe(tmp_path: Path, lang: str) -> None:
    """The lessons on logarithms, graphs and equations answer line by line with their PNGs."""
    lines = [line for line, _ in ISSUE_11]
    result = run("console", "--lang", lang, stdin="\n".join(lines) + "\n", cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    for _, expected in ISSUE_11:
        assert expected in result.stdout
    images = sorted((tmp_path / "napier-out").glob("*.png"))
    assert len(images) >= 2 * len(ISSUE_11) - 2  # compare and /graph draw one image each
    for image in images:
        assert_readable_png(image.read_bytes())
    assert "Traceback" not in result.stdout + result.stderr


def run_one_shot(
    line: str,
    tmp_path: Path,
    setup: str = "import slow_command; slow_command.register()",
    **settings: str,
) -> subprocess.CompletedProcess[str]:
    """``main(["console", line])`` in a fresh process, after ``setup`` (by default: the test
    commands /sleep and /hog)."""
    code = (
        f"import sys\n{setup}\n"
        "from bot.__main__ import main\n"
        f"sys.exit(main(['console', {line!r}, '--out', {str(tmp_path)!r}]))\n"
    )
    env = {**os.environ, "LANG": "C.UTF-8", **settings}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(ROOT / "tests" / "bot"), str(ROOT / "tests"), str(ROOT)]
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
    )


def test_one_shot_past_the_time_limit_is_stopped_with_the_time_out_message(
    tmp_path: Path,
) -> None:
    """A one-shot command that hangs is stopped at the job time limit and answered with the
    time-out message (exit 2), as a worker would be."""
    result = run_one_shot("/sleep 30", tmp_path, NAPIER_JOB_TIMEOUT="1")
    assert result.returncode == EXIT_REJECTED, result.stderr
    assert t("runtime.timeout", "en", seconds="1").replace("`", "") in result.stdout
    assert "slept" not in result.stdout and "Traceback" not in result.stderr


def test_one_shot_over_the_memory_cap_gets_the_memory_message(tmp_path: Path) -> None:
    """A one-shot command that needs more memory than the cap gets the memory message (exit 2);
    under the same cap a small one is answered."""
    greedy = run_one_shot("/hog 4096", tmp_path, NAPIER_WORKER_MEMORY_MB="1024")
    assert greedy.returncode == EXIT_REJECTED, greedy.stderr
    assert t("runtime.memory", "en").replace("`", "") in greedy.stdout
    small = run_one_shot("/hog 8", tmp_path, NAPIER_WORKER_MEMORY_MB="1024")
    assert small.returncode == EXIT_OK, small.stderr
    assert "held 8 MiB" in small.stdout


async def test_one_shot_records_an_answer_in_the_learner_memory(tmp_path: Path) -> None:
    """An answer checked in one shot is recorded in the learner memory, as in a session."""
    import quiz_command

    from bot.storage import Store

    data = tmp_path / "data"
    setup = "import quiz_command\nquiz_command.register()"
    result = run_one_shot("/quiz-check answer:8", tmp_path, setup, NAPIER_DATA_DIR=str(data))
    assert result.returncode == EXIT_OK, result.stderr
    assert quiz_command.RIGHT in result.stdout
    assert t("memory.unavailable", "en") not in result.stdout
    async with await Store.open(None, data) as store:
        learner = await store.find_learner("console", "local", "console")
        assert learner is not None
        progress = await store.progress(learner, datetime.now(UTC))
        quiz = next(s for s in progress.skills if s.skill == "quiz")
        assert (quiz.correct, quiz.total) == (1, 1)


@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_the_console_learner_is_remembered_across_restarts(
    tmp_path: Path, database: str, request: pytest.FixtureRequest
) -> None:
    """With no setting the console keeps its learner in ./napier-data (or in PostgreSQL by
    URL): an exercise answered in one run shows in /progress in the next."""
    settings = {"NAPIER_DATA_DIR": "napier-data"}
    if database == "postgresql":
        settings["NAPIER_DATABASE_URL"] = request.getfixturevalue("postgres").create_database()
    first = run(stdin="/practice pow.integer 1 seed:5\n9\n", cwd=tmp_path, **settings)
    assert first.returncode == EXIT_OK, first.stderr
    assert t("practice.verdict.correct", "en") in first.stdout
    if database == "sqlite":
        assert (tmp_path / "napier-data" / "napier.db").exists()
    second = run(stdin="/progress\n", cwd=tmp_path, **settings)
    assert second.returncode == EXIT_OK, second.stderr
    assert t("progress.mastery.familiar", "en") in second.stdout
    assert "1/1" in second.stdout
