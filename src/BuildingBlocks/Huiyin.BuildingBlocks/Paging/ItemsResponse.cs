namespace Huiyin.BuildingBlocks.Paging;

/// <summary>A list answered whole (short lists such as teams), in the same envelope as paged lists.</summary>
public sealed record ItemsResponse<T>(IReadOnlyList<T> Items);
