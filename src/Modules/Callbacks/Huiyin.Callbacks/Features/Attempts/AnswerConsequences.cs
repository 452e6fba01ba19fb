using Huiyin.BuildingBlocks.Results;
using Huiyin.Callbacks.Domain;
using Huiyin.Complaints.Contracts;
using Huiyin.Tickets.Contracts;
using MediatR;

namespace Huiyin.Callbacks.Features.Attempts;

/// <summary>
/// What the answer changes (PRODUCT.md §5): a new issue becomes a ticket; a ticket callback done or failed closes the resolved
/// ticket, unless the customer was dissatisfied (1–2): then it reopens; a dissatisfied complainant opens a new complaint linked to
/// the first. Each change is recorded on the callback as a follow-up action.
/// </summary>
internal sealed class AnswerConsequences(IMediator mediator)
{
    public const int MostDissatisfied = 2;

    public async Task<Result> ApplyAsync(Callback callback, CallbackAttempt attempt, CancellationToken cancellationToken)
    {
        if (attempt.NewIssueCategory is { } category)
        {
            var opened = await mediator.Send(
                new OpenTicketFromCallback(callback.CustomerId, Enum.Parse<TicketCategory>(category), attempt.NewIssueDescription!), cancellationToken);
            if (opened.IsFailure)
            {
                return opened.Error;
            }

            callback.Followed(FollowUpKind.TicketOpened, opened.Value.TicketId, opened.Value.Number);
        }

        var dissatisfied = attempt.Satisfaction <= MostDissatisfied;
        return (callback.ItemType, callback.Status) switch
        {
            (CallbackItemType.Ticket, CallbackStatus.Done or CallbackStatus.Unreachable) => await SettleTicketAsync(callback, attempt, dissatisfied, cancellationToken),
            (CallbackItemType.Complaint, CallbackStatus.Done) when dissatisfied => await ComplainAgainAsync(callback, attempt, cancellationToken),
            _ => Result.Success(),
        };
    }

    private async Task<Result> SettleTicketAsync(Callback callback, CallbackAttempt attempt, bool dissatisfied, CancellationToken cancellationToken)
    {
        var reason = callback.Status == CallbackStatus.Unreachable ? $"回访 {Callback.MostAttempts} 次未联系上客户，结案"
            : dissatisfied ? $"回访不满意（满意度 {attempt.Satisfaction}）：{attempt.Comment}"
            : $"回访满意（满意度 {attempt.Satisfaction}），结案";
        var settled = await mediator.Send(new SettleTicketAfterCallback(callback.ItemId!.Value, dissatisfied, reason), cancellationToken);
        if (settled.IsSuccess)
        {
            callback.Followed(dissatisfied ? FollowUpKind.TicketReopened : FollowUpKind.TicketClosed, callback.ItemId.Value, callback.ItemNumber);
        }

        return settled;
    }

    private async Task<Result> ComplainAgainAsync(Callback callback, CallbackAttempt attempt, CancellationToken cancellationToken)
    {
        var description = $"投诉 {callback.ItemNumber} 回访不满意（满意度 {attempt.Satisfaction}）：{attempt.Comment}";
        var opened = await mediator.Send(new RegisterFollowUpComplaint(callback.ItemId!.Value, description), cancellationToken);
        if (opened.IsFailure)
        {
            return opened.Error;
        }

        callback.Followed(FollowUpKind.ComplaintOpened, opened.Value.ComplaintId, opened.Value.Number);
        return Result.Success();
    }
}
