using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;
using Huiyin.Organization.Domain;
using Huiyin.Organization.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Organization.Features;

internal sealed record CreateStaffMember(
    string Username,
    string DisplayName,
    string Password,
    [property: EnumNames(typeof(StaffRole))] IReadOnlyList<string> Roles,
    Guid? TeamId = null,
    string? ServiceNumber = null,
    IReadOnlyList<string>? Skills = null) : ICommand<Result<StaffMemberResponse>>, IAuditedChange;

internal sealed class CreateStaffMemberValidator : AbstractValidator<CreateStaffMember>
{
    public CreateStaffMemberValidator()
    {
        RuleFor(x => x.Username).MustBeAUsername();
        RuleFor(x => x.DisplayName).MustBeADisplayName();
        RuleFor(x => x.Password).MustBeAPassword();
        RuleFor(x => x.Roles).MustBeRoles();
        RuleFor(x => x.Skills).MustBeSkills();
        RuleFor(x => x.ServiceNumber).MustBeAServiceNumber();
    }
}

internal sealed class CreateStaffMemberHandler(OrganizationDbContext db, StaffDirectory directory, StaffRegistrar registrar)
    : IRequestHandler<CreateStaffMember, Result<StaffMemberResponse>>
{
    public async Task<Result<StaffMemberResponse>> Handle(CreateStaffMember request, CancellationToken cancellationToken)
    {
        var username = StaffRules.NormalizeUsername(request.Username);
        var teamId = request.TeamId is { } team ? new TeamId(team) : (TeamId?)null;
        var problem = await directory.CheckUsernameFreeAsync(username, cancellationToken)
                      ?? await directory.CheckTeamExistsAsync(teamId, cancellationToken)
                      ?? (request.ServiceNumber is { } wanted ? await directory.CheckServiceNumberFreeAsync(wanted, null, cancellationToken) : null);
        if (problem is not null)
        {
            return problem;
        }

        var serviceNumber = request.ServiceNumber ?? await directory.NextServiceNumberAsync(cancellationToken);
        if (PasswordRule.Check(request.Password, "password", username, serviceNumber) is { } weak)
        {
            return weak;
        }

        var profile = new StaffProfile(username, request.DisplayName.Trim(), serviceNumber, StaffRules.ParseRoles(request.Roles), teamId, request.Skills ?? []);
        var staff = registrar.Register(profile, request.Password);
        await db.SaveChangesAsync(cancellationToken);
        return StaffMemberResponse.From(staff);
    }
}

internal static class CreateStaffMemberEndpoint
{
    public static void MapCreateStaffMember(this IEndpointRouteBuilder staff) =>
        staff.MapPost("/", async (CreateStaffMember request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(created => TypedResults.Created($"/api/v1/staff/{created.Id}", created)))
            .RequireAuthorization(OrganizationPermissions.StaffManage)
            .WithName("CreateStaff")
            .WithSummary("Create a staff account")
            .WithDescription("The service number is assigned (101, 102, …) when omitted. 409 when the username or service number is taken.")
            .Produces<StaffMemberResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
