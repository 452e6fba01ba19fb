using Huiyin.BuildingBlocks.Persistence;

namespace Huiyin.BuildingBlocks.Tests;

public sealed class SequentialGuidTests
{
    [Fact]
    public void Ids_made_one_after_another_sort_in_that_order_byte_by_byte_as_PostgreSQL_compares_them()
    {
        var ids = Enumerable.Range(0, 20_000).Select(_ => SequentialGuid.NewVersion7()).ToList();

        var bytes = ids.Select(id => id.ToByteArray(bigEndian: true)).ToList();
        for (var i = 1; i < bytes.Count; i++)
        {
            Assert.True(bytes[i - 1].AsSpan().SequenceCompareTo(bytes[i]) < 0, $"id {i} does not sort after id {i - 1}");
        }
    }

    [Fact]
    public void Ids_are_version_7_with_the_RFC_variant_and_the_time_they_were_made()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var id = SequentialGuid.NewVersion7();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        var bytes = id.ToByteArray(bigEndian: true);
        Assert.Equal(7, id.Version);
        Assert.Equal(0x80, bytes[8] & 0xC0);
        var milliseconds = bytes[..6].Aggregate(0L, (value, b) => (value << 8) | b);
        // A burst of more than 4,096 ids in a millisecond (the test above) borrows the next milliseconds for a while.
        Assert.InRange(milliseconds, before, after + 100);
    }
}
