using System.Globalization;
using Huiyin.Notifications.Contracts;
using Huiyin.Notifications.Domain.Webhooks;
using Huiyin.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Huiyin.Notifications.Webhooks;

/// <summary>Makes one attempt at a claimed delivery, signed per Standard Webhooks, and records how it went.</summary>
internal sealed class WebhookAttemptRunner(
    NotificationsDbContext db, IHttpClientFactory clients, WebhookSecrets secrets, TimeProvider clock, ILogger<WebhookAttemptRunner> logger)
{
    public async Task RunAsync(WebhookDeliveryId id, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == id, cancellationToken);
        var endpoint = await db.WebhookEndpoints.SingleAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        var startedAt = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var (status, retryAfter, excerpt, error) = await PostAsync(endpoint, delivery, startedAt, cancellationToken);
        var attempt = WebhookAttempt.Of(startedAt, status, clock.GetElapsedTime(started), excerpt, error);

        if (status is >= 200 and < 300)
        {
            delivery.Succeeded(attempt);
            endpoint.RecordSuccess();
        }
        else if (status == 410)
        {
            delivery.Failed(attempt, retryAfter, giveUp: true);
            Disable(endpoint, WebhookDisabledReason.Gone, startedAt);
        }
        else
        {
            delivery.Failed(attempt, retryAfter, giveUp: false);
            if (endpoint.RecordFailure(startedAt))
            {
                Disable(endpoint, WebhookDisabledReason.FailingTooLong, startedAt);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Disable(WebhookEndpoint endpoint, WebhookDisabledReason reason, DateTimeOffset at)
    {
        if (endpoint.Disable(reason, at).IsSuccess)
        {
            logger.LogWarning("Webhook endpoint {EndpointId} ({Url}) disabled: {Reason}", endpoint.Id.Value, endpoint.Url, reason);
            db.Publish(new WebhookEndpointDisabled(endpoint.Id.Value, endpoint.Url, endpoint.Owner, reason.ToString(), at));
        }
    }

    private async Task<(int? Status, TimeSpan? RetryAfter, string? Excerpt, string? Error)> PostAsync(
        WebhookEndpoint endpoint, WebhookDelivery delivery, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var timestamp = at.ToUnixTimeSeconds();
        var signingSecrets = endpoint.SigningSecrets(at).Select(secrets.Unprotect);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(delivery.Body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", delivery.MessageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Header(signingSecrets, delivery.MessageId, timestamp, delivery.Body));
        try
        {
            using var response = await clients.CreateClient(WebhookHttpClient.Name).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return ((int)response.StatusCode, RetryAfterOf(response, at), await ExcerptAsync(response, cancellationToken), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, null, null, e is TaskCanceledException ? "The receiver did not answer in time." : e.Message);
        }
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, DateTimeOffset at) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - at,
            _ => null,
        };

    private static async Task<string> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new char[WebhookAttempt.MaxExcerptLength];
        using var reader = new StreamReader(body);
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return new string(buffer, 0, read);
    }
}
