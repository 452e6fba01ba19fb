using System.Text.Json.Serialization;
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
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Tree;

/// <summary>Adds a public area (lobby, car park, garden, plant room…) to a site, or to one of its buildings.</summary>
internal sealed record CreateArea(Guid SiteId, [property: JsonRequired] AreaKind Kind, string Name, Guid? BuildingId = null)
    : ICommand<Result<AreaResponse>>;

internal sealed class CreateAreaValidator : AbstractValidator<CreateArea>
{
    public CreateAreaValidator()
    {
        RuleFor(x => x.SiteId).NotEmpty();
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
    }
}

internal sealed class CreateAreaHandler(FacilitiesDbContext db) : IRequestHandler<CreateArea, Result<AreaResponse>>
{
    public async Task<Result<AreaResponse>> Handle(CreateArea request, CancellationToken cancellationToken)
    {
        var siteId = new SiteId(request.SiteId);
        if (!await db.Sites.AnyAsync(s => s.Id == siteId, cancellationToken))
        {
            return Error.Validation("unknown_site", "siteId", "There is no site with this id.");
        }

        var buildingId = request.BuildingId is { } id ? new BuildingId(id) : (BuildingId?)null;
        if (buildingId is not null && !await db.Buildings.AnyAsync(b => b.Id == buildingId && b.SiteId == siteId, cancellationToken))
        {
            return Error.Validation("unknown_building", "buildingId", "The site has no building with this id.");
        }

        var area = PublicArea.Create(siteId, buildingId, request.Kind, request.Name.Trim());
        db.Areas.Add(area);
        await db.SaveChangesAsync(cancellationToken);
        return AreaResponse.From(area);
    }
}

internal static class CreateAreaEndpoint
{
    public static void MapCreateArea(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/areas", async (CreateArea body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(area => TypedResults.Created($"/api/v1/facilities/areas/{area.Id}", area)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("CreateArea")
            .WithSummary("Add a public area to a site or one of its buildings")
            .Produces<AreaResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
