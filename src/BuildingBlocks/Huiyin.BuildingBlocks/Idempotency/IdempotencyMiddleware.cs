using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Results;
using Huiyin.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.BuildingBlocks.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on every create (<see cref="IdempotentCreates"/>), per caller: the same key and request answer
/// the first response again (with <c>Idempotent-Replayed: true</c>), the same key with another request is a 422, and
/// while the first is still running a 409. Only a success is kept: after a 4xx or 5xx the caller may retry with the key.
/// A success is stored after its transaction committed; should the process die in between, the key is taken over
/// once abandoned (<see cref="IdempotencyKeyStore.AbandonedAfter"/>).
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser user)
    {
        if (!context.Request.Headers.TryGetValue(IdempotentCreates.Header, out var keys)
            || context.GetEndpoint() is not { } endpoint
            || !IdempotentCreates.Covers(endpoint.Metadata)
            || !user.IsAuthenticated)
        {
            await next(context);
            return;
        }

        var key = keys.ToString();
        if (keys.Count != 1 || key.Length is 0 or > IdempotentCreates.MaxKeyLength)
        {
            await WriteAsync(context, Error.Validation("idempotency_key_format", IdempotentCreates.Header, $"Send one key of 1 to {IdempotentCreates.MaxKeyLength} characters.",
                new Dictionary<string, object?> { ["max"] = IdempotentCreates.MaxKeyLength }));
            return;
        }

        var cancellationToken = context.RequestAborted;
        var store = context.RequestServices.GetRequiredService<IdempotencyKeyStore>();
        var requestHash = await RequestFingerprint.OfAsync(context.Request, cancellationToken);
        while (!await store.ClaimAsync(user.Actor, key, requestHash, cancellationToken))
        {
            // Null: the request holding the key failed and let it go just now; claim it again.
            if (await store.FindAsync(user.Actor, key, cancellationToken) is { } earlier)
            {
                await AnswerAsync(context, earlier, requestHash);
                return;
            }
        }

        await RunAndKeepAsync(context, store, user.Actor, key, cancellationToken);
    }

    private async Task RunAndKeepAsync(HttpContext context, IdempotencyKeyStore store, string caller, string key, CancellationToken cancellationToken)
    {
        var response = context.Response;
        var originalBody = response.Body;
        using var captured = new MemoryStream();
        response.Body = captured;
        try
        {
            await next(context);
        }
        catch
        {
            await store.ReleaseAsync(caller, key, CancellationToken.None);
            throw;
        }
        finally
        {
            response.Body = originalBody;
        }

        if (response.StatusCode is >= 200 and < 300)
        {
            await store.CompleteAsync(caller, key, new StoredResponse(
                response.StatusCode, response.ContentType, response.Headers.Location, response.Headers.ETag, captured.ToArray()), CancellationToken.None);
        }
        else
        {
            await store.ReleaseAsync(caller, key, CancellationToken.None);
        }

        captured.Position = 0;
        await captured.CopyToAsync(originalBody, cancellationToken);
    }

    private static Task AnswerAsync(HttpContext context, IdempotencyKey earlier, string requestHash)
    {
        if (earlier.RequestHash != requestHash)
        {
            return WriteAsync(context, Error.BusinessRule("idempotency_key_reused",
                "This Idempotency-Key was already used with a different request; use a new key for a new request."));
        }

        return earlier.StatusCode is null
            ? WriteAsync(context, Error.Conflict("idempotency_key_in_use",
                "A request with this Idempotency-Key is still being processed; wait for its answer, then retry."))
            : ReplayAsync(context.Response, StoredResponse.From(earlier), context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpResponse response, StoredResponse stored, CancellationToken cancellationToken)
    {
        response.StatusCode = stored.StatusCode;
        response.ContentType = stored.ContentType;
        if (stored.Location is not null)
        {
            response.Headers.Location = stored.Location;
        }

        if (stored.ETag is not null)
        {
            response.Headers.ETag = stored.ETag;
        }

        response.Headers[IdempotentCreates.ReplayedHeader] = "true";
        await response.Body.WriteAsync(stored.Body, cancellationToken);
    }

    private static Task WriteAsync(HttpContext context, Error error) => ProblemResults.From(error).ExecuteAsync(context);
}
