using System.Globalization;
using System.Text;
using CsvHelper;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Organization.Contracts;

namespace Huiyin.Host.SystemAdmin;

/// <summary>Admins read the audit trail of administrative changes, a page at a time or all matching records as CSV.</summary>
internal static class AuditEndpoints
{
    private const string CsvType = "text/csv";

    private static readonly string[] CsvHeader = ["at", "actorKind", "actorId", "actorName", "remoteIp", "userAgent", "operation", "targetId", "before", "after"];

    public static void MapAuditTrail(this IEndpointRouteBuilder api) =>
        api.MapGet("/audit", async (
                HttpContext context, AuditTrail trail, TimeProvider clock, DateTimeOffset? from, DateTimeOffset? to, Guid? actorId, string? operation, string? targetId,
                string? cursor, int? limit, string? format, CancellationToken cancellationToken) =>
            {
                var query = new AuditQuery(from, to, actorId, operation, targetId);
                if (format is not null && !Enum.TryParse<AuditAnswerFormat>(format, ignoreCase: true, out _))
                {
                    return ProblemResults.From(Error.Validation("unknown_value", "format", "format must be json or csv."));
                }

                if (query.Check(cursor, limit) is { } error)
                {
                    return ProblemResults.From(error);
                }

                if (!WantsCsv(context.Request, format))
                {
                    return TypedResults.Ok(await trail.PageAsync(query, cursor, limit ?? PageRequestRules.DefaultLimit, cancellationToken));
                }

                context.Response.ContentType = $"{CsvType}; charset=utf-8";
                Attachments.Name(context.Response, $"audit-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv");
                await WriteCsvAsync(trail.AllAsync(query), context.Response.Body, cancellationToken);
                return Results.Empty;
            })
            .RequireAuthorization(OrganizationPermissions.AuditRead)
            .TakesEnum<AuditAnswerFormat>("format")
            .WithTags("System")
            .WithName("ListAuditRecords")
            .WithSummary("The audit trail of administrative changes, newest first; Accept: text/csv or format=csv gives every matching record as CSV")
            .Produces<Page<AuditEntry>>(StatusCodes.Status200OK, "application/json", CsvType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

    private static bool WantsCsv(HttpRequest request, string? format) =>
        string.Equals(format, nameof(AuditAnswerFormat.Csv), StringComparison.OrdinalIgnoreCase)
        || request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals(CsvType, StringComparison.OrdinalIgnoreCase));

    private static async Task WriteCsvAsync(IAsyncEnumerable<AuditEntry> entries, Stream body, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, leaveOpen: true);
        await csv.WriteRecordAsync(CsvHeader, cancellationToken);
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(
                [
                    entry.At.ToString("O", CultureInfo.InvariantCulture), entry.ActorKind, entry.ActorId?.ToString() ?? "", entry.ActorName ?? "",
                    entry.RemoteIp ?? "", entry.UserAgent ?? "", entry.Operation, entry.TargetId ?? "", entry.Before.GetRawText(), entry.After.GetRawText(),
                ],
                cancellationToken);
        }
    }
}

/// <summary>The answers the audit trail's list gives besides its Accept header: a JSON page or every record as CSV.</summary>
internal enum AuditAnswerFormat
{
    Json,
    Csv,
}
