using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Huiyin.Organization.Contracts;
using Huiyin.TestKit;

namespace Huiyin.Customers.Tests;

[Collection(ApiCollection.Name)]
public sealed class DocumentTests(HuiyinApp app) : HuiyinTest(app)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

    [Fact]
    public async Task A_document_is_attached_listed_and_downloaded_and_stays_after_archiving()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var executive = await App.SignedInAsAsync(StaffRole.Executive);
        var id = (await CustomerData.CreateAsync(agent, CustomerData.Person("冯雪", "13811112222"))).GetProperty("id").GetGuid();

        var attached = await (await agent.PostAsync($"/api/v1/customers/{id}/documents", Upload(Pdf, "application/pdf", "租赁合同.pdf", "Contract")))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await agent.PostAsync($"/api/v1/customers/{id}/archive", null)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var list = await (await executive.GetAsync($"/api/v1/customers/{id}/documents")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var download = await executive.GetAsync($"/api/v1/customers/{id}/documents/{attached.GetProperty("id").GetGuid()}");

        Assert.Equal("Contract", attached.GetProperty("kind").GetString());
        Assert.Equal(Pdf.Length, attached.GetProperty("size").GetInt64());
        Assert.Equal("租赁合同.pdf", Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment; filename=____.pdf; filename*=UTF-8''%E7%A7%9F%E8%B5%81%E5%90%88%E5%90%8C.pdf", download.Content.Headers.GetValues("Content-Disposition").Single());
        Assert.Equal("租赁合同.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Oversized_disallowed_mislabelled_or_missing_files_are_400s_on_file()
    {
        var agent = await App.SignedInAsAsync(StaffRole.Agent);
        var id = (await CustomerData.CreateAsync(agent, CustomerData.Person("冯雪", "13811112222"))).GetProperty("id").GetGuid();
        var oversized = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(oversized, 0);

        var tooBig = await agent.PostAsync($"/api/v1/customers/{id}/documents", Upload(oversized, "application/pdf", "big.pdf", "Other"));
        var wordFile = await agent.PostAsync($"/api/v1/customers/{id}/documents", Upload([0x50, 0x4B, 3, 4], "application/msword", "a.doc", "Other"));
        var fakePdf = await agent.PostAsync($"/api/v1/customers/{id}/documents", Upload(Png, "application/pdf", "fake.pdf", "IdCopy"));
        var json = await agent.PostAsJsonAsync($"/api/v1/customers/{id}/documents", new { kind = "Other" });
        var badKind = await agent.PostAsync($"/api/v1/customers/{id}/documents", Upload(Png, "image/png", "a.png", "Selfie"));

        Assert.Contains("10 MB", (await tooBig.ShouldBeValidationProblemForAsync("file"))[0]);
        Assert.Contains("PDF, JPEG and PNG", (await wordFile.ShouldBeValidationProblemForAsync("file"))[0]);
        Assert.Contains("content", (await fakePdf.ShouldBeValidationProblemForAsync("file"))[0]);
        await json.ShouldBeValidationProblemForAsync("file");
        await badKind.ShouldBeValidationProblemForAsync("kind");
        var list = await (await agent.GetAsync($"/api/v1/customers/{id}/documents")).ShouldBeJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string contentType, string fileName, string kind)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(kind), "kind" } };
    }
}
