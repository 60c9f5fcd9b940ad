"""The import report as lines of text, for the management commands."""


def report_lines(report):
    for row in report.rows:
        label = f"row {row.number}" + (f" (id {row.service_id})" if row.service_id else "")
        title = row.title or "—"
        if row.problems:
            for problem in row.problems:
                where = f", {problem.column}" if problem.column else ""
                yield f"  {label}{where}: {problem.message}"
        elif row.changes:
            yield f"  {label} {title}: update {', '.join(row.changes)}"
        elif row.outcome == "new":
            yield f"  {label} {title}: new"
