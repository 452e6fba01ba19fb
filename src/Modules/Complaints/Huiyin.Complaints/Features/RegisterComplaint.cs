using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Complaints.Contracts;
using Huiyin.Complaints.Domain;
using Huiyin.Complaints.Features.Shared;
using Huiyin.Complaints.Persistence;
using Huiyin.Customers.Contracts;
using Huiyin.Facilities.Contracts;
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Complaints.Features;

/// <summary>
/// Registers a customer's complaint, from any channel, by any staff member (S0). The severity is proposed from the facts;
/// the first-contact and resolution clocks start under the complaint policy of that severity, the same-day investigation clock runs to
/// the end of the desk's day. A customer who already has an open
/// complaint in the same category is asked about first (S1: a repeat complaint is escalated): <c>sameMatterAs</c> counts the
/// repeat on the open one and raises it a step; <c>notSameMatter</c> registers a new one. <c>ticketId</c> turns an open ticket of
/// the customer into the complaint: the complaint keeps the link, the ticket's work ends (cancelled as transferred).
/// <c>receivedAt</c> (within the last week) is when a complaint taken down elsewhere reached the company: its clocks start then.
/// </summary>
internal sealed record RegisterComplaint(
    Guid CustomerId,
    [property: JsonRequired] ComplaintChannel Channel,
    [property: JsonRequired] ComplaintCategory Category,
    string Description,
    [property: JsonRequired] ComplaintTargetKind TargetKind,
    ComplaintSource? Source = null,
    Guid? TargetStaffId = null,
    string? TargetDepartment = null,
    string? TargetName = null,
    int? HouseholdsAffected = null,
    decimal? CompensationClaimed = null,
    bool? LawsuitOrMedia = null,
    bool? InjuryOrHeavyLoss = null,
    Guid? SameMatterAs = null,
    bool? NotSameMatter = null,
    Guid? TicketId = null,
    Guid? UnitId = null,
    DateTimeOffset? ReceivedAt = null) : ICommand<Result<RegisteredComplaint>>, IRetriedOnOutdatedCopy;

/// <summary>The complaint registered, or the open one the intake was a repeat of (<paramref name="Repeat"/>).</summary>
internal sealed record RegisteredComplaint(Versioned<ComplaintResponse> Complaint, bool Repeat);

/// <summary>An open complaint of the same customer and category, listed when the intake may repeat it.</summary>
internal sealed record OpenComplaint(Guid Id, string Number, ComplaintStatus Status, ComplaintSeverity Severity, DateTimeOffset CreatedAt);

internal sealed class RegisterComplaintValidator : AbstractValidator<RegisterComplaint>
{
    public const int MostHouseholds = 100_000;
    public const decimal LargestCompensation = 9_999_999_999.99m;

    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(7);
    private readonly TimeProvider _clock;

    public RegisterComplaintValidator(TimeProvider clock)
    {
        _clock = clock;
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.TargetKind).IsInEnum();
        RuleFor(x => x.Source).IsInEnum();
        RuleFor(x => x.Description).NotEmpty().MaximumLength(4000);
        RuleFor(x => x.TargetStaffId).NotEmpty().When(x => x.TargetKind == ComplaintTargetKind.Staff)
            .WithMessage("Name the staff member complained of.");
        RuleFor(x => x.TargetStaffId).Null().When(x => x.TargetKind != ComplaintTargetKind.Staff)
            .WithMessage("targetStaffId is given only when the complaint is about a staff member.").WithErrorCode("staff_target_only");
        RuleFor(x => x.TargetDepartment).NotEmpty().When(x => x.TargetKind == ComplaintTargetKind.Department)
            .WithMessage("Name the department complained of.");
        RuleFor(x => x.TargetDepartment).MaximumLength(100);
        RuleFor(x => x.TargetName).NotEmpty().When(x => x.TargetKind is ComplaintTargetKind.Contractor or ComplaintTargetKind.Product or ComplaintTargetKind.Facility)
            .WithMessage("Name the contractor, product or facility complained of.");
        RuleFor(x => x.TargetName).MaximumLength(200);
        RuleFor(x => x.HouseholdsAffected).InclusiveBetween(1, MostHouseholds);
        RuleFor(x => x.CompensationClaimed).InclusiveBetween(0m, LargestCompensation).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.SameMatterAs).Null().When(x => x.NotSameMatter == true)
            .WithMessage("Say either that it is the same matter as an open complaint or that it is not, not both.").WithErrorCode("same_or_not_same_matter");
        RuleFor(x => x.ReceivedAt).Must(BeWithinTheLastWeek).WithMessage("receivedAt must lie within the last 7 days, not in the future.").WithErrorCode("received_within_week");
    }

    private bool BeWithinTheLastWeek(DateTimeOffset? receivedAt) =>
        receivedAt is not { } at || (at <= _clock.GetUtcNow().AddMinutes(1) && at >= _clock.GetUtcNow() - LongestDelay);
}

internal sealed class RegisterComplaintHandler(
    ComplaintsDbContext db, ComplaintNumbers numbers, ComplaintResponses responses, SeverityRaises raises, ComplaintClocks clocks, ComplaintJournal journal,
    ICurrentUser user, TimeProvider clock, IMediator mediator)
    : IRequestHandler<RegisterComplaint, Result<RegisteredComplaint>>
{
    public async Task<Result<RegisteredComplaint>> Handle(RegisterComplaint request, CancellationToken cancellationToken)
    {
        var customer = await mediator.Send(new GetCustomerSummary(request.CustomerId), cancellationToken);
        if (customer is null || customer.Archived)
        {
            return customer is null
                ? Error.Validation("unknown_customer", "customerId", "There is no customer with this id.")
                : Error.Validation("customer_archived", "customerId", "This customer is archived; restore the customer first.");
        }

        if (request.SameMatterAs is { } repeated)
        {
            return await RepeatAsync(await OpenComplaints(request).SingleOrDefaultAsync(c => c.Id == new ComplaintId(repeated), cancellationToken), cancellationToken);
        }

        if (request.NotSameMatter != true &&
            await OpenComplaints(request).AsNoTracking().Select(c => new OpenComplaint(c.Id.Value, c.Number, c.Status, c.Severity, c.CreatedAt)).ToListAsync(cancellationToken)
                is { Count: > 0 } open)
        {
            return Error.Conflict("open_complaint_exists",
                "This customer already has an open complaint in this category: register it with sameMatterAs (a repeat, escalated) or notSameMatter.",
                new Dictionary<string, object?> { ["openComplaints"] = open });
        }

        var target = await TargetAsync(request, cancellationToken);
        if (target.IsFailure)
        {
            return target.Error;
        }

        var place = await PlaceAsync(request.UnitId, cancellationToken);
        if (place.IsFailure)
        {
            return place.Error;
        }

        var id = ComplaintId.New();
        var complainant = new ComplaintCustomer(customer.CustomerId, customer.Name, customer.Phone, customer.Tier, customer.Vip);
        var intake = Intake(request, target.Value);
        if (await clocks.StartAsync(id, Complaint.ClockAttributesOf(intake, complainant), request.ReceivedAt?.ToUniversalTime() ?? clock.GetUtcNow(), cancellationToken)
                is { IsFailure: true } notStarted)
        {
            return notStarted.Error;
        }

        var started = await clocks.ReadAsync(id, cancellationToken);

        // Numbered last: the day's counter stays locked from here until the commit, so that numbers have no gaps. The receipt goes
        // out after the commit (SendComplaintReceipt).
        var complaint = Complaint.Register(id, await numbers.NextAsync(cancellationToken), intake, complainant, user.IsApiClient ? null : user.Id, request.TicketId, place.Value);
        db.Complaints.Add(complaint);
        if (request.TicketId is { } ticketId &&
            await mediator.Send(new TransferTicketToComplaint(ticketId, complaint.CustomerId, complaint.Number), cancellationToken) is { IsFailure: true } notTransferred)
        {
            return notTransferred.Error;
        }

        journal.Record(complaint.Id, ComplaintTimelineKind.Registered, TimelineNotes.Registered(complaint), to: complaint.Status);
        complaint.MirrorClocks(started);

        db.Publish(new ComplaintRegistered(complaint.Id.Value, complaint.Number, complaint.CustomerId, complaint.Channel.ToString(), complaint.Source.ToString(),
            complaint.Category.ToString(), complaint.TargetKind.ToString(), complaint.TargetStaffId, complaint.TargetDepartment, complaint.TargetName,
            complaint.Severity.ToString(), SeverityRules.Applying(complaint.Facts).Select(rule => rule.ToString()).ToList(),
            SeverityRules.OwnerRole(complaint.Severity).ToString(), complaint.ReceivedById, user.Actor, clock.GetUtcNow(), complaint.Place));
        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredComplaint(new Versioned<ComplaintResponse>(responses.From(complaint, ComplaintResponses.Current(started)), complaint.Version), Repeat: false);
    }

    private IQueryable<Complaint> OpenComplaints(RegisterComplaint request) =>
        db.Complaints
            .Where(c => c.CustomerId == request.CustomerId && c.Category == request.Category && Complaint.OpenStatuses.Contains(c.Status))
            .OrderBy(c => c.CreatedAt);

    /// <summary>The same matter again: the open complaint counts the repeat and rises a step (unless Major already); its owner is told.</summary>
    private async Task<Result<RegisteredComplaint>> RepeatAsync(Complaint? complaint, CancellationToken cancellationToken)
    {
        if (complaint is null)
        {
            return Error.Validation("not_an_open_complaint", "sameMatterAs", "sameMatterAs must name an open complaint of this customer in this category.");
        }

        complaint.CountRepeat();
        journal.Record(complaint.Id, ComplaintTimelineKind.RepeatCounted, TimelineNotes.RepeatCounted(complaint.RepeatCount));
        if (complaint.NextSeverity is { } next &&
            await raises.RaiseAsync(complaint, next, SeverityRaiseCause.Repeat, $"The customer complained again of the same matter ({complaint.RepeatCount} times).", cancellationToken)
                is { IsFailure: true } refused)
        {
            return refused.Error;
        }

        db.Publish(new ComplaintRepeated(complaint.Id.Value, complaint.Number, complaint.CustomerId, complaint.TargetStaffId, complaint.TargetDepartment,
            complaint.RepeatCount, complaint.Severity.ToString(), SeverityRules.OwnerRole(complaint.Severity).ToString(), user.IsApiClient ? null : user.Id,
            user.Actor, clock.GetUtcNow(), complaint.Place));
        var now = await clocks.MirrorAsync(complaint, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredComplaint(new Versioned<ComplaintResponse>(responses.From(complaint, ComplaintResponses.Current(now)), complaint.Version), Repeat: true);
    }

    /// <summary>The target as given; a staff member must exist, and brings their name and, unless given, their team as department.</summary>
    private async Task<Result<ComplaintTarget>> TargetAsync(RegisterComplaint r, CancellationToken cancellationToken)
    {
        var target = new ComplaintTarget(r.TargetKind, r.TargetStaffId, r.TargetDepartment?.Trim(), r.TargetName?.Trim());
        if (r.TargetStaffId is not { } staffId)
        {
            return target;
        }

        var cards = await mediator.Send(new GetStaffCards(StaffIds: [staffId]), cancellationToken);
        return cards.SingleOrDefault() is { } staff
            ? target with { Name = staff.DisplayName, Department = target.Department ?? staff.TeamName }
            : Error.Validation("unknown_staff", "targetStaffId", "There is no active staff member with this id.");
    }

    /// <summary>The unit complained about, if named: it must exist, and brings its building, site and address.</summary>
    private async Task<Result<ComplaintPlace?>> PlaceAsync(Guid? unitId, CancellationToken cancellationToken)
    {
        if (unitId is not { } id)
        {
            return Result<ComplaintPlace?>.Success(null);
        }

        return await mediator.Send(new GetUnitAddress(id), cancellationToken) is { } unit
            ? new ComplaintPlace(unit.SiteId, unit.BuildingId, unit.UnitId, unit.Label)
            : Error.Validation("unknown_unit", "unitId", "There is no unit with this id.");
    }

    private static ComplaintIntake Intake(RegisterComplaint r, ComplaintTarget target) => new(
        r.Channel, r.Source ?? ComplaintSource.Direct, r.Category, r.Description.Trim(), target,
        new ComplaintFacts(r.HouseholdsAffected ?? 1, r.CompensationClaimed, r.LawsuitOrMedia == true, r.InjuryOrHeavyLoss == true));
}

internal static class RegisterComplaintEndpoint
{
    public static void MapRegisterComplaint(this IEndpointRouteBuilder complaints) =>
        complaints.MapPost("/", async (RegisterComplaint body, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(registered => registered.Repeat
                    ? registered.Complaint.ToOk(response)
                    : Created(registered.Complaint, response)))
            .RequireAuthorization(ComplaintsPermissions.Write)
            .WithName("RegisterComplaint")
            .WithSummary("Register a customer's complaint")
            .WithDescription("Any staff member may take a complaint in. The severity is proposed from the facts (households affected, compensation claimed, lawsuit or media exposure, injury or heavy loss) with the rules that applied, the owner role follows it, and the first-contact and resolution clocks start under the complaint policy of that severity. When the customer already has an open complaint in the same category the answer is 409 `open_complaint_exists` listing them (`openComplaints`), unless the intake says `sameMatterAs` (that open complaint counts the repeat, rises one severity step and its owner is told: 200 with it) or `notSameMatter: true` (registered as new). `ticketId` turns an open ticket of the same customer into the complaint: the complaint keeps the link and the ticket is cancelled as transferred (400 on `ticketId` for an unknown or another customer's ticket, 409 `ticket_not_open`).")
            .Produces<ComplaintResponse>(StatusCodes.Status201Created)
            .Produces<ComplaintResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static IResult Created(Versioned<ComplaintResponse> created, HttpResponse response)
    {
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/complaints/{created.Resource.Id}", created.Resource);
    }
}
