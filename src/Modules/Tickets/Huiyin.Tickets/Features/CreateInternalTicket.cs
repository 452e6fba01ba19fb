using FluentValidation;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Sla.Contracts;
using Huiyin.Tickets.Contracts;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Tickets.Features;

internal sealed class CreateInternalTicketValidator : AbstractValidator<CreateInternalTicket>
{
    public CreateInternalTicketValidator()
    {
        RuleFor(x => x.Kind).Must(kind => kind is nameof(TicketKind.Repair) or nameof(TicketKind.ServiceRequest))
            .WithMessage("An internal ticket is a Repair or a ServiceRequest.").WithErrorCode("internal_ticket_kind");
        RuleFor(x => x.Category).IsEnumName(typeof(TicketCategory), caseSensitive: true);
        RuleFor(x => x.Description).IsText(CreateTicketValidator.MaxDescriptionLength);
        RuleFor(x => x.Location).MaximumLength(CreateTicketValidator.MaxLocationLength);
        RuleFor(x => x.Origin).NotEmpty().MaximumLength(CreateInternalTicket.MaxOriginLength);
    }
}

/// <summary>The property's own work has no customer: the ticket names the property (物业内部) in the customer's place.</summary>
internal sealed class CreateInternalTicketHandler(TicketsDbContext db, TicketOpening opening) : IRequestHandler<CreateInternalTicket, Result<InternalTicket>>
{
    public const string PropertyItself = "物业内部";

    public async Task<Result<InternalTicket>> Handle(CreateInternalTicket request, CancellationToken cancellationToken)
    {
        if (await db.Tickets.AsNoTracking().Where(t => t.Origin == request.Origin).Select(t => new InternalTicket(t.Id.Value, t.Number))
                .SingleOrDefaultAsync(cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var intake = new TicketIntake(Enum.Parse<TicketKind>(request.Kind), IntakeChannel.Internal, CreateInternalTicket.NoCustomer, request.UnitId?.ToString(), request.Location?.Trim(),
            Enum.Parse<TicketCategory>(request.Category), request.Description.Trim(), null, WorkComplexity.Standard, null, false, null, request.Origin);
        var opened = await opening.OpenAsync(intake, new TicketCustomer(CreateInternalTicket.NoCustomer, PropertyItself, null, null, false), null, cancellationToken);
        if (opened.IsFailure)
        {
            return opened.Error;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new InternalTicket(opened.Value.Id.Value, opened.Value.Number);
    }
}
