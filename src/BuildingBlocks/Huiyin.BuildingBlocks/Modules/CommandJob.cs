using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using MediatR;

namespace Huiyin.BuildingBlocks.Modules;

/// <summary>
/// A recurring Hangfire job that only sends a command, so the whole pipeline (logging, validation,
/// transaction, outbox) applies to scheduled work too. A failed result fails the job so Hangfire retries it.
/// </summary>
public sealed class CommandJob<TCommand>(IMediator mediator)
    where TCommand : ICommand<Result>, new()
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await mediator.Send(new TCommand(), cancellationToken);
        if (result.IsFailure)
        {
            throw new InvalidOperationException($"{typeof(TCommand).Name} failed: {result.Error.Code} {result.Error.Message}");
        }
    }
}
