using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Domain.Notices;
using Huiyin.Facilities.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.Facilities.Features.Notices;

internal sealed record GetNotice(Guid NoticeId) : IQuery<Result<NoticeResponse>>;

internal sealed class GetNoticeHandler(FacilitiesDbContext db) : IRequestHandler<GetNotice, Result<NoticeResponse>>
{
    public async Task<Result<NoticeResponse>> Handle(GetNotice request, CancellationToken cancellationToken)
    {
        var id = new NoticeId(request.NoticeId);
        var notice = await db.Notices.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return Error.NotFound("Notice", request.NoticeId);
        }

        return (await NoticeResponse.ForAsync(db, [notice], cancellationToken)).Single();
    }
}

internal static class GetNoticeEndpoint
{
    public static void MapGetNotice(this IEndpointRouteBuilder notices) =>
        notices.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new GetNotice(id), cancellationToken)).ToHttp(TypedResults.Ok))
            .RequireAuthorization(FacilitiesPermissions.Read)
            .WithName("GetNotice")
            .WithSummary("Read a notice")
            .WithDescription("`acknowledged` counts its units that acknowledged it; `texted` the customers sent its text message, which go out in the background, so it grows for a few seconds after sending.")
            .Produces<NoticeResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
