using System.Globalization;
using CsvHelper;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Huiyin.Customers.Contracts;
using Huiyin.Customers.Features.Shared;
using Huiyin.Customers.Persistence;
using Huiyin.Customers.Protection;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Huiyin.Customers.Features.Exports;

/// <summary>One exported customer; the ID number and bank account stay masked.</summary>
internal sealed record ExportRow(
    string Number, string Name, string Type, string Phones, string? Email, string? IdNumber, string? BankAccount, int? Tier, bool Vip, bool Archived, DateTimeOffset CreatedAt)
{
    public static readonly string[] Header =
        [nameof(Number), nameof(Name), nameof(Type), nameof(Phones), nameof(Email), nameof(IdNumber), nameof(BankAccount), nameof(Tier), nameof(Vip), nameof(Archived), nameof(CreatedAt)];

    public string[] Fields() =>
    [
        Number, Name, Type, Phones, Email ?? "", IdNumber ?? "", BankAccount ?? "", Tier?.ToString(CultureInfo.InvariantCulture) ?? "",
        Vip ? "true" : "false", Archived ? "true" : "false", CreatedAt.ToString("O", CultureInfo.InvariantCulture),
    ];
}

/// <summary>Marks an approved export downloaded by its requester (once; a second download is 409) and answers what to write.</summary>
internal sealed record ClaimExportDownload(Guid Id) : ICommand<Result<ExportResponse>>;

internal sealed class ClaimExportDownloadHandler(CustomersDbContext db, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<ClaimExportDownload, Result<ExportResponse>>
{
    public async Task<Result<ExportResponse>> Handle(ClaimExportDownload request, CancellationToken cancellationToken)
    {
        var export = await db.Exports.SingleOrDefaultAsync(e => e.Id == request.Id, cancellationToken);
        if (export is null)
        {
            return Error.NotFound("Export", request.Id);
        }

        var download = export.Download(currentUser.Id ?? Guid.Empty, clock.GetUtcNow());
        return download.IsSuccess ? ExportResponse.From(export) : download.Error;
    }
}

internal static class DownloadExportEndpoint
{
    public static void MapDownloadExport(this IEndpointRouteBuilder exports) =>
        exports.MapGet("/{id:guid}/download", async (Guid id, IMediator mediator, HttpContext context, CustomersDbContext db, SensitiveData sensitive, CancellationToken cancellationToken) =>
            {
                var claim = await mediator.Send(new ClaimExportDownload(id), cancellationToken);
                if (claim.IsFailure)
                {
                    return ProblemResults.From(claim.Error);
                }

                var export = claim.Value;
                var rows = Rows(db, sensitive, export.Filter);
                var xlsx = export.Format == ExportFormat.Xlsx;
                context.Response.ContentType = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8";
                Attachments.Name(context.Response, $"customers-{export.RequestedAt:yyyyMMdd-HHmmss}.{(xlsx ? "xlsx" : "csv")}");
                if (xlsx)
                {
                    await WriteExcelAsync(rows, context.Response.Body, cancellationToken);
                }
                else
                {
                    await WriteCsvAsync(rows, context.Response.Body, cancellationToken);
                }

                return Results.Empty;
            })
            .RequireAuthorization(CustomersPermissions.Export)
            .WithName("DownloadCustomerExport")
            .WithSummary("Download an approved export, once, as its requester (CSV or Excel; values masked)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static IQueryable<ExportRow> Rows(CustomersDbContext db, SensitiveData sensitive, ExportFilterResponse filter) =>
        new CustomerFilter(filter.Search, filter.Type?.ToString(), filter.Tier, filter.Vip, null, filter.Archived)
            .Apply(db.Customers.AsNoTracking(), sensitive)
            .OrderBy(c => c.Sequence)
            .Select(c => new ExportRow(
                c.Number, c.Name, c.Type.ToString(), string.Join(" ", c.Phones), c.Email, c.IdNumberMasked, c.BankAccountMasked, c.Tier, c.Vip, c.ArchivedAt != null, c.CreatedAt));

    private static async Task WriteCsvAsync(IQueryable<ExportRow> rows, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync(ExportRow.Header, cancellationToken);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(row.Fields(), cancellationToken);
        }
    }

    /// <summary>MiniExcel writes row by row into a temporary file (a zip needs a seekable stream), which is then streamed and deleted.</summary>
    private static async Task WriteExcelAsync(IQueryable<ExportRow> rows, Stream body, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await file.SaveAsAsync(rows.AsEnumerable(), sheetName: "customers", cancellationToken: cancellationToken);
        file.Position = 0;
        await file.CopyToAsync(body, cancellationToken);
    }
}
