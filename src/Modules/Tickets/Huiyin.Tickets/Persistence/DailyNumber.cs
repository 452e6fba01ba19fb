
namespace Huiyin.Tickets.Persistence;

/// <summary>The last ticket number handed out on a day (in the desk's time zone).</summary>
internal sealed class DailyNumber
{
    public DateOnly Day { get; init; }

    public int LastValue { get; init; }
}
