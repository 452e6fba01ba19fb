using System.Xml;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>Durations as the API writes them: ISO 8601 (<c>PT3H</c>, <c>P2D</c>, <c>PT30S</c>).</summary>
public static class IsoDurations
{
    /// <summary>Hours, minutes and seconds, never days, as the product speaks of windows: PT24H, PT48H, PT1H30M, PT30S.</summary>
    public static string Format(TimeSpan duration)
    {
        var sign = duration < TimeSpan.Zero ? "-" : "";
        duration = duration.Duration();
        var hours = (long)duration.TotalHours;
        var text = (hours > 0 ? $"{hours}H" : "") + (duration.Minutes > 0 ? $"{duration.Minutes}M" : "")
                   + (duration.Seconds > 0 || duration.Milliseconds > 0 ? $"{duration.TotalSeconds % 60:0.###}S" : "");
        return $"{sign}PT{(text.Length == 0 ? "0S" : text)}";
    }

    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !text.TrimStart('-').StartsWith('P'))
        {
            return null;
        }

        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
