using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Huiyin.TestKit;

/// <summary>Writes that carry the ETag they were read at: a PUT of a whole body, or a JSON merge patch (RFC 7396).</summary>
public static class Conditional
{
    public static Task<HttpResponseMessage> PutAsync(this HttpClient client, string url, string? etag, object body) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) }, etag));

    /// <summary>A merge patch given as JSON text, so a test can send <c>null</c> members and wrong types as they are.</summary>
    public static Task<HttpResponseMessage> MergePatchAsync(this HttpClient client, string url, string? etag, string json,
        string contentType = "application/merge-patch+json") =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Patch, url) { Content = new StringContent(json, Encoding.UTF8, contentType) }, etag));

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string? etag)
    {
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        }

        return request;
    }
}
