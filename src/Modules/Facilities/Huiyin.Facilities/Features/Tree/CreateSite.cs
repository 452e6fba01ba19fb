using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Features.Shared;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Facilities.Features.Tree;

/// <summary>Sets up a managed property (小区/项目), the root of its buildings, units and public areas.</summary>
internal sealed record CreateSite(string Name, string? Address = null) : ICommand<Result<SiteResponse>>;

internal sealed class CreateSiteValidator : AbstractValidator<CreateSite>
{
    public CreateSiteValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Address).MaximumLength(200);
    }
}

internal sealed class CreateSiteHandler(FacilitiesDbContext db) : IRequestHandler<CreateSite, Result<SiteResponse>>
{
    public async Task<Result<SiteResponse>> Handle(CreateSite request, CancellationToken cancellationToken)
    {
        var site = Site.Create(request.Name.Trim(), request.Address?.Trim());
        db.Sites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        return SiteResponse.From(site);
    }
}

internal static class CreateSiteEndpoint
{
    public static void MapCreateSite(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/sites", async (CreateSite body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(site => TypedResults.Created($"/api/v1/facilities/sites/{site.Id}", site)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("CreateSite")
            .WithSummary("Set up a site (小区/项目)")
            .WithDescription("Site names are unique: a second site of the same name is a 409 `site_name_taken`.")
            .Produces<SiteResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
