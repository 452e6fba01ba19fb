namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>One module's DbContext and the PostgreSQL schema it owns.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema);
