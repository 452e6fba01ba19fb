namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>
/// Marks an administrative command: when it succeeds, one append-only audit record (who, when, from where, what, the rows
/// before and after) is written in its transaction. Its target is the request's <c>Id</c>, when it names one, or else the
/// first row the command writes.
/// </summary>
public interface IAuditedChange
{
}
