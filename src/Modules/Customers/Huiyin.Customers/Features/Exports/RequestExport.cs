using System.Text.Json.Serialization;
using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Domain;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Customers.Features.Exports;

/// <summary>Asks for an export of the customers matching the filters (masked values); a Manager must approve it.</summary>
internal sealed record RequestExport(
    [property: JsonRequired] ExportFormat Format, string Reason, string? Search = null, CustomerType? Type = null, int? Tier = null, bool? Vip = null, bool? Archived = null)
    : ICommand<Result<ExportResponse>>
{
    [JsonIgnore]
    public CustomerFilter Filter => new(Search, Type?.ToString(), Tier, Vip, null, Archived);
}

internal sealed class RequestExportValidator : AbstractValidator<RequestExport>
{
    public RequestExportValidator()
    {
        RuleFor(x => x.Format).IsInEnum();
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(500).WithMessage("Say what the export is for (kept in the export log).");
        this.MustBeACustomerFilter(x => x.Filter);
    }
}

internal sealed class RequestExportHandler(CustomersDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<RequestExport, Result<ExportResponse>>
{
    public Task<Result<ExportResponse>> Handle(RequestExport request, CancellationToken cancellationToken)
    {
        if (currentUser.Id is not { } requester)
        {
            return Task.FromResult<Result<ExportResponse>>(Error.Forbidden("export_requester", "Exports are requested by a signed-in staff member or API client."));
        }

        var filter = new ExportFilter(request.Search?.Trim(), request.Type?.ToString(), request.Tier, request.Vip, request.Archived ?? false);
        var export = CustomerExport.Request(request.Format, filter, request.Reason.Trim(), requester, currentUser.Actor, clock.GetUtcNow());
        db.Exports.Add(export);
        return Task.FromResult<Result<ExportResponse>>(ExportResponse.From(export));
    }
}

internal static class RequestExportEndpoint
{
    public static void MapRequestExport(this IEndpointRouteBuilder exports) =>
        exports.MapPost("/", async (RequestExport request, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(request, cancellationToken)).ToHttp(created => TypedResults.Created($"/api/v1/customers/exports/{created.Id}", created)))
            .RequireAuthorization(CustomersPermissions.Export)
            .WithName("RequestCustomerExport")
            .WithSummary("Request an export of customer data (CSV or Excel, masked); a Manager approves it, then the requester downloads it once")
            .Produces<ExportResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
}
