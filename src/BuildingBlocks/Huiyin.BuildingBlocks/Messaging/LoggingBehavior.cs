using System.Diagnostics;
using Huiyin.BuildingBlocks.Results;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>Outermost behavior: puts the module and request in the log context and times the request.</summary>
internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var requestName = typeof(TRequest).Name;
        var module = ModuleNames.Of(typeof(TRequest));
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["Module"] = module, ["Request"] = requestName });
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response is Result { IsFailure: true } failed)
        {
            logger.LogInformation("{Request} failed with {ErrorCode} in {Elapsed:0.0} ms", requestName, failed.Error.Code, elapsed);
        }
        else
        {
            logger.LogDebug("{Request} handled in {Elapsed:0.0} ms", requestName, elapsed);
        }

        return response;
    }
}
