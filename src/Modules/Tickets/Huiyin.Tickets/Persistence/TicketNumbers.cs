using Huiyin.BuildingBlocks.Time;
using Npgsql;

namespace Huiyin.Tickets.Persistence;

/// <summary>
/// Hands out T-yyyyMMdd-NNNN, counting afresh each day in the desk's time zone. Each host takes a block of
/// <see cref="BlockSize"/> numbers from the day's counter at a time, in its own short statement outside any
/// ticket's transaction: one round trip per block instead of one per intake. Numbers never repeat; gaps are
/// allowed (a rolled-back intake, or a host stopping with part of its block unused), and with several hosts a
/// later ticket may carry a lower number.
/// </summary>
/// <remarks>
/// <para>The counter never falls below the last block this host took, so deleting the day's row (as a test reset
/// does) does not make this host repeat a number.</para>
/// <para>The counter commits without waiting for its WAL to reach disk (<c>synchronous_commit</c> off for that one
/// transaction), else the row stays locked through every flush and hosts queue behind each other's disks. It is
/// safe: a ticket carrying one of the numbers commits later and synchronously, and flushing its commit flushes the
/// counter with it; a crash can forget only blocks none of whose tickets were committed either.</para>
/// </remarks>
internal sealed class TicketNumbers(NpgsqlDataSource dataSource, TimeProvider clock, DeskTime deskTime)
{
    public const int BlockSize = 10;

    private const string TakeBlock =
        "INSERT INTO tickets.daily_numbers (day, last_value) SELECT $1, $2 + $3 FROM set_config('synchronous_commit', 'off', true) " +
        "ON CONFLICT (day) DO UPDATE SET last_value = GREATEST(daily_numbers.last_value, $2) + $3 RETURNING last_value";

    private readonly SemaphoreSlim _taking = new(1, 1);
    private NumberBlock _block = NumberBlock.None;

    public async Task<string> NextAsync(CancellationToken cancellationToken)
    {
        var day = deskTime.DayOf(clock.GetUtcNow());
        await _taking.WaitAsync(cancellationToken);
        try
        {
            if (_block.Day != day || _block.IsUsedUp)
            {
                _block = await TakeBlockAsync(day, _block.Day == day ? _block.Last : 0, cancellationToken);
            }

            return $"T-{day:yyyyMMdd}-{_block.Take():D4}";
        }
        finally
        {
            _taking.Release();
        }
    }

    private async Task<NumberBlock> TakeBlockAsync(DateOnly day, int lastTaken, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(TakeBlock);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = day });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = lastTaken });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = BlockSize });
        var last = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new NumberBlock(day, last - BlockSize + 1, last);
    }

    /// <summary>The numbers from <c>next</c> to <see cref="Last"/> of a day, not handed out yet.</summary>
    private sealed class NumberBlock(DateOnly day, int next, int last)
    {
        public static readonly NumberBlock None = new(DateOnly.MinValue, 1, 0);

        private int _next = next;

        public DateOnly Day => day;

        public int Last => last;

        public bool IsUsedUp => _next > last;

        public int Take() => _next++;
    }
}
