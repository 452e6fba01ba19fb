using FluentValidation;
using Huiyin.BuildingBlocks.Auditing;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Knowledge.Contracts;
using Huiyin.Knowledge.Domain;
using Huiyin.Knowledge.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Knowledge.Features.Phrases;

/// <summary>Replaces the list of forbidden phrases (an Admin): notes written from now on are checked against the new list.</summary>
internal sealed record SetForbiddenPhrases(IReadOnlyList<string> Phrases) : ICommand<Result<ItemsResponse<string>>>, IAuditedChange;

internal sealed class SetForbiddenPhrasesValidator : AbstractValidator<SetForbiddenPhrases>
{
    public SetForbiddenPhrasesValidator()
    {
        RuleFor(x => x.Phrases).NotNull().Must(p => p is null || p.Count <= 100).WithErrorCode("too_many_phrases").WithMessage("At most 100 phrases.")
            .Must(p => p is null || p.Select(x => x?.Trim()).Distinct().Count() == p.Count).WithErrorCode("duplicate_phrase").WithMessage("A phrase is listed once.");
        RuleForEach(x => x.Phrases).Must(p => !string.IsNullOrWhiteSpace(p)).WithErrorCode("required").WithMessage("A phrase is required.")
            .MaximumLength(ForbiddenPhrase.MaxLength);
    }
}

internal sealed class SetForbiddenPhrasesHandler(KnowledgeDbContext db) : IRequestHandler<SetForbiddenPhrases, Result<ItemsResponse<string>>>
{
    public async Task<Result<ItemsResponse<string>>> Handle(SetForbiddenPhrases request, CancellationToken cancellationToken)
    {
        var kept = await db.ForbiddenPhrases.OrderBy(p => p.Position).ToListAsync(cancellationToken);
        var phrases = request.Phrases.Select(p => p.Trim()).ToList();
        for (var position = 0; position < Math.Max(kept.Count, phrases.Count); position++)
        {
            if (position >= phrases.Count)
            {
                db.ForbiddenPhrases.Remove(kept[position]);
            }
            else if (position >= kept.Count)
            {
                db.ForbiddenPhrases.Add(new ForbiddenPhrase { Position = position, Phrase = phrases[position] });
            }
            else
            {
                kept[position].Phrase = phrases[position];
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ItemsResponse<string>(phrases);
    }
}

internal static class SetForbiddenPhrasesEndpoint
{
    public static void MapSetForbiddenPhrases(this IEndpointRouteBuilder phrases) =>
        phrases.MapPut("/", async (SetForbiddenPhrases body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(body, cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(KnowledgePermissions.Phrases)
            .WithName("SetForbiddenPhrases")
            .WithSummary("Replace the list of forbidden phrases")
            .WithDescription("`phrases`: up to 100, each 1–40 characters, each once, in the order they are shown.")
            .Produces<ItemsResponse<string>>()
            .ProducesValidationProblem();
}
