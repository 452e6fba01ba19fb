using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Domain.Outages;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Outages;

/// <summary>An outage with who was told of it: the messages sent at its start and at its restoration, and to whom.</summary>
internal sealed record GetOutage(Guid OutageId) : IQuery<Result<OutageDetails>>;

internal sealed record OutageDetails(OutageResponse Outage, int SentAtStart, int SentAtRestoration, int NotTold, IReadOnlyList<ToldCustomer> Told);

internal enum OutagePhase
{
    Start,
    Restoration,
}

/// <summary>A customer texted about the outage at <paramref name="Phase"/>, on the phone shown masked (138****5678).</summary>
internal sealed record ToldCustomer(Guid CustomerId, OutagePhase Phase, string Phone, Guid MessageId, DateTimeOffset At);

internal sealed class GetOutageHandler(FacilitiesDbContext db) : IRequestHandler<GetOutage, Result<OutageDetails>>
{
    public async Task<Result<OutageDetails>> Handle(GetOutage request, CancellationToken cancellationToken)
    {
        var id = new OutageId(request.OutageId);
        var outage = await db.Outages.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (outage is null)
        {
            return Error.NotFound("Outage", request.OutageId);
        }

        var notices = new[] { outage.StartNoticeId, outage.RestorationNoticeId }.OfType<NoticeId>().ToList();
        var recipients = await db.NoticeRecipients.AsNoTracking().Where(r => notices.Contains(r.NoticeId)).ToListAsync(cancellationToken);
        OutagePhase PhaseOf(NoticeRecipient r) => r.NoticeId == outage.StartNoticeId ? OutagePhase.Start : OutagePhase.Restoration;
        var told = recipients.Where(r => r.Outcome == TextOutcome.Sent).OrderBy(PhaseOf).ThenBy(r => r.CustomerId)
            .Select(r => new ToldCustomer(r.CustomerId, PhaseOf(r), r.MaskedPhone!, r.MessageId!.Value, r.RecordedAt)).ToList();
        return new OutageDetails(OutageResponse.From(outage), told.Count(t => t.Phase == OutagePhase.Start), told.Count(t => t.Phase == OutagePhase.Restoration),
            recipients.Count - told.Count, told);
    }
}

internal static class GetOutageEndpoint
{
    public static void MapGetOutage(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/outages/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetOutage(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetOutage")
            .WithSummary("Read an outage and who was told of it")
            .WithDescription("`told` lists each customer texted, at the start or at the restoration, with the phone masked; `notTold` counts the affected customers who had not agreed to text messages or have no mobile phone. The messages go out in the background, so the counts grow for a few seconds after the outage is recorded or restored.")
            .Produces<OutageDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
