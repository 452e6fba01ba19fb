using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Contacts;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Customers.Contracts;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features;

/// <summary>
/// Takes in an enquiry, service request or repair. <c>resolvedOnTheSpot</c> with an <c>answer</c> records an
/// enquiry answered during the call: contacted and resolved at once. <c>receivedAt</c> is when a report came in
/// that is entered later (a letter, a call taken on the round): its clocks run from then.
/// </summary>
internal sealed record CreateTicket(
    [property: JsonRequired] TicketKind Kind,
    [property: JsonRequired] IntakeChannel Channel,
    Guid CustomerId,
    [property: JsonRequired] TicketCategory Category,
    string Description,
    string? UnitId = null,
    string? Location = null,
    TicketPriority? Priority = null,
    WorkComplexity? Complexity = null,
    DateTimeOffset? PromisedAt = null,
    bool? Chargeable = null,
    decimal? Fee = null,
    bool? ResolvedOnTheSpot = null,
    string? Answer = null,
    DateTimeOffset? ReceivedAt = null) : ICommand<Result<CreatedTicket>>, IRetriedOnOutdatedCopy;

internal sealed record CreatedTicket(TicketResponse Ticket, uint Version);

internal sealed class CreateTicketValidator : AbstractValidator<CreateTicket>
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxUnitIdLength = 40;
    public const int MaxLocationLength = 200;

    private static readonly TimeSpan LongestDelay = TimeSpan.FromDays(7);

    private readonly TimeProvider _clock;

    public CreateTicketValidator(TimeProvider clock)
    {
        _clock = clock;
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Channel).IsInEnum();
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.Category).IsInEnum();
        RuleFor(x => x.Description).IsText(MaxDescriptionLength);
        RuleFor(x => x.UnitId).MaximumLength(MaxUnitIdLength);
        RuleFor(x => x.Location).MaximumLength(MaxLocationLength);
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.Complexity).IsInEnum();
        RuleFor(x => x.Fee).InclusiveBetween(0m, 1_000_000m)
            .Must((x, _) => x.Chargeable == true).WithMessage("A fee is charged only for chargeable work (有偿服务): set chargeable.").WithErrorCode("fee_needs_chargeable")
            .When(x => x.Fee is not null);
        RuleFor(x => x.ResolvedOnTheSpot).Must((x, onTheSpot) => onTheSpot != true || x.Kind == TicketKind.Enquiry)
            .WithMessage("Only an enquiry can be answered on the spot.").WithErrorCode("only_enquiry_on_the_spot");
        RuleFor(x => x.Answer).IsText(2000).When(x => x.ResolvedOnTheSpot == true)
            .WithMessage("Write the answer given to the customer.");
        RuleFor(x => x.ReceivedAt).Must(BeWithinTheLastWeek).WithMessage("receivedAt must lie within the last 7 days, not in the future.").WithErrorCode("received_within_week");
    }

    private bool BeWithinTheLastWeek(DateTimeOffset? receivedAt) =>
        receivedAt is not { } at || (at <= _clock.GetUtcNow().AddMinutes(1) && at >= _clock.GetUtcNow() - LongestDelay);
}

internal sealed class CreateTicketHandler(
    TicketsDbContext db, TicketOpening opening, TicketWork work, TicketJournal journal, IMediator mediator)
    : IRequestHandler<CreateTicket, Result<CreatedTicket>>
{
    public async Task<Result<CreatedTicket>> Handle(CreateTicket request, CancellationToken cancellationToken)
    {
        var customer = await mediator.Send(new GetCustomerSummary(request.CustomerId), cancellationToken);
        if (customer is null || customer.Archived)
        {
            return customer is null
                ? Error.Validation("unknown_customer", "customerId", "There is no customer with this id.")
                : Error.Validation("customer_archived", "customerId", "This customer is archived; restore the customer first.");
        }

        var opened = await opening.OpenAsync(Intake(request),
            new TicketCustomer(customer.CustomerId, customer.Name, customer.Phone, customer.Tier, customer.Vip, customer.TextMobile), request.ReceivedAt?.ToUniversalTime(), cancellationToken);
        if (opened.IsFailure)
        {
            return opened.Error;
        }

        var ticket = opened.Value;
        if (request.ResolvedOnTheSpot == true && await AnswerOnTheSpotAsync(ticket, request.Answer!.Trim(), cancellationToken) is { IsFailure: true } notAnswered)
        {
            return notAnswered.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CreatedTicket(TicketResponse.From(ticket, journal.Now), ticket.Version);
    }

    private async Task<Result> AnswerOnTheSpotAsync(Ticket ticket, string answer, CancellationToken cancellationToken)
    {
        var method = ticket.Channel switch
        {
            IntakeChannel.WalkIn => ContactMethod.FrontDesk,
            IntakeChannel.Letter or IntakeChannel.Online or IntakeChannel.App or IntakeChannel.Api => ContactMethod.Email,
            _ => ContactMethod.Phone,
        };
        var contact = await work.LogContactAsync(ticket, new ContactEntry(null, method, ContactOutcome.Reached, answer), cancellationToken);
        return contact.IsFailure ? contact.Error : await work.ResolveAsync(ticket, answer, cancellationToken);
    }

    private static TicketIntake Intake(CreateTicket r) => new(
        r.Kind, r.Channel, r.CustomerId, r.UnitId?.Trim(), r.Location?.Trim(),
        r.Category, r.Description.Trim(), r.Priority,
        r.Complexity ?? WorkComplexity.Standard, r.PromisedAt?.ToUniversalTime(), r.Chargeable == true, r.Fee);
}

internal static class CreateTicketEndpoint
{
    public static void MapCreateTicket(this IEndpointRouteBuilder tickets) =>
        tickets.MapPost("/", async (CreateTicket body, HttpResponse response, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(created =>
                {
                    ETags.Set(response, created.Version);
                    return TypedResults.Created($"/api/v1/tickets/{created.Ticket.Id}", created.Ticket);
                }))
            .RequireAuthorization(TicketsPermissions.Write)
            .WithName("CreateTicket")
            .WithSummary("Take in an enquiry, service request or repair")
            .WithDescription("Starts the first-contact and resolution clocks under the first SLA policy that matches.")
            .Produces<TicketResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
