"""`newsgraph eval TASK`: one command for every task (the main CLI group attaches it)."""

from __future__ import annotations

import sys

import click

from newsgraph.eval import report, tasks
from newsgraph.eval.gold._common import GoldMissing
from newsgraph.eval.runner import StageUnavailable

__all__ = ["eval_command"]


@click.command("eval")
@click.argument("task", type=click.Choice(tasks.TASKS))
@click.option("--split", type=click.Choice(["dev", "test"]), default="dev", show_default=True)
@click.option(
    "--errors",
    "errors",
    type=int,
    default=0,
    help="Print the first N mistakes beside the gold (dev split only).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.option(
    "--limit",
    type=int,
    default=None,
    help="Score at most N items per gold set (an even, deterministic sample).",
)
def eval_command(task: str, split: str, errors: int, as_json: bool, limit: int | None) -> None:
    """Score TASK against the gold: counts, P/R/F1 or accuracy, by type."""
    if errors and split == "test":
        raise click.UsageError(
            "--errors is for the dev split only: test errors must not steer the code"
        )
    try:
        result = tasks.run(task, split, limit)  # type: ignore[arg-type]
    except (StageUnavailable, GoldMissing) as exc:
        click.echo(f"newsgraph eval {task}: {exc}", err=True)
        sys.exit(2)
    click.echo(report.to_json(result) if as_json else report.to_text(result))
    if errors:
        click.echo("")
        click.echo(report.mistakes_table(result.mistakes, errors))


def main() -> None:
    """Run the command on its own (`python -m newsgraph.eval.cli`)."""
    eval_command()


if __name__ == "__main__":
    main()
