using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Huiyin.Facilities.Contracts;
using Huiyin.Facilities.Features.Notices;
using Huiyin.TestKit;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Huiyin.Facilities.Tests;

/// <summary>Calls the notice tests share.</summary>
internal static class NoticeApi
{
    public const string Notices = "/api/v1/notices";

    public static Task<HttpResponseMessage> SendAsync(HttpClient caller, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Notices) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return caller.SendAsync(request);
    }

    public static async Task<JsonElement> SentAsync(HttpClient caller, object body) =>
        await (await SendAsync(caller, body)).ShouldBeJsonAsync(HttpStatusCode.Created);

    public static async Task<JsonElement[]> DeliveriesAsync(HttpClient caller, Guid noticeId) =>
        (await (await caller.GetAsync($"{Notices}/{noticeId}/deliveries?limit=200")).ShouldBeJsonAsync(HttpStatusCode.OK)).Items("items");

    /// <summary>The notice once its texts have settled at the count expected (they go out in the background).</summary>
    public static async Task<JsonElement> TextedAsync(HttpClient caller, Guid noticeId, int texted)
    {
        for (var attempt = 0; ; attempt++)
        {
            var notice = await (await caller.GetAsync($"{Notices}/{noticeId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            if (notice.GetProperty("texted").GetInt32() == texted || attempt == 100)
            {
                return notice;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The notice's event delivered again, and a chunk of its texts run again, as a second host or a retry would; asserts nobody was left.</summary>
    public static async Task RepeatTextsAsync(FacilitiesApp app, Guid noticeId)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Publish(new NoticeSent(noticeId, "HY-0000-0000", "Notice", "", [], [], [], ["Sms"], 0, null, null, null, "system", DateTimeOffset.UtcNow));
        }

        Assert.Equal(0, (await app.SendAsync(new TextNoticeRecipients(noticeId))).Value);
    }
}
