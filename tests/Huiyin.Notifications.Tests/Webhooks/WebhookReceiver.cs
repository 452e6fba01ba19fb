using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Huiyin.Notifications.Tests.Webhooks;

/// <summary>A receiving system on a loopback port: it records what it is sent and answers as the test tells it.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> _answers = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public string Url => _app.Urls.Single() + "/hooks";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver._app.MapPost("/hooks", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        return receiver;
    }

    /// <summary>Answers the next request with <paramref name="status"/> (later ones get 200 unless more answers are queued).</summary>
    public void AnswerNext(int status, string body = "", string? retryAfter = null) =>
        _answers.Enqueue(async response =>
        {
            response.StatusCode = status;
            if (retryAfter is not null)
            {
                response.Headers.RetryAfter = retryAfter;
            }

            await response.WriteAsync(body);
        });

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Received.Enqueue(new ReceivedWebhook(
            context.Request.Headers["webhook-id"].ToString(), context.Request.Headers["webhook-timestamp"].ToString(),
            context.Request.Headers["webhook-signature"].ToString(), body));
        if (_answers.TryDequeue(out var answer))
        {
            await answer(context.Response);
        }
        else
        {
            await context.Response.WriteAsync("ok");
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body);
