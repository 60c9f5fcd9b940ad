"""The import's report as lines of text, for the `import_ofsted` command."""


def report_lines(report, every_row_outside=False):
    for row in report.rows:
        label = f"row {row.number}" + (f" ({row.urn})" if row.urn else "")
        name = row.name or "—"
        if row.problems:
            for problem in row.problems:
                where = f", {problem.column}" if problem.column else ""
                yield f"  {label}{where}: {problem.message}"
        elif row.outcome == "new":
            yield f"  {label} {name}: new"
        elif row.outcome == "update":
            changed = "; ".join(f"{change.label}: {change.before} -> {change.after}" for change in row.changes)
            yield f"  {label} {name}: update {changed}"
        elif row.outcome == "skipped":
            yield f"  {label} {name}: skipped. {row.reason}"
    if report.outside:
        yield f"  {len(report.outside)} outside Wolverhampton: skipped"
        if every_row_outside:
            for row in report.outside:
                yield f"  row {row.number} ({row.urn}) {row.name or '—'}: {row.reason}"
    for provider in report.missing:
        yield f"  missing from the file: {provider.urn} {provider.name} (not deleted)"
