using System.Globalization;

namespace Huiyin.Sla.Domain.Calendars;

/// <summary>
/// Reads the all-day events of an iCalendar file (RFC 5545) as holidays and make-up working days. An event whose
/// summary says 班 (补班, 上班 — as in the official holiday calendars) is a working day; any other is a holiday.
/// Multi-day events cover DTSTART up to, not including, DTEND.
/// </summary>
internal static class ICalendarDays
{
    public static (IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> Workdays)? Read(string ics)
    {
        var lines = Unfold(ics);
        if (!lines.Contains("BEGIN:VCALENDAR"))
        {
            return null;
        }

        var holidays = new List<DateOnly>();
        var workdays = new List<DateOnly>();
        foreach (var vevent in Events(lines))
        {
            if (DateOf(vevent, "DTSTART") is not { } start)
            {
                continue;
            }

            var end = DateOf(vevent, "DTEND") ?? start.AddDays(1);
            var summary = vevent.GetValueOrDefault("SUMMARY", "");
            var days = Enumerable.Range(0, Math.Max(1, end.DayNumber - start.DayNumber)).Select(start.AddDays);
            (summary.Contains('班') ? workdays : holidays).AddRange(days);
        }

        return (holidays, workdays);
    }

    private static List<string> Unfold(string ics)
    {
        var lines = new List<string>();
        foreach (var raw in ics.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Length > 0 && (raw[0] == ' ' || raw[0] == '\t') && lines.Count > 0)
            {
                lines[^1] += raw[1..];
            }
            else if (raw.Length > 0)
            {
                lines.Add(raw.TrimEnd());
            }
        }

        return lines;
    }

    private static IEnumerable<Dictionary<string, string>> Events(List<string> lines)
    {
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = [];
            }
            else if (line == "END:VEVENT" && current is not null)
            {
                yield return current;
                current = null;
            }
            else if (current is not null && line.IndexOf(':') is var colon and > 0)
            {
                var name = line[..colon].Split(';')[0].ToUpperInvariant();
                current[name] = line[(colon + 1)..];
            }
        }
    }

    private static DateOnly? DateOf(Dictionary<string, string> vevent, string property) =>
        vevent.TryGetValue(property, out var value) && value.Length >= 8
        && DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
