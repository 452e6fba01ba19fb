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
internal sealed record ChangeMyContact(string Email, string Mobile) : ICommand<Result<MyContactResponse>>, IContactChange;

internal sealed record MyContactResponse(string? Email, string? Mobile);

internal sealed class ChangeMyContactValidator : ContactChangeValidator<ChangeMyContact>;

internal sealed class ChangeMyContactHandler(OrganizationDbContext db, ICurrentUser currentUser) : IRequestHandler<ChangeMyContact, Result<MyContactResponse>>
{
    public async Task<Result<MyContactResponse>> Handle(ChangeMyContact request, CancellationToken cancellationToken)
    {
        if (currentUser.IsApiClient || currentUser.Id is not { } id)
        {
            return Error.Forbidden("staff_only", "Only staff accounts receive notifications.");
        }

        var staff = await db.Staff.SingleAsync(s => s.Id == new StaffMemberId(id), cancellationToken);
        staff.ChangeContact(ContactValues.OrNone(request.Email), ContactValues.OrNone(request.Mobile));
        await db.SaveChangesAsync(cancellationToken);
        return new MyContactResponse(staff.Email, staff.Mobile);
    }
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
