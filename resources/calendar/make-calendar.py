#!/usr/bin/env python3
"""Writes Qingfeng's built-in working-day calendar (calendar-cn.json) from holiday-cn files.

Usage: make-calendar.py SOURCE_DIR [OUTPUT]
SOURCE_DIR holds one holiday-cn file per year (2020.json, 2021.json, ...), as published by
the State Council and collected in the holiday-cn data set. The output is the project's own
format, "qingfeng-calendar" version 1:

  {"format": "qingfeng-calendar", "version": 1, "source": "...", "years": [2020, ...],
   "days": [{"date": "2026-01-01", "off": true, "name": "元旦"}, ...]}

"years" are the notice years the file covers: for those years every date not listed is a
working day when it is Monday to Friday. "off": true is a public holiday, "off": false a
weekend day that is worked (调休). A notice can list late-December dates of the year before.
Run once when a new year is announced and commit the result.
"""
import datetime
import json
import pathlib
import sys


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    source = pathlib.Path(sys.argv[1])
    output = pathlib.Path(sys.argv[2]) if len(sys.argv) == 3 else pathlib.Path(__file__).with_name("calendar-cn.json")
    days = {}
    years = []
    for path in sorted(source.glob("[0-9][0-9][0-9][0-9].json")):
        notice = json.loads(path.read_text(encoding="utf-8"))
        year = int(notice["year"])
        years.append(year)
        for day in notice["days"]:
            date = datetime.date.fromisoformat(day["date"])
            off = bool(day["isOffDay"])
            days[date.isoformat()] = {"date": date.isoformat(), "off": off, "name": str(day["name"])}
    if not years:
        sys.exit(f"no holiday-cn files in {source}")
    lines = [json.dumps(days[key], ensure_ascii=False) for key in sorted(days)]
    text = (
        "{\n"
        '  "format": "qingfeng-calendar",\n'
        '  "version": 1,\n'
        '  "source": "State Council notices on public holidays, via the holiday-cn data set",\n'
        f'  "years": {json.dumps(sorted(years))},\n'
        '  "days": [\n    ' + ",\n    ".join(lines) + "\n  ]\n}\n"
    )
    output.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
