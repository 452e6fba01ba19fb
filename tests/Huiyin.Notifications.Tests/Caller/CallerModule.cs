using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Modules;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Notifications.Tests.Caller;

/// <summary>
/// A stand-in for a module that queues an SMS from its own command, as Tickets does when a customer cannot be reached:
/// it logs the call in its own schema and sends <see cref="SendSms"/> in the same command.
/// </summary>
internal sealed class CallerDbContext(DbContextOptions<CallerDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "caller_test";

    public override string Schema => SchemaName;

    public DbSet<LoggedCall> Calls => Set<LoggedCall>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => modelBuilder.Entity<LoggedCall>().ToTable("logged_calls");
}

internal sealed class LoggedCall
{
    public Guid Id { get; init; }
}

/// <summary>Logs a call and queues the apology; the SMS's own outcome does not stop the call being logged.</summary>
internal sealed record LogUnreachableCall(SendSms Apology, bool FailAfterwards = false) : ICommand<Result<Guid>>;

internal sealed class LogUnreachableCallHandler(CallerDbContext db, IMediator mediator) : IRequestHandler<LogUnreachableCall, Result<Guid>>
{
    public async Task<Result<Guid>> Handle(LogUnreachableCall request, CancellationToken cancellationToken)
    {
        var call = new LoggedCall { Id = Guid.CreateVersion7() };
        db.Calls.Add(call);
        await mediator.Send(request.Apology, cancellationToken);
        return request.FailAfterwards ? Error.BusinessRule("caller_failed", "The caller's own rule failed after queuing the SMS.") : call.Id;
    }
}

/// <summary>The stand-in module has no migrations: its tables are made from its model, once.</summary>
internal sealed class CallerTables(CallerDbContext db) : IStartupTask
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQueryRaw<bool>($"SELECT to_regclass('{CallerDbContext.SchemaName}.logged_calls') IS NOT NULL AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!exists)
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript(), cancellationToken);
        }
    }
}
