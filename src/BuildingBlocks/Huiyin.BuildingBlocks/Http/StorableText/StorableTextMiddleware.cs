using Huiyin.BuildingBlocks.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Huiyin.BuildingBlocks.Http.StorableText;

/// <summary>
/// Refuses, for every endpoint at once, text PostgreSQL cannot store — a NUL character or an unpaired surrogate — in any
/// query value or any string of a JSON body: a 400 naming the field, instead of an error from the database driver.
/// </summary>
internal sealed class StorableTextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var field = UnstorableQueryValue(context.Request) ?? await UnstorableBodyFieldAsync(context.Request, context.RequestAborted);
        if (field is null)
        {
            await next(context);
            return;
        }

        await ProblemResults.From(Error.Validation("unstorable_text", field, StorableText.Message)).ExecuteAsync(context);
    }

    private static string? UnstorableQueryValue(HttpRequest request)
    {
        if (!request.QueryString.HasValue)
        {
            return null;
        }

        foreach (var (name, values) in request.Query)
        {
            foreach (var value in values)
            {
                if (!StorableText.IsStorable(value))
                {
                    return name;
                }
            }
        }

        return null;
    }

    private static async Task<string?> UnstorableBodyFieldAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        request.EnableBuffering();
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        request.Body.Position = 0;
        return JsonTextScan.FirstUnstorableField(body.GetBuffer().AsSpan(0, (int)body.Length));
    }
}

public static class StorableTextRegistration
{
    /// <summary>Before the endpoints read anything (and before an idempotency key is claimed for a request refused anyway).</summary>
    public static IApplicationBuilder UseStorableTextOnly(this IApplicationBuilder app) => app.UseMiddleware<StorableTextMiddleware>();
}
