using System.Globalization;

namespace Huiyin.Tickets.Features.Reviews;

/// <summary>Months as the API writes them: <c>2026-10</c>, held as their first day.</summary>
internal static class ReviewMonths
{
    public const string Format = "yyyy-MM";

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static string Name(DateOnly month) => month.ToString(Format, CultureInfo.InvariantCulture);

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);
}
