using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
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

/// <summary>
/// Registers equipment where it stands (<c>locationId</c>: a site, building, public area or unit), with its maintenance
/// contractor and certificate (lifts: 由权威机构确认正常并发证后方可投入运行). It starts Up.
/// </summary>
internal sealed record RegisterEquipment(
    string Name,
    [property: JsonRequired] EquipmentType Type,
    Guid LocationId,
    string? Contractor = null,
    string? CertificateNumber = null,
    DateTimeOffset? CertificateExpiresAt = null) : ICommand<Result<EquipmentResponse>>;

internal sealed record EquipmentResponse(
    Guid Id, string Name, EquipmentType Type, Guid SiteId, Guid? BuildingId, Guid? AreaId, Guid? UnitId, string? Contractor,
    string? CertificateNumber, DateTimeOffset? CertificateExpiresAt, EquipmentStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static EquipmentResponse From(Domain.Equipment e) => new(e.Id.Value, e.Name, e.Type, e.SiteId.Value, e.BuildingId?.Value, e.AreaId?.Value,
        e.UnitId?.Value, e.Contractor, e.CertificateNumber, e.CertificateExpiresAt, e.Status, e.CreatedAt, e.UpdatedAt);
}

internal sealed class RegisterEquipmentValidator : AbstractValidator<RegisterEquipment>
{
    public RegisterEquipmentValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Type).IsInEnum();
        RuleFor(x => x.LocationId).NotEmpty();
        RuleFor(x => x.Contractor).MaximumLength(100);
        RuleFor(x => x.CertificateNumber).MaximumLength(50);
        RuleFor(x => x.CertificateNumber).NotEmpty().When(x => x.CertificateExpiresAt is not null)
            .WithMessage("Give the number of the certificate that expires.");
    }
}

internal sealed class RegisterEquipmentHandler(FacilitiesDbContext db) : IRequestHandler<RegisterEquipment, Result<EquipmentResponse>>
{
    public async Task<Result<EquipmentResponse>> Handle(RegisterEquipment request, CancellationToken cancellationToken)
    {
        var location = await LocateAsync(request.LocationId, cancellationToken);
        if (location is null)
        {
            return Error.Validation("unknown_location", "locationId", "There is no site, building, public area or unit with this id.");
        }

        var equipment = Domain.Equipment.Create(request.Name.Trim(), request.Type, location, request.Contractor?.Trim(), request.CertificateNumber?.Trim(),
            request.CertificateExpiresAt);
        db.Equipment.Add(equipment);
        await db.SaveChangesAsync(cancellationToken);
        return EquipmentResponse.From(equipment);
    }

    private async Task<EquipmentLocation?> LocateAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Units.Where(u => u.Id == new UnitId(id)).Select(u => new EquipmentLocation(u.SiteId, u.BuildingId, null, u.Id)).SingleOrDefaultAsync(cancellationToken)
        ?? await db.Areas.Where(a => a.Id == new AreaId(id)).Select(a => new EquipmentLocation(a.SiteId, a.BuildingId, a.Id, null)).SingleOrDefaultAsync(cancellationToken)
        ?? await db.Buildings.Where(b => b.Id == new BuildingId(id)).Select(b => new EquipmentLocation(b.SiteId, b.Id, null, null)).SingleOrDefaultAsync(cancellationToken)
        ?? await db.Sites.Where(s => s.Id == new SiteId(id)).Select(s => new EquipmentLocation(s.Id, null, null, null)).SingleOrDefaultAsync(cancellationToken);
}

internal static class RegisterEquipmentEndpoint
{
    public static void MapRegisterEquipment(this IEndpointRouteBuilder facilities) =>
        facilities.MapPost("/equipment", async (RegisterEquipment body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(equipment => TypedResults.Created($"/api/v1/facilities/equipment/{equipment.Id}", equipment)))
            .RequireAuthorization(FacilitiesPermissions.Write)
            .WithName("RegisterEquipment")
            .WithSummary("Register equipment (a lift, boiler, pump…) where it stands")
            .WithDescription("`locationId` is a site, building, public area or unit; the answer names the site and, where they apply, the building, area and unit. Supervisors and Managers are reminded 30 days before `certificateExpiresAt`.")
            .Produces<EquipmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
