using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Tests.UnitOfWork.Shelves;

// Two tiny modules that exist only to exercise the unit of work: Shelf (books) sends commands and queries to Ledger
// (entries), each with its own DbContext and schema, as two modules of the product would.

public sealed class Book
{
    public Guid Id { get; init; }

    public required string Title { get; init; }

    public int OnLoan { get; set; }

    public uint Version { get; private set; }
}

public sealed class Entry
{
    public Guid Id { get; init; }

    public required string Note { get; set; }
}

public sealed class ShelfDbContext(DbContextOptions<ShelfDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "shelf";

    public override string Schema => SchemaName;

    public DbSet<Book> Books => Set<Book>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        var book = modelBuilder.Entity<Book>();
        book.ToTable("books");
        book.HasXminVersion(b => b.Version);
    }
}

public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "ledger";

    public override string Schema => SchemaName;

    public DbSet<Entry> Entries => Set<Entry>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => modelBuilder.Entity<Entry>().ToTable("entries");
}

/// <summary>Published with a shelved book; its handler posts an entry to the ledger.</summary>
public sealed record BookShelved(Guid BookId, string Title, bool FailAfterPosting, DateTimeOffset OccurredAt) : IntegrationEvent(OccurredAt);

/// <summary>The shelf's own in-memory copy of reference data; counts how often it was told to forget itself.</summary>
public sealed class ShelfCopy : IInMemoryCopy
{
    private int _forgotten;

    public int Forgotten => _forgotten;

    public void Forget() => Interlocked.Increment(ref _forgotten);
}

/// <summary>How many times each handler ran, so a test sees the re-runs.</summary>
public sealed class Attempts
{
    private readonly Dictionary<string, int> _counts = [];

    public int Next(string handler)
    {
        lock (_counts)
        {
            return _counts[handler] = _counts.GetValueOrDefault(handler) + 1;
        }
    }

    public int Of(string handler)
    {
        lock (_counts)
        {
            return _counts.GetValueOrDefault(handler);
        }
    }
}
