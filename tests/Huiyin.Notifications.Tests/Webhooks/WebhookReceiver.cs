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
    private readonly TaskCompletionSource _holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>How many times each webhook-id was answered with success: what its sender may count as delivered.</summary>
    public ConcurrentDictionary<string, int> Acknowledged { get; } = new();

    /// <summary>Completes when a request <see cref="HoldNext"/> asked for has arrived.</summary>
    public Task Holding => _holding.Task;

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

    /// <summary>Leaves the next request unanswered until its sender goes away, as a receiver still working on it would.</summary>
    public void HoldNext() =>
        _answers.Enqueue(async response =>
        {
            _holding.TrySetResult();
            await Task.Delay(Timeout.Infinite, response.HttpContext.RequestAborted);
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

        if (context.Response.StatusCode is >= 200 and < 300)
        {
            Acknowledged.AddOrUpdate(context.Request.Headers["webhook-id"].ToString(), 1, (_, times) => times + 1);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body);
