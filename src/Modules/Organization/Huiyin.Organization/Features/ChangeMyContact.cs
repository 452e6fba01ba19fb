using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Organization.Features;

/// <summary>The signed-in person sets where their e-mail and text notifications go; an empty value removes that address.</summary>
internal sealed record ChangeMyContact(string Email, string Mobile) : ICommand<Result<MyContactResponse>>;

internal sealed record MyContactResponse(string? Email, string? Mobile);

internal sealed class ChangeMyContactValidator : AbstractValidator<ChangeMyContact>
{
    public ChangeMyContactValidator()
    {
        RuleFor(x => x.Email).NotNull();
        RuleFor(x => x.Mobile).NotNull();
        RuleFor(x => x.Email).MaximumLength(254).EmailAddress().WithErrorCode("email_format").When(x => !string.IsNullOrWhiteSpace(x.Email));
        RuleFor(x => x.Mobile).Matches("^1[3-9][0-9]{9}$").WithMessage("A mobile has 11 digits and starts with 1.").WithErrorCode("mobile_format")
            .When(x => !string.IsNullOrWhiteSpace(x.Mobile));
    }
}

internal sealed class ChangeMyContactHandler(OrganizationDbContext db, ICurrentUser currentUser) : IRequestHandler<ChangeMyContact, Result<MyContactResponse>>
{
    public async Task<Result<MyContactResponse>> Handle(ChangeMyContact request, CancellationToken cancellationToken)
    {
        if (currentUser.IsApiClient || currentUser.Id is not { } id)
        {
            return Error.Forbidden("staff_only", "Only staff accounts receive notifications.");
        }

        var staff = await db.Staff.SingleAsync(s => s.Id == new StaffMemberId(id), cancellationToken);
        staff.ChangeContact(Blank(request.Email), Blank(request.Mobile));
        await db.SaveChangesAsync(cancellationToken);
        return new MyContactResponse(staff.Email, staff.Mobile);
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal static class ChangeMyContactEndpoint
{
    public static void MapChangeMyContact(this IEndpointRouteBuilder me) =>
        me.MapPut("/contact", async (ChangeMyContact request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(TypedResults.Ok))
            .WithName("ChangeMyContact")
            .WithSummary("Set where your e-mail and text notifications go")
            .WithDescription("Both fields are required; an empty value removes that address. A malformed e-mail or mobile is a 400 naming the field.")
            .Produces<MyContactResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
