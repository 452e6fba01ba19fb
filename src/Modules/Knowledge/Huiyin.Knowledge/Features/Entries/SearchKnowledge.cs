using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Features.Shared;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Entries;

/// <summary>
/// Answers and scripts whose title, body or tags contain <c>search</c> (any substring, Chinese included), that answer
/// <c>category</c> (entries for every category, without one, answer all), in <c>status</c> (Approved unless asked), by title.
/// </summary>
internal sealed record SearchKnowledge(string? Search, string? Category, string? Status, string? Kind, int? Limit)
    : IQuery<Result<ItemsResponse<EntryResponse>>>;

internal sealed class SearchKnowledgeValidator : AbstractValidator<SearchKnowledge>
{
    public SearchKnowledgeValidator()
    {
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Category).MaximumLength(40);
        RuleFor(x => x.Status).IsEnumName(typeof(KnowledgeStatus), caseSensitive: false).When(x => x.Status is not null);
        RuleFor(x => x.Kind).IsEnumName(typeof(KnowledgeKind), caseSensitive: false).When(x => x.Kind is not null);
        RuleFor(x => x.Limit).MustBeAPageLimit();
    }
}

internal sealed class SearchKnowledgeHandler(KnowledgeDbContext db, EntryResponses responses)
    : IRequestHandler<SearchKnowledge, Result<ItemsResponse<EntryResponse>>>
{
    public async Task<Result<ItemsResponse<EntryResponse>>> Handle(SearchKnowledge request, CancellationToken cancellationToken)
    {
        var status = request.Status is null ? KnowledgeStatus.Approved : Enum.Parse<KnowledgeStatus>(request.Status, ignoreCase: true);
        var query = db.Entries.AsNoTracking().Where(e => e.Status == status);
        if (request.Kind is not null)
        {
            var kind = Enum.Parse<KnowledgeKind>(request.Kind, ignoreCase: true);
            query = query.Where(e => e.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var category = request.Category.Trim();
            query = query.Where(e => e.Categories.Contains(category) || e.Categories.Count == 0);
        }

        foreach (var word in (request.Search ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = $"%{Escaped(word)}%";
            query = query.Where(e => EF.Functions.ILike(e.SearchText, pattern, "\\"));
        }

        var entries = await query.OrderBy(e => e.Kind).ThenBy(e => e.Title).Take(request.Limit ?? 50).ToListAsync(cancellationToken);
        return new ItemsResponse<EntryResponse>(await responses.OfAsync(entries, cancellationToken));
    }

    private static string Escaped(string word) => word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

internal static class SearchKnowledgeEndpoint
{
    public static void MapSearchKnowledge(this IEndpointRouteBuilder knowledge) =>
        knowledge.MapGet("/", async (string? search, string? category, string? status, string? kind, int? limit, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SearchKnowledge(search, category, status, kind, limit), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(KnowledgePermissions.Read)
            .TakesEnum<KnowledgeStatus>("status")
            .TakesEnum<KnowledgeKind>("kind")
            .WithName("SearchKnowledge")
            .WithSummary("Search the answers and scripts (approved ones unless asked)")
            .WithDescription("`search`: words (space-separated), each found anywhere in the title, body or tags; `category`: a ticket or complaint category such as Plumbing or Fees (entries for no category match every one); `limit` up to 200, 50 by default.")
            .Produces<ItemsResponse<EntryResponse>>()
            .ProducesValidationProblem();
}
