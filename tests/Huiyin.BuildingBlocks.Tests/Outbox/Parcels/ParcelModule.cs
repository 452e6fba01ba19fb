using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Outbox;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Tests.Outbox.Parcels;

// A tiny module that exists only to exercise the outbox: registering a parcel publishes ParcelRegistered.

public sealed class Parcel
{
    public Guid Id { get; init; }

    public required string Label { get; init; }
}

/// <summary>What a consuming handler leaves behind, one row per handled event.</summary>
public sealed class Receipt
{
    public Guid Id { get; init; }

    public Guid EventId { get; init; }
}

/// <summary>A parcel was registered; parcels on one <paramref name="Shelf"/> are handled in turn.</summary>
public sealed record ParcelRegistered(Guid ParcelId, string Label, bool Poison, DateTimeOffset OccurredAt, Guid? Shelf = null) : IntegrationEvent(OccurredAt)
{
    public override Guid? OrderingKey => Shelf;
}

public sealed class ParcelDbContext(DbContextOptions<ParcelDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "parcels";

    public override string Schema => SchemaName;

    public DbSet<Parcel> Parcels => Set<Parcel>();

    public DbSet<Receipt> Receipts => Set<Receipt>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Parcel>().ToTable("parcels");
        modelBuilder.Entity<Receipt>().ToTable("receipts");
    }
}

/// <summary>Registers a parcel; <paramref name="Refuse"/> makes the handler fail after it has staged its changes.</summary>
public sealed record RegisterParcel(string Label, bool Poison = false, bool Refuse = false, Guid? Shelf = null) : ICommand<Result<Guid>>;

public sealed class RegisterParcelHandler(ParcelDbContext db, TimeProvider clock) : IRequestHandler<RegisterParcel, Result<Guid>>
{
    public Task<Result<Guid>> Handle(RegisterParcel request, CancellationToken cancellationToken)
    {
        var parcel = new Parcel { Id = Guid.CreateVersion7(), Label = request.Label };
        db.Parcels.Add(parcel);
        db.Publish(new ParcelRegistered(parcel.Id, parcel.Label, request.Poison, clock.GetUtcNow(), request.Shelf));
        Result<Guid> result = request.Refuse ? Error.BusinessRule("refused", "Refused on purpose.") : parcel.Id;
        return Task.FromResult(result);
    }
}

/// <summary>An idempotent consumer: writes a receipt once per event, and fails on poison.</summary>
public sealed class ReceiptWriter(ParcelDbContext db, TimeProvider clock) : IdempotentEventHandler<ParcelRegistered, ParcelDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(ParcelRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Poison)
        {
            throw new InvalidOperationException("This parcel cannot be handled.");
        }

        Db.Receipts.Add(new Receipt { Id = Guid.CreateVersion7(), EventId = integrationEvent.Id });
        return Task.CompletedTask;
    }
}
