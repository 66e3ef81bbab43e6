"""The command line: `extract`, `check`, `serve` and `schema`, thin over the layers below."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from dashboard import __version__
from dashboard.dataset import DatasetError
from dashboard.export import package_descriptor
from dashboard.ingest import Summary, ensure_dataset, extract_corpus
from dashboard.integrity import check_data_dir
from dashboard.schema import TABLES, render_data_dictionary

DEFAULT_DATA_DIR = Path("data")
DEFAULT_INPUT = DEFAULT_DATA_DIR / "articles"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corridor-dashboard")
def main() -> None:
    """Numeric claims from trade and logistics news: a tidy dataset and a dashboard."""


def _echo_summary(summary: Summary, out_dir: Path) -> None:
    click.echo(f"Read {summary.n_inputs} input files: {summary.n_documents} documents, "
               f"{summary.n_duplicates} duplicates, {len(summary.rejections)} rejected.")
    click.echo(f"Claims: {summary.n_claims} ({summary.n_parsed} documents parsed, "
               f"{summary.n_cached} from the cache).")
    click.echo(f"Wrote {', '.join(summary.files)} to {out_dir}/")
    if summary.rejections:
        click.echo(f"Rejected {len(summary.rejections)} files:")
        for rejection in summary.rejections:
            click.echo(f"  {rejection.path}: {rejection.reason.value} ({rejection.message})")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_DATA_DIR, show_default=True, help="Where the dataset is written.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parse in this many processes.")
def extract(paths: tuple[Path, ...], out_dir: Path, jobs: int) -> None:
    """Extract claims from article files and folders (default: data/articles).

    Writes claims, documents and inputs tables (CSV, Parquet, JSON) and datapackage.json.
    Exits with status 1 if any input was rejected; the others are still written.
    """
    try:
        summary = extract_corpus(paths or (DEFAULT_INPUT,), out_dir, jobs=jobs,
                                 progress=sys.stderr.isatty())
    except DatasetError as err:
        message = f"the dataset failed validation, nothing written: {err}"
        raise click.ClickException(message) from err
    _echo_summary(summary, out_dir)
    sys.exit(0 if summary.ok else 1)


@main.command()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_DATA_DIR, show_default=True)
@click.option("--no-rebuild", is_flag=True, help="Skip the byte-for-byte rebuild.")
def check(data_dir: Path, no_rebuild: bool) -> None:
    """Check a data folder: inputs accounted, claims resolve, a rebuild is identical.

    Exits with status 1 on any discrepancy.
    """
    report = check_data_dir(data_dir, rebuild=not no_rebuild)
    if report.counts:
        counts = report.counts
        click.echo(f"Inputs: {counts['inputs']} ({counts['parsed']} parsed, "
                   f"{counts['duplicate']} duplicates, {counts['rejected']} rejected); "
                   f"documents: {counts['documents']}; claims: {counts['claims']}.")
    for problem in report.problems:
        click.echo(f"PROBLEM: {problem}")
    if report.ok:
        rebuilt = " a rebuild from the raw articles is byte-identical;" if report.rebuilt else ""
        click.echo(f"OK: every input accounted for; every claim resolves to its text;{rebuilt}"
                   " the files match build.json.")
    sys.exit(0 if report.ok else 1)


@main.command()
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEFAULT_DATA_DIR, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8050, show_default=True)
@click.option("--debug", is_flag=True, help="Dash debug mode (development only).")
def serve(data_dir: Path, host: str, port: int, debug: bool) -> None:
    """Serve the dashboard, building the dataset first if it is missing or stale."""
    summary = ensure_dataset(data_dir, progress=sys.stderr.isatty())
    if summary is not None:
        _echo_summary(summary, data_dir)
    from dashboard.app.server import run  # the app is heavy: import it only to serve

    run(data_dir, host, port, debug)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown",
              show_default=True)
def schema(fmt: str) -> None:
    """Print the data dictionary (Markdown, or the datapackage.json resources)."""
    if fmt == "markdown":
        click.echo(render_data_dictionary())
    else:
        click.echo(json.dumps(package_descriptor(TABLES, None), indent=2))
