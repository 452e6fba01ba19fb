namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>
/// Reference data a host keeps in memory and relies on when it writes, without reading it back first: the
/// database checks each such write against the data's current version and, when the copy is out of date, raises
/// <see cref="OutdatedCopySqlState"/>. The unit of work then has every copy forget itself and runs the command
/// once more, so the write is never made from an old copy and nobody sees the difference.
/// </summary>
public interface IInMemoryCopy
{
    /// <summary>The SQLSTATE a trigger raises when a write relied on an outdated copy (a class PostgreSQL leaves to applications).</summary>
    const string OutdatedCopySqlState = "ZH001";

    /// <summary>Drops the copy; the next use reads it afresh.</summary>
    void Forget();
}
