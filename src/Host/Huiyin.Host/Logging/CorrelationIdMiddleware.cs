using Serilog.Context;

namespace Huiyin.Host.Logging;

/// <summary>
/// Gives every request a correlation id (the caller's <c>X-Correlation-Id</c>, or the request's trace id),
/// echoes it in the response and puts it on every log line written while handling the request.
/// </summary>
internal sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";
    private const int MaxLength = 64;

    public async Task InvokeAsync(HttpContext context)
    {
        var offered = context.Request.Headers[Header].ToString();
        var correlationId = offered.Length is > 0 and <= MaxLength ? offered : context.TraceIdentifier;
        context.Response.Headers[Header] = correlationId;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }
}
