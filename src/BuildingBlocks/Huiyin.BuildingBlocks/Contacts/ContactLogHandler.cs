using Huiyin.BuildingBlocks.Paging;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Huiyin.BuildingBlocks.Contacts;

/// <summary>
/// Reads one case's contact log, oldest first. The module says where its case and contacts are and how it answers them
/// (with the warnings of the notes, looked up for the whole log at once).
/// </summary>
public abstract class ContactLogHandler<TQuery, TContact, TResponse> : IRequestHandler<TQuery, Result<ItemsResponse<TResponse>>>
    where TQuery : IRequest<Result<ItemsResponse<TResponse>>>
    where TContact : LoggedContact
{
    public async Task<Result<ItemsResponse<TResponse>>> Handle(TQuery request, CancellationToken cancellationToken)
    {
        if (await CaseMissingAsync(request, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var contacts = await ContactsOf(request).AsNoTracking().OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        return new ItemsResponse<TResponse>(await RespondAsync(contacts, cancellationToken));
    }

    /// <summary>The not-found error when the case does not exist; null when it does.</summary>
    protected abstract Task<Error?> CaseMissingAsync(TQuery request, CancellationToken cancellationToken);

    protected abstract IQueryable<TContact> ContactsOf(TQuery request);

    protected abstract Task<IReadOnlyList<TResponse>> RespondAsync(IReadOnlyList<TContact> contacts, CancellationToken cancellationToken);
}
