using System.Security.Cryptography;

namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// Version 7 UUIDs that sort, as PostgreSQL compares them, in the order this process made them, also within one
/// millisecond: the 12 bits after the timestamp count up (RFC 9562 §6.2, method 1), where
/// <see cref="Guid.CreateVersion7()"/> puts random bits. Rows written in the same instant (a check-out and the
/// hand-back that caused it) then keep their order when listed by time and id (docs/decisions/0010).
/// </summary>
public static class SequentialGuid
{
    private const int CounterBits = 12;

    private static readonly Lock Gate = new();
    private static long _last;

    public static Guid NewVersion7()
    {
        long stamp;
        lock (Gate)
        {
            // Milliseconds and counter as one number: a new millisecond starts the counter at 0, a full counter borrows the next one.
            stamp = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() << CounterBits, _last + 1);
            _last = stamp;
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        var milliseconds = stamp >> CounterBits;
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        var counter = (int)(stamp & ((1 << CounterBits) - 1));
        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
