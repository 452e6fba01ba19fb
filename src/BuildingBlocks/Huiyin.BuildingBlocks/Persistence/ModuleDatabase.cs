namespace Huiyin.BuildingBlocks.Persistence;

/// <summary>One module's DbContext and the PostgreSQL schema it owns.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema);

/// <summary>A DbContext of the platform itself (idempotency keys) and its schema: migrated like a module's, but no outbox.</summary>
public sealed record PlatformDatabase(Type ContextType, string Schema);
