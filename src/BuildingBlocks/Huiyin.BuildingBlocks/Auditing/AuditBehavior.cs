using System.Reflection;
using Huiyin.BuildingBlocks.Persistence;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Auditing;

/// <summary>
/// Innermost behavior, inside the unit of work's transaction: an <see cref="IAuditedChange"/> that succeeds has its rows saved
/// here (through its module's <see cref="ChangeJournal"/>) and its audit record written on the same connection and
/// transaction, so the change and its record are committed or rolled back together. A failed command leaves no record.
/// </summary>
internal sealed class AuditBehavior<TRequest, TResponse>(IServiceProvider services, ModuleDbContextMap contexts)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly PropertyInfo? TargetId = typeof(TRequest).GetProperty("Id") is { PropertyType: var type } id && type == typeof(Guid) ? id : null;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IAuditedChange || !contexts.TryGetFor(typeof(TRequest), out var contextType))
        {
            return await next();
        }

        var db = (ModuleDbContext)services.GetRequiredService(contextType);
        var journal = new ChangeJournal();
        db.Journal = journal;
        try
        {
            var response = await next();
            if (response is Result { IsFailure: true })
            {
                return response;
            }

            await db.SaveChangesAsync(cancellationToken);
            await WriteAsync(db, RecordOf(request, journal), cancellationToken);
            return response;
        }
        finally
        {
            db.Journal = null;
        }
    }

    private AuditRecord RecordOf(TRequest request, ChangeJournal journal)
    {
        var user = services.GetRequiredService<ICurrentUser>();
        var http = services.GetRequiredService<IHttpContextAccessor>().HttpContext;
        return new AuditRecord
        {
            Id = SequentialGuid.NewVersion7(),
            At = services.GetRequiredService<TimeProvider>().GetUtcNow(),
            ActorKind = user.Id is null ? AuditRecord.SystemActor : user.IsApiClient ? HuiyinClaims.ApiClientActor : HuiyinClaims.StaffActor,
            ActorId = user.Id,
            ActorName = user.Name,
            RemoteIp = http?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = http?.Request.Headers.UserAgent.ToString() is { Length: > 0 } agent ? agent[..Math.Min(agent.Length, 500)] : null,
            Operation = typeof(TRequest).Name,
            TargetId = TargetId?.GetValue(request)?.ToString() ?? journal.FirstKey,
            Before = journal.BeforeJson(),
            After = journal.AfterJson(),
        };
    }

    private async Task WriteAsync(ModuleDbContext db, AuditRecord record, CancellationToken cancellationToken)
    {
        var audit = services.GetRequiredService<AuditDbContext>();
        audit.Database.SetDbConnection(db.Database.GetDbConnection(), contextOwnsConnection: false);
        await audit.Database.UseTransactionAsync(db.Database.CurrentTransaction!.GetDbTransaction(), cancellationToken);
        try
        {
            audit.Records.Add(record);
            await audit.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            audit.ChangeTracker.Clear();
            await audit.Database.UseTransactionAsync(null, cancellationToken);
            // Contexts are pooled: give this one its own connection back before another scope leases it.
            audit.Database.SetDbConnection(null, contextOwnsConnection: true);
        }
    }
}
