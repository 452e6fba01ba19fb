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
using Huiyin.Organization.Contracts;
using Huiyin.Sla.Contracts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Complaints.Features;

/// <summary>
/// Registers a customer's complaint, from any channel, by any staff member (S0). The severity is proposed from the facts;
/// the first-contact and resolution clocks start under the complaint policy of that severity.
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
    bool? InjuryOrHeavyLoss = null) : ICommand<Result<Versioned<ComplaintResponse>>>, IRetriedOnOutdatedCopy;

internal sealed class RegisterComplaintValidator : AbstractValidator<RegisterComplaint>
{
    public const int MostHouseholds = 100_000;
    public const decimal LargestCompensation = 9_999_999_999.99m;

    public RegisterComplaintValidator()
    {
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
    }
}

internal sealed class RegisterComplaintHandler(
    ComplaintsDbContext db, ComplaintNumbers numbers, ComplaintResponses responses, ICurrentUser user, TimeProvider clock, IMediator mediator)
    : IRequestHandler<RegisterComplaint, Result<Versioned<ComplaintResponse>>>
{
    public async Task<Result<Versioned<ComplaintResponse>>> Handle(RegisterComplaint request, CancellationToken cancellationToken)
    {
        var customer = await mediator.Send(new GetCustomerSummary(request.CustomerId), cancellationToken);
        if (customer is null || customer.Archived)
        {
            return customer is null
                ? Error.Validation("unknown_customer", "customerId", "There is no customer with this id.")
                : Error.Validation("customer_archived", "customerId", "This customer is archived; restore the customer first.");
        }

        var target = await TargetAsync(request, cancellationToken);
        if (target.IsFailure)
        {
            return target.Error;
        }

        var complaint = Complaint.Register(ComplaintId.New(), await numbers.NextAsync(cancellationToken), Intake(request, target.Value),
            new ComplaintCustomer(customer.CustomerId, customer.Name, customer.Phone, customer.Tier, customer.Vip), user.IsApiClient ? null : user.Id);
        db.Complaints.Add(complaint);
        var started = await mediator.Send(
            new StartClocks(SlaWorkType.Complaint, complaint.Id.Value, complaint.ClockAttributes, [SlaMetric.FirstContact, SlaMetric.Resolution]), cancellationToken);
        if (started.IsFailure)
        {
            return started.Error;
        }

        db.Publish(new ComplaintRegistered(complaint.Id.Value, complaint.Number, complaint.CustomerId, complaint.Channel.ToString(), complaint.Source.ToString(),
            complaint.Category.ToString(), complaint.TargetKind.ToString(), complaint.TargetStaffId, complaint.TargetDepartment, complaint.TargetName,
            complaint.Severity.ToString(), SeverityRules.Applying(complaint.Facts).Select(rule => rule.ToString()).ToList(),
            SeverityRules.OwnerRole(complaint.Severity).ToString(), complaint.ReceivedById, user.Actor, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return new Versioned<ComplaintResponse>(responses.From(complaint, ComplaintResponses.Started(started.Value)), complaint.Version);
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

    private static ComplaintIntake Intake(RegisterComplaint r, ComplaintTarget target) => new(
        r.Channel, r.Source ?? ComplaintSource.Direct, r.Category, r.Description.Trim(), target,
        new ComplaintFacts(r.HouseholdsAffected ?? 1, r.CompensationClaimed, r.LawsuitOrMedia == true, r.InjuryOrHeavyLoss == true));
}

internal static class RegisterComplaintEndpoint
{
    public static void MapRegisterComplaint(this IEndpointRouteBuilder complaints) =>
        complaints.MapPost("/", async (RegisterComplaint body, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(created =>
                {
                    ETags.Set(response, created.Version);
                    return TypedResults.Created($"/api/v1/complaints/{created.Resource.Id}", created.Resource);
                }))
            .RequireAuthorization(ComplaintsPermissions.Write)
            .WithName("RegisterComplaint")
            .WithSummary("Register a customer's complaint")
            .WithDescription("Any staff member may take a complaint in. The severity is proposed from the facts (households affected, compensation claimed, lawsuit or media exposure, injury or heavy loss) with the rules that applied, the owner role follows it, and the first-contact and resolution clocks start under the complaint policy of that severity.")
            .Produces<ComplaintResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
