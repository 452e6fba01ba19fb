using System.Text.Json.Serialization;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Persistence;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features.Shared;

/// <summary>A change to one complaint: which one (from the route) and the version the caller read (from <c>If-Match</c>).</summary>
internal abstract record ComplaintStep : ICommand<Result<Versioned<ComplaintResponse>>>
{
    [JsonIgnore]
    public Guid ComplaintId { get; init; }

    [JsonIgnore]
    public uint? ExpectedVersion { get; init; }

    /// <summary>This step on the complaint of the route, expecting the version of the <c>If-Match</c> header if one is sent.</summary>
    public ComplaintStep On(Guid complaintId, string? ifMatch) => this with { ComplaintId = complaintId, ExpectedVersion = ETags.Parse(ifMatch) };

    /// <summary>What the step's taker said (the findings, the remedy, the customer's answer), for the timeline.</summary>
    public virtual IEnumerable<(string Name, string? Value)> Words() => [];

    /// <summary>A handling step gets its timeline line here; another change (a severity raised) writes its own.</summary>
    public virtual bool IsHandlingStep() => true;
}

/// <summary>
/// Takes a step on a complaint: loads it (404), checks <c>If-Match</c> (412), applies the step, writes its timeline line, and saves
/// it with the events the step published and the clock commands it sent, in one transaction; answers with the complaint and its
/// deadlines now.
/// </summary>
internal sealed class ComplaintSteps(ComplaintsDbContext db, ComplaintResponses responses, ComplaintClocks clocks, ComplaintJournal journal, IMediator mediator)
{
    public Task<Result<Versioned<ComplaintResponse>>> TakeAsync(ComplaintStep step, Func<Complaint, Result> take, CancellationToken cancellationToken) =>
        TakeAsync(step, complaint => Task.FromResult(take(complaint)), cancellationToken);

    public async Task<Result<Versioned<ComplaintResponse>>> TakeAsync(ComplaintStep step, Func<Complaint, Task<Result>> take, CancellationToken cancellationToken)
    {
        var complaint = await db.Complaints.SingleOrDefaultAsync(c => c.Id == new ComplaintId(step.ComplaintId), cancellationToken);
        if (complaint is null)
        {
            return Error.NotFound("Complaint", step.ComplaintId);
        }

        if (step.ExpectedVersion is { } expected && complaint.Version != expected)
        {
            return Error.Stale();
        }

        var from = complaint.Status;
        if (await take(complaint) is { IsFailure: true } refused)
        {
            return refused.Error;
        }

        if (step.IsHandlingStep())
        {
            journal.Record(complaint.Id, ComplaintTimelineKind.StepTaken, TimelineNotes.StepTaken(from, complaint.Status, step.Words()), from, complaint.Status);
        }

        var now = await clocks.MirrorAsync(complaint, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<ComplaintResponse>(responses.From(complaint, ComplaintResponses.Current(now)), complaint.Version);
    }

    /// <summary>
    /// The investigation is done the same day and cannot be done without speaking to the complainant (当天调查): it meets the
    /// same-day clock, and the first-contact clock too when no contact was logged before it.
    /// </summary>
    public async Task<Result> InvestigatedAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        complaint.Contacted(journal.Now);
        return await clocks.FulfilAsync(complaint, SlaMetric.FirstContact, "investigated", cancellationToken) is { IsFailure: true } refused
            ? refused
            : await clocks.FulfilAsync(complaint, SlaMetric.Investigation, "investigated", cancellationToken);
    }

    /// <summary>The resolution clock stops when the customer accepts the remedy (breaches stay on record).</summary>
    public async Task<Result> StopResolutionClockAsync(Complaint complaint, CancellationToken cancellationToken) =>
        await mediator.Send(new FulfilClock(SlaWorkType.Complaint, complaint.Id.Value, SlaMetric.Resolution, "resolved"), cancellationToken);

    /// <summary>The resolution clock starts again on reopening, under the policy of the complaint's severity now.</summary>
    public async Task<Result> RestartResolutionClockAsync(Complaint complaint, string cause, CancellationToken cancellationToken) =>
        await mediator.Send(new RestartClock(SlaWorkType.Complaint, complaint.Id.Value, SlaMetric.Resolution, cause), cancellationToken);
}
