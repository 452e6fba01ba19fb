using System.Globalization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Equipment;

/// <summary>Equipment by name, filtered by type, status, site or building, or by a certificate expiring within some days; a page at a time.</summary>
internal sealed record ListEquipment(string? Type, string? Status, Guid? SiteId, Guid? BuildingId, int? CertificateExpiresWithinDays, string? Cursor, int? Limit)
    : IQuery<Result<Page<EquipmentResponse>>>;

internal sealed class ListEquipmentValidator : AbstractValidator<ListEquipment>
{
    public ListEquipmentValidator()
    {
        RuleFor(x => x.Type!).IsEnumName(typeof(EquipmentType), caseSensitive: false).When(x => x.Type is not null)
            .WithMessage($"'{{PropertyValue}}' is not a type of equipment. Use one of: {string.Join(", ", Enum.GetNames<EquipmentType>())}.");
        RuleFor(x => x.Status!).IsEnumName(typeof(EquipmentStatus), caseSensitive: false).When(x => x.Status is not null)
            .WithMessage($"'{{PropertyValue}}' is not a status of equipment. Use one of: {string.Join(", ", Enum.GetNames<EquipmentStatus>())}.");
        RuleFor(x => x.CertificateExpiresWithinDays).InclusiveBetween(0, 3650);
        RuleFor(x => x.Limit).MustBeAPageLimit();
        RuleFor(x => x.Cursor).Must(c => c is null || (Cursor.Decode(c, 2) is [_, var id] && Guid.TryParse(id, CultureInfo.InvariantCulture, out _)))
            .WithMessage("cursor is not one this list returned.").WithErrorCode("invalid_cursor");
    }
}

internal sealed class ListEquipmentHandler(FacilitiesDbContext db, TimeProvider clock) : IRequestHandler<ListEquipment, Result<Page<EquipmentResponse>>>
{
    public async Task<Result<Page<EquipmentResponse>>> Handle(ListEquipment request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? PageRequestRules.DefaultLimit;
        var query = Filtered(request, db.Equipment.AsNoTracking());
        if (request.Cursor is not null && Cursor.Decode(request.Cursor, 2) is [var name, var id])
        {
            var after = new EquipmentId(Guid.Parse(id, CultureInfo.InvariantCulture));
            query = query.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.Name, e.Id), ValueTuple.Create(name, after)));
        }

        var fetched = await query.OrderBy(e => e.Name).ThenBy(e => e.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = Page<Domain.Equipment>.From(fetched, limit, e => Cursor.Encode(e.Name, e.Id.Value.ToString()));
        return new Page<EquipmentResponse>(page.Items.Select(EquipmentResponse.From).ToList(), page.NextCursor);
    }

    private IQueryable<Domain.Equipment> Filtered(ListEquipment request, IQueryable<Domain.Equipment> query)
    {
        if (request.Type is not null)
        {
            var type = Enum.Parse<EquipmentType>(request.Type, ignoreCase: true);
            query = query.Where(e => e.Type == type);
        }

        if (request.Status is not null)
        {
            var status = Enum.Parse<EquipmentStatus>(request.Status, ignoreCase: true);
            query = query.Where(e => e.Status == status);
        }

        if (request.SiteId is { } site)
        {
            query = query.Where(e => e.SiteId == new SiteId(site));
        }

        if (request.BuildingId is { } building)
        {
            query = query.Where(e => e.BuildingId == new BuildingId(building));
        }

        if (request.CertificateExpiresWithinDays is { } days)
        {
            var by = clock.GetUtcNow().AddDays(days);
            query = query.Where(e => e.CertificateExpiresAt != null && e.CertificateExpiresAt <= by);
        }

        return query;
    }
}

internal static class ListEquipmentEndpoint
{
    public static void MapListEquipment(this IEndpointRouteBuilder facilities) =>
        facilities.MapGet("/equipment", async (string? type, string? status, Guid? siteId, Guid? buildingId, int? certificateExpiresWithinDays, string? cursor,
                    int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new ListEquipment(type, status, siteId, buildingId, certificateExpiresWithinDays, cursor, limit), cancellationToken))
                .ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .TakesEnum<EquipmentType>("type")
            .TakesEnum<EquipmentStatus>("status")
            .WithName("ListEquipment")
            .WithSummary("List equipment by type, status, site or building, or with a certificate expiring soon")
            .WithDescription("`certificateExpiresWithinDays` (0–3650) keeps the equipment whose certificate expires within that many days, or has expired. By name; pages with `cursor` and `limit` (1–200, default 50).")
            .Produces<Page<EquipmentResponse>>()
            .ProducesValidationProblem();
}
